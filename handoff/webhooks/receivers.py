"""What webhooks hear from leads/: its own signals, and the audit rows it writes for owner
changes and merges (leads/ sends no signal of its own for those). Every receiver runs inside
the change's transaction, so a delivery exists exactly when the change committed."""

from __future__ import annotations

from django.db.models.signals import post_save
from django.dispatch import receiver

from handoff.webhooks import payloads, retention
from handoff.webhooks.models import Event
from handoff.webhooks.services import event_record
from leads.models import Lead, LeadChange, StageChange
from leads.signals import lead_erased, lead_saved, lead_stage_changed


@receiver(lead_saved)
def webhooks_on_lead_saved(sender, lead: Lead, created: bool, fields=None, **kwargs) -> None:
    if created:
        event_record(event=Event.LEAD_CREATED, lead=lead)


@receiver(lead_stage_changed)
def webhooks_on_stage_change(sender, lead: Lead, change: StageChange, **kwargs) -> None:
    event_record(
        event=Event.LEAD_STAGE_CHANGED, lead=lead, change=payloads.stage_change_data(change)
    )


@receiver(post_save, sender=LeadChange)
def webhooks_on_lead_change(sender, instance: LeadChange, created: bool, **kwargs) -> None:
    if not created:
        return
    if instance.kind == LeadChange.Kind.OWNER:
        event_record(
            event=Event.LEAD_ASSIGNED, lead=instance.lead, change=payloads.assignment_data(instance)
        )
    elif instance.kind == LeadChange.Kind.MERGE and instance.lead.deleted_at is None:
        # A merge of two leads writes a row on each; the one merged away (now deleted) is
        # announced through the kept one (`merged_lead`).
        event_record(
            event=Event.LEAD_MERGED, lead=instance.lead, change=payloads.merge_data(instance)
        )


@receiver(lead_erased)
def webhooks_on_erase(sender, lead_ids, **kwargs) -> None:
    retention.deliveries_erase(lead_ids=lead_ids)
