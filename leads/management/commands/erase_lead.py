from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from leads.deletion import lead_erase
from leads.models import Lead, Via
from leads.normalize import normalize_email


class Command(BaseCommand):
    help = (
        "Erase a person's data at once (GDPR): every lead with this e-mail (deleted ones too), "
        "or one lead by id. The stage history stays, anonymous."
    )

    def add_arguments(self, parser) -> None:
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--email")
        which.add_argument("--id", type=int)

    def handle(self, *args, email: str | None, id: int | None, **options) -> None:
        if email is not None:
            try:
                email = normalize_email(email)
            except ValidationError as exc:
                raise CommandError(f"Not an e-mail address: {email!r}.") from exc
            leads = list(Lead.all_objects.filter(email=email).order_by("pk"))
        else:
            leads = list(Lead.all_objects.filter(pk=id))
        if not leads:
            raise CommandError("No lead matches.")
        for lead in leads:
            lead_erase(lead=lead, by=None, via=Via.COMMAND)
            self.stdout.write(f"Erased lead {lead.pk}.")
