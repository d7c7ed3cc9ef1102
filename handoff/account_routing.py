"""Account-owner routing (issue 18): an MQL whose account has an owner goes to that owner before
the routing rules, with the response target of the owner's team (its business hours).

The rules decide instead when the setting ACCOUNT_OWNER_ROUTING is off, when the rule that
matches the lead says "skip account owner" (how a product line the account owners do not sell is
left out), or when the owner is inactive, unavailable or over capacity; in those last cases the
owner is told that a lead of their account went elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser

from handoff.models import DEFAULT_CAPACITY, Notification, Profile, RoutingRule
from handoff.notifications import notify
from handoff.routing import LOAD_STAGES, rule_for
from leads.access import Perm, has_perm
from leads.models import Account, Lead, Team

# The route kind the routing check page names (PRODUCT.md: a routing rule of kind "account owner").
KIND = "account owner"
# Who may own an account's leads (leads.services.lead_assign assigns to these roles only).


@dataclass
class OwnerDecision:
    """Whether the account owner takes the lead, and why (or why not) in words."""

    takes: bool
    reason: str
    account: Account | None = None
    owner: AbstractBaseUser | None = None
    team: Team | None = None
    # The owner could not take it (inactive, unavailable, full): tell them where it went.
    tell_owner: bool = False

    @property
    def note(self) -> str:
        return f"Routed to the owner of the account {self.account}."


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


def account_owner_decision(lead: Lead, rule: RoutingRule | None = None) -> OwnerDecision:
    """Would the account owner take `lead`? `rule`: the rule that matches it, if known."""
    if not settings.ACCOUNT_OWNER_ROUTING:
        return OwnerDecision(False, "Account-owner routing is turned off (ACCOUNT_OWNER_ROUTING).")
    account = Account.objects.select_related("owner", "team").filter(pk=lead.account_id).first()
    if account is None:
        return OwnerDecision(False, "The lead belongs to no account.")
    owner = account.owner
    if owner is None:
        return OwnerDecision(False, f"Its account {account} has no owner.", account=account)
    rule = rule if rule is not None else rule_for(lead)
    if rule is not None and rule.skip_account_owner:
        return OwnerDecision(
            False,
            f"Rule {rule.name} routes its leads by the rules even when their account has an owner.",
            account=account,
            owner=owner,
        )
    decided = {"account": account, "owner": owner}
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


def account_owner_route(lead: Lead) -> OwnerDecision:
    """The first step of routing an MQL (handoff.services.route_lead): whether its account's
    owner takes it. When the owner cannot, they are told and the rules decide."""
    decision = account_owner_decision(lead)
    if decision.tell_owner and decision.owner is not None:
        notify(
            user=decision.owner,
            kind=Notification.Kind.ACCOUNT_LEAD,
            lead=lead,
            text=f"{lead.display_name} of your account {decision.account} became an MQL and "
            f"went to the routing rules: {decision.reason}",
        )
    return decision
