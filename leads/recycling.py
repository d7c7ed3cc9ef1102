"""The recycle cool-down: a lead sales sent to nurture waits out its reason's period before it
returns to the marketer's queue or is promoted again, unless the lead itself shows new
engagement after the rejection: a rejected lead must not bounce straight back to sales.

One definition for both forms: `is_cooling` for one lead (the stage machine) and
`cooling_q` for a queryset (the marketer's queue), side by side and tested equal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from leads.models import Activity, ActivitySummary, Lead, Reason, Stage, StageChange

# Activities that are sales' own work on the lead, or a way of saying no: not the lead
# re-engaging. Everything else (visits, opens, clicks, forms, downloads...) is engagement.
NOT_ENGAGEMENT = ("call", "email", "meeting", "note", "unsubscribe")


def cooldown_until(reason: Reason | None, at: datetime) -> datetime | None:
    """When a lead sent to nurture at `at` for `reason` may come back (None: at once)."""
    if reason is None or not reason.cooldown_days:
        return None
    return at + timedelta(days=reason.cooldown_days)


def _engagement_after(lead_ref, since_ref) -> Q:
    # Folded activities (leads.activity_retention) too: a summary's latest is its last_at.
    return Q(
        Exists(
            Activity.objects.filter(lead=lead_ref, occurred_at__gt=since_ref).exclude(
                type__code__in=NOT_ENGAGEMENT
            )
        )
    ) | Q(
        Exists(
            ActivitySummary.objects.filter(lead=lead_ref, last_at__gt=since_ref).exclude(
                type__code__in=NOT_ENGAGEMENT
            )
        )
    )


def engaged_since(lead: Lead, since: datetime) -> bool:
    return Lead.all_objects.filter(_engagement_after(lead.pk, since), pk=lead.pk).exists()


def is_cooling(lead: Lead, now: datetime | None = None) -> bool:
    """Whether `lead` is in nurture, inside its cool-down, with no engagement since it came."""
    now = now or timezone.now()
    if lead.stage != Stage.NURTURE or lead.recycle_after is None or lead.recycle_after <= now:
        return False
    return not engaged_since(lead, lead.stage_changed_at)


def cooling_q(now: datetime | None = None) -> Q:
    """The queryset form of `is_cooling` (keep the two alike: tests/leads/test_recycling.py)."""
    now = now or timezone.now()
    return Q(stage=Stage.NURTURE, recycle_after__gt=now) & ~_engagement_after(
        OuterRef("pk"), OuterRef("stage_changed_at")
    )


@dataclass
class Rejection:
    """The last time sales sent a lead back: who, why, what they wrote, when."""

    lead_id: int
    by: str
    reason: str
    note: str
    at: datetime


def last_rejections(lead_ids: list[int]) -> dict[int, Rejection]:
    """The latest move to nurture of each lead (one query for a page of leads)."""
    moves = (
        StageChange.objects.filter(lead_id__in=lead_ids, to_stage=Stage.NURTURE)
        .select_related("by", "reason")
        .order_by("lead_id", "-at", "-pk")
    )
    found: dict[int, Rejection] = {}
    for move in moves:
        if move.lead_id not in found:
            found[move.lead_id] = Rejection(
                lead_id=move.lead_id,
                by=move.by.get_username() if move.by else "the system",
                reason=move.reason.label if move.reason else "no reason given",
                note=move.note,
                at=move.at,
            )
    return found
