"""The leads app's background work. Tasks take ids, call a service, and are safe to run twice.

A task that runs a service of the same name is called after it with `_task` added (the Celery
name, which beat and the queue routes use, stays `<app>.tasks.<service>`)."""

from celery import shared_task
from django.db import IntegrityError, OperationalError
from django.utils import timezone

from leads.account_batch import match_existing_leads
from leads.activity_retention import activities_retain
from leads.deletion import leads_purge_deleted
from leads.imports.running import import_job_fail, import_job_run, import_jobs_lost
from leads.models import Activity
from leads.partitions import activity_partitions_ensure
from leads.queueing import enqueue
from leads.signals import activity_recorded


@shared_task
def purge_deleted_leads() -> int:
    """Nightly (leadcrm/celery.py): run leads_purge_deleted; returns how many leads went."""
    return leads_purge_deleted(now=timezone.now())


@shared_task(name="leads.tasks.activities_retain", acks_late=True)
def activities_retain_task() -> dict:
    """Daily (leadcrm/celery.py): fold the raw activities older than ACTIVITY_RETENTION_MONTHS
    into summaries and drop them. Safe to run twice: what is folded is gone from the raw table,
    in the same transaction."""
    retained = activities_retain(timezone.now())
    return {
        "cutoff": retained.cutoff.isoformat() if retained.cutoff else None,
        "summaries": retained.summaries,
        "events": retained.events,
    }


@shared_task(bind=True, acks_late=True, max_retries=3)
def run_import_job(self, job_id: int) -> str | None:
    """Run a CSV import job. A finished job is left alone; a rerun of a half-done one starts
    over (the import is one transaction). A lead created meanwhile by someone else, or a lost
    connection, rolls the import back whole: it is simply run again."""
    try:
        job = import_job_run(job_id=job_id)
    except (IntegrityError, OperationalError) as exc:
        if self.request.retries >= self.max_retries:
            import_job_fail(job_id=job_id, message=f"The import failed: {exc}")
            raise
        raise self.retry(exc=exc, countdown=10 * 2**self.request.retries) from exc
    except Exception as exc:
        import_job_fail(job_id=job_id, message=f"The import failed: {exc}")
        raise
    return job.status if job else None


@shared_task
def resend_lost_import_jobs() -> int:
    """Every minute (leadcrm/celery.py): send again the import jobs import_jobs_lost finds. A
    job a live worker still holds is skipped by the re-sent task (import_job_run), so nothing
    is imported twice."""
    return sum(enqueue(run_import_job, job_id) for job_id in import_jobs_lost(now=timezone.now()))


@shared_task(acks_late=True)
def announce_activities(lead_ids: list[int]) -> int:
    """Tell the other apps (scoring) that these leads have new activities.

    A worker does the per-lead fan-out, so a request storing 1,000 events for 1,000 leads queues
    one task instead of 1,000 (the events API's speed depends on it). Sending it twice only
    rescores twice.
    """
    activity_recorded.send(sender=Activity, lead_ids=set(lead_ids))
    return len(lead_ids)


@shared_task(acks_late=True)
def match_accounts_of(lead_ids: list[int]) -> int:
    """Match these leads (an import's) to accounts; returns how many were linked."""
    result = match_existing_leads(lead_ids=lead_ids)
    return result.by_domain + result.by_matcher


@shared_task(acks_late=True)
def match_accounts() -> dict:
    """Beat: match every lead still without an account (accounts and domains added since)."""
    return vars(match_existing_leads())


@shared_task(name="leads.tasks.activity_partitions_ensure")
def activity_partitions_ensure_task() -> list[str]:
    """The activity table's monthly partitions up to three months ahead (daily; PostgreSQL)."""
    return [partition.name for partition in activity_partitions_ensure(timezone.now())]
