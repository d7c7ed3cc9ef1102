"""Scoring's background work. Tasks take ids, call a service, and are safe to run twice.

A task that runs a service of the same name is called after it with `_task` added; its Celery
name (beat, CELERY_TASK_ROUTES) stays `scoring.tasks.<service>`."""

from __future__ import annotations

import logging

from celery import shared_task
from django.core.cache import cache
from django.utils import timezone

from leads.queueing import enqueue
from scoring import monitoring, services
from scoring.planner import refresh_statistics
from scoring.runs import rescore_run_execute

log = logging.getLogger(__name__)

# Events for one lead arriving while its rescoring waits this long (or waits for a worker) are
# scored by that one run: a burst of 1,000 events in a second makes a few runs, and a new score
# still follows an event well within a second (bench/realtime.py).
COALESCE_SECONDS = 0.25
PENDING_KEY = "scoring:pending:{}"
# A marker outlives its task by at most this: a lost task (or a lost marker) never keeps a lead
# from being queued again for longer. A cache that is down answers "fresh" (leadcrm/cache.py).
PENDING_TIMEOUT = 60


def schedule_rescore(lead_ids) -> int:
    """Queue one rescoring of the leads that have none waiting yet; returns how many. When
    Redis is down they are marked as awaiting scoring instead (leads.queueing)."""
    fresh = sorted(
        i for i in set(lead_ids) if cache.add(PENDING_KEY.format(i), 1, timeout=PENDING_TIMEOUT)
    )
    if fresh and not enqueue(rescore_leads_task, fresh, lead_ids=fresh, countdown=COALESCE_SECONDS):
        cache.delete_many([PENDING_KEY.format(i) for i in fresh])  # nothing is queued for them
    return len(fresh)


@shared_task(
    bind=True,
    name="scoring.tasks.rescore_leads",
    acks_late=True,
    autoretry_for=(Exception,),
    retry_backoff=True,
    max_retries=5,
)
def rescore_leads_task(self, lead_ids: list[int]) -> int:
    """Run services.rescore_leads for a coalesced batch of leads (schedule_rescore)."""
    # Clear the markers before reading: an event stored while we score queues another run.
    cache.delete_many([PENDING_KEY.format(i) for i in lead_ids])
    return services.rescore_leads(lead_ids)


IMPORT_CHUNK = 5_000


def rescore_imported_leads(lead_ids) -> int:
    """Queue the rescoring of an import's leads in chunks (sent after the import commits).

    An import of a million rows becomes a couple of hundred set-based tasks, not a million
    per-lead ones; returns how many tasks were queued."""
    ids = sorted(set(lead_ids))
    refresh_statistics()  # the import just grew the tables
    chunks = [ids[i : i + IMPORT_CHUNK] for i in range(0, len(ids), IMPORT_CHUNK)]
    for chunk in chunks:
        # The bulk queue: an import's thousands of leads must not wait ahead of live events.
        enqueue(rescore_leads_task, chunk, lead_ids=chunk, queue="bulk")
    return len(chunks)


RUN_RETRY_SECONDS = 30  # then 60, 120: a database restart or failover has time to finish


@shared_task(bind=True, name="scoring.tasks.run_rescore", acks_late=True, max_retries=3)
def run_rescore(self, run_id: int) -> None:
    """Run scoring.runs.rescore_run_execute; a failed try is tried again after 30, 60 and 120
    seconds (RUN_RETRY_SECONDS) before the run is marked failed."""
    tries = self.request.retries
    try:
        rescore_run_execute(run_id, attempt=tries + 1, attempts=self.max_retries + 1)
    except Exception as exc:
        if tries < self.max_retries:
            raise self.retry(exc=exc, countdown=RUN_RETRY_SECONDS * 2**tries) from exc
        raise


@shared_task(name="scoring.tasks.rescore_awaiting_leads", acks_late=True)
def rescore_awaiting_leads_task() -> int:
    """Every minute (leadcrm/celery.py): catch up on what a Redis outage left undone. Scores
    the leads marked as awaiting scoring and sends again the rescoring runs never started."""
    for run_id in services.rescore_runs_lost(now=timezone.now()):
        enqueue(run_rescore, run_id)
    caught_up = services.rescore_awaiting_leads()
    if caught_up:
        log.info("rescore_awaiting_leads scored %s leads that were awaiting scoring", caught_up)
    return caught_up


@shared_task(acks_late=True)
def decay_scores() -> int:
    """Nightly (leadcrm/celery.py): run services.scores_decay."""
    scored = services.scores_decay()
    log.info("decay_scores rescored %s leads", scored)
    return scored


@shared_task(acks_late=True)
def check_model_health() -> int:
    """Daily: flag each active version's months whose AUC fell more than 0.05 under its
    backtest figure, once per month, and announce them (handoff tells the marketers)."""
    return monitoring.drift_alerts_record()
