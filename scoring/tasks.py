"""Scoring's background work. Tasks take ids, call a service, and are safe to run twice."""

from __future__ import annotations

import logging

from celery import shared_task
from django.core.cache import cache
from django.utils import timezone

from scoring import services
from scoring.models import RescoreRun, ScoringVersion

log = logging.getLogger(__name__)

# Events for one lead arriving while its rescoring waits this long (or waits for a worker) are
# scored by that one run: a burst of 1,000 events in a second makes a few runs, and a new score
# still follows an event well within a second (bench/realtime.py).
COALESCE_SECONDS = 0.25
PENDING_KEY = "scoring:pending:{}"


def schedule_rescore(lead_ids) -> int:
    """Queue one rescoring of the leads that have none waiting yet; returns how many."""
    fresh = sorted(i for i in set(lead_ids) if cache.add(PENDING_KEY.format(i), 1, timeout=60))
    if fresh:
        rescore_leads.apply_async((fresh,), countdown=COALESCE_SECONDS)
    return len(fresh)


@shared_task(
    bind=True, acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=5
)
def rescore_leads(self, lead_ids: list[int]) -> int:
    # Clear the markers before reading: an event stored while we score queues another run.
    cache.delete_many([PENDING_KEY.format(i) for i in lead_ids])
    return services.rescore_leads(lead_ids)


IMPORT_CHUNK = 5_000


def rescore_imported_leads(lead_ids) -> int:
    """Queue the rescoring of an import's leads in chunks (sent after the import commits).

    An import of a million rows becomes a couple of hundred set-based tasks, not a million
    per-lead ones; returns how many tasks were queued."""
    ids = sorted(set(lead_ids))
    chunks = [ids[i : i + IMPORT_CHUNK] for i in range(0, len(ids), IMPORT_CHUNK)]
    for chunk in chunks:
        rescore_leads.delay(chunk)
    return len(chunks)


@shared_task(acks_late=True)
def run_rescore(run_id: int) -> None:
    run = RescoreRun.objects.select_related("version__model").get(pk=run_id)
    if run.status == RescoreRun.Status.DONE:
        return
    RescoreRun.objects.filter(pk=run.pk).update(status=RescoreRun.Status.RUNNING)

    def progress(done: int, total: int) -> None:
        RescoreRun.objects.filter(pk=run.pk).update(done=done, total=total)

    try:
        scored, promoted = services.rescore_version(run.version, progress=progress)
    except Exception as exc:
        RescoreRun.objects.filter(pk=run.pk).update(
            status=RescoreRun.Status.FAILED, message=str(exc)[:1000], finished_at=timezone.now()
        )
        raise
    RescoreRun.objects.filter(pk=run.pk).update(
        status=RescoreRun.Status.DONE,
        done=scored,
        total=scored,
        promoted=promoted,
        finished_at=timezone.now(),
    )


@shared_task(acks_late=True)
def decay_scores() -> int:
    """Nightly: rescore the leads of every active version with decaying rules at today's time,
    which lowers decayed points by the half-life. Leads under the threshold are not demoted."""
    scored = 0
    for version in ScoringVersion.objects.filter(
        status=ScoringVersion.Status.ACTIVE, rules__decays=True
    ).distinct():
        scored += services.rescore_version(version)[0]
    log.info("decay_scores rescored %s leads", scored)
    return scored
