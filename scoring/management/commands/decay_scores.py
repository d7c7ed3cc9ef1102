from django.core.management.base import BaseCommand

from scoring.services import scores_decay


class Command(BaseCommand):
    help = (
        "Lower decaying event points by the half-life as of now (the nightly job, run by hand). "
        "Leads that fall under the threshold keep their stage."
    )

    def handle(self, *args, **options) -> None:
        scored = scores_decay()
        self.stdout.write(f"{scored} leads rescored with decay.")
