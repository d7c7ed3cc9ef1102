"""Account-owner routing, a routing rule of kind "account owner": the owner when the rule is
reached and matches, the next rules when the owner is inactive, unavailable or full (and the
owner is told), when the rule is inactive or limited to other lines or sources, or when a rule
placed before it takes the lead."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta

import pytest

from handoff.models import Assignment, Notification, Profile, RoutingRule, TeamSchedule
from handoff.services import route_lead
from leads.accounts import user_create_with_role
from leads.models import Account, Stage
from leads.roles import Role
from tests.factories import (
    LeadFactory,
    LeadSourceFactory,
    ProductLineFactory,
    TeamFactory,
    UserFactory,
)

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


@pytest.fixture
def owner_rule() -> RoutingRule:
    """The account-owner rule first, as migration 0012 installs it (made here: a transactional
    test elsewhere may have flushed the migration's row)."""
    RoutingRule.objects.filter(kind=RoutingRule.Kind.ACCOUNT_OWNER).delete()
    return RoutingRule.objects.create(
        kind=RoutingRule.Kind.ACCOUNT_OWNER, name="Account owner", position=0, response_hours=24
    )


@pytest.mark.parametrize(
    ("setup", "to_owner", "told"),
    [
        ({}, True, False),  # the owner first
        ({"active": False}, False, True),  # inactive: the next rules, owner told
        ({"available": False}, False, True),  # on holiday: the next rules, owner told
        ({"capacity": 2, "load": 2}, False, True),  # full: the next rules, owner told
        ({"capacity": 3, "load": 2}, True, False),  # one place left
        ({"rule_active": False}, False, False),  # the rule deactivated: routing by the others
    ],
)
def test_an_mql_goes_to_its_account_owner_first(
    default_rule, owner_rule, owner, account, setup, to_owner, told
):
    if not setup.pop("rule_active", True):
        owner_rule.active = False
        owner_rule.save(update_fields=["active"])
    _owner_setup(owner, **setup)
    lead = _mql(account)
    assignment = _routed(lead)
    lead.refresh_from_db()
    assert assignment is not None
    assert (lead.owner == owner) is to_owner
    if to_owner:
        assert assignment.rule == owner_rule
        assert assignment.team.name == "Key Accounts"
        assert lead.changes.filter(
            note__contains="by rule Account owner to the owner of the account Acme"
        ).exists()
    else:
        assert assignment.rule == default_rule
        assert lead.owner in default_rule.team.members.all() or lead.owner is None
    notes = Notification.objects.filter(user=owner, kind=Notification.Kind.ACCOUNT_LEAD)
    assert notes.exists() is told
    if told:
        assert "went to the next routing rules" in notes.get().text


def test_a_lead_without_account_or_an_account_without_owner_follows_the_rules(
    default_rule, owner_rule
):
    ownerless = Account(name="Globex")
    ownerless.save()
    for lead in (_mql(None), _mql(ownerless)):
        assert _routed(lead).rule == default_rule
    assert not Notification.objects.filter(kind=Notification.Kind.ACCOUNT_LEAD).exists()


def test_a_product_line_rule_placed_first_keeps_its_leads_from_the_owner(
    default_rule, owner_rule, owner, account, team
):
    support = ProductLineFactory(code="support")
    owner_rule.position = 5
    owner_rule.save(update_fields=["position"])
    rule = RoutingRule.objects.create(position=1, name="Support plans", team=team)
    rule.product_lines.add(support)
    by_rule = _mql(account, product_line=support)
    assert _routed(by_rule).rule == rule
    by_owner = _mql(account)
    assert _routed(by_owner).owner == owner
    assert not Notification.objects.filter(kind=Notification.Kind.ACCOUNT_LEAD).exists()


def test_an_owner_rule_limited_to_product_lines_and_sources_leaves_the_others(
    default_rule, owner_rule, owner, account
):
    crm, support = ProductLineFactory(code="crm"), ProductLineFactory(code="support")
    owner_rule.product_lines.add(crm)
    assert _routed(_mql(account, product_line=crm)).owner == owner
    assert _routed(_mql(account, product_line=support)).rule == default_rule
    web = LeadSourceFactory(code="web")
    owner_rule.sources.add(web)
    assert _routed(_mql(account, product_line=crm, source=web)).owner == owner
    assert _routed(_mql(account, product_line=crm, source=LeadSourceFactory())).rule == (
        default_rule
    )


def test_an_owner_rule_after_a_matching_rule_is_never_reached(
    default_rule, owner_rule, owner, account, team
):
    owner_rule.position = 50
    owner_rule.save(update_fields=["position"])
    europe = RoutingRule.objects.create(position=10, name="Europe", countries="DE", team=team)
    assert _routed(_mql(account, country="DE")).rule == europe
    assert _routed(_mql(account, country="US")).owner == owner


def test_the_response_target_is_the_owner_teams_business_hours(
    default_rule, owner_rule, owner, account
):
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


def _check_page(client, **query) -> str:
    html = client.get("/handoff/routing/check/", query).content.decode()
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    return re.sub(r" ([,.])", r"\1", text)  # "<strong>rep</strong>," reads "rep,"


def test_the_routing_check_page_explains_account_owner(
    client, manager, default_rule, owner_rule, owner, account
):
    lead = _mql(account)
    client.force_login(manager)
    page = _check_page(client, lead=lead.pk)
    assert "Rule Account owner (position 0) takes it: it goes to owner, the owner of its" in page
    assert "Response within 24 h in the business hours of Key Accounts." in page
    _owner_setup(owner, available=False)
    page = _check_page(client, lead=lead.pk)
    assert (
        "account owner Rule Account owner (position 0) matches but passes it on: owner, owner of "
        "Acme, is not taking leads now. The owner is told." in page
    )
    assert "Rule Everyone else (position 100, default) takes it" in page
    # The check sends no notification: nothing is routed.
    assert not Notification.objects.exists()
    page = _check_page(client, lead=_mql(None).pk)
    assert "passes it on: The lead belongs to no account." in page
    owner_rule.active = False
    owner_rule.save(update_fields=["active"])
    page = _check_page(client, lead=lead.pk)
    assert "account owner" not in page and "Rule Everyone else" in page


def test_the_routing_check_lists_the_owner_rule_in_its_place(client, manager, owner_rule):
    client.force_login(manager)
    page = _check_page(client)
    assert "0 Account owner" in page and "account owner" in page


def test_an_owner_outside_any_team_gets_clock_hours(default_rule, owner_rule):
    loner, _ = user_create_with_role(username="loner", role=Role.REP, team=None)
    account = Account(name="Solo", owner=loner)
    account.save()
    lead = _mql(account)
    start = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)
    assignment = route_lead(lead_id=lead.pk, now=start)
    assert assignment.owner == loner and assignment.team is None
    assert assignment.due_at == start + timedelta(hours=24)


@pytest.mark.parametrize("role", [Role.MARKETER, None])
def test_an_owner_outside_sales_leaves_the_lead_to_the_rules(default_rule, owner_rule, role):
    if role is None:
        outsider = UserFactory(username="nobody")
    else:
        outsider, _ = user_create_with_role(username="mk", role=role, team=None)
    account = Account(name="Odd", owner=outsider)
    account.save()
    assignment = _routed(_mql(account))
    assert assignment.rule == default_rule
