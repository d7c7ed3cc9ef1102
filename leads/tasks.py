from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from leads.models import Lead

RESTORE_WINDOW = timedelta(days=30)


@shared_task
def purge_deleted_leads() -> int:
    """Delete for good the leads soft-deleted more than 30 days ago; returns how many."""
    cutoff = timezone.now() - RESTORE_WINDOW
    _, per_model = Lead.all_objects.filter(deleted_at__lt=cutoff).delete()
    return per_model.get("leads.Lead", 0)
