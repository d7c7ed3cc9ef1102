"""handoff 0015 turns the account-owner step into a routing rule of kind "account owner": one
active rule first in the order (inactive where ACCOUNT_OWNER_ROUTING was off), rules that opted
out of the step before it, the others after it in their order."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from leads.models import Team

# serialized_rollback: the flush after each test leaves the database as the next serialized
# test expects it (a plain flush recreates the content types under new ids).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("handoff", "0014_rollupfix_linear_move_trigger")]
AFTER = [("handoff", "0015_accounts_account_owner_rule")]


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(target)
    return executor.loader.project_state(target).apps


def _rules_after(monkeypatch, env: str | None, rules: list[dict]) -> list[tuple]:
    if env is None:
        monkeypatch.delenv("ACCOUNT_OWNER_ROUTING", raising=False)
    else:
        monkeypatch.setenv("ACCOUNT_OWNER_ROUTING", env)
    old = _migrate(BEFORE)
    team = Team.objects.create(name="Sales")  # leads is not migrated back: today's model
    for fields in rules:
        old.get_model("handoff", "RoutingRule").objects.create(team_id=team.pk, **fields)
    new = _migrate(AFTER)
    return list(
        new.get_model("handoff", "RoutingRule")
        .objects.order_by("is_default", "position", "pk")
        .values_list("name", "kind", "active")
    )


def test_it_puts_an_active_owner_rule_first(monkeypatch):
    rules = [
        {"name": "Europe", "position": 0},
        {"name": "Hot", "position": 3},
        {"name": "Everyone", "position": 100, "is_default": True},
    ]
    assert _rules_after(monkeypatch, None, rules) == [
        ("Account owner", "account_owner", True),
        ("Europe", "route", True),
        ("Hot", "route", True),
        ("Everyone", "route", True),
    ]


def test_rules_that_skipped_the_owner_go_before_it(monkeypatch):
    rules = [
        {"name": "Europe", "position": 0},
        {"name": "Support B", "position": 7, "skip_account_owner": True},
        {"name": "Support A", "position": 5, "skip_account_owner": True},
        {"name": "Everyone", "position": 100, "is_default": True},
    ]
    assert [name for name, _, _ in _rules_after(monkeypatch, None, rules)] == [
        "Support A",
        "Support B",
        "Account owner",
        "Europe",
        "Everyone",
    ]


@pytest.mark.parametrize(("env", "active"), [("0", False), ("off", False), ("1", True)])
def test_the_rule_is_inactive_where_the_setting_was_off(monkeypatch, env, active):
    rules = _rules_after(monkeypatch, env, [{"name": "Everyone", "is_default": True}])
    assert rules[0] == ("Account owner", "account_owner", active)
