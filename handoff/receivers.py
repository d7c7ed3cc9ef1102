"""Handoff listens to the stage machine: routing on entry to MQL/TQL, first responses, and
telling marketers when sales rejects their MQLs."""

from __future__ import annotations

from django.dispatch import receiver

from handoff import services
from handoff.demo import seed_handoff
from handoff.tasks import route_lead_task
from leads.models import Lead, Stage, StageChange
from leads.queueing import enqueue_on_commit
from leads.signals import demo_seeded, lead_erased, lead_stage_changed, work_logged
from leads.worklog import RESPONSE_TYPES
from scoring.signals import model_drift_detected


@receiver(lead_stage_changed)
def handoff_on_stage_change(sender, lead: Lead, change: StageChange, **kwargs) -> None:
    # Sent inside the move's transaction: these writes commit or roll back with the move, and
    # routing waits for the commit so its worker sees the new stage.
    services.record_response(change=change)
    services.notify_rejection(lead=lead, change=change)
    if change.to_stage == Stage.TQL:
        # The SDR's hand-off: a rep of the lead's team takes it in the same transaction, so the
        # SDR is told at once whose it is now, and no TQL sits with the SDR, overdue.
        services.route_lead(lead_id=lead.pk)
    elif change.to_stage in services.RESPONSE_STAGES:
        # A lead this could not queue (Redis down) is routed by the SLA job's sweep.
        enqueue_on_commit(route_lead_task, lead.pk)


@receiver(work_logged)
def handoff_on_work_logged(sender, activity, type: str, **kwargs) -> None:
    if type in RESPONSE_TYPES:
        services.record_work_response(activity=activity)


@receiver(demo_seeded)
def handoff_demo(sender, leads, users, seed, **kwargs) -> None:
    seed_handoff(leads=leads, users=users, seed=seed)


@receiver(lead_erased)
def handoff_on_erase(sender, lead_ids, **kwargs) -> None:
    # Notification texts name the person; a GDPR erase leaves only what says nothing about them.
    services.notifications_erase(lead_ids=lead_ids)


@receiver(model_drift_detected)
def handoff_on_model_drift(sender, alert, version, **kwargs) -> None:
    services.notify_model_drift(alert=alert)
