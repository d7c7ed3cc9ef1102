import pytest

from handoff.models import Assignment
from handoff.services import lead_reassign, leads_promote, route_lead
from leads.models import Lead, StageChange
from leads.services import (
    MoveConflict,
    MoveForbidden,
    lead_accept,
    lead_promote,
    lead_qualify,
    lead_reject,
)
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def test_two_reps_accepting_at_once_one_wins_the_other_gets_a_conflict(rep, rep2):
    lead = LeadFactory(stage="mql", team=rep.teams.get())
    seen_by_rep = Lead.objects.get(pk=lead.pk)
    seen_by_rep2 = Lead.objects.get(pk=lead.pk)

    lead_accept(lead=seen_by_rep, by=rep)
    with pytest.raises(MoveConflict) as refused:
        lead_accept(lead=seen_by_rep2, by=rep2)

    assert refused.value.current_stage == "sal"
    assert "Someone else moved this lead first" in refused.value.message
    lead.refresh_from_db()
    assert lead.owner == rep
    assert StageChange.objects.filter(lead=lead).count() == 1


@pytest.mark.parametrize(
    ("move", "stamp"),
    [
        (lambda lead, u: lead_accept(lead=lead, by=u["rep"]), "first_response_at"),
        (lambda lead, u: lead_reject(lead=lead, by=u["rep"], reason="spam"), "first_response_at"),
        (lambda lead, u: lead_qualify(lead=lead, by=u["sdr"]), "first_response_at"),
    ],
)
def test_accept_reject_or_tql_is_the_first_response(users, default_rule, move, stamp):
    lead = LeadFactory(stage="mql")
    route_lead(lead_id=lead.pk)
    lead.refresh_from_db()
    move(lead, users)
    first = Assignment.objects.filter(lead=lead).order_by("pk").first()
    assert getattr(first, stamp) is not None


def test_reassigning_by_hand_is_for_managers(rep, rep2):
    lead = LeadFactory(stage="mql", owner=rep)
    with pytest.raises(MoveForbidden):
        lead_reassign(lead=lead, owner=rep2, by=rep)


def test_reassigning_an_accepted_lead_starts_no_new_target(manager, rep, rep2):
    lead = LeadFactory(stage="sal", owner=rep)
    lead_reassign(lead=lead, owner=rep2, by=manager)
    assert not Assignment.objects.exists()
    lead.refresh_from_db()
    assert lead.owner == rep2


def test_promoting_many_skips_leads_the_marketer_may_not_promote(marketer, rep):
    ok = LeadFactory(stage="new")
    not_now = LeadFactory(stage="sql")
    result = leads_promote(lead_ids=[ok.pk, not_now.pk], by=marketer)
    assert [x.pk for x in result.moved] == [ok.pk]
    assert [(x.pk, "sql" in why) for x, why in result.refused] == [(not_now.pk, True)]


def test_a_recycled_lead_promoted_again_is_routed_again(marketer, rep, default_rule):
    lead = LeadFactory(stage="nurture")
    lead_promote(lead=lead, by=marketer)
    route_lead(lead_id=lead.pk)
    lead.refresh_from_db()
    lead_reject(lead=lead, by=lead.owner, reason="bad_timing")  # back to nurture
    lead.refresh_from_db()
    # Inside bad_timing's cool-down (issue 16) a person promotes with a note, as an override.
    lead_promote(lead=lead, by=marketer, note="They asked for a call back today.")
    route_lead(lead_id=lead.pk)
    assert Assignment.objects.filter(lead=lead).count() == 2
    assert Assignment.objects.open().filter(lead=lead).count() == 1
