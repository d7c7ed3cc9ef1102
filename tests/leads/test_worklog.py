"""Logging work on a lead (leads.worklog): calls with outcomes, e-mails, meetings, notes;
corrections by the author for a while; attempts; the "not reachable" minimum."""

from datetime import timedelta

import pytest
from django.utils import timezone

from leads import worklog
from leads.models import Activity, ActivityType, Stage, Team
from leads.services import MoveInvalid, lead_move
from scoring.selectors import lead_facts
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def test_it_logs_each_kind_of_work_as_an_activity_by_the_user(rep):
    lead = LeadFactory(stage=Stage.MQL, owner=rep)
    call = worklog.work_log(lead=lead, by=rep, type="call", outcome="no_answer", note="Rang twice")
    worklog.work_log(lead=lead, by=rep, type="email", note="Sent the brochure")
    worklog.work_log(lead=lead, by=rep, type="meeting")
    worklog.work_log(lead=lead, by=rep, type="note", note="Prefers mornings")

    stored = Activity.objects.filter(lead=lead).order_by("pk")
    assert [a.type.code for a in stored] == ["call", "email", "meeting", "note"]
    assert {a.by for a in stored} == {rep}
    call.refresh_from_db()
    assert (call.outcome, call.note) == ("no_answer", "Rang twice")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"type": "fax"}, "type"),
        ({"type": "call"}, "outcome"),
        ({"type": "call", "outcome": "maybe"}, "outcome"),
        ({"type": "email", "outcome": "connected"}, "outcome"),
        ({"type": "note", "note": "   "}, "note"),
        ({"type": "note", "note": "x" * 5001}, "note"),
        ({"type": "meeting", "occurred_at": "future"}, "occurred_at"),
    ],
)
def test_it_refuses_bad_work_naming_the_field_and_stores_nothing(rep, kwargs, field):
    lead = LeadFactory(owner=rep)
    if kwargs.get("occurred_at") == "future":
        kwargs = {**kwargs, "occurred_at": timezone.now() + timedelta(hours=2)}
    with pytest.raises(worklog.WorkError) as caught:
        worklog.work_log(lead=lead, by=rep, **kwargs)
    assert field in caught.value.errors
    assert not Activity.objects.filter(lead=lead).exists()


def test_it_lets_the_author_correct_work_for_fifteen_minutes_only(rep, rep2):
    lead = LeadFactory(owner=rep)
    call = worklog.work_log(lead=lead, by=rep, type="call", outcome="busy")

    with pytest.raises(worklog.WorkError):
        worklog.work_edit(activity=call, by=rep2, note="not mine")
    worklog.work_edit(activity=call, by=rep, outcome="connected", note="Got through")
    call.refresh_from_db()
    assert (call.outcome, call.note) == ("connected", "Got through")
    assert call.edited_at is not None

    Activity.objects.filter(pk=call.pk).update(
        created_at=timezone.now() - worklog.EDIT_WINDOW - timedelta(seconds=1)
    )
    call.refresh_from_db()
    with pytest.raises(worklog.WorkError):
        worklog.work_edit(activity=call, by=rep, note="too late")
    call.refresh_from_db()
    assert call.note == "Got through"


def test_it_counts_the_calls_since_the_lead_entered_its_stage(rep):
    lead = LeadFactory(stage=Stage.MQL, owner=rep)
    lead.stage_changed_at = timezone.now() - timedelta(hours=1)
    lead.save()
    worklog.work_log(
        lead=lead, by=rep, type="call", outcome="busy", occurred_at=timezone.now() - timedelta(2)
    )
    worklog.work_log(lead=lead, by=rep, type="call", outcome="no_answer")
    worklog.work_log(lead=lead, by=rep, type="call", outcome="voicemail")
    worklog.work_log(lead=lead, by=rep, type="email", note="Tried by mail too")
    # A call the lead made (an event, nobody's logged work) is not an attempt.
    Activity.objects.create(lead=lead, type=ActivityType.objects.get(code="call"))

    assert worklog.attempts(lead) == 2
    summary = worklog.work_summaries([lead])[lead.pk]
    assert summary.attempts == 2
    assert summary.last_activity_at == worklog.last_activity_at(lead)


def test_not_reachable_needs_the_teams_minimum_of_attempts(rep):
    team = Team.objects.get(name="Inside Sales")
    team.min_attempts_not_reachable = 2
    team.save()
    lead = LeadFactory(stage=Stage.MQL, owner=rep, team=team)
    worklog.work_log(lead=lead, by=rep, type="call", outcome="no_answer")

    with pytest.raises(MoveInvalid) as caught:
        lead_move(lead=lead, action="reject", by=rep, reason="no_answer")
    assert "at least 2 call attempts" in caught.value.message
    assert "reason" in caught.value.errors
    lead.refresh_from_db()
    assert lead.stage == Stage.MQL

    # Another reason is not held back; nor is "not reachable" once the calls are logged.
    worklog.work_log(lead=lead, by=rep, type="call", outcome="voicemail")
    lead_move(lead=lead, action="reject", by=rep, reason="no_answer")
    change = lead.stage_changes.get()
    assert change.details["attempts"] == 2


def test_other_reasons_do_not_need_attempts(rep):
    team = Team.objects.get(name="Inside Sales")
    team.min_attempts_not_reachable = 3
    team.save()
    lead = LeadFactory(stage=Stage.MQL, owner=rep, team=team)
    lead_move(lead=lead, action="reject", by=rep, reason="no_budget")
    assert "attempts" not in lead.stage_changes.get().details


def test_scoring_reads_only_what_the_lead_did_not_the_work_logged_on_it(rep):
    lead = LeadFactory(owner=rep)
    worklog.work_log(lead=lead, by=rep, type="call", outcome="connected")
    assert lead_facts(lead.pk) == []
