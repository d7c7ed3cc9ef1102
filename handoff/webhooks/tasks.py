"""Webhook tasks: one attempt of a delivery, the sweep that re-queues lost ones, the purge.
Registered through handoff/tasks.py (Celery discovers that module)."""

from __future__ import annotations

from celery import shared_task
from django.utils import timezone

from handoff.webhooks import delivery, retention
from leads.queueing import enqueue


@shared_task
def deliver_webhook(delivery_id: int) -> str | None:
    """Send one delivery if it is due and its lead's earlier events are done; queue its retry
    and the next event of its lead. A second copy of the message finds it taken and does
    nothing, so duplicates (acks_late, the sweep) are harmless."""
    outcome = delivery.attempt(delivery_id)
    if outcome.retry_in is not None:
        enqueue(deliver_webhook, delivery_id, countdown=outcome.retry_in)
    if outcome.following is not None:
        enqueue(deliver_webhook, outcome.following)
    return outcome.status


@shared_task
def webhooks_sweep() -> int:
    """Every minute (leadcrm/celery.py): queue again deliveries whose message was lost."""
    due = delivery.deliveries_due(timezone.now())
    for delivery_id in due:
        enqueue(deliver_webhook, delivery_id)
    return len(due)


@shared_task
def webhooks_purge() -> int:
    """Nightly: deliveries are kept 30 days."""
    return retention.deliveries_purge()
