"""Account-owner routing: a routing rule of kind "account owner" sends
a matching MQL to the owner of its account, with the response target of the rule counted in the
business hours of the owner's team.

Managers place the rule among the others: first (the default installed by handoff 0012) to send
every account's leads to its owner ahead of the territory rules, after a product-line rule to
keep that line out of it, limited to some sources or lines, or deactivated to turn it off. When
the lead has no account or its account no owner, the next rules decide; when the owner is
inactive, unavailable or over capacity, the next rules decide and the owner is told.

`route_plan` walks the rules in order once, for routing (handoff.services.route_lead) and for the
routing check page alike, so the page explains exactly what routing does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser

from handoff.models import DEFAULT_CAPACITY, Notification, Profile, RoutingRule
from handoff.notifications import notify
from handoff.routing import LOAD_STAGES, active_rules
from leads.access import Perm, has_perm
from leads.models import Account, Lead, Team

# The route kind the routing check page names (a routing rule of kind "account owner").
KIND = "account owner"


@dataclass
class OwnerDecision:
    """Whether the account owner takes the lead under `rule`, and why (or why not) in words."""

    takes: bool
    reason: str
    rule: RoutingRule | None = None
    account: Account | None = None
    owner: AbstractBaseUser | None = None
    team: Team | None = None
    # The owner could not take it (inactive, unavailable, full): tell them where it went.
    tell_owner: bool = False

    @property
    def note(self) -> str:
        return f"Routed by rule {self.rule} to the owner of the account {self.account}."


@dataclass
class RoutePlan:
    """Where routing sends a lead: the account-owner rules that matched it but passed it on
    (with why), then the rule that takes it (`rule`; None when no rule does). When that rule is
    of kind account owner, `owner` is its decision."""

    passed: list[OwnerDecision] = field(default_factory=list)
    rule: RoutingRule | None = None
    owner: OwnerDecision | None = None


def _load_and_capacity(owner: AbstractBaseUser) -> tuple[int, int]:
    load = Lead.objects.filter(owner=owner, stage__in=LOAD_STAGES).count()
    profile = Profile.objects.filter(user=owner).only("capacity").first()
    return load, profile.capacity if profile is not None else DEFAULT_CAPACITY


def owner_team(account: Account, owner: AbstractBaseUser) -> Team | None:
    """The team whose business hours time the owner's response: the account's team when the
    owner is in it, else the owner's first team."""
    if account.team_id and owner.teams.filter(pk=account.team_id).exists():
        return account.team
    return owner.teams.order_by("pk").first()


def account_owner_decision(lead: Lead, rule: RoutingRule) -> OwnerDecision:
    """Would the account owner take `lead` under the account-owner `rule` (which matches it)?"""
    account = None
    if lead.account_id is not None:
        account = Account.objects.select_related("owner", "team").filter(pk=lead.account_id).first()
    if account is None:
        return OwnerDecision(False, "The lead belongs to no account.", rule=rule)
    owner = account.owner
    if owner is None:
        return OwnerDecision(
            False, f"Its account {account} has no owner.", rule=rule, account=account
        )
    decided = {"rule": rule, "account": account, "owner": owner}
    if not has_perm(owner, Perm.OWN_LEADS):
        # lead_assign refuses them: an admin set a marketer (or a former rep) as the owner.
        return OwnerDecision(
            False, f"{owner}, owner of {account}, is not in a sales role.", **decided
        )
    profile = Profile.objects.filter(user=owner).only("available").first()
    if not owner.is_active or (profile is not None and not profile.available):
        why = "inactive" if not owner.is_active else "not taking leads now"
        return OwnerDecision(
            False, f"{owner}, owner of {account}, is {why}.", tell_owner=True, **decided
        )
    load, capacity = _load_and_capacity(owner)
    if load >= capacity:
        return OwnerDecision(
            False,
            f"{owner}, owner of {account}, is at capacity ({load} of {capacity} open leads).",
            tell_owner=True,
            **decided,
        )
    return OwnerDecision(
        True,
        f"{owner} owns its account {account} and has capacity ({load} of {capacity}).",
        team=owner_team(account, owner),
        **decided,
    )


def route_plan(lead: Lead, rules: Iterable[RoutingRule] | None = None) -> RoutePlan:
    """Try the active rules in order, as routing does, without routing or telling anyone."""
    plan = RoutePlan()
    for rule in active_rules() if rules is None else rules:
        if not rule.matches(lead):
            continue
        if not rule.is_account_owner:
            plan.rule = rule
            return plan
        decision = account_owner_decision(lead, rule)
        if decision.takes:
            plan.rule, plan.owner = rule, decision
            return plan
        plan.passed.append(decision)
    return plan


def route_plan_told(lead: Lead) -> RoutePlan:
    """The plan for routing `lead` for real: an owner who could not take it is told that a lead
    of their account went to the next rules (once, however many owner rules passed it on)."""
    plan = route_plan(lead)
    told: set[int] = set()
    for decision in plan.passed:
        if decision.tell_owner and decision.owner is not None and decision.owner.pk not in told:
            told.add(decision.owner.pk)
            notify(
                user=decision.owner,
                kind=Notification.Kind.ACCOUNT_LEAD,
                lead=lead,
                text=f"{lead.display_name} of your account {decision.account} became an MQL "
                f"and went to the next routing rules: {decision.reason}",
            )
    return plan
