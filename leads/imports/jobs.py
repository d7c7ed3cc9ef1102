"""Import jobs: an uploaded file, its mapping, a background run, its progress and report."""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass
from itertools import islice

from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from leads import tasks
from leads.imports.reader import CsvSource, ImportFileError, check_mapping, detect_mapping
from leads.imports.service import ImportReport, RowError, leads_import
from leads.models import ImportJob
from leads.queueing import enqueue_on_commit

PREVIEW_ROWS = 10
# Progress lives in the cache (shared by web and workers in production): the job's row is only
# written when the import's single transaction commits.
_PROGRESS_KEY = "leads:import-job:{}:progress"


def import_job_create(
    *, upload: UploadedFile, headers: list[str], by: AbstractBaseUser
) -> ImportJob:
    """Store an uploaded CSV (already checked by the upload form) with the mapping detected
    from its headers, waiting for the user to confirm it."""
    job = ImportJob(filename=upload.name[:255], uploaded_by=by, mapping=detect_mapping(headers))
    job.file.save(upload.name, upload, save=False)
    job.save()
    return job


@dataclass
class Preview:
    headers: list[str]
    rows: list[list[str]]
    encoding: str
    delimiter: str


_ENCODINGS = {"utf-8-sig": "UTF-8", "latin-1": "Latin-1"}
_DELIMITERS = {",": "commas", ";": "semicolons", "\t": "tabs"}


def import_job_preview(job: ImportJob) -> Preview:
    """The headers and first rows of the job's file, and how it was read."""
    with job.file.open("rb") as stream:
        source = CsvSource.open(stream)
        rows = [cells for _line, cells in islice(source.rows(), PREVIEW_ROWS)]
    return Preview(
        headers=source.headers,
        rows=rows,
        encoding=_ENCODINGS[source.encoding],
        delimiter=_DELIMITERS[source.delimiter],
    )


@transaction.atomic
def import_job_start(
    *, job: ImportJob, mapping: dict[str, str], skip_invalid: bool, dry_run: bool
) -> ImportJob:
    """Queue the import with the confirmed mapping; the task runs once this commits."""
    check_mapping(mapping)
    job = ImportJob.objects.select_for_update().get(pk=job.pk)
    if job.status != ImportJob.Status.PREVIEW:
        return job  # already started (a double submit)
    job.mapping = mapping
    job.skip_invalid = skip_invalid
    job.dry_run = dry_run
    job.status = ImportJob.Status.QUEUED
    job.save(update_fields=["mapping", "skip_invalid", "dry_run", "status"])
    # Not sent when Redis is down: leads.tasks.resend_lost_import_jobs sends it later.
    enqueue_on_commit(tasks.run_import_job, job.pk)
    return job


def import_job_run(*, job_id: int) -> ImportJob | None:
    """Run a queued job. Safe to run twice: a finished job is left alone, and a job whose worker
    died half-way starts over, since the import is one transaction that was rolled back."""
    started = ImportJob.objects.filter(
        pk=job_id, status__in=[ImportJob.Status.QUEUED, ImportJob.Status.RUNNING]
    ).update(status=ImportJob.Status.RUNNING, started_at=timezone.now(), message="")
    if not started:
        return ImportJob.objects.filter(pk=job_id).first()
    with transaction.atomic():
        # The lock makes a second delivery of the task wait, then find the job done.
        job = ImportJob.objects.select_for_update().get(pk=job_id)
        if job.status != ImportJob.Status.RUNNING:
            return job
        with tempfile.TemporaryFile("w+b") as rejected:
            text = io.TextIOWrapper(rejected, encoding="utf-8", newline="")
            writer = csv.writer(text)
            writer.writerow(["line", "reason"])

            def on_error(error: RowError) -> None:
                writer.writerow([error.line, error.reason])

            def on_progress(report: ImportReport) -> None:
                cache.set(_PROGRESS_KEY.format(job.pk), (report.rows, report.total), 24 * 3600)

            try:
                with job.file.open("rb") as stream:
                    report = leads_import(
                        file=stream,
                        mapping=job.mapping,
                        by=job.uploaded_by,
                        skip_invalid=job.skip_invalid,
                        dry_run=job.dry_run,
                        on_error=on_error,
                        on_progress=on_progress,
                    )
            except ImportFileError as exc:
                job.status = ImportJob.Status.FAILED
                job.message = str(exc)
                job.finished_at = timezone.now()
                job.save()
                return job
            text.flush()
            text.detach()
            rejected.seek(0)
            job.report.save(f"import-{job.pk}-rejected.csv", File(rejected), save=False)
        job.total_rows = job.processed_rows = report.rows
        job.created_count = report.created
        job.merged_count = report.merged
        job.rejected_count = report.rejected
        job.errors = [{"line": e.line, "reason": e.reason} for e in report.errors]
        job.status = ImportJob.Status.DONE
        job.message = _outcome(report, job)
        job.finished_at = timezone.now()
        job.save()
    cache.delete(_PROGRESS_KEY.format(job.pk))
    return job


def import_job_fail(*, job_id: int, message: str) -> None:
    ImportJob.objects.filter(pk=job_id).exclude(status=ImportJob.Status.DONE).update(
        status=ImportJob.Status.FAILED, message=message[:1000], finished_at=timezone.now()
    )


def import_job_progress(job: ImportJob) -> tuple[int, int]:
    """(rows read, rows expected) of a running job; the totals once it is done."""
    if job.status == ImportJob.Status.DONE:
        return job.processed_rows, job.total_rows
    return cache.get(_PROGRESS_KEY.format(job.pk)) or (0, 0)


def recent_import_jobs() -> QuerySet[ImportJob]:
    return ImportJob.objects.select_related("uploaded_by").order_by("-created_at", "-pk")


def _outcome(report: ImportReport, job: ImportJob) -> str:
    if job.dry_run:
        return "Dry run: nothing was saved."
    if not report.saved:
        return "Nothing was saved: fix the rejected rows, or import again skipping them."
    return "Saved."
