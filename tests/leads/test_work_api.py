"""POST|PATCH /api/v1/leads/{id}/activities/ and the lead detail's attempts, last activity and
next task (PRODUCT.md)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from leads import worklog
from leads.models import Activity, FollowUp, Stage, Team
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def _url(lead) -> str:
    return f"/api/v1/leads/{lead.pk}/activities/"


def test_it_logs_a_call_and_answers_with_what_was_stored(api, rep):
    lead = LeadFactory(stage=Stage.MQL, owner=rep)
    at = (timezone.now() - timedelta(minutes=10)).replace(microsecond=0)
    response = api(rep).post(
        _url(lead),
        {"type": "call", "outcome": "voicemail", "note": "Left a message", "occurred_at": at},
        format="json",
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert set(body) >= {"id", "type", "outcome", "note", "by", "occurred_at"}
    assert (body["type"], body["outcome"], body["by"]) == ("call", "voicemail", "rep")
    stored = Activity.objects.get(pk=body["id"])
    assert stored.occurred_at == at and stored.by == rep and stored.via == "api"

    listed = api(rep).get(_url(lead)).json()["results"][0]
    assert (listed["type"], listed["outcome"], listed["by"]) == ("call", "voicemail", "rep")


def test_occurred_at_defaults_to_now(api, rep):
    lead = LeadFactory(owner=rep)
    before = timezone.now()
    body = api(rep).post(_url(lead), {"type": "note", "note": "hi"}, format="json").json()
    assert Activity.objects.get(pk=body["id"]).occurred_at >= before


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"type": "sms"}, "type"),
        ({"type": "call"}, "outcome"),
        ({"type": "call", "outcome": "later"}, "outcome"),
        ({"type": "note", "note": ""}, "note"),
        ({"type": "meeting", "occurred_at": "yesterday"}, "occurred_at"),
        ({"type": "meeting", "occurred_at": "2999-01-01T00:00:00Z"}, "occurred_at"),
    ],
)
def test_bad_work_is_a_400_naming_the_field(api, rep, payload, field):
    lead = LeadFactory(owner=rep)
    response = api(rep).post(_url(lead), payload, format="json")
    assert response.status_code == 400
    assert field in response.json()
    assert not Activity.objects.filter(lead=lead).exists()


def test_a_lead_the_caller_may_not_see_is_a_404(api, rep, rep2):
    theirs = LeadFactory(owner=rep2, team=Team.objects.create(name="Field"))
    response = api(rep).post(_url(theirs), {"type": "note", "note": "x"}, format="json")
    assert response.status_code == 404
    assert api(None).post(_url(theirs), {"type": "note", "note": "x"}).status_code in (401, 403)


def test_only_the_author_corrects_work_and_never_deletes_it(api, rep, manager):
    lead = LeadFactory(owner=rep, team=Team.objects.get(name="Inside Sales"))
    call = worklog.work_log(lead=lead, by=rep, type="call", outcome="busy")
    url = f"{_url(lead)}{call.pk}/"

    assert api(manager).patch(url, {"note": "hijack"}, format="json").status_code == 403
    response = api(rep).patch(url, {"outcome": "connected", "note": "ok"}, format="json")
    assert response.status_code == 200
    assert response.json()["outcome"] == "connected"
    assert api(rep).patch(url, {"outcome": "nope"}, format="json").status_code == 400
    assert api(rep).delete(url).status_code == 405
    Activity.objects.filter(pk=call.pk).update(created_at=timezone.now() - timedelta(hours=1))
    assert api(rep).patch(url, {"note": "late"}, format="json").status_code == 403
    assert Activity.objects.get(pk=call.pk).note == "ok"


def test_the_lead_detail_carries_attempts_last_activity_and_next_task(api, rep):
    lead = LeadFactory(stage=Stage.MQL, owner=rep)
    detail = api(rep).get(f"/api/v1/leads/{lead.pk}/").json()
    assert (detail["attempts"], detail["last_activity_at"], detail["next_task_due_at"]) == (
        0,
        None,
        None,
    )
    worklog.work_log(lead=lead, by=rep, type="call", outcome="no_answer")
    worklog.work_log(lead=lead, by=rep, type="call", outcome="busy")
    due = timezone.now() + timedelta(days=1)
    FollowUp.objects.create(lead=lead, title="Later", due_at=due + timedelta(days=1), assignee=rep)
    FollowUp.objects.create(lead=lead, title="Next", due_at=due, assignee=rep)
    FollowUp.objects.create(
        lead=lead, title="Done", due_at=due - timedelta(hours=5), assignee=rep, done_at=due
    )
    detail = api(rep).get(f"/api/v1/leads/{lead.pk}/").json()
    assert detail["attempts"] == 2
    assert detail["last_activity_at"] is not None
    assert detail["next_task_due_at"].startswith(due.strftime("%Y-%m-%dT%H:%M"))
