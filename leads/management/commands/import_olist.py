from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from leads.imports.olist import olist_import
from leads.imports.reader import ImportFileError


class Command(BaseCommand):
    help = (
        "Import the Olist marketing-funnel data set: 8,000 MQLs (created on first_contact_date, "
        "origin as source) and the 842 deals won on won_date, with their SDRs and reps as users."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", type=Path, metavar="DIR")
        parser.add_argument("--dry-run", action="store_true", help="Check and count; save nothing.")

    def handle(self, *args, directory: Path, dry_run: bool, **options) -> None:
        try:
            report = olist_import(directory=directory, dry_run=dry_run)
        except OSError as exc:
            raise CommandError(f"Cannot read the Olist files in {directory}: {exc}") from exc
        except ImportFileError as exc:
            raise CommandError(str(exc)) from exc
        for error in report.errors[:20]:
            self.stderr.write(f"line {error.line}: {error.reason}")
        self.stdout.write(
            f"created {report.created}, merged {report.merged}, rejected {report.rejected}"
            + (" (dry run, nothing saved)" if dry_run else "")
        )
        if report.rejected:
            raise CommandError("Nothing was saved: the data set has rejected rows.")
