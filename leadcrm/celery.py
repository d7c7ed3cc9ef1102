import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leadcrm.settings")

app = Celery("leadcrm")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Periodic jobs. Each entry names a task defined in an app's tasks.py; beat only sends messages,
# so running it while the apps are still being built is harmless.
app.conf.beat_schedule = {
    "decay-scores": {
        "task": "scoring.tasks.decay_scores",
        "schedule": crontab(hour=2, minute=0),
    },
    "scoring-model-health": {
        "task": "scoring.tasks.check_model_health",
        "schedule": crontab(hour=6, minute=0),
    },
    "handoff-sla": {
        "task": "handoff.tasks.sla_tick",
        "schedule": crontab(minute="*/5"),
    },
    # Catching up after a Redis outage (README, "Faults"): leads awaiting scoring, rescoring
    # runs and import jobs whose messages were lost.
    "rescore-awaiting-leads": {
        "task": "scoring.tasks.rescore_awaiting_leads",
        "schedule": crontab(),  # every minute
    },
    "resend-lost-import-jobs": {
        "task": "leads.tasks.resend_lost_import_jobs",
        "schedule": crontab(),
    },
    # Webhooks (handoff/webhooks): deliveries whose message was lost, and the 30-day log.
    "webhooks-sweep": {
        "task": "handoff.webhooks.tasks.webhooks_sweep",
        "schedule": crontab(),
    },
    "webhooks-purge": {
        "task": "handoff.webhooks.tasks.webhooks_purge",
        "schedule": crontab(hour=3, minute=45),
    },
    "notify-due-tasks": {
        "task": "handoff.tasks.notify_due_tasks",
        "schedule": crontab(),  # every minute
    },
    # Leads still without an account, matched to the accounts and domains added since.
    "match-accounts": {
        "task": "leads.tasks.match_accounts",
        "schedule": crontab(minute=15),  # hourly
    },
    # Raw activities past ACTIVITY_RETENTION_MONTHS folded into summaries and dropped.
    "activities-retain": {
        "task": "leads.tasks.activities_retain",
        "schedule": crontab(hour=4, minute=15),
    },
    "purge-deleted-leads": {
        "task": "leads.tasks.purge_deleted_leads",
        "schedule": crontab(hour=3, minute=30),
    },
    # Next months' activity partitions (leads.partitions); three months ahead, so a missed
    # day or two never sends a month's events to the DEFAULT partition.
    "activity-partitions-ensure": {
        "task": "leads.tasks.activity_partitions_ensure",
        "schedule": crontab(hour=1, minute=10),
    },
}
