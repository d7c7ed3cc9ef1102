"""Account-owner routing: the owner first, the rules when the owner is inactive, unavailable or
full (and the owner is told), when the matched rule opts out, or when the setting is off."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from handoff.models import Assignment, Notification, Profile, RoutingRule, TeamSchedule
from handoff.services import route_lead
from leads.accounts import user_create_with_role
from leads.models import Account, Stage
from leads.roles import Role
from tests.factories import LeadFactory, ProductLineFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner(users):
    """An account owner in another team than the default rule's (so the rules would pick
    someone else), with a business-hours schedule."""
    user, _ = user_create_with_role(username="owner", role=Role.REP, team="Key Accounts")
    return user


@pytest.fixture
def account(owner) -> Account:
    account = Account(name="Acme", owner=owner)
    account.save()
    account.domains.create(domain="acme.com")
    return account


def _mql(account: Account | None, **fields):
    return LeadFactory(stage=Stage.MQL, account=account, owner=None, **fields)


def _routed(lead) -> Assignment | None:
    return route_lead(lead_id=lead.pk, now=datetime(2026, 12, 2, 9, 0, tzinfo=UTC))


def _owner_setup(owner, *, active=True, available=True, capacity=None, load=0):
    owner.is_active = active
    owner.save(update_fields=["is_active"])
    Profile.objects.update_or_create(
        user=owner, defaults={"available": available, "capacity": capacity or 50}
    )
    for _ in range(load):
        LeadFactory(stage=Stage.SAL, owner=owner)


@pytest.mark.parametrize(
    ("setup", "setting", "to_owner", "told"),
    [
        ({}, True, True, False),  # the owner first
        ({"active": False}, True, False, True),  # inactive: the rules, owner told
        ({"available": False}, True, False, True),  # on holiday: the rules, owner told
        ({"capacity": 2, "load": 2}, True, False, True),  # full: the rules, owner told
        ({"capacity": 3, "load": 2}, True, True, False),  # one place left
        ({}, False, False, False),  # the setting off
    ],
)
def test_an_mql_goes_to_its_account_owner_first(
    settings, default_rule, owner, account, setup, setting, to_owner, told
):
    settings.ACCOUNT_OWNER_ROUTING = setting
    _owner_setup(owner, **setup)
    lead = _mql(account)
    assignment = _routed(lead)
    lead.refresh_from_db()
    assert assignment is not None
    assert (lead.owner == owner) is to_owner
    if to_owner:
        assert assignment.rule is None
        assert assignment.team.name == "Key Accounts"
        assert lead.changes.filter(note__contains="owner of the account Acme").exists()
    else:
        assert assignment.rule == default_rule
        assert lead.owner in default_rule.team.members.all() or lead.owner is None
    notes = Notification.objects.filter(user=owner, kind=Notification.Kind.ACCOUNT_LEAD)
    assert notes.exists() is told
    if told:
        assert "went to the routing rules" in notes.get().text


def test_a_lead_without_account_or_an_account_without_owner_follows_the_rules(default_rule):
    ownerless = Account(name="Globex")
    ownerless.save()
    for lead in (_mql(None), _mql(ownerless)):
        assert _routed(lead).rule == default_rule


def test_a_rule_may_opt_its_product_line_out(default_rule, owner, account, team):
    support = ProductLineFactory(code="support")
    rule = RoutingRule.objects.create(
        position=1, name="Support plans", team=team, skip_account_owner=True
    )
    rule.product_lines.add(support)
    by_rule = _mql(account, product_line=support)
    assert _routed(by_rule).rule == rule
    by_owner = _mql(account)
    assert _routed(by_owner).owner == owner
    assert not Notification.objects.filter(kind=Notification.Kind.ACCOUNT_LEAD).exists()


def test_the_response_target_is_the_owner_teams_business_hours(default_rule, owner, account):
    team = TeamFactory(name="Key Accounts")
    TeamSchedule.objects.create(
        team=team, timezone="UTC", workday_start=time(9), workday_end=time(17), weekdays="1,2,3,4,5"
    )
    # Friday 16:00 UTC: 24 business hours of 8-hour days end on Wednesday 16:00.
    lead = _mql(account)
    friday = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)
    assignment = route_lead(lead_id=lead.pk, now=friday)
    assert assignment.owner == owner
    assert assignment.due_at == friday + timedelta(days=5)


def test_the_routing_check_page_explains_account_owner(
    client, manager, default_rule, owner, account
):
    lead = _mql(account)
    client.force_login(manager)
    page = client.get("/handoff/routing/check/", {"lead": lead.pk}).content.decode()
    assert "account owner" in page
    assert "owner takes it, before the rules" in page.replace("<strong>", "").replace(
        "</strong>", ""
    )
    _owner_setup(owner, available=False)
    page = client.get("/handoff/routing/check/", {"lead": lead.pk}).content.decode()
    assert "Not used: owner, owner of Acme, is not taking leads now." in page
    # The check sends no notification: nothing is routed.
    assert not Notification.objects.exists()
    free = _mql(None)
    page = client.get("/handoff/routing/check/", {"lead": free.pk}).content.decode()
    assert "Not used: The lead belongs to no account." in page


def test_an_owner_outside_any_team_gets_clock_hours(default_rule):
    loner, _ = user_create_with_role(username="loner", role=Role.REP, team=None)
    account = Account(name="Solo", owner=loner)
    account.save()
    lead = _mql(account)
    start = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)
    assignment = route_lead(lead_id=lead.pk, now=start)
    assert assignment.owner == loner and assignment.team is None
    assert assignment.due_at == start + timedelta(hours=24)


@pytest.mark.parametrize("role", [Role.MARKETER, None])
def test_an_owner_outside_sales_leaves_the_lead_to_the_rules(default_rule, role):
    if role is None:
        outsider = UserFactory(username="nobody")
    else:
        outsider, _ = user_create_with_role(username="mk", role=role, team=None)
    account = Account(name="Odd", owner=outsider)
    account.save()
    assignment = _routed(_mql(account))
    assert assignment.rule == default_rule
