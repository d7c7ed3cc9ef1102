"""Work people log on a lead: calls (with their outcome), e-mails, meetings and notes.

Logged work is an Activity with `by` set. It is never deleted; its author may correct it for a
short while (EDIT_WINDOW). A call or an e-mail is a response to the lead: the `work_logged`
signal lets handoff stamp the SLA's first response. Scoring reads only the lead's own activities
(`by` empty), so a rep's ten calls never make a lead look engaged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Max, OuterRef, Q, Subquery
from django.utils import timezone

from leads.errors import DomainError
from leads.models import Activity, ActivityType, Lead, Reason, Via
from leads.models.activity import EARLIEST_ACTIVITY
from leads.signals import work_logged


class WorkType:
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    NOTE = "note"


# (code, label) in the order the forms offer them. The codes are the API's `type`.
WORK_TYPES: list[tuple[str, str]] = [
    (WorkType.CALL, "Call"),
    (WorkType.EMAIL, "E-mail"),
    (WorkType.MEETING, "Meeting"),
    (WorkType.NOTE, "Note"),
]
WORK_TYPE_CODES = frozenset(code for code, _ in WORK_TYPES)
# What counts as the first response to a routed lead: a call or an e-mail logged on it.
RESPONSE_TYPES = frozenset({WorkType.CALL, WorkType.EMAIL})
EDIT_WINDOW = timedelta(minutes=15)
# A clock a little ahead of the server's is not "the future".
FUTURE_SLACK = timedelta(minutes=5)
MAX_NOTE = 5000


class WorkError(DomainError):
    """Bad input or a refused edit; `errors` names each field (an API 400, a form error)."""


def _check(*, type: str, outcome: str, note: str, occurred_at: datetime | None) -> None:
    errors: dict[str, list[str]] = {}
    if type not in WORK_TYPE_CODES:
        errors["type"] = ["One of: " + ", ".join(sorted(WORK_TYPE_CODES)) + "."]
    if type == WorkType.CALL and outcome not in Activity.Outcome.values:
        errors["outcome"] = ["A call's outcome: " + ", ".join(Activity.Outcome.values) + "."]
    elif type != WorkType.CALL and outcome:
        errors["outcome"] = ["Only a call has an outcome."]
    if len(note) > MAX_NOTE or "\x00" in note:
        errors["note"] = [f"Text of at most {MAX_NOTE:,} characters."]
    if type == WorkType.NOTE and not note.strip():
        errors["note"] = ["Write the note."]
    if occurred_at is not None:
        if timezone.is_naive(occurred_at):
            errors["occurred_at"] = ["A date and time with its time zone."]
        elif occurred_at > timezone.now() + FUTURE_SLACK:
            errors["occurred_at"] = ["Work cannot be logged in the future: add a task instead."]
        elif occurred_at < EARLIEST_ACTIVITY:
            # As for events. 0001-01-01T00:00+14:00 from a form overflowed on its way to UTC.
            errors["occurred_at"] = ["Work cannot be logged before 2000-01-01."]
    if errors:
        raise WorkError("Some fields are invalid; nothing was logged.", errors=errors)


def activity_type(code: str) -> ActivityType:
    # The migration installs the four types; an admin who deleted one gets it back on first use.
    label = dict(WORK_TYPES)[code]
    found, _ = ActivityType.objects.get_or_create(
        code=code, defaults={"label": label, "kind": ActivityType.Kind.ENGAGEMENT}
    )
    return found


def work_log(
    *,
    lead: Lead,
    by: AbstractBaseUser,
    type: str,
    outcome: str = "",
    note: str = "",
    occurred_at: datetime | None = None,
    via: str = Via.UI,
) -> Activity:
    """Record work `by` did on `lead` (whom the caller checked they may see)."""
    _check(type=type, outcome=outcome, note=note, occurred_at=occurred_at)
    now = timezone.now()
    with transaction.atomic():
        activity = Activity.objects.create(
            lead=lead,
            type=activity_type(type),
            by=by,
            outcome=outcome,
            note=note.strip(),
            occurred_at=occurred_at or now,
            created_at=now,
            via=via,
        )
        # Inside the transaction: handoff's first-response stamp commits with the activity.
        work_logged.send(sender=Activity, activity=activity, type=type)
    return activity


def may_edit(activity: Activity, user: AbstractBaseUser, now: datetime | None = None) -> bool:
    """Its author, within EDIT_WINDOW of logging it."""
    return (
        activity.by_id is not None
        and activity.by_id == user.pk
        and (now or timezone.now()) - activity.created_at <= EDIT_WINDOW
    )


def work_edit(
    *,
    activity: Activity,
    by: AbstractBaseUser,
    outcome: str | None = None,
    note: str | None = None,
    occurred_at: datetime | None = None,
) -> Activity:
    """Correct logged work: only its author, only within EDIT_WINDOW; its type stays."""
    if not may_edit(activity, by):
        minutes = int(EDIT_WINDOW.total_seconds() // 60)
        raise WorkError(
            f"Only its author may change logged work, within {minutes} minutes of logging it.",
            errors={"non_field_errors": ["This activity can no longer be changed."]},
        )
    outcome = activity.outcome if outcome is None else outcome
    note = activity.note if note is None else note
    _check(type=activity.type.code, outcome=outcome, note=note, occurred_at=occurred_at)
    activity.outcome, activity.note = outcome, note.strip()
    if occurred_at is not None:
        activity.occurred_at = occurred_at
    activity.edited_at = timezone.now()
    activity.save(update_fields=["outcome", "note", "occurred_at", "edited_at"])
    return activity


def _calls() -> Q:
    return Q(type__code=WorkType.CALL, by__isnull=False)


def attempts(lead: Lead) -> int:
    """Calls logged on `lead` since it last entered its stage."""
    return lead.activities.filter(_calls(), occurred_at__gte=lead.stage_changed_at).count()


@dataclass
class WorkSummary:
    attempts: int = 0
    last_activity_at: datetime | None = None
    last_activity: str = ""  # "Call (no answer)", "Note": what the inbox column names


def work_summaries(leads: Iterable[Lead]) -> dict[int, WorkSummary]:
    """Attempts in the current stage and the last activity of each lead, in two queries
    whatever the number of leads (the inbox rows)."""
    leads = list(leads)
    if not leads:
        return {}
    ids = [lead.pk for lead in leads]
    found = {pk: WorkSummary() for pk in ids}
    # Each lead's latest activity row: a correlated subquery per lead (the same on SQLite and
    # PostgreSQL), walked through the activity (lead, occurred_at) index. Run per lead, not per
    # activity: on PostgreSQL each run reads every monthly partition's index (leads.partitions),
    # and per activity row that took 1.6 s for an inbox of 50 leads with 2,000 activities.
    latest = Activity.objects.filter(lead_id=OuterRef("pk")).order_by("-occurred_at", "-pk")
    latest_ids = Lead.all_objects.filter(pk__in=ids).values(last=Subquery(latest.values("pk")[:1]))
    last = (
        Activity.objects.filter(lead_id__in=ids, pk__in=latest_ids)
        .select_related("type")
        .only("lead_id", "occurred_at", "outcome", "type__label")
    )
    for activity in last:
        summary = found[activity.lead_id]
        summary.last_activity_at = activity.occurred_at
        summary.last_activity = activity.type.label + (
            f" ({activity.get_outcome_display().lower()})" if activity.outcome else ""
        )
    # Calls since the earliest stage entry, then counted per lead against its own entry.
    since = min(lead.stage_changed_at for lead in leads)
    entered = {lead.pk: lead.stage_changed_at for lead in leads}
    calls = Activity.objects.filter(_calls(), lead_id__in=ids, occurred_at__gte=since)
    for lead_id, at in calls.values_list("lead_id", "occurred_at"):
        if at >= entered[lead_id]:
            found[lead_id].attempts += 1
    return found


def last_activity_at(lead: Lead) -> datetime | None:
    """The lead's latest activity, folded ones (leads.activity_retention) included. (The
    inbox's work_summaries read raw activities only: a lead being worked has recent ones.)"""
    folded = lead.activity_summaries.aggregate(at=Max("last_at"))["at"]
    latest = lead.activities.aggregate(at=Max("occurred_at"))["at"]
    return max((at for at in (latest, folded) if at is not None), default=None)


def not_reachable_check(*, lead: Lead, reason: Reason | None, details: dict) -> None:
    """A "not reachable" reason needs the calls its team asks for; the attempts are written into
    the move's details so the timeline and the quality report show them. Raises WorkError."""
    if reason is None or reason.category != Reason.Category.NOT_REACHABLE:
        return
    made = attempts(lead)
    details["attempts"] = made
    needed = minimum_attempts(lead)
    if made < needed:
        raise WorkError(
            f"Log at least {needed} call attempts before rejecting as not reachable "
            f"({made} so far in this stage).",
            errors={"reason": [f"{needed} call attempts needed; {made} logged."]},
        )


def minimum_attempts(lead: Lead) -> int:
    """The lead's team's minimum of call attempts before "not reachable" (0: none)."""
    team = lead.team if lead.team_id else None
    return team.min_attempts_not_reachable if team is not None else 0
