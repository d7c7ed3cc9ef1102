"""Sending background work so that a stopped or stalled Redis never fails the request.

Every place that queues a Celery task goes through `enqueue` (or `enqueue_on_commit`). When the
broker (or the cache sharing its Redis) does not answer within the short timeouts of
leadcrm/settings.py, the task is not sent: a warning is logged and the leads it was about are
marked as awaiting scoring. The beat sweep (scoring.tasks.rescore_awaiting_leads) scores them
once Redis is back; handoff's SLA job routes the MQLs that missed their routing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable

from celery import Task
from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError
from redis.exceptions import RedisError

from leads.models import Lead

log = logging.getLogger(__name__)

# What a stopped, stalled or unreachable Redis raises, as broker (kombu) or as cache (redis-py).
QUEUE_ERRORS: tuple[type[Exception], ...] = (BrokerError, RedisError, ConnectionError, TimeoutError)

_MARK_CHUNK = 2_000  # ids per UPDATE (SQLite's parameter limit)
_broker_down_until = 0.0  # time.monotonic() until which this process does not try the broker


def enqueue(
    task: Task,
    *args: object,
    lead_ids: Iterable[int] = (),
    countdown: float | None = None,
    queue: str | None = None,
) -> bool:
    """Send `task(*args)` (to `queue` instead of its routed one, if given); True when it was
    sent. When Redis fails, log it, mark `lead_ids` as awaiting scoring and return False instead
    of raising."""
    global _broker_down_until
    if time.monotonic() < _broker_down_until:
        log.warning("Redis was unavailable moments ago: %s not queued", task.name)
        leads_mark_awaiting_scoring(sorted(set(lead_ids)))
        return False
    try:
        task.apply_async(args, countdown=countdown, **({"queue": queue} if queue else {}))
    except QUEUE_ERRORS as exc:
        ids = sorted(set(lead_ids))
        log.warning(
            "Could not queue %s (%s: %s); %d leads marked as awaiting scoring",
            task.name,
            type(exc).__name__,
            exc,
            len(ids),
        )
        # The next requests of this process skip the broker's timeouts for a while.
        _broker_down_until = time.monotonic() + settings.REDIS_RETRY_AFTER
        leads_mark_awaiting_scoring(ids)
        return False
    return True


def enqueue_on_commit(
    task: Task, *args: object, lead_ids: Iterable[int] = (), countdown: float | None = None
) -> None:
    """`enqueue` once the current transaction commits (right away outside one)."""
    ids = list(lead_ids)
    transaction.on_commit(lambda: enqueue(task, *args, lead_ids=ids, countdown=countdown))


def leads_mark_awaiting_scoring(lead_ids: list[int]) -> int:
    """Mark leads whose rescoring could not be queued. The time is the latest request: the
    sweep clears only marks older than its own start, so a lead marked while it scores stays
    marked for the next sweep."""
    now = timezone.now()
    marked = 0
    try:
        for start in range(0, len(lead_ids), _MARK_CHUNK):
            chunk = lead_ids[start : start + _MARK_CHUNK]
            marked += Lead.all_objects.filter(pk__in=chunk).update(scoring_pending_since=now)
    except DatabaseError:
        # Called after the commit: the request's own work is saved; do not fail it now.
        log.exception("Could not mark %d leads as awaiting scoring", len(lead_ids))
    return marked
