from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from leads.imports.reader import ImportFileError
from leads.imports.service import ImportReport, leads_import

SHOWN_ERRORS = 20


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    overrides = {}
    for pair in pairs:
        column, sep, target = pair.rpartition("=")
        if not sep or not column.strip() or not target.strip():
            raise CommandError(f"--map {pair!r}: write CSVCOLUMN=field.")
        overrides[column] = target
    return overrides


class Command(BaseCommand):
    help = (
        "Import leads from a CSV file (UTF-8 or Latin-1, comma or semicolon). Columns named "
        "after a lead field fill it, every other column is kept in `attributes`; `stage` and "
        "`created_at` columns migrate history. Any bad row saves nothing unless --skip-invalid."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, metavar="FILE.csv")
        parser.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="CSVCOLUMN=field",
            help="Read a column into a lead field (or 'attribute', or 'ignore'). Repeatable.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Check and count; save nothing.")
        parser.add_argument(
            "--skip-invalid", action="store_true", help="Save the good rows, report the bad ones."
        )

    def handle(self, *args, file: Path, map: list[str], dry_run: bool, skip_invalid: bool, **opts):
        overrides = parse_overrides(map)
        try:
            with file.open("rb") as stream:
                report = leads_import(
                    file=stream,
                    overrides=overrides,
                    skip_invalid=skip_invalid,
                    dry_run=dry_run,
                    on_progress=self.progress if opts["verbosity"] >= 2 else None,
                )
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}.") from exc
        except ImportFileError as exc:
            raise CommandError(str(exc)) from exc
        self.print_report(report, dry_run=dry_run)
        if report.rejected and not skip_invalid:
            raise CommandError(
                f"Nothing was saved: {report.rejected} row{'s' if report.rejected > 1 else ''} "
                f"{'were' if report.rejected > 1 else 'was'} rejected "
                "(fix them, or use --skip-invalid to save the others)."
            )

    def progress(self, report: ImportReport) -> None:
        self.stderr.write(f"{report.rows:,} of about {report.total:,} rows read")

    def print_report(self, report: ImportReport, *, dry_run: bool) -> None:
        for error in report.errors[:SHOWN_ERRORS]:
            self.stderr.write(f"line {error.line}: {error.reason}")
        if report.rejected > SHOWN_ERRORS:
            self.stderr.write(f"... and {report.rejected - SHOWN_ERRORS} more rejected rows")
        outcome = "saved" if report.saved else "nothing saved"
        if dry_run:
            outcome = "dry run, nothing saved"
        self.stdout.write(
            f"created {report.created}, merged {report.merged}, rejected {report.rejected} "
            f"({outcome})"
        )
