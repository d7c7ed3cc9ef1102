"""An import job's progress, in the cache shared by web and workers: the job's row is only
written when the import's single transaction commits. It doubles as the worker's heartbeat."""

from __future__ import annotations

import time
from typing import NamedTuple

from django.core.cache import cache

_PROGRESS_KEY = "leads:import-job:{}:progress"
_KEEP = 24 * 3600


class ImportProgress(NamedTuple):
    """Rows read of rows expected, as a page shows them."""

    rows: int
    total: int


class ProgressReport(NamedTuple):
    """What the worker last reported: rows read, rows expected, and when (a UNIX time)."""

    rows: int
    total: int
    reported_at: float


_NO_REPORT = ProgressReport(rows=0, total=0, reported_at=0.0)


def progress_report(job_id: int, rows: int, total: int) -> None:
    report = ProgressReport(rows=rows, total=total, reported_at=time.time())
    # Cached as a plain tuple, as it always was: a pickled NamedTuple names its class, which a
    # web or worker process still on older (or newer) code may not have during a deploy.
    cache.set(_PROGRESS_KEY.format(job_id), tuple(report), _KEEP)


def progress_report_read(job_id: int) -> ProgressReport:
    """The worker's last report (rows 0 of 0 at 0 if none). An old (rows, total) pair reads
    as reported at 0; a value it cannot read reads as no report rather than failing a page."""
    cached = cache.get(_PROGRESS_KEY.format(job_id))
    if not isinstance(cached, (tuple, list)) or len(cached) not in (2, 3):
        return _NO_REPORT
    rows, total, reported_at = (*cached, 0.0)[:3]
    try:
        return ProgressReport(rows=int(rows), total=int(total), reported_at=float(reported_at))
    except (TypeError, ValueError):
        return _NO_REPORT


def progress_of(job_id: int) -> ImportProgress:
    """Rows read of rows expected, as the worker last reported them."""
    report = progress_report_read(job_id)
    return ImportProgress(rows=report.rows, total=report.total)


def last_progress_at(job_id: int) -> float:
    """When the job's worker last reported progress (a UNIX time; 0 for never)."""
    return progress_report_read(job_id).reported_at


def progress_clear(job_id: int) -> None:
    cache.delete(_PROGRESS_KEY.format(job_id))
