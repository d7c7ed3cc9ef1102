"""Background work for the handoff. Tasks take ids and call a service; each is idempotent.

A task that runs a service of the same name is called after it with `_task` added; its Celery
name (beat, CELERY_TASK_ROUTES) stays `handoff.tasks.<service>`."""

from __future__ import annotations

from celery import shared_task

from handoff import followups, services

# Celery discovers this module only; the e-mail and webhook tasks live with the rest of their job.
from handoff.emails import notification_email_send_task  # noqa: F401
from handoff.webhooks.tasks import deliver_webhook, webhooks_purge, webhooks_sweep  # noqa: F401


@shared_task(
    name="handoff.tasks.route_lead", autoretry_for=(Exception,), retry_backoff=True, max_retries=5
)
def route_lead_task(lead_id: int) -> int | None:
    """Route a lead that became an MQL or TQL; a second run finds it routed and does nothing."""
    assignment = services.route_lead(lead_id=lead_id)
    return assignment.pk if assignment else None


@shared_task(name="handoff.tasks.sla_tick")
def sla_tick_task() -> dict:
    """Every five minutes (leadcrm/celery.py): escalate, reassign, retry unrouted leads."""
    tick = services.sla_tick()
    return {"escalated": tick.escalated, "reassigned": tick.reassigned, "routed": tick.routed}


@shared_task(name="handoff.tasks.notify_due_tasks")
def notify_due_tasks_task() -> int:
    """Every minute (leadcrm/celery.py): tell assignees their follow-up tasks are due."""
    return followups.notify_due_tasks()
