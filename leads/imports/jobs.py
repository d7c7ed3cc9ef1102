"""Import jobs: an uploaded file, its mapping, a background run, its progress and report."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

from django.contrib.auth.models import AbstractBaseUser
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import QuerySet

from leads import tasks
from leads.imports.presets import PRESETS, detect_preset, preset_named
from leads.imports.progress import ImportProgress, progress_of
from leads.imports.reader import (
    PREVIEW_ROWS,
    CsvSource,
    ImportFileError,
    check_mapping,
    detect_mapping,
)
from leads.imports.rows import RowInvalid, RowParser
from leads.imports.service import (
    file_dates,
    import_preset,
)
from leads.imports.values import StageReader, ValueInvalid, check_stage_overrides
from leads.models import ImportJob
from leads.queueing import enqueue_on_commit

# Rows read for the distinct stage labels the preview offers to map (at most MAX_STAGE_LABELS).
STAGE_SCAN_ROWS = 5000
MAX_STAGE_LABELS = 40


def import_job_create(
    *, upload: UploadedFile, headers: list[str], by: AbstractBaseUser
) -> ImportJob:
    """Store an uploaded CSV (already checked by the upload form) with the preset its header
    row shows and the mapping detected through it, waiting for the user to confirm them."""
    preset = detect_preset(headers)
    job = ImportJob(
        filename=upload.name[:255],
        uploaded_by=by,
        preset=preset.name if preset else "",
        mapping=detect_mapping(headers, preset),
    )
    job.file.save(upload.name, upload, save=False)
    job.save()
    return job


def import_job_apply_preset(*, job: ImportJob, preset: str) -> ImportJob:
    """Read the waiting job's file as another tool's export (or as a plain CSV): its mapping
    is detected again through that preset."""
    with job.file.open("rb") as stream:
        headers = CsvSource.open(stream).headers
    job.preset = preset
    job.mapping = detect_mapping(headers, preset_named(preset) if preset else None)
    job.save(update_fields=["preset", "mapping"])
    return job


def import_job_remap(
    *, job: ImportJob, mapping: dict[str, str], stage_map: dict[str, str], date_format: str
) -> ImportJob:
    """Keep the choices made on the preview page, for the rows to be checked with them."""
    job.mapping = mapping
    job.stage_map = stage_map
    job.date_format = date_format
    job.save(update_fields=["mapping", "stage_map", "date_format"])
    return job


def job_preset_label(job: ImportJob) -> str:
    return PRESETS[job.preset].label if job.preset in PRESETS else ""


@dataclass
class Cell:
    value: str
    error: str = ""
    note: str = ""


@dataclass
class PreviewRow:
    line: int
    cells: list[Cell]
    error: str = ""  # what fails the row as a whole (no identity, too many values)


@dataclass
class Preview:
    headers: list[str]
    rows: list[PreviewRow]
    encoding: str
    delimiter: str
    stage_labels: dict[str, str] = field(default_factory=dict)  # label -> code or ""
    error: str = ""  # the file cannot be read (shown instead of the rows)

    @property
    def failing(self) -> int:
        return sum(1 for row in self.rows if row.error or any(c.error for c in row.cells))


_ENCODINGS = {"utf-8-sig": "UTF-8", "latin-1": "Latin-1"}
_DELIMITERS = {",": "commas", ";": "semicolons", "\t": "tabs"}


def import_job_preview(
    job: ImportJob,
    *,
    mapping: dict[str, str] | None = None,
    stage_map: dict[str, str] | None = None,
    date_format: str | None = None,
) -> Preview:
    """The headers and first rows of the job's file, each cell validated as the import would
    (with this mapping, stage map and date format, else the job's), without writing anything."""
    mapping = mapping if mapping is not None else job.mapping
    with job.file.open("rb") as stream:
        source = CsvSource.open(stream)
        preview = Preview(
            headers=source.headers,
            rows=[],
            encoding=_ENCODINGS[source.encoding],
            delimiter=_DELIMITERS[source.delimiter],
        )
        try:
            sample = list(islice(source.rows(), PREVIEW_ROWS))
            preset = import_preset(source.headers, job.preset)
            stages = StageReader(
                preset.stage_labels if preset else {},
                job.stage_map if stage_map is None else stage_map,
            )
            preview.stage_labels = _stage_labels(source, mapping, stages)
            check_mapping(mapping)
            dates = file_dates(
                source, mapping, job.date_format if date_format is None else date_format
            )
        except ImportFileError as exc:
            preview.rows = [PreviewRow(line, [Cell(c) for c in cells]) for line, cells in sample]
            preview.error = str(exc)
            return preview
        parser = RowParser(
            source.headers, mapping, stages=stages, dates=dates, create_sources=False
        )
        preview.rows = [_checked_row(parser, line, cells) for line, cells in sample]
    return preview


def _checked_row(parser: RowParser, line: int, cells: list[str]) -> PreviewRow:
    """Each failing cell marked with its reason: a row is parsed again without the cell at
    fault until it passes or fails as a whole, so every bad cell shows, not only the first."""
    row = PreviewRow(line, [Cell(c) for c in cells])
    column = {target: i for i, target, _h, _l in parser.columns}
    column.update({header: i for i, _t, header, _l in parser.columns})
    attempt = list(cells)
    for _ in range(len(cells) + 1):
        try:
            parsed = parser.parse(line, attempt)
        except RowInvalid as exc:
            index = column.get(exc.field)
            if index is None or index >= len(attempt) or not attempt[index]:
                if not any(c.error for c in row.cells):
                    row.error = str(exc)
                return row
            row.cells[index].error = str(exc).removeprefix(f"{exc.field}: ")
            attempt[index] = ""
            continue
        for name, text in parsed.notes:
            if name in column and column[name] < len(row.cells):
                row.cells[column[name]].note = text
        return row
    return row


def _stage_labels(source: CsvSource, mapping: dict[str, str], stages: StageReader) -> dict:
    """The distinct values of the stage column (in the first rows), each with the stage it
    will be read as ("" for none)."""
    index = next((i for i, h in enumerate(source.headers) if mapping.get(h) == "stage"), None)
    if index is None:
        return {}
    labels: dict[str, str] = {}
    for _line, cells in islice(source.rows(), STAGE_SCAN_ROWS):
        value = cells[index].strip() if index < len(cells) else ""
        if value and value not in labels:
            try:
                labels[value] = stages.parse(value)
            except ValueInvalid:
                labels[value] = ""
            if len(labels) >= MAX_STAGE_LABELS:
                break
    return labels


@transaction.atomic
def import_job_start(
    *,
    job: ImportJob,
    mapping: dict[str, str],
    skip_invalid: bool,
    dry_run: bool,
    stage_map: dict[str, str] | None = None,
    date_format: str = "",
) -> ImportJob:
    """Queue the import with the confirmed mapping; the task runs once this commits."""
    check_mapping(mapping)
    check_stage_overrides(stage_map or {})
    job = ImportJob.objects.select_for_update().get(pk=job.pk)
    if job.status != ImportJob.Status.PREVIEW:
        return job  # already started (a double submit)
    job.mapping = mapping
    job.stage_map = stage_map or {}
    job.date_format = date_format
    job.skip_invalid = skip_invalid
    job.dry_run = dry_run
    job.status = ImportJob.Status.QUEUED
    job.save(
        update_fields=["mapping", "stage_map", "date_format", "skip_invalid", "dry_run", "status"]
    )
    # Not sent when Redis is down: leads.tasks.resend_lost_import_jobs sends it later.
    enqueue_on_commit(tasks.run_import_job, job.pk)
    return job


def import_job_progress(job: ImportJob) -> ImportProgress:
    """Rows read of rows expected of a running job; the totals once it is done."""
    if job.status == ImportJob.Status.DONE:
        return ImportProgress(rows=job.processed_rows, total=job.total_rows)
    return progress_of(job.pk)


def recent_import_jobs() -> QuerySet[ImportJob]:
    return ImportJob.objects.select_related("uploaded_by").order_by("-created_at", "-pk")
