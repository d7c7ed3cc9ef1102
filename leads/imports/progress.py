"""An import job's progress, in the cache shared by web and workers: the job's row is only
written when the import's single transaction commits. It doubles as the worker's heartbeat."""

from __future__ import annotations

import time

from django.core.cache import cache

_PROGRESS_KEY = "leads:import-job:{}:progress"
_KEEP = 24 * 3600


def progress_report(job_id: int, rows: int, total: int) -> None:
    cache.set(_PROGRESS_KEY.format(job_id), (rows, total, time.time()), _KEEP)


def progress_of(job_id: int) -> tuple[int, int]:
    """(rows read, rows expected) as the worker last reported them."""
    progress = cache.get(_PROGRESS_KEY.format(job_id)) or (0, 0)
    return progress[0], progress[1]


def last_progress_at(job_id: int) -> float:
    """When the job's worker last reported progress (a UNIX time; 0 for never)."""
    progress = cache.get(_PROGRESS_KEY.format(job_id)) or ()
    return progress[2] if len(progress) > 2 else 0.0


def progress_clear(job_id: int) -> None:
    cache.delete(_PROGRESS_KEY.format(job_id))
