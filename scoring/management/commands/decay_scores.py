from django.core.management.base import BaseCommand

from scoring.tasks import decay_scores


class Command(BaseCommand):
    help = (
        "Lower decaying event points by the half-life as of now (the nightly job, run by hand). "
        "Leads that fall under the threshold keep their stage."
    )

    def handle(self, *args, **options) -> None:
        scored = decay_scores()
        self.stdout.write(f"{scored} leads rescored with decay.")
