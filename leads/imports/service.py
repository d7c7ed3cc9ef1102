"""Importing leads from a CSV file: recognize the tool that wrote it, validate each row, merge
it into the lead it duplicates or create it, in batches, all or nothing."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice
from typing import IO

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection, transaction
from django.utils import timezone

from leads.imports.phones import PARALLEL_MIN_ROWS, PhoneReader
from leads.imports.presets import Preset, detect_preset, is_footer, preset_named
from leads.imports.reader import (
    CsvSource,
    ImportFileError,
    apply_overrides,
    check_mapping,
    detect_mapping,
)
from leads.imports.report import FIRST_ERRORS, ImportReport, RowError, RowOutcome
from leads.imports.rows import LeadRow, RowInvalid, RowParser
from leads.imports.statistics import LeadStatistics
from leads.imports.values import (
    DateReader,
    StageReader,
    check_stage_overrides,
    date_format_problem,
    date_order,
    slashed_order,
)
from leads.imports.writer import BatchWriter, History
from leads.models import Lead, Stage
from leads.services import HistoryStep
from leads.signals import leads_imported

# Rows per batch: one lookup query per identity kind, one bulk insert and one bulk update each.
BATCH_SIZE = 2000
# Date values read to find a file's day/month order before importing, when none decides sooner.
DATE_SCAN_VALUES = 1000

OnError = Callable[[RowError], None]
OnProgress = Callable[[ImportReport], None]
OnOutcome = Callable[[RowOutcome], None]


def imported_history(row: LeadRow) -> list[HistoryStep]:
    """A `stage` column: one imported move into that stage, on `stage_changed_at` if given,
    else when the lead was created (`created_at`, or now)."""
    stage = row.fields.get("stage")
    if not stage or stage == Stage.NEW:
        return []
    at = row.fields.get("stage_changed_at") or row.fields.get("created_at") or timezone.now()
    return [HistoryStep(to_stage=stage, at=at)]


def leads_import(
    *,
    file: IO[bytes],
    mapping: dict[str, str] | None = None,
    overrides: dict[str, str] | None = None,
    by: AbstractBaseUser | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
    history: History = imported_history,
    on_error: OnError | None = None,
    on_progress: OnProgress | None = None,
    on_outcome: OnOutcome | None = None,
    batch_size: int = BATCH_SIZE,
    preset: str = "",
    stage_map: dict[str, str] | None = None,
    date_format: str = "",
) -> ImportReport:
    """Import a lead CSV. Raises ImportFileError when the file as a whole is unusable.

    `mapping` is CSV header -> target (a lead field, "attribute" or "ignore"); without one it is
    detected from the headers (through the preset named, else the one the headers show), then
    `overrides` (`--map`) apply. `stage_map` (`--map-stage`) reads other tools' stage labels
    over the preset's; `date_format` (`--date-format`) reads every date. Without
    `skip_invalid` a single bad row saves nothing; every bad row is still reported. A dry run
    counts what the import would create and merge, and saves nothing.
    """
    source = CsvSource.open(file)
    found = import_preset(source.headers, preset)
    mapping = apply_overrides(mapping or detect_mapping(source.headers, found), overrides or {})
    check_mapping(mapping)
    check_stage_overrides(stage_map or {})
    report = ImportReport(total=max(source.physical_lines - 1, 0))
    report.preset = found.name if found else ""
    parser = RowParser(
        source.headers,
        mapping,
        stages=StageReader(found.stage_labels if found else {}, stage_map or {}),
        dates=file_dates(source, mapping, date_format),
    )
    # All or nothing in one transaction rather than a validating pass and a writing pass: a good
    # file is read once, the lookups of later batches see the leads of earlier ones (duplicates
    # within the file merge), a crash half-way leaves nothing behind (the import task simply
    # runs again), and PostgreSQL holds a million-row transaction without trouble. After the
    # first bad row (without skip_invalid) the rest is only validated, to report every bad line.
    with transaction.atomic():
        _probe_indexes()
        writer = BatchWriter(by=by, history=history, report=report, on_outcome=on_outcome)
        _read_and_write(
            source,
            parser,
            writer,
            report,
            batch_size=batch_size,
            skip_invalid=skip_invalid,
            on_error=on_error,
            on_progress=on_progress,
            phones_wanted="phone" in mapping.values(),
        )
        _settle(report, dry_run=dry_run, skip_invalid=skip_invalid)
    return report


def _settle(report: ImportReport, *, dry_run: bool, skip_invalid: bool) -> None:
    """Inside the import's transaction: keep it (and announce the leads once it commits) or
    roll it back, and make the report say what was saved."""
    report.saved = not dry_run and (skip_invalid or not report.rejected)
    if not report.saved:
        transaction.set_rollback(True)
        report.lead_ids = array("q")
    elif report.lead_ids:
        lead_ids = report.lead_ids
        transaction.on_commit(lambda: leads_imported.send(sender=Lead, lead_ids=lead_ids))
    if report.rejected and not skip_invalid:
        report.created = report.merged = 0  # writing stopped at the first bad row


def _probe_indexes() -> None:
    """The identity lookups must probe their indexes. PostgreSQL plans them with the table's
    statistics, which know nothing of the rows this transaction adds: on a big first import it
    would scan the whole growing table for every batch instead."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")


def _read_and_write(
    source: CsvSource,
    parser: RowParser,
    writer: BatchWriter,
    report: ImportReport,
    *,
    batch_size: int,
    skip_invalid: bool,
    on_error: OnError | None,
    on_progress: OnProgress | None,
    phones_wanted: bool,
) -> None:
    """Parse the file batch by batch (each read one batch ahead in a thread) and write the valid
    rows, until the first bad row (without skip_invalid), after which the rest is only
    validated."""
    statistics = LeadStatistics()
    big = report.total >= PARALLEL_MIN_ROWS and phones_wanted
    phones = PhoneReader.start() if big else None
    reading = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-read")
    try:
        batches = _with_phones(_batches(source.rows(), batch_size), parser, phones)
        for read in _read_ahead(batches, parser, reading):
            valid = _parse_batch(read, parser, report, on_error)
            if skip_invalid or not report.rejected:
                created = report.created
                writer.write(valid)
                statistics.written(report.created - created)
            if on_progress is not None:
                on_progress(report)
    finally:
        reading.shutdown(cancel_futures=True)
        if phones is not None:
            phones.close()


Read = list[tuple[int, LeadRow | RowInvalid | None]]  # a batch's rows read: None for a footer


def _read_batch(
    parser: RowParser, batch: list[tuple[int, list[str]]], phones: tuple[list, Future] | None
) -> Read:
    """RowParser.read of each row (in the reading thread): what needs no database."""
    if phones is not None:
        pairs, parsed = phones
        parser.prime_phones(pairs, parsed.result())
    read: Read = []
    for line, cells in batch:
        if is_footer(cells):
            read.append((line, None))  # the lines below a Salesforce report are not rows
            continue
        try:
            read.append((line, parser.read(line, cells)))
        except RowInvalid as exc:
            read.append((line, exc))
    return read


def _read_ahead(
    batches: Iterator[tuple[list, tuple[list, Future] | None]],
    parser: RowParser,
    reading: ThreadPoolExecutor,
) -> Iterator[Read]:
    """Each batch read, the next one being read in the reading thread meanwhile: this thread
    mostly waits for PostgreSQL to write a batch, which leaves the GIL (and a core) free."""
    ahead = next(batches, None)
    pending = reading.submit(_read_batch, parser, *ahead) if ahead else None
    while pending is not None:
        ahead = next(batches, None)
        following = reading.submit(_read_batch, parser, *ahead) if ahead else None
        yield pending.result()
        pending = following


def _parse_batch(
    read: Read, parser: RowParser, report: ImportReport, on_error: OnError | None
) -> list[LeadRow]:
    """The batch's valid rows, resolved (owner, source); the others rejected (reported, and
    sent to `on_error`), in the file's order."""
    valid = []
    for line, outcome in read:
        if outcome is None:
            continue
        report.rows += 1
        try:
            if isinstance(outcome, RowInvalid):
                raise outcome
            parser.resolve(outcome)
        except RowInvalid as exc:
            error = RowError(line, str(exc))
            report.rejected += 1
            if len(report.errors) < FIRST_ERRORS:
                report.errors.append(error)
            if on_error is not None:
                on_error(error)
            continue
        row = outcome
        valid.append(row)
        if row.notes:
            report.noted += 1
            if len(report.notes) < FIRST_ERRORS:
                report.notes.extend(RowError(row.line, text) for _field, text in row.notes)
    return valid


def import_preset(headers: list[str], name: str = "") -> Preset | None:
    """The preset named (`--preset`), else the one the header row shows, else none."""
    if not name:
        return detect_preset(headers)
    try:
        return preset_named(name)
    except LookupError as exc:
        raise ImportFileError(str(exc)) from None


def file_dates(source: CsvSource, mapping: dict[str, str], date_format: str = "") -> DateReader:
    """How to read the file's dates: the format given, else the day/month order its slashed
    dates show (the first telling value decides; ImportFileError when they disagree or none
    tells). Only the date columns are looked at, and only until the order is known."""
    if date_format:
        if problem := date_format_problem(date_format):
            raise ImportFileError(f"Date format: {problem}")
        return DateReader(date_format=date_format)
    columns = [i for i, h in enumerate(source.headers) if mapping.get(h) in _DATE_FIELDS]
    if not columns:
        return DateReader()
    return DateReader(order=date_order(_date_values(source, columns)))


_DATE_FIELDS = frozenset({"created_at", "stage_changed_at"})


def _date_values(source: CsvSource, columns: list[int]) -> Iterator[str]:
    """The date cells, until one tells the day/month order, or DATE_SCAN_VALUES that cannot
    be slashed dates (an ISO file is not read twice)."""
    plain = 0
    for _line, cells in source.rows():
        for index in columns:
            value = cells[index].strip() if index < len(cells) else ""
            if not value:
                continue
            yield value
            order = slashed_order(value)
            if order:
                return
            if order is None:
                plain += 1
                if plain >= DATE_SCAN_VALUES:
                    return


def _with_phones(
    batches: Iterator[list], parser: RowParser, phones: PhoneReader | None
) -> Iterator[tuple[list, tuple[list, Future] | None]]:
    """Each batch with its phone numbers sent to the helper process, which parses the next
    batch's numbers while this batch is read."""
    if phones is None:
        for batch in batches:
            yield batch, None
        return
    ahead = next(batches, None)
    pending = phones.submit(parser.phone_pairs(ahead)) if ahead else None
    while ahead is not None:
        batch, sent = ahead, pending
        ahead = next(batches, None)
        pending = phones.submit(parser.phone_pairs(ahead)) if ahead else None
        yield batch, sent


def _batches(rows: Iterable[tuple[int, list[str]]], size: int) -> Iterator[list]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch
