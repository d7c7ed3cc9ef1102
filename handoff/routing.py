"""Which rule takes a lead, and who in a team gets the next one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Count, Q, Value
from django.db.models.functions import Coalesce

from handoff.models import DEFAULT_CAPACITY, RoundRobinCursor, RoutingRule
from leads.models import Lead, Stage, Team
from leads.roles import Role

# A rep's load: the open leads they hold (capacity counts open MQL + TQL + SAL).
LOAD_STAGES = (Stage.MQL, Stage.TQL, Stage.SAL)
# Who works a lead in each stage it is routed in: MQLs go to SDRs and reps, TQLs to reps.
ROUTED_ROLES: dict[str, tuple[str, ...]] = {
    Stage.MQL: (Role.SDR, Role.REP),
    Stage.TQL: (Role.REP,),
}


def active_rules() -> list[RoutingRule]:
    """The active rules in the order they are tried: by position, the default rule last."""
    return list(
        RoutingRule.objects.filter(active=True)
        .select_related("team", "rep")
        .prefetch_related("product_lines", "sources")
    )


def rule_for(lead: Lead, rules: Iterable[RoutingRule] | None = None) -> RoutingRule | None:
    """The first team/rep rule that matches `lead`, passing over account-owner rules: who takes
    it when its account's owner does not (handoff.account_routing.route_plan walks both)."""
    for rule in active_rules() if rules is None else rules:
        if not rule.is_account_owner and rule.matches(lead):
            return rule
    return None


def team_members(team: Team, *, roles: Sequence[str]):
    """The team's members who take routed leads, each with `load` and `capacity`, by id."""
    return (
        get_user_model()
        .objects.filter(teams=team, is_active=True, groups__name__in=roles)
        .exclude(handoff_profile__available=False)
        .annotate(
            load=Count("owned_leads", filter=Q(owned_leads__stage__in=LOAD_STAGES), distinct=True),
            capacity=Coalesce("handoff_profile__capacity", Value(DEFAULT_CAPACITY)),
        )
        .order_by("pk")
    )


def _rotate(members: list, last_id: int | None) -> list:
    """Members in round-robin order: those after the last one served first."""
    after = [m for m in members if last_id is not None and m.pk > last_id]
    return after + [m for m in members if m not in after]


def next_member(
    team: Team, *, roles: Sequence[str], exclude: int | None = None, peek: bool = False
) -> AbstractBaseUser | None:
    """The team member who gets the next lead: round-robin among available members with
    capacity left. The team's cursor row is locked so concurrent routings take turns instead of
    picking the same person. `peek` answers without moving the cursor (the check page)."""
    with transaction.atomic():
        RoundRobinCursor.objects.get_or_create(team=team)
        query = RoundRobinCursor.objects.filter(team=team)
        cursor = query.get() if peek else query.select_for_update().get()
        members = list(team_members(team, roles=roles))
        for member in _rotate(members, cursor.last_user_id):
            if member.pk != exclude and member.load < member.capacity:
                if not peek:
                    cursor.last_user = member
                    cursor.save(update_fields=["last_user"])
                return member
    return None
