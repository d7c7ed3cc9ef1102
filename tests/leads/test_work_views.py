"""Working a lead from its page: log work, correct it, add and finish tasks; "My tasks"."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from handoff.time_zones import SESSION_KEY
from leads import worklog
from leads.models import Activity, FollowUp, Stage, Team
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def lead(rep):
    return LeadFactory(stage=Stage.MQL, owner=rep, team=Team.objects.get(name="Inside Sales"))


def test_the_lead_page_shows_attempts_last_activity_and_the_forms(client, rep, lead):
    worklog.work_log(lead=lead, by=rep, type="call", outcome="no_answer", note="Rang at 9")
    client.force_login(rep)
    html = client.get(f"/leads/{lead.pk}/").content.decode()
    assert 'id="log-work"' in html and 'id="add-task"' in html
    assert "1 call attempt</span> in this stage" in html
    assert "No answer" in html and "Rang at 9" in html
    assert "Correct (for 15 minutes after logging)" in html


def test_it_logs_work_from_the_lead_page(client, rep, lead):
    client.force_login(rep)
    response = client.post(
        f"/leads/{lead.pk}/work/", {"type": "call", "outcome": "connected", "note": "Interested"}
    )
    assert response.status_code == 302
    call = lead.activities.get()
    assert (call.type.code, call.outcome, call.by) == ("call", "connected", rep)


def test_the_time_is_read_in_the_users_time_zone(client, rep, lead):
    client.force_login(rep)
    session = client.session
    session[SESSION_KEY] = "Europe/Paris"
    session.save()
    client.post(f"/leads/{lead.pk}/work/", {"type": "meeting", "occurred_at": "2026-01-05T10:30"})
    at = lead.activities.get().occurred_at
    assert at.astimezone(ZoneInfo("Europe/Paris")).strftime("%H:%M") == "10:30"
    assert at.astimezone(ZoneInfo("UTC")).strftime("%H:%M") == "09:30"


def test_bad_work_shows_the_page_again_with_the_error(client, rep, lead):
    client.force_login(rep)
    response = client.post(f"/leads/{lead.pk}/work/", {"type": "call", "note": "?"})
    assert response.status_code == 400
    assert "A call&#x27;s outcome" in response.content.decode()
    assert not lead.activities.exists()


def test_a_correction_by_someone_else_is_refused(client, rep, manager, lead):
    call = worklog.work_log(lead=lead, by=rep, type="call", outcome="busy")
    client.force_login(manager)
    client.post(f"/leads/{lead.pk}/work/{call.pk}/", {"outcome": "connected", "note": "x"})
    assert Activity.objects.get(pk=call.pk).outcome == "busy"
    client.force_login(rep)
    client.post(f"/leads/{lead.pk}/work/{call.pk}/", {"outcome": "connected", "note": "x"})
    assert Activity.objects.get(pk=call.pk).outcome == "connected"


def test_another_reps_lead_is_not_found(client, rep, rep2):
    theirs = LeadFactory(stage=Stage.MQL, owner=rep2, team=Team.objects.create(name="Field"))
    client.force_login(rep)
    assert (
        client.post(f"/leads/{theirs.pk}/work/", {"type": "note", "note": "x"}).status_code == 404
    )
    assert client.post(f"/leads/{theirs.pk}/tasks/", {"title": "x"}).status_code == 404


def test_a_task_is_added_for_me_by_default_and_done_with_one_click(client, rep, lead):
    client.force_login(rep)
    response = client.post(
        f"/leads/{lead.pk}/tasks/", {"title": "Send the quote", "due_at": "2030-01-05T10:30"}
    )
    assert response.status_code == 302
    task = FollowUp.objects.get()
    assert (task.assignee, task.created_by, task.lead) == (rep, rep, lead)
    html = client.get(f"/leads/{lead.pk}/").content.decode()
    assert f'id="task-done-{task.pk}"' in html

    client.post(f"/leads/tasks/{task.pk}/done/", {"next": f"/leads/{lead.pk}/"})
    task.refresh_from_db()
    assert task.done_at is not None and task.done_by == rep
    html = client.get(f"/leads/{lead.pk}/").content.decode()
    assert "Task done</strong>: Send the quote" in html


def test_a_task_for_someone_who_cannot_see_the_lead_is_refused(client, rep, rep2, lead):
    other = LeadFactory(stage=Stage.MQL, owner=rep, team=Team.objects.create(name="Field"))
    client.force_login(rep)
    response = client.post(
        f"/leads/{other.pk}/tasks/",
        {"title": "Call", "due_at": "2030-01-05T10:30", "assignee": "rep2"},
    )
    assert response.status_code == 400
    assert "rep2 may not see this lead" in response.content.decode()
    assert not FollowUp.objects.exists()


def test_my_tasks_splits_overdue_today_and_upcoming(client, rep, rep2, lead):
    now = timezone.now()
    make = FollowUp.objects.create
    make(lead=lead, title="Late one", due_at=now - timedelta(hours=30), assignee=rep)
    make(lead=lead, title="Next year", due_at=now + timedelta(days=365), assignee=rep)
    make(lead=lead, title="Not mine", due_at=now, assignee=rep2)
    make(lead=lead, title="Finished", due_at=now, assignee=rep, done_at=now, done_by=rep)
    client.force_login(rep)
    html = client.get("/leads/tasks/").content.decode()
    overdue = html[html.index('id="tasks-overdue"') : html.index("Today")]
    assert "Late one" in overdue
    upcoming = html[html.index('id="tasks-upcoming"') :]
    assert "Next year" in upcoming
    assert "Not mine" not in html
    assert "<s>Finished</s>" in html


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("0001-01-01T00:00:00+14:00", "Work cannot be logged before 2000-01-01."),
        ("1999-12-31T23:00", "Work cannot be logged before 2000-01-01."),
    ],
)
def test_work_at_the_start_of_the_calendar_is_a_form_error(client, rep, lead, typed, message):
    # Year 1 at +14:00 overflowed on its way to UTC: a 500 on the lead page and the inbox row.
    client.force_login(rep)
    response = client.post(
        f"/leads/{lead.pk}/work/", {"type": "call", "outcome": "connected", "occurred_at": typed}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    response = client.post(
        f"/handoff/inbox/{lead.pk}/work/call/",
        {"outcome": "connected", "occurred_at": typed},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not lead.activities.exists()


@pytest.mark.parametrize("typed", ["9999-12-31T23:59:59-12:00", "2040-01-01T10:00"])
def test_a_task_due_past_ten_years_is_a_form_error(client, rep, lead, typed):
    # 9999-12-31 at -12:00 overflowed on its way to UTC: a 500.
    client.force_login(rep)
    response = client.post(f"/leads/{lead.pk}/tasks/", {"title": "Call", "due_at": typed})
    assert response.status_code == 400
    assert "Pick a time within the next ten years." in response.content.decode()
    assert not FollowUp.objects.exists()
