from datetime import timedelta

import pytest
from django.utils import timezone

from leads.models import Lead, LeadChange, Stage, StageChange
from leads.services import (
    HistoryStep,
    MoveConflict,
    MoveError,
    MoveForbidden,
    MoveInvalid,
    MoveNotAllowed,
    lead_assign,
    lead_move,
    leads_create_with_history,
)
from tests.factories import LeadFactory
from tests.leads.moves import allowed_cases, refused_cases

pytestmark = pytest.mark.django_db


def actor(users: dict, role: str):
    return None if role == "system" else users[role]


@pytest.mark.parametrize(("action", "src", "dst", "body", "role"), list(allowed_cases()))
def test_it_makes_every_allowed_move(users, action, src, dst, body, role):
    lead = LeadFactory(stage=src, score=72, score_model_version="default-v3")
    by = actor(users, role)

    lead_move(lead=lead, action=action, by=by, note="checked", **body)

    lead.refresh_from_db()
    assert lead.stage == dst
    (change,) = StageChange.objects.filter(lead=lead)
    assert (change.from_stage, change.to_stage, change.action) == (src, dst, action)
    assert change.by == by
    assert change.note == "checked"
    assert (change.score, change.score_model_version) == (72, "default-v3")
    if "reason" in body:
        assert change.reason.code == body["reason"]
    if "reasons" in body:
        assert change.details["reasons"] == body["reasons"]


@pytest.mark.parametrize(("action", "stage", "body", "role", "status"), list(refused_cases()))
def test_it_refuses_every_other_move(users, action, stage, body, role, status):
    lead = LeadFactory(stage=stage)

    with pytest.raises(MoveError) as caught:
        lead_move(lead=lead, action=action, by=actor(users, role), **body)

    assert caught.value.status == status
    lead.refresh_from_db()
    assert lead.stage == stage
    assert not StageChange.objects.filter(lead=lead).exists()


@pytest.mark.parametrize(
    ("action", "stage", "body", "field"),
    [
        ("reject", "mql", {}, "reason"),
        ("reject", "mql", {"reason": "nonsense"}, "reason"),
        ("reject", "mql", {"reason": "dq_spam"}, "reason"),  # a disqualify reason, not reject's
        ("recycle", "sal", {}, "reason"),
        ("disqualify", "sql", {"reason": "no_budget"}, "reason"),
        ("qualify", "sal", {}, "reasons"),
        ("qualify", "sal", {"reasons": ["budget_confirmed", "bogus"]}, "reason"),
        ("close", "sql", {}, "outcome"),
        ("close", "sql", {"outcome": "lost"}, "reason"),
        ("close", "sql", {"outcome": "lost", "reason": "won_signed"}, "reason"),
    ],
)
def test_it_requires_a_fitting_reason(manager, action, stage, body, field):
    lead = LeadFactory(stage=stage)

    with pytest.raises(MoveInvalid) as caught:
        lead_move(lead=lead, action=action, by=manager, **body)

    assert field in caught.value.errors
    lead.refresh_from_db()
    assert lead.stage == stage


def test_it_reports_the_current_stage_when_not_allowed(rep):
    lead = LeadFactory(stage="won")

    with pytest.raises(MoveNotAllowed) as caught:
        lead_move(lead=lead, action="accept", by=rep)

    assert caught.value.current_stage == "won"


def test_it_refuses_a_stale_move_as_a_conflict(rep, rep2):
    lead = LeadFactory(stage="mql")
    stale = type(lead).objects.get(pk=lead.pk)
    lead_move(lead=lead, action="accept", by=rep)

    with pytest.raises(MoveConflict) as caught:
        lead_move(lead=stale, action="reject", by=rep2, reason="no_budget")

    assert caught.value.current_stage == "sal"
    assert StageChange.objects.filter(lead=lead).count() == 1


def test_each_move_records_when_the_lead_entered_the_stage_it_leaves(manager, rep):
    created = timezone.now() - timedelta(days=3)
    lead = LeadFactory(stage="mql", created_at=created)

    lead_move(lead=lead, action="accept", by=rep)
    lead_move(lead=lead, action="recycle", by=rep, reason="recycle_went_dark")

    accepted, recycled = StageChange.objects.filter(lead=lead).order_by("at", "pk")
    assert accepted.entered_at == created  # its first move: the stay began with the lead
    assert recycled.entered_at == accepted.at
    assert (recycled.from_stage, recycled.at > recycled.entered_at) == ("sal", True)


def test_accept_gives_the_lead_to_the_rep(rep):
    lead = LeadFactory(stage="mql", owner=None)

    lead_move(lead=lead, action="accept", by=rep)

    lead.refresh_from_db()
    assert lead.owner == rep


def test_a_manager_accepting_keeps_the_owner(manager, rep):
    lead = LeadFactory(stage="mql", owner=rep)

    lead_move(lead=lead, action="accept", by=manager)

    lead.refresh_from_db()
    assert lead.owner == rep


def test_an_unknown_action_is_invalid(manager):
    with pytest.raises(MoveInvalid):
        lead_move(lead=LeadFactory(), action="teleport", by=manager)


def test_a_user_without_a_role_may_not_move(outsider):
    with pytest.raises(MoveForbidden):
        lead_move(lead=LeadFactory(), action="promote", by=outsider)


def test_history_rows_cannot_be_changed_or_deleted(marketer):
    lead = LeadFactory()
    lead_move(lead=lead, action="promote", by=marketer)
    change = StageChange.objects.get(lead=lead)

    change.note = "rewritten"
    with pytest.raises(Exception, match="cannot be changed"):
        change.save()
    with pytest.raises(Exception, match="cannot be deleted"):
        change.delete()


def test_managers_reassign_and_it_is_recorded(manager, rep, rep2):
    lead = LeadFactory(stage="mql", owner=rep)

    lead_assign(lead=lead, owner=rep2, by=manager, note="rep on leave")

    lead.refresh_from_db()
    assert lead.owner == rep2
    change = LeadChange.objects.get(lead=lead)
    assert (change.kind, change.old_value, change.new_value, change.by) == (
        "owner",
        "rep",
        "rep2",
        manager,
    )


@pytest.mark.parametrize("role", ["marketer", "sdr", "rep", "outsider"])
def test_only_managers_and_admins_reassign(users, role):
    lead = LeadFactory(owner=users["rep"])

    with pytest.raises(MoveForbidden):
        lead_assign(lead=lead, owner=users["rep2"], by=users[role])

    lead.refresh_from_db()
    assert lead.owner == users["rep"]


def test_leads_are_assigned_to_sales_roles_only(manager, marketer):
    with pytest.raises(MoveInvalid):
        lead_assign(lead=LeadFactory(), owner=marketer, by=manager)


def test_imported_history_chains_when_each_stage_was_entered():
    created = timezone.now() - timedelta(days=10)
    mql, sal = created + timedelta(days=1), created + timedelta(days=4)
    (lead,) = leads_create_with_history(
        [
            (
                Lead(email="chain@example.com", created_at=created),
                [HistoryStep("mql", mql), HistoryStep("sal", sal)],
            )
        ]
    )

    rows = StageChange.objects.filter(lead=lead).order_by("at", "pk")
    assert [(r.from_stage, r.entered_at, r.at) for r in rows] == [
        ("new", created, mql),
        ("mql", mql, sal),
    ]


def test_a_note_or_details_over_the_limit_are_refused_naming_the_field(marketer, manager):
    from leads.services import MAX_DETAILS_JSON, MAX_NOTE, MoveInvalid, lead_assign, lead_move

    lead = LeadFactory(stage=Stage.NEW)
    with pytest.raises(MoveInvalid) as refused:
        lead_move(lead=lead, action="promote", by=marketer, note="n" * (MAX_NOTE + 1))
    assert "note" in refused.value.errors
    with pytest.raises(MoveInvalid) as refused:
        lead_move(lead=lead, action="promote", by=marketer, details={"x": "d" * MAX_DETAILS_JSON})
    assert "details" in refused.value.errors
    with pytest.raises(MoveInvalid) as refused:
        lead_assign(lead=lead, owner=None, by=manager, note="n" * (MAX_NOTE + 1))
    assert "note" in refused.value.errors
    assert not StageChange.objects.exists() and not LeadChange.objects.exists()
    lead.refresh_from_db()
    assert lead.stage == Stage.NEW
    lead_move(lead=lead, action="promote", by=marketer, note="n" * MAX_NOTE, details={"a": 1})
    assert StageChange.objects.get().note == "n" * MAX_NOTE
