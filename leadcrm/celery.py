import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leadcrm.settings")

app = Celery("leadcrm")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def _job(task: str, schedule: crontab) -> dict:
    return {"task": task, "schedule": schedule}


# Periodic jobs. Each entry names a task defined in an app's tasks.py; beat only sends messages,
# so running it while the apps are still being built is harmless. crontab() is every minute.
app.conf.beat_schedule = {
    "decay-scores": _job("scoring.tasks.decay_scores", crontab(hour=2, minute=0)),
    "scoring-model-health": _job("scoring.tasks.check_model_health", crontab(hour=6, minute=0)),
    "handoff-sla": _job("handoff.tasks.sla_tick", crontab(minute="*/5")),
    # Catching up after a Redis outage (README, "Faults"): leads awaiting scoring, rescoring
    # runs and import jobs whose messages were lost.
    "rescore-awaiting-leads": _job("scoring.tasks.rescore_awaiting_leads", crontab()),
    "resend-lost-import-jobs": _job("leads.tasks.resend_lost_import_jobs", crontab()),
    # Webhooks (handoff/webhooks): deliveries whose message was lost, and the 30-day log.
    "webhooks-sweep": _job("handoff.webhooks.tasks.webhooks_sweep", crontab()),
    "webhooks-purge": _job("handoff.webhooks.tasks.webhooks_purge", crontab(hour=3, minute=45)),
    "notify-due-tasks": _job("handoff.tasks.notify_due_tasks", crontab()),
    # Leads still without an account, matched to the accounts and domains added since.
    "match-accounts": _job("leads.tasks.match_accounts", crontab(minute=15)),  # hourly
    # Raw activities past ACTIVITY_RETENTION_MONTHS folded into summaries and dropped.
    "activities-retain": _job("leads.tasks.activities_retain", crontab(hour=4, minute=15)),
    "purge-deleted-leads": _job("leads.tasks.purge_deleted_leads", crontab(hour=3, minute=30)),
    # Next months' activity partitions (leads.partitions); three months ahead, so a missed
    # day or two never sends a month's events to the DEFAULT partition.
    "activity-partitions-ensure": _job(
        "leads.tasks.activity_partitions_ensure", crontab(hour=1, minute=10)
    ),
}
