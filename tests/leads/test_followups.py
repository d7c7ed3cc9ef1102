"""Follow-up tasks: GET|POST /api/v1/tasks/, POST /api/v1/tasks/{id}/done/, and the beat job
telling assignees a task is due."""

from datetime import timedelta

import pytest
from django.utils import timezone

from handoff.followups import notify_due_tasks
from handoff.models import Notification
from handoff.tasks import notify_due_tasks_task
from leads.models import FollowUp, Stage, Team
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def lead(rep):
    return LeadFactory(stage=Stage.MQL, owner=rep, team=Team.objects.get(name="Inside Sales"))


def _task(lead, assignee, **kw) -> FollowUp:
    kw.setdefault("due_at", timezone.now() + timedelta(days=1))
    return FollowUp.objects.create(
        lead=lead, title=kw.pop("title", "Call back"), assignee=assignee, **kw
    )


def test_it_creates_a_task_for_the_caller_by_default(api, rep, lead):
    due = "2030-01-05T10:30:00Z"
    response = api(rep).post(
        "/api/v1/tasks/", {"lead": lead.pk, "title": "Send quote", "due_at": due}, format="json"
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert set(body) >= {"id", "lead", "title", "due_at", "assignee", "done_at"}
    assert (body["lead"], body["assignee"], body["done_at"]) == (lead.pk, "rep", None)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"title": "", "due_at": "2030-01-05T10:30:00Z"}, "title"),
        ({"title": "x"}, "due_at"),
        ({"title": "x", "due_at": "soon"}, "due_at"),
        ({"title": "x", "due_at": "2001-01-01T00:00:00Z"}, "due_at"),
        ({"title": "x", "due_at": "2030-01-05T10:30:00Z", "assignee": "nobody"}, "assignee"),
        ({"title": "x", "due_at": "2030-01-05T10:30:00Z", "assignee": "outsider"}, "assignee"),
    ],
)
def test_bad_tasks_are_a_400_naming_the_field(api, rep, lead, outsider, payload, field):
    response = api(rep).post("/api/v1/tasks/", {"lead": lead.pk, **payload}, format="json")
    assert response.status_code == 400
    assert field in response.json()
    assert not FollowUp.objects.exists()


def test_a_task_on_a_lead_the_caller_may_not_see_is_refused(api, rep, rep2):
    theirs = LeadFactory(owner=rep2, team=Team.objects.create(name="Field"))
    response = api(rep).post(
        "/api/v1/tasks/",
        {"lead": theirs.pk, "title": "x", "due_at": "2030-01-05T10:30:00Z"},
        format="json",
    )
    assert response.status_code == 400
    assert "lead" in response.json()


def test_only_people_who_see_the_lead_see_its_tasks(api, rep, rep2, manager):
    field = Team.objects.create(name="Field")
    mine = LeadFactory(owner=rep, team=Team.objects.get(name="Inside Sales"))
    theirs = LeadFactory(owner=rep2, team=field)
    own_task = _task(mine, rep)
    their_task = _task(theirs, rep2)

    seen = {t["id"] for t in api(rep).get("/api/v1/tasks/").json()["results"]}
    assert seen == {own_task.pk}
    assert api(rep).post(f"/api/v1/tasks/{their_task.pk}/done/").status_code == 404
    seen = {t["id"] for t in api(manager).get("/api/v1/tasks/").json()["results"]}
    assert seen == {own_task.pk, their_task.pk}


def test_the_filters_mine_status_and_lead(api, rep, manager, lead):
    now = timezone.now()
    overdue = _task(lead, rep, due_at=now - timedelta(hours=1))
    upcoming = _task(lead, rep)
    done = _task(lead, rep, done_at=now, done_by=rep)
    managers = _task(lead, manager)
    other_lead = _task(LeadFactory(owner=rep, team=lead.team), rep)

    def ids(query: str) -> set[int]:
        response = api(rep).get(f"/api/v1/tasks/?{query}")
        assert response.status_code == 200, response.json()
        return {t["id"] for t in response.json()["results"]}

    assert ids("mine=1") == {overdue.pk, upcoming.pk, done.pk, other_lead.pk}
    assert ids("status=open") == {overdue.pk, upcoming.pk, managers.pk, other_lead.pk}
    assert ids("status=done") == {done.pk}
    assert ids("status=overdue") == {overdue.pk}
    assert ids(f"lead={other_lead.lead_id}") == {other_lead.pk}
    assert api(rep).get("/api/v1/tasks/?status=late").status_code == 400


def test_done_records_who_and_when_once(api, rep, manager, lead):
    task = _task(lead, rep)
    first = api(rep).post(f"/api/v1/tasks/{task.pk}/done/")
    assert first.status_code == 200
    assert first.json()["done_at"] is not None
    again = api(manager).post(f"/api/v1/tasks/{task.pk}/done/")
    assert again.json()["done_at"] == first.json()["done_at"]
    task.refresh_from_db()
    assert task.done_by == rep


def test_the_beat_job_tells_the_assignee_once_when_a_task_falls_due(rep, lead):
    due = _task(lead, rep, title="Send quote", due_at=timezone.now() - timedelta(minutes=1))
    _task(lead, rep, title="Tomorrow")
    _task(lead, rep, title="Done", due_at=timezone.now(), done_at=timezone.now())

    assert notify_due_tasks_task.delay().get() == 1
    assert notify_due_tasks() == 0
    note = Notification.objects.get()
    assert (note.user, note.kind, note.lead) == (rep, Notification.Kind.TASK_DUE, lead)
    assert "Send quote" in note.text
    due.refresh_from_db()
    assert due.notified_at is not None
