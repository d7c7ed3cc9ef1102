"""Work logged on a lead, seen from handoff: the SLA's first response, the inbox row's "Log call"
(htmx), its attempts / last activity / next task, and the reject form's attempts."""

from datetime import timedelta

import pytest
from django.utils import timezone

from handoff.models import Assignment
from leads import worklog
from leads.models import FollowUp, Team
from tests.factories import LeadFactory
from tests.handoff.test_inbox import HTMX, waiting

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("kind", "answers"), [("call", True), ("email", True), ("note", False)])
def test_a_logged_call_or_email_is_the_first_response(rep, kind, answers):
    lead = waiting(rep, due_in=timedelta(hours=2))
    extra = {"outcome": "no_answer"} if kind == "call" else {"note": "x"}
    activity = worklog.work_log(lead=lead, by=rep, type=kind, **extra)
    assignment = Assignment.objects.get(lead=lead)
    assert (assignment.first_response_at == activity.occurred_at) is answers
    assert (assignment.first_response_at is None) is not answers


def test_a_call_made_before_the_lead_was_routed_answers_nothing(rep):
    lead = waiting(rep, due_in=timedelta(hours=2))
    worklog.work_log(
        lead=lead,
        by=rep,
        type="call",
        outcome="busy",
        occurred_at=timezone.now() - timedelta(hours=3),
    )
    assert Assignment.objects.get(lead=lead).first_response_at is None


def test_log_call_from_the_inbox_row_answers_with_the_row(web, rep):
    lead = waiting(rep, due_in=timedelta(hours=2), first_name="Ada")
    client = web(rep)
    page = client.get("/handoff/inbox/").content.decode()
    assert f'id="log-call-{lead.pk}"' in page
    assert f'id="lead-{lead.pk}-work"' in page

    form = client.get(f"/handoff/inbox/{lead.pk}/work/call/form/", **HTMX)
    assert form.status_code == 200
    assert 'name="outcome"' in form.content.decode()

    url = f"/handoff/inbox/{lead.pk}/work/call/"
    bad = client.post(url, {"note": "no outcome"}, **HTMX)
    assert bad.status_code == 400
    assert "outcome" in bad.content.decode().lower()

    response = client.post(url, {"outcome": "no_answer", "note": "Rang"}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="lead-{lead.pk}"' in html
    assert "Call (no answer) logged. 1 call attempt in this stage." in html
    assert "1 attempt" in html
    assert Assignment.objects.get(lead=lead).first_response_at is not None


def test_log_call_without_htmx_goes_back_to_the_inbox(web, rep):
    lead = waiting(rep, due_in=timedelta(hours=2))
    response = web(rep).post(f"/handoff/inbox/{lead.pk}/work/call/", {"outcome": "busy"})
    assert response.status_code == 302
    assert lead.activities.get().outcome == "busy"


def test_log_work_on_someone_elses_lead_is_a_404(web, rep, rep2):
    theirs = LeadFactory(stage="mql", owner=rep2, team=Team.objects.create(name="Field"))
    response = web(rep).post(f"/handoff/inbox/{theirs.pk}/work/call/", {"outcome": "busy"}, **HTMX)
    assert response.status_code == 404
    assert not theirs.activities.exists()


def test_an_unknown_kind_of_work_is_a_404(web, rep):
    lead = waiting(rep, due_in=timedelta(hours=2))
    assert web(rep).get(f"/handoff/inbox/{lead.pk}/work/fax/form/", **HTMX).status_code == 404


def test_the_row_shows_the_next_task_due(web, rep):
    lead = waiting(rep, due_in=timedelta(hours=2))
    FollowUp.objects.create(
        lead=lead,
        title="Send the quote",
        due_at=timezone.now() - timedelta(minutes=5),
        assignee=rep,
    )
    html = web(rep).get("/handoff/inbox/").content.decode()
    # Its own column now (issue 15: "next task due" apart from the attempts and last activity).
    cell = html.split(f'id="lead-{lead.pk}-task"')[1].split("</time>")[0]
    assert "Due</span> Send the quote" in cell


def _work_rows(rep, n: int) -> None:
    """n leads waiting (a note does not answer them) and n answered by a call, each with a task."""
    for _ in range(n):
        for kind, extra in (("note", {"note": "x"}), ("call", {"outcome": "busy"})):
            lead = waiting(rep, due_in=timedelta(hours=2))
            worklog.work_log(lead=lead, by=rep, type=kind, **extra)
            FollowUp.objects.create(lead=lead, title="t", due_at=timezone.now(), assignee=rep)


def test_the_inbox_costs_the_same_queries_for_many_rows(web, rep, django_assert_max_num_queries):
    client = web(rep)
    _work_rows(rep, 1)
    client.get("/handoff/inbox/")
    with django_assert_max_num_queries(40) as few:
        client.get("/handoff/inbox/")
    _work_rows(rep, 10)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/handoff/inbox/")


def test_the_reject_form_shows_the_attempts_and_the_teams_minimum(web, rep):
    team = Team.objects.get(name="Inside Sales")
    team.min_attempts_not_reachable = 3
    team.save()
    lead = waiting(rep, due_in=timedelta(hours=2))
    worklog.work_log(lead=lead, by=rep, type="call", outcome="busy")
    html = web(rep).get(f"/handoff/inbox/{lead.pk}/form/reject/", **HTMX).content.decode()
    assert "1 call attempt logged in this stage; “not reachable” needs 3." in html

    refused = web(rep).post(
        f"/handoff/inbox/{lead.pk}/move/reject/",
        {"expected_stage": "mql", "reason": "no_answer"},
        **HTMX,
    )
    assert refused.status_code == 400
    assert "Log at least 3 call attempts" in refused.content.decode()
