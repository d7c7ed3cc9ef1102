from collections.abc import Iterator
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from leads.imports.presets import PRESETS
from leads.imports.reader import ImportFileError
from leads.imports.service import ImportReport, leads_import

SHOWN_ERRORS = 20


def _pairs(pairs: list[str], option: str, form: str) -> Iterator[tuple[str, str]]:
    """Each LEFT=RIGHT given to a repeatable `option` (split at the last "=")."""
    for pair in pairs:
        left, sep, right = pair.rpartition("=")
        if not sep or not left.strip() or not right.strip():
            raise CommandError(f"{option} {pair!r}: write {form}.")
        yield left, right


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    return dict(_pairs(pairs, "--map", "CSVCOLUMN=field"))


def parse_stage_map(pairs: list[str]) -> dict[str, str]:
    """--map-stage "Working - Contacted=sal": the other tool's label = a stage code."""
    return {
        label.strip(): code.strip().lower()
        for label, code in _pairs(pairs, "--map-stage", "LABEL=code")
    }


class Command(BaseCommand):
    help = (
        "Import leads from a CSV file (UTF-8 or Latin-1, comma or semicolon), as LeadCRM or "
        "HubSpot, Salesforce, Pipedrive, Zoho CRM and Mautic export them. Columns named after a "
        "lead field fill it, every other column is kept in `attributes`; `stage` and "
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
        parser.add_argument(
            "--preset",
            default="",
            choices=list(PRESETS),
            help="Read the file as this tool's export (default: recognized from the header row).",
        )
        parser.add_argument(
            "--map-stage",
            action="append",
            default=[],
            metavar="LABEL=code",
            help="Read the other tool's stage/status LABEL as this stage code. Repeatable.",
        )
        parser.add_argument(
            "--date-format",
            default="",
            metavar="FORMAT",
            help='How the dates are written, e.g. "%%d/%%m/%%Y %%H:%%M" (default: ISO 8601, the '
            "tools' own formats, and slashed dates in the order the file shows).",
        )

    def handle(self, *args, file: Path, map: list[str], dry_run: bool, skip_invalid: bool, **opts):
        overrides = parse_overrides(map)
        stage_map = parse_stage_map(opts["map_stage"])
        try:
            with file.open("rb") as stream:
                report = leads_import(
                    file=stream,
                    overrides=overrides,
                    skip_invalid=skip_invalid,
                    dry_run=dry_run,
                    on_progress=self.progress if opts["verbosity"] >= 2 else None,
                    preset=opts["preset"],
                    stage_map=stage_map,
                    date_format=opts["date_format"],
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
        if report.preset:
            self.stdout.write(f"read as: {PRESETS[report.preset].label}")
        for error in report.errors[:SHOWN_ERRORS]:
            self.stderr.write(f"line {error.line}: {error.reason}")
        if report.rejected > SHOWN_ERRORS:
            self.stderr.write(f"... and {report.rejected - SHOWN_ERRORS} more rejected rows")
        if report.noted:
            self.stdout.write(f"{report.noted} rows kept a value aside (imported all the same):")
        for note in report.notes[:SHOWN_ERRORS]:
            self.stdout.write(f"line {note.line}: {note.reason}")
        for merge in report.merges[:SHOWN_ERRORS] if report.saved else ():
            filled = ", ".join(merge.filled) or "nothing new"
            self.stdout.write(f"line {merge.line}: merged into lead {merge.lead_id} ({filled})")
        for dupe in report.duplicates[:SHOWN_ERRORS] if report.saved else ():
            self.stdout.write(
                f"line {dupe.line}: lead {dupe.lead_id} shares its phone with lead "
                f"{dupe.other_id} but not its e-mail: kept apart, flagged as a possible duplicate"
            )
        outcome = "saved" if report.saved else "nothing saved"
        if dry_run:
            outcome = "dry run, nothing saved"
        self.stdout.write(
            f"created {report.created}, merged {report.merged}, rejected {report.rejected} "
            f"({outcome})"
        )
