"""Writes for the handoff: routing a lead, its response target, escalation, reassignment."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from handoff.account_routing import route_plan_told
from handoff.models import Assignment, Notification, RoutingRule
from handoff.notifications import notify
from handoff.routing import ROUTED_ROLES, next_member
from handoff.sla import due_times
from leads.models import Action, Activity, Lead, Stage, StageChange, Team, Via
from leads.roles import Role, role_of
from leads.selectors import visible_leads
from leads.services import MoveError, lead_assign, lead_promote

# Stages in which a lead waits for a first response from whoever it was routed to.
RESPONSE_STAGES = (Stage.MQL, Stage.TQL)
_BATCH = 500  # assignments handled per SLA tick; the next tick takes the rest
# How far back the SLA job looks for MQLs whose routing was never queued.
UNROUTED_WINDOW = timedelta(days=7)


def _when(at: datetime) -> str:
    return timezone.localtime(at).strftime("%Y-%m-%d %H:%M %Z")


@transaction.atomic
def assignment_start(
    *,
    lead: Lead,
    owner: AbstractBaseUser | None,
    team: Team | None,
    rule: RoutingRule | None,
    by: AbstractBaseUser | None = None,
    note: str = "",
    now: datetime | None = None,
    keep_due_of: Assignment | None = None,
) -> Assignment:
    """Give `lead` to `owner` (or leave it with `team` when nobody has capacity) with a response
    target, ending the lead's open assignment if it had one. `keep_due_of`: carry that
    assignment's target over instead of starting a new one (a reassignment)."""
    now = now or timezone.now()
    Assignment.objects.open().filter(lead=lead).update(ended_at=now)
    if owner is not None and lead.owner_id != owner.pk:
        lead = lead_assign(
            lead=lead, owner=owner, by=by, note=note, via=Via.SYSTEM if by is None else Via.UI
        )
    if keep_due_of is not None:
        due, reassign_at = keep_due_of.due_at, keep_due_of.reassign_at
    else:
        due, reassign_at = due_times(rule=rule, team=team, start=now)
    assignment = Assignment.objects.create(
        lead=lead,
        owner=owner,
        team=team,
        rule=rule,
        stage=lead.stage,
        fast_lane=bool(rule and rule.fast_lane),
        assigned_at=now,
        due_at=due,
        reassign_at=reassign_at,
        # An overdue lead carried over was escalated already: not again for the same target.
        escalated_at=keep_due_of.escalated_at if keep_due_of is not None else None,
        sla_restarted=by is not None and keep_due_of is None,
    )
    if owner is not None:
        notify(
            user=owner,
            kind=Notification.Kind.ASSIGNED,
            lead=lead,
            text=f"{lead.display_name} ({lead.get_stage_display()}) is yours; "
            f"please respond by {_when(due)}.",
        )
    elif team is not None and team.manager is not None:
        notify(
            user=team.manager,
            kind=Notification.Kind.UNROUTED,
            lead=lead,
            text=f"Nobody in {team} has capacity for {lead.display_name}; it waits unassigned.",
        )
    return assignment


def route_lead(*, lead_id: int, now: datetime | None = None) -> Assignment | None:
    """Route a lead that just became an MQL (by the rules) or a TQL (to a rep of its team).
    Idempotent: a lead that already has an open assignment is left alone."""
    with transaction.atomic():
        # The lock makes a retried or duplicated task wait and then find the assignment.
        lead = Lead.objects.select_for_update().filter(pk=lead_id).first()
        if lead is None or lead.stage not in RESPONSE_STAGES:
            return None
        if Assignment.objects.open().filter(lead=lead).exists():
            return None
        roles = ROUTED_ROLES[lead.stage]
        if lead.stage == Stage.MQL:
            plan = route_plan_told(lead)  # account-owner rules among the others
            rule = plan.rule
            if rule is None:
                return None
            if plan.owner is not None:
                return assignment_start(
                    lead=lead, owner=plan.owner.owner, team=plan.owner.team, rule=rule,
                    note=plan.owner.note, now=now,
                )  # fmt: skip
            if rule.rep_id:
                return assignment_start(
                    lead=lead,
                    owner=rule.rep,
                    team=rule.rep.teams.order_by("pk").first(),
                    rule=rule,
                    note=f"Routed by rule {rule.name}.",
                    now=now,
                )
            team = rule.team
        else:
            previous = lead.assignments.filter(rule__isnull=False).select_related("rule").first()
            rule = previous.rule if previous else None
            team = lead.team
            if team is None:
                return None
        owner = next_member(team, roles=roles)
        return assignment_start(
            lead=lead,
            owner=owner,
            team=team,
            rule=rule,
            note=f"Routed by rule {rule.name}." if rule else "Handed to a rep.",
            now=now,
        )


# What a notification of these kinds asked for is done once its lead is answered.
WAITING_KINDS = (
    Notification.Kind.ASSIGNED,
    Notification.Kind.OVERDUE,
    Notification.Kind.ESCALATED,
    Notification.Kind.REASSIGNED,
    Notification.Kind.UNROUTED,
)


def record_response(*, change: StageChange) -> None:
    """A lead left MQL/TQL: a person's move is the first response to its open assignment, and
    the notifications that said it was waiting are resolved."""
    if change.from_stage not in RESPONSE_STAGES:
        return
    stamp = {"first_response_at": change.at} if change.by_id else {"ended_at": change.at}
    Assignment.objects.open().filter(lead_id=change.lead_id).update(**stamp)
    Notification.objects.filter(
        lead_id=change.lead_id, kind__in=WAITING_KINDS, resolved_at__isnull=True
    ).update(resolved_at=change.at)


def record_work_response(*, activity: Activity) -> None:
    """A call or e-mail logged on a lead answers its open assignment (leads.worklog), when it
    happened after the assignment: a call made before the lead was routed answers nothing."""
    Assignment.objects.open().filter(
        lead_id=activity.lead_id, assigned_at__lte=activity.occurred_at
    ).update(first_response_at=activity.occurred_at)


def notify_rejection(*, lead: Lead, change: StageChange) -> None:
    """Tell the marketer who promoted this MQL that sales rejected it, and why."""
    if change.action != Action.REJECT:
        return
    promoted = (
        StageChange.objects.filter(
            lead=lead,
            to_stage=Stage.MQL,
            action=Action.PROMOTE,
            by__isnull=False,
            at__lte=change.at,
        )
        .select_related("by")
        .order_by("-at", "-pk")
        .first()
    )
    if promoted is None or role_of(promoted.by) != Role.MARKETER:
        return
    reason = change.reason.label if change.reason else "no reason"
    text = f"{change.by or 'Sales'} rejected {lead.display_name}: {reason}."
    if change.note:
        text += f" “{change.note}”"
    notify(user=promoted.by, kind=Notification.Kind.REJECTED, lead=lead, text=text[:500])


def notify_model_drift(*, alert) -> int:
    """Tell every active marketer that a scoring model ranks worse than its backtest said."""
    text = (
        f"Scoring {alert.version.label}: AUC {alert.auc:.3f} on {alert.leads} outcomes of "
        f"{alert.month:%B %Y}, {alert.baseline_auc - alert.auc:.3f} under its backtest "
        f"({alert.baseline_auc:.3f}). Refit or review it on the scoring page."
    )
    marketers = (
        get_user_model().objects.filter(groups__name=Role.MARKETER, is_active=True).distinct()
    )
    for user in marketers:
        notify(user=user, kind=Notification.Kind.MODEL_DRIFT, text=text[:500])
    return len(marketers)


def lead_reassign(
    *,
    lead: Lead,
    owner: AbstractBaseUser | None,
    by: AbstractBaseUser,
    note: str = "",
    restart_sla: bool = False,
) -> Lead:
    """A manager hands a lead to someone else by hand, recorded in its history. A lead still
    waiting for its first response keeps its response target (a reassignment must not turn
    "overdue by 3 d" into "20 h left"), unless the manager chooses to restart it."""
    with transaction.atomic():
        waiting = Assignment.objects.open().filter(lead=lead).select_related("rule").first()
        if lead.stage in RESPONSE_STAGES and owner is not None:
            note = " ".join(
                part for part in (note, "Response target restarted." if restart_sla else "") if part
            )
        lead = lead_assign(lead=lead, owner=owner, by=by, note=note, via=Via.UI)
        if lead.stage in RESPONSE_STAGES and owner is not None:
            previous = waiting or lead.assignments.select_related("rule").first()
            assignment_start(
                lead=lead,
                owner=owner,
                team=lead.team,
                rule=previous.rule if previous else None,
                by=by,
                note=note,
                keep_due_of=None if restart_sla else waiting,
            )
    return lead


@dataclass
class PromoteResult:
    moved: list[Lead] = field(default_factory=list)
    refused: list[tuple[Lead, str]] = field(default_factory=list)


def leads_promote(
    *, lead_ids: Iterable[int], by: AbstractBaseUser, note: str = ""
) -> PromoteResult:
    """Promote many leads, each through the stage machine on its own: a lead someone else
    moved, or that may not be promoted, is reported and the others still move."""
    result = PromoteResult()
    leads = visible_leads(by).filter(pk__in=list(lead_ids)).order_by("-score", "pk")
    for lead in leads:
        try:
            lead_promote(lead=lead, by=by, note=note, via=Via.UI)
        except MoveError as exc:
            result.refused.append((lead, exc.message))
        else:
            result.moved.append(lead)
    return result


@dataclass
class SlaTick:
    escalated: int = 0
    reassigned: int = 0
    routed: int = 0


def _roles_for(assignment: Assignment) -> tuple[str, ...]:
    return ROUTED_ROLES.get(assignment.stage, (Role.REP,))


def sla_tick(*, now: datetime | None = None) -> SlaTick:
    """The beat job: flag and escalate what is overdue, reassign what passed its second
    deadline, and retry leads nobody had capacity for or whose routing was never queued. Safe
    to run twice at once: each step claims its row with a conditional update."""
    now = now or timezone.now()
    return SlaTick(
        escalated=_escalate_overdue(now),
        reassigned=_reassign_late(now),
        routed=_route_waiting(now) + _route_unrouted(now),
    )


def _each_claimed(
    now: datetime,
    claim: str,
    handle: Callable[[Assignment], bool],
    *,
    order: str,
    related: tuple[str, ...],
    **filters: object,
) -> int:
    """Run `handle` on the open assignments matching `filters` whose `claim` time is not set
    (the first _BATCH by `order`), each in its own transaction once this tick has set that time:
    a tick running at the same moment that claimed it first skips it. Returns how many `handle`
    acted on (it returns False when it found nothing to do)."""
    unclaimed = {f"{claim}__isnull": True}
    due = (
        Assignment.objects.open()
        .filter(**filters, **unclaimed)
        .select_related(*related)
        .order_by(order)[:_BATCH]
    )
    handled = 0
    for assignment in due:
        with transaction.atomic():
            claimed = Assignment.objects.filter(pk=assignment.pk, **unclaimed)
            if claimed.update(**{claim: now}) and handle(assignment):
                handled += 1
    return handled


def _escalate_overdue(now: datetime) -> int:
    """Tell the owner and the team's manager about assignments past their response target."""
    return _each_claimed(
        now,
        "escalated_at",
        _escalate,
        order="due_at",
        related=("lead", "owner", "team__manager"),
        due_at__lte=now,
    )


def _escalate(assignment: Assignment) -> bool:
    lead, owner = assignment.lead, assignment.owner
    late = f"{lead.display_name} was due by {_when(assignment.due_at)}"
    if owner is not None:
        notify(
            user=owner,
            kind=Notification.Kind.OVERDUE,
            lead=lead,
            text=f"{late} and is still waiting for your response.",
        )
    manager = assignment.team.manager if assignment.team else None
    if manager is not None and manager != owner:
        notify(
            user=manager,
            kind=Notification.Kind.ESCALATED,
            lead=lead,
            text=f"{late}; {owner or 'nobody'} has not responded.",
        )
    return True


def _reassign_late(now: datetime) -> int:
    """Give the leads past their second deadline to the team's next member with capacity."""
    return _each_claimed(
        now,
        "reassigned_at",
        partial(_reassign, now=now),
        order="reassign_at",
        related=("lead", "owner", "team__manager", "rule"),
        reassign_at__lte=now,
        team__isnull=False,
    )


def _reassign(assignment: Assignment, *, now: datetime) -> bool:
    new_owner = next_member(
        assignment.team, roles=_roles_for(assignment), exclude=assignment.owner_id
    )
    if new_owner is None:
        return False
    assignment_start(
        lead=assignment.lead,
        owner=new_owner,
        team=assignment.team,
        rule=assignment.rule,
        note=f"Reassigned: no response by {_when(assignment.reassign_at)}.",
        now=now,
    )
    if assignment.owner is not None:
        notify(
            user=assignment.owner,
            kind=Notification.Kind.REASSIGNED,
            lead=assignment.lead,
            text=f"{assignment.lead.display_name} went to {new_owner}: "
            "no response by the second deadline.",
        )
    return True


def _route_waiting(now: datetime) -> int:
    """Give the leads left with their team (nobody had capacity) to a member who has some now."""
    routed = 0
    waiting = (
        Assignment.objects.open()
        .filter(owner__isnull=True, team__isnull=False)
        .select_related("lead", "team__manager", "rule")
        .order_by("assigned_at")[:_BATCH]
    )
    for assignment in waiting:
        owner = next_member(assignment.team, roles=_roles_for(assignment))
        if owner is None:
            continue  # the team is still full
        with transaction.atomic():
            assignment_start(
                lead=assignment.lead,
                owner=owner,
                team=assignment.team,
                rule=assignment.rule,
                note="Routed when capacity freed up.",
                now=now,
            )
            routed += 1
    return routed


def _route_unrouted(now: datetime) -> int:
    """Route the MQLs and TQLs whose routing was never queued (Redis was down:
    leads.queueing): recent moves into those stages, made here rather than imported, whose lead
    waits with no open assignment. Served by the history's (to_stage, at) index; a lead no rule
    matches is simply tried again by the next ticks of the window."""
    entered = StageChange.objects.filter(
        to_stage__in=RESPONSE_STAGES, at__gte=now - UNROUTED_WINDOW
    ).exclude(via=Via.IMPORT)
    unrouted = (
        Lead.objects.filter(pk__in=entered.values("lead_id"), stage__in=RESPONSE_STAGES)
        .exclude(Exists(Assignment.objects.open().filter(lead=OuterRef("pk"))))
        .values_list("pk", flat=True)[:_BATCH]
    )
    return sum(route_lead(lead_id=lead_id, now=now) is not None for lead_id in unrouted)


def notifications_erase(*, lead_ids: Iterable[int]) -> int:
    """Replace the text of the notifications about erased leads; returns how many changed."""
    notifications = Notification.objects.filter(lead_id__in=list(lead_ids))
    return sum(
        notifications.filter(kind=kind).update(text=f"{label} (personal data erased).")
        for kind, label in Notification.Kind.choices
    )
