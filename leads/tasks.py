from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from leads.models import Activity, Lead
from leads.signals import activity_recorded

RESTORE_WINDOW = timedelta(days=30)


@shared_task
def purge_deleted_leads() -> int:
    """Delete for good the leads soft-deleted more than 30 days ago; returns how many."""
    cutoff = timezone.now() - RESTORE_WINDOW
    _, per_model = Lead.all_objects.filter(deleted_at__lt=cutoff).delete()
    return per_model.get("leads.Lead", 0)


@shared_task(acks_late=True)
def announce_activities(lead_ids: list[int]) -> int:
    """Tell the other apps (scoring) that these leads have new activities.

    A worker does the per-lead fan-out, so a request storing 1,000 events for 1,000 leads queues
    one task instead of 1,000 (the events API's speed depends on it). Sending it twice only
    rescores twice.
    """
    activity_recorded.send(sender=Activity, lead_ids=set(lead_ids))
    return len(lead_ids)
