"""leads.access: the one table of who may do what, and the one definition of visible leads."""

import pytest

from leads.access import (
    EDITABLE_FIELDS,
    MOVES,
    PERMISSIONS,
    SYSTEM,
    InboxScope,
    Perm,
    has_perm,
    inbox_scope,
    lead_owners,
    may_see_lead,
    visible_leads,
)
from leads.models import Stage
from leads.roles import Role
from tests.factories import LeadFactory, TeamFactory

pytestmark = pytest.mark.django_db


def test_every_permission_names_its_roles():
    assert set(PERMISSIONS) == set(Perm)
    assert all(roles <= {*Role, SYSTEM} for roles in PERMISSIONS.values())
    assert set(EDITABLE_FIELDS) == set(Role)


def test_the_system_may_promote_and_assign_and_nothing_else():
    assert {perm for perm, roles in PERMISSIONS.items() if SYSTEM in roles} == {Perm.ASSIGN}
    assert {move for move, roles in MOVES.items() if SYSTEM in roles} == {
        (Stage.NEW, Stage.MQL),
        (Stage.NURTURE, Stage.MQL),
    }
    assert has_perm(None, Perm.ASSIGN) and not has_perm(None, Perm.DELETE)


def test_who_sees_which_lead(users):
    rep, rep2 = users["rep"], users["rep2"]
    team = rep.teams.get()
    own = LeadFactory(owner=rep, team=team)
    teams_unassigned = LeadFactory(owner=None, team=team)
    teammates = LeadFactory(owner=rep2, team=team)
    elsewhere = LeadFactory(owner=None, team=TeamFactory(name="Field"))
    every = {own, teams_unassigned, teammates, elsewhere}

    seen = {name: set(visible_leads(user)) for name, user in users.items()}

    assert seen["rep"] == {own, teams_unassigned}
    assert seen["sdr"] == {teams_unassigned}
    assert seen["marketer"] == seen["manager"] == seen["admin"] == every
    assert seen["outsider"] == set()
    assert set(visible_leads(None)) == every  # the system (web forms, routing)
    for lead in every:
        assert may_see_lead(rep, lead) is (lead in seen["rep"])


def test_inbox_scopes_and_lead_owners(users):
    scopes = {name: inbox_scope(user) for name, user in users.items()}
    assert scopes == {
        "marketer": None,
        "sdr": InboxScope.OWN,
        "rep": InboxScope.OWN,
        "rep2": InboxScope.OWN,
        "manager": InboxScope.MANAGED_TEAMS,
        "admin": InboxScope.ALL,
        "outsider": None,
    }
    assert [u.username for u in lead_owners()] == ["manager", "rep", "rep2", "sdr"]
