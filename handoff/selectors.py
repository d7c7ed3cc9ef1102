"""Reads for the handoff: the marketer's queue, inboxes, rejections, SLA compliance."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, Exists, F, FilteredRelation, OuterRef, Q, QuerySet
from django.utils import timezone

from handoff.models import Assignment, Notification
from leads.access import InboxScope, handed_over_by, inbox_scope
from leads.models import Action, Lead, Stage, StageChange
from leads.recycling import cooling_q
from leads.roles import Role, role_of
from scoring.selectors import active_versions

DEFAULT_THRESHOLD = 60  # a model's MQL threshold unless it sets its own
REVIEW_MARGIN = 10  # "near the threshold": this many points below it
REVIEW_STAGES = (Stage.NEW, Stage.NURTURE)
NOT_ACCEPTED = (Stage.MQL, Stage.TQL)
# The stages each role works in its inbox.
INBOX_STAGES: dict[str | None, tuple[str, ...]] = {
    Role.SDR: (Stage.MQL, Stage.TQL),
    Role.REP: (Stage.MQL, Stage.TQL, Stage.SAL, Stage.SQL),
    Role.MANAGER: (Stage.MQL, Stage.TQL, Stage.SAL, Stage.SQL),
    Role.ADMIN: (Stage.MQL, Stage.TQL, Stage.SAL, Stage.SQL),
}


def thresholds() -> dict[int | None, int]:
    """The MQL threshold per product line id (None: the default model's)."""
    found = {v.model.product_line_id: v.threshold for v in active_versions()}
    found.setdefault(None, DEFAULT_THRESHOLD)
    return found


def threshold_of(lead: Lead, by_line: dict[int | None, int]) -> int:
    return by_line.get(lead.product_line_id, by_line[None])


def ready_for_review(by_line: dict[int | None, int], margin: int = REVIEW_MARGIN) -> Q:
    """New and recycled leads near (within `margin` points) or over their model's threshold."""
    own = [line for line in by_line if line is not None]
    near = Q(score__gte=by_line[None] - margin)
    if own:
        near &= ~Q(product_line_id__in=own)
    for line in own:
        near |= Q(product_line_id=line, score__gte=by_line[line] - margin)
    return Q(stage__in=REVIEW_STAGES) & near


def marketer_queue(
    by_line: dict[int | None, int] | None = None,
    *,
    stages: Iterable[str] = (),
    now: datetime | None = None,
) -> QuerySet[Lead]:
    """The marketer's to-do, best score first: new and recycled leads ready for review, except
    recycled leads still cooling down after sales sent them back (leads.recycling). MQLs and
    TQLs waiting for sales need nothing from the marketer: they show when `stages` asks."""
    by_line = thresholds() if by_line is None else by_line
    asked = set(stages)
    todo = ready_for_review(by_line) & ~cooling_q(now)
    if asked & set(NOT_ACCEPTED):
        todo |= Q(stage__in=asked & set(NOT_ACCEPTED))
    return (
        # The first filter is implied by the second, but PostgreSQL only uses the partial index
        # lead_queue_score (best score first, one page read) when it sees it spelled out.
        Lead.objects.filter(stage__in=(*REVIEW_STAGES, *NOT_ACCEPTED))
        .filter(todo)
        .select_related("source", "product_line", "owner")
        .order_by("-score", "-pk")
    )


def rejected_by_sales(user: AbstractBaseUser, *, mine: bool = False) -> QuerySet[StageChange]:
    """Every rejection of an MQL or TQL by sales, newest first; `mine`: of the leads `user`
    promoted."""
    rejections = StageChange.objects.filter(action=Action.REJECT, lead__deleted_at__isnull=True)
    if mine:
        promoted = StageChange.objects.filter(lead=OuterRef("lead"), action=Action.PROMOTE, by=user)
        rejections = rejections.filter(Exists(promoted))
    return rejections.select_related("lead", "reason", "by").order_by("-at", "-pk")


def _inbox_leads(user: AbstractBaseUser) -> QuerySet[Lead]:
    scope, stages = inbox_scope(user), INBOX_STAGES.get(role_of(user))
    if scope is None or stages is None:
        return Lead.objects.none()
    leads = Lead.objects.filter(stage__in=stages)
    if scope == InboxScope.OWN:
        return leads.filter(owner=user)
    if scope == InboxScope.MANAGED_TEAMS:
        return leads.filter(team__in=user.managed_teams.values("pk"))
    return leads


def inbox(user: AbstractBaseUser) -> QuerySet[Lead]:
    """The leads `user` works: reps and SDRs their own, managers their teams'. Each carries
    `due_at` and `fast_lane` from its open assignment (None when no response is due)."""
    return (
        _inbox_leads(user)
        .annotate(
            waiting=FilteredRelation(
                "assignments",
                condition=Q(
                    assignments__first_response_at__isnull=True,
                    assignments__ended_at__isnull=True,
                ),
            ),
            due_at=F("waiting__due_at"),
            fast_lane=F("waiting__fast_lane"),
        )
        .select_related("source", "product_line", "owner", "team")
    )


def inbox_waiting(user: AbstractBaseUser) -> QuerySet[Assignment]:
    """Open assignments of the leads `user` works, the soonest due first. Read from the
    assignment side: PostgreSQL walks assignment_owner_due in order and stops after a page,
    however many leads wait."""
    scope, stages = inbox_scope(user), INBOX_STAGES.get(role_of(user))
    if scope is None or stages is None:
        return Assignment.objects.none()
    # A lead that moved on from the stage it was routed in has been answered, whatever its
    # assignment row says (imported or seeded history): it is not "waiting", nor overdue.
    waiting = Assignment.objects.open().filter(
        lead__stage__in=stages, lead__stage=F("stage"), lead__deleted_at__isnull=True
    )
    if scope == InboxScope.OWN:
        # Routed to them and still theirs: a lead handed to someone else by `assign` (the API,
        # the lead page) may keep its open assignment, but is no longer theirs to see.
        waiting = waiting.filter(owner=user, lead__owner=user)
    elif scope == InboxScope.MANAGED_TEAMS:
        waiting = waiting.filter(lead__team__in=user.managed_teams.values("pk"))
    return waiting.select_related(
        "lead", "lead__source", "lead__product_line", "lead__owner", "lead__team"
    ).order_by("due_at", "pk")


def inbox_rest(user: AbstractBaseUser) -> QuerySet[Lead]:
    """The other leads `user` works (none of their own responses due), newest first (index
    lead_owner_open, read in order)."""
    waiting = Assignment.objects.open().filter(lead=OuterRef("pk"), stage=OuterRef("stage"))
    if inbox_scope(user) == InboxScope.OWN:
        waiting = waiting.filter(owner=user)
    return (
        _inbox_leads(user)
        .exclude(Exists(waiting))
        .select_related("source", "product_line", "owner", "team")
        .order_by("-created_at", "-pk")
    )


def leads_of(assignments: list[Assignment]) -> list[Lead]:
    """The assignments' leads, each carrying its `due_at` and `fast_lane`."""
    leads = []
    for assignment in assignments:
        lead = assignment.lead
        lead.due_at, lead.fast_lane = assignment.due_at, assignment.fast_lane
        leads.append(lead)
    return leads


def unread_count(user: AbstractBaseUser) -> int:
    return Notification.objects.filter(
        user=user, read_at__isnull=True, resolved_at__isnull=True
    ).count()


def notifications_for(user: AbstractBaseUser) -> QuerySet[Notification]:
    return (
        Notification.objects.filter(user=user).select_related("lead").order_by("-created_at", "-pk")
    )


@dataclass
class Compliance:
    """Share of routed leads answered within their target, for one team or rep."""

    key: str
    assigned: int
    answered_in_time: int
    answered_late: int
    overdue_open: int

    @property
    def rate(self) -> float | None:
        done = self.answered_in_time + self.answered_late + self.overdue_open
        return round(self.answered_in_time / done, 3) if done else None


def sla_compliance(
    *,
    start: datetime,
    end: datetime,
    now: datetime,
    by: str = "team",
    owner: AbstractBaseUser | None = None,
) -> list[Compliance]:
    """SLA compliance of the assignments made in [start, end), per team (`by="team"`) or rep
    (`by="owner"`), of one owner's assignments only when `owner` is given. Assignments still
    open and not yet due are counted as assigned only."""
    if by not in ("team", "owner"):
        raise ValueError("by must be 'team' or 'owner'")
    label = "team__name" if by == "team" else "owner__username"
    assignments = Assignment.objects.filter(assigned_at__gte=start, assigned_at__lt=end)
    if owner is not None:
        assignments = assignments.filter(owner=owner)
    in_time = Q(first_response_at__isnull=False, first_response_at__lte=F("due_at"))
    late = Q(first_response_at__isnull=False, first_response_at__gt=F("due_at"))
    overdue = Q(first_response_at__isnull=True, ended_at__isnull=True, due_at__lte=now)
    rows = (
        assignments.values(name=F(label))
        .annotate(
            assigned=Count("pk"),
            in_time=Count("pk", filter=in_time),
            late=Count("pk", filter=late),
            overdue=Count("pk", filter=overdue),
        )
        .order_by("name")
    )
    return [
        Compliance(
            key=row["name"] or "—",
            assigned=row["assigned"],
            answered_in_time=row["in_time"],
            answered_late=row["late"],
            overdue_open=row["overdue"],
        )
        for row in rows
    ]


def handoff_message(lead: Lead) -> str:
    """What the person who just moved `lead` should read: for a TQL, to whom it went."""
    label = Stage(lead.stage).label
    if lead.stage != Stage.TQL:
        return f"{lead.display_name} is now {label}."
    waiting = Assignment.objects.open().filter(lead=lead).select_related("owner", "team").first()
    if waiting is not None and waiting.owner is not None:
        due = timezone.localtime(waiting.due_at).strftime("%Y-%m-%d %H:%M")
        return (
            f"{lead.display_name} is now a {label}, handed to {waiting.owner} "
            f"(response due by {due})."
        )
    team = waiting.team if waiting is not None else lead.team
    return (
        f"{lead.display_name} is now a {label}; nobody in {team or 'its team'} has capacity, "
        "so it waits for a rep and the manager is told."
    )


def handed_over(user: AbstractBaseUser) -> QuerySet[StageChange]:
    """The leads `user` qualified to TQL (handed to a rep), latest first, each with the lead,
    its owner now and its stage now: the SDR's "Handed over" list."""
    return (
        handed_over_by(user)
        .filter(lead__deleted_at__isnull=True)
        .select_related("lead", "lead__owner")
        .order_by("-at", "-pk")
    )


@dataclass
class OverrideSummary:
    """What became of leads promoted again inside their cool-down (leads.recycling)."""

    promoted: int
    accepted: int  # reached SAL afterwards
    rejected_again: int  # sales sent it back again
    waiting: int  # neither yet


def cooldown_overrides(user: AbstractBaseUser | None = None) -> QuerySet[StageChange]:
    """Promotions made inside a recycle cool-down (recorded as overrides), newest first, each
    with `accepted_after` and `rejected_after`; `user`: only theirs."""
    later = StageChange.objects.filter(lead=OuterRef("lead"), at__gt=OuterRef("at"))
    overrides = StageChange.objects.filter(
        action=Action.PROMOTE, details__cooldown_override=True, lead__deleted_at__isnull=True
    )
    if user is not None:
        overrides = overrides.filter(by=user)
    return (
        overrides.annotate(
            accepted_after=Exists(later.filter(to_stage=Stage.SAL)),
            rejected_after=Exists(later.filter(action=Action.REJECT)),
        )
        .select_related("lead", "by")
        .order_by("-at", "-pk")
    )


def override_summary(overrides: QuerySet[StageChange]) -> OverrideSummary:
    counts = overrides.order_by().aggregate(
        promoted=Count("pk"),
        accepted=Count("pk", filter=Q(accepted_after=True)),
        rejected=Count("pk", filter=Q(accepted_after=False, rejected_after=True)),
    )
    return OverrideSummary(
        promoted=counts["promoted"],
        accepted=counts["accepted"],
        rejected_again=counts["rejected"],
        waiting=counts["promoted"] - counts["accepted"] - counts["rejected"],
    )
