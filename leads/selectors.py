"""Reads of leads, always through who may see them (leads.access.visible_leads)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Max, QuerySet, Sum
from django.http import Http404
from django.utils import timezone

from leads.access import visible_leads
from leads.models import Activity, FollowUp, Lead, LeadChange, LeadMerge, Reason, StageChange
from leads.retention import RESTORE_WINDOW

# A chain of merges (A into B, then B into C) is followed this deep at most.
_MAX_CHAIN = 10


def absorbed_ids(lead_id: int) -> set[int]:
    """The lead and every lead merged into it (directly or along a chain), still merged."""
    found = {lead_id}
    frontier = {lead_id}
    for _depth in range(_MAX_CHAIN):
        frontier = (
            set(
                LeadMerge.objects.filter(kept__in=frontier, undone_at__isnull=True).values_list(
                    "merged_away", flat=True
                )
            )
            - found
        )
        if not frontier:
            break
        found |= frontier
    return found


def lead_for(user: AbstractBaseUser, pk: int) -> Lead:
    """The lead if `user` may see it, else 404 (never 403: its existence is not theirs to know)."""
    lead = (
        visible_leads(user)
        .select_related("owner", "team", "source", "product_line", "account")
        .filter(pk=pk)
        .first()
    )
    if lead is None:
        raise Http404("No such lead.")
    return lead


def lead_list(user: AbstractBaseUser) -> QuerySet[Lead]:
    return visible_leads(user).select_related("owner", "source", "product_line")


def lead_history(lead: Lead) -> QuerySet[StageChange]:
    return lead.stage_changes.select_related("by", "reason").order_by("at", "pk")


@dataclass
class TimelineEntry:
    at: datetime
    kind: str  # "move", "change", "activity" or "task" (a follow-up done)
    item: StageChange | LeadChange | Activity | FollowUp


def lead_timeline(lead: Lead, *, activities: int = 100) -> list[TimelineEntry]:
    """One timeline of stage moves, other changes and the latest activities, newest first.

    The moves and changes of leads merged into this one show too (their history stays theirs).
    A few queries whatever the history's length; activities are capped (the API pages them all).
    """
    ids = absorbed_ids(lead.pk)
    moves = StageChange.objects.filter(lead__in=ids).select_related("by", "reason")
    entries = [TimelineEntry(c.at, "move", c) for c in moves.order_by("at", "pk")]
    changes = LeadChange.objects.filter(lead__in=ids).select_related("by")
    entries += [TimelineEntry(c.at, "change", c) for c in changes]
    entries += [
        TimelineEntry(a.occurred_at, "activity", a)
        for a in lead.activities.select_related("type", "by").order_by("-occurred_at")[:activities]
    ]
    done = lead.followups.filter(done_at__isnull=False).select_related("done_by", "assignee")
    entries += [TimelineEntry(t.done_at, "task", t) for t in done.order_by("-done_at")[:activities]]
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries


@dataclass
class Folded:
    """A lead's activities folded by the activity retention (leads.activity_retention)."""

    events: int
    before: date  # the first day of the month after the latest folded day


def activities_folded(lead: Lead) -> Folded | None:
    """How many of the lead's activities the timeline no longer shows, one by one (scoring
    still reads them, folded): None when none were folded."""
    found = lead.activity_summaries.aggregate(events=Sum("count"), last=Max("day"))
    if not found["events"]:
        return None
    last = found["last"]
    return Folded(found["events"], (last.replace(day=1) + timedelta(days=32)).replace(day=1))


def deleted_leads() -> QuerySet[Lead]:
    """Leads deleted by hand (not merged away: an undo brings those back) and still restorable,
    latest first."""
    cutoff = timezone.now() - RESTORE_WINDOW
    merged = LeadMerge.objects.filter(undone_at__isnull=True).values("merged_away")
    return (
        Lead.all_objects.filter(deleted_at__gte=cutoff)
        .exclude(pk__in=merged)
        .select_related("source", "owner")
        .order_by("-deleted_at", "-pk")
    )


def reasons_in_use() -> QuerySet[Reason]:
    return Reason.objects.filter(active=True)
