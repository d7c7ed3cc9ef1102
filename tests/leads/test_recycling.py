"""The recycle cool-down (issue 16): a lead sales sent back waits out its reason's period
before it returns to the marketer's queue or is promoted again, unless it re-engages."""

import random
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from leads.models import Activity, ActivityType, Lead, Reason, StageChange
from leads.recycling import cooling_q, is_cooling
from leads.services import MoveInvalid, MoveNotAllowed, lead_promote, lead_reject
from scoring.models import ScoringModel
from scoring.services import promote_if_crossed
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def web(client):
    def as_user(user):
        client.force_login(user)
        return client

    return as_user


def rejected(rep, reason: str = "competitor_customer", note: str = "Signed with X for 3 years"):
    lead = LeadFactory(first_name="Pia", last_name="Pong", stage="mql", owner=rep, score=80)
    lead_reject(lead=lead, by=rep, reason=reason, note=note)
    lead.refresh_from_db()
    return lead


def activity(lead: Lead, code: str, at=None) -> Activity:
    kind, _ = ActivityType.objects.get_or_create(code=code, defaults={"label": code})
    return Activity.objects.create(lead=lead, type=kind, occurred_at=at or timezone.now())


def test_it_holds_a_rejected_lead_for_its_reasons_cooldown(rep):
    assert Reason.objects.get(code="competitor_customer").cooldown_days == 180
    assert Reason.objects.get(code="bad_timing").cooldown_days == 90
    lead = rejected(rep)
    assert lead.stage == "nurture"
    assert lead.recycle_after == lead.stage_changed_at + timedelta(days=180)
    assert is_cooling(lead)


def test_it_lets_the_lead_out_after_the_period_or_on_new_engagement(rep):
    lead = rejected(rep, reason="bad_timing")
    with time_machine.travel(timezone.now() + timedelta(days=91)):
        assert not is_cooling(lead)
    activity(lead, "call")  # sales' own work is not the lead re-engaging
    assert is_cooling(lead)
    activity(lead, "pricing_page_view", at=lead.stage_changed_at - timedelta(hours=1))
    assert is_cooling(lead)  # engagement before the rejection does not count
    activity(lead, "pricing_page_view")
    assert not is_cooling(lead)


def test_it_keeps_the_single_lead_and_the_queryset_rules_equal(rep):
    rng = random.Random(16)
    for i in range(40):
        lead = LeadFactory(stage="mql", owner=rep)
        lead_reject(lead=lead, by=rep, reason=rng.choice(["bad_timing", "no_answer", "no_need"]))
        lead.refresh_from_db()
        if rng.random() < 0.4:
            activity(lead, rng.choice(["page_view", "call", "email_open"]))
        if rng.random() < 0.3:
            Lead.objects.filter(pk=lead.pk).update(recycle_after=timezone.now() - timedelta(days=i))
    now = timezone.now()
    by_rule = {lead.pk for lead in Lead.objects.all() if is_cooling(lead, now)}
    by_sql = set(Lead.objects.filter(cooling_q(now)).values_list("pk", flat=True))
    assert by_rule == by_sql
    assert 0 < len(by_sql) < 40


def test_it_refuses_a_promotion_by_the_score_inside_the_cooldown(rep):
    lead = rejected(rep)
    version = ScoringModel.objects.get(is_default=True).versions.get(status="active")
    version.auto_promote = True
    lead.score = 95
    assert not promote_if_crossed(lead=lead, old_score=10, version=version)
    with pytest.raises(MoveNotAllowed):
        lead_promote(lead=lead, by=None)
    activity(lead, "demo_request")  # the lead came back by itself: the score may promote it
    assert promote_if_crossed(lead=lead, old_score=10, version=version)


def test_it_asks_a_person_for_a_note_and_records_an_override(rep, marketer):
    lead = rejected(rep)
    with pytest.raises(MoveInvalid) as refused:
        lead_promote(lead=lead, by=marketer)
    assert "note" in refused.value.errors
    assert Lead.objects.get(pk=lead.pk).stage == "nurture"

    lead_promote(lead=lead, by=marketer, note="Their contract ends next month")
    move = StageChange.objects.filter(lead=lead).latest("at")
    assert move.to_stage == "mql"
    assert move.details["cooldown_override"] is True
    assert Lead.objects.get(pk=lead.pk).recycle_after is None


def test_it_keeps_a_cooling_lead_out_of_the_queue_and_shows_the_last_rejection(web, rep, marketer):
    lead = rejected(rep)
    assert lead.pk not in [r.pk for r in web(marketer).get("/handoff/queue/").context["page"].rows]
    with time_machine.travel(timezone.now() + timedelta(days=181)):
        response = web(marketer).get("/handoff/queue/")
    assert [r.pk for r in response.context["page"].rows] == [lead.pk]
    page = response.content.decode()
    assert "Sent back by rep" in page
    assert "Uses a competitor, locked in" in page
    assert "Signed with X for 3 years" in page


def test_it_shows_the_rejection_and_cooldown_on_the_lead_page(web, rep, marketer):
    lead = rejected(rep)
    page = web(marketer).get(f"/leads/{lead.pk}/").content.decode()
    assert "Sent back by rep" in page
    assert "Signed with X for 3 years" in page
    assert f"Cooling down until {lead.recycle_after:%Y-%m-%d}" in page


def test_it_refuses_a_promotion_without_a_note_on_the_lead_page(web, rep, marketer):
    lead = rejected(rep)
    client = web(marketer)
    response = client.post(
        f"/leads/{lead.pk}/move/promote/", {"expected_stage": "nurture"}, follow=True
    )
    assert "cooling down" in response.content.decode()
    assert Lead.objects.get(pk=lead.pk).stage == "nurture"
    client.post(
        f"/leads/{lead.pk}/move/promote/", {"expected_stage": "nurture", "note": "Called us back"}
    )
    assert Lead.objects.get(pk=lead.pk).stage == "mql"


def test_it_reports_re_promotions_inside_the_cooldown_and_their_outcome(web, rep, marketer):
    from leads.services import lead_accept

    accepted = rejected(rep)
    lead_promote(lead=accepted, by=marketer, note="Contract ends soon")
    lead_accept(lead=Lead.objects.get(pk=accepted.pk), by=rep)
    again = LeadFactory(stage="mql", owner=rep)
    lead_reject(lead=again, by=rep, reason="bad_timing")
    again.refresh_from_db()
    lead_promote(lead=again, by=marketer, note="Asked for a demo")
    lead_reject(lead=Lead.objects.get(pk=again.pk), by=rep, reason="bad_timing")
    waiting = LeadFactory(stage="mql", owner=rep)
    lead_reject(lead=waiting, by=rep, reason="no_answer")
    waiting.refresh_from_db()
    lead_promote(lead=waiting, by=marketer, note="Picked up the phone at last")

    response = web(marketer).get("/handoff/rejected/")
    summary = response.context["override_summary"]
    assert (summary.promoted, summary.accepted, summary.rejected_again, summary.waiting) == (
        3,
        1,
        1,
        1,
    )
    page = response.content.decode()
    assert "3 re-promotions before the waiting period was over" in page
    assert "Contract ends soon" in page
