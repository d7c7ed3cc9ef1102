"""Running an import job: what the Celery task (leads.tasks.run_import_job) calls.

Apart from leads.imports.jobs, which queues that task, so that the task module and the job
module do not import each other.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from datetime import datetime, timedelta
from typing import IO

from django.core.files import File
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from leads.export import csv_cell
from leads.imports.progress import last_progress_at, progress_clear, progress_report
from leads.imports.reader import ImportFileError
from leads.imports.report import RowOutcome
from leads.imports.service import ImportReport, RowError, leads_import
from leads.models import ImportJob


def import_job_run(*, job_id: int) -> ImportJob | None:
    """Run a queued job. Safe to run twice, at once or later: a finished job is left alone, a
    job a live worker holds is skipped (its row stays locked for the whole import), and a job
    whose worker died half-way starts over, since the import is one transaction that rolled
    back with the worker's connection."""
    if not _claim(job_id):
        return ImportJob.objects.filter(pk=job_id).first()
    with transaction.atomic():
        job = (
            ImportJob.objects.select_for_update(skip_locked=True)
            .filter(pk=job_id, status=ImportJob.Status.RUNNING)
            .first()
        )
        if job is None:
            return ImportJob.objects.filter(pk=job_id).first()  # another delivery has it
        try:
            report = _import_with_report(job)
        except ImportFileError as exc:
            job.status = ImportJob.Status.FAILED
            job.message = str(exc)
            job.finished_at = timezone.now()
            job.save()
            return job
        _record(job, report)
        job.save()
    progress_clear(job.pk)
    return job


def _import_with_report(job: ImportJob) -> ImportReport:
    """Run the job's import, its downloadable report written into `job.report` (unsaved).
    Raises ImportFileError when the file as a whole cannot be imported."""
    with tempfile.TemporaryFile("w+b") as rows_file, tempfile.TemporaryFile("w+") as saved:
        # The report's rows: rejected lines as they are read; merged rows and leads kept
        # apart aside, joined only if the import is saved (otherwise they did not happen).
        text = io.TextIOWrapper(rows_file, encoding="utf-8", newline="")
        # Every cell through csv_cell, as every CSV we write: a reason can quote the file (a
        # column's header), which a spreadsheet would otherwise run as a formula.
        writer, saved_writer = _SafeWriter(text), _SafeWriter(saved)
        writer.writerow(["line", "outcome", "lead", "detail"])

        def on_error(error: RowError) -> None:
            writer.writerow([error.line, "rejected", "", error.reason])

        def on_outcome(outcome: RowOutcome) -> None:
            saved_writer.writerow([outcome.line, outcome.outcome, outcome.lead_id, outcome.detail])

        def on_progress(report: ImportReport) -> None:
            progress_report(job.pk, report.rows, report.total)

        with job.file.open("rb") as stream:
            report = leads_import(
                file=stream,
                mapping=job.mapping,
                by=job.uploaded_by,
                skip_invalid=job.skip_invalid,
                dry_run=job.dry_run,
                on_error=on_error,
                on_progress=on_progress,
                on_outcome=on_outcome,
                preset=job.preset,
                stage_map=job.stage_map,
                date_format=job.date_format,
            )
        if report.saved:
            saved.seek(0)
            shutil.copyfileobj(saved, text)
        text.flush()
        text.detach()
        rows_file.seek(0)
        job.report.save(f"import-{job.pk}-report.csv", File(rows_file), save=False)
    return report


class _SafeWriter:
    """csv.writer whose cells go through leads.export.csv_cell (formula escaping)."""

    def __init__(self, stream: IO[str]) -> None:
        self.writer = csv.writer(stream)

    def writerow(self, cells: list[object]) -> None:
        self.writer.writerow([csv_cell(cell) for cell in cells])


def _claim(job_id: int) -> bool:
    """Mark a queued job (or one left running) as running, unless a live worker holds it."""
    with transaction.atomic():
        job = (
            ImportJob.objects.select_for_update(skip_locked=True)
            .filter(pk=job_id, status__in=[ImportJob.Status.QUEUED, ImportJob.Status.RUNNING])
            .first()
        )
        if job is None:
            return False
        job.status = ImportJob.Status.RUNNING
        job.started_at = timezone.now()
        job.message = ""
        job.save(update_fields=["status", "started_at", "message"])
    return True


def _record(job: ImportJob, report: ImportReport) -> None:
    job.total_rows = job.processed_rows = report.rows
    job.created_count = report.created
    job.merged_count = report.merged
    job.rejected_count = report.rejected
    job.noted_count = report.noted
    job.errors = [{"line": e.line, "reason": e.reason} for e in report.errors]
    job.notes = [{"line": n.line, "reason": n.reason} for n in report.notes]
    # Lead ids mean something only when the import was saved.
    job.merges = [
        {"line": m.line, "lead": m.lead_id, "filled": m.filled}
        for m in (report.merges if report.saved else [])
    ]
    job.duplicates = [
        {"line": d.line, "lead": d.lead_id, "other": d.other_id}
        for d in (report.duplicates if report.saved else [])
    ]
    job.status = ImportJob.Status.DONE
    job.message = _outcome(report, job)
    job.finished_at = timezone.now()


def import_job_fail(*, job_id: int, message: str) -> None:
    ImportJob.objects.filter(pk=job_id).exclude(status=ImportJob.Status.DONE).update(
        status=ImportJob.Status.FAILED, message=message[:1000], finished_at=timezone.now()
    )


def _outcome(report: ImportReport, job: ImportJob) -> str:
    if job.dry_run:
        return "Dry run: nothing was saved."
    if not report.saved:
        return "Nothing was saved: fix the rejected rows, or import again skipping them."
    return "Saved."


# A job queued this long ago and not started lost its message (Redis was down when it was sent,
# or restarted without its data). Sending a job twice is harmless: see import_job_run.
IMPORT_LOST_AFTER = timedelta(minutes=2)
# A job running this long with no progress reported (every batch of 2,000 rows reports) lost its
# worker (killed, out of memory): without this it would show "running" until the broker's
# visibility timeout (an hour) redelivers it.
IMPORT_STUCK_AFTER = timedelta(minutes=5)


def import_jobs_lost(*, now: datetime) -> list[int]:
    """The jobs to send again at `now`: those still waiting to start, and those left running by
    a dead worker (no progress reported for IMPORT_STUCK_AFTER)."""
    lost = ImportJob.objects.filter(
        Q(status=ImportJob.Status.QUEUED, created_at__lt=now - IMPORT_LOST_AFTER)
        | Q(status=ImportJob.Status.RUNNING, started_at__lt=now - IMPORT_STUCK_AFTER)
    ).values_list("pk", "status")
    quiet_since = (now - IMPORT_STUCK_AFTER).timestamp()
    return [
        job_id
        for job_id, status in lost
        if status == ImportJob.Status.QUEUED or last_progress_at(job_id) < quiet_since
    ]
