"""The inbox's working-day tools (issue 15): its work columns, filters, saved views, and the
managers' bulk accept and bulk reassign (each lead through the stage machine, a result each)."""

from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone

from handoff.inbox_tools import SavedViewError, leads_accept_many, saved_view_create
from handoff.models import Assignment, SavedView
from leads import worklog
from leads.models import FollowUp, LeadChange, Stage, StageChange, Team
from leads.services import lead_move
from tests.factories import LeadFactory
from tests.handoff.test_inbox import waiting

pytestmark = pytest.mark.django_db


def results(client) -> str:
    return client.get("/handoff/inbox/").content.decode().split('id="bulk-results"')[1]


# The work columns


def test_it_shows_last_activity_attempts_next_task_and_why_in_columns(web, rep):
    lead = waiting(rep, due_in=timedelta(hours=2), score=69)
    worklog.work_log(lead=lead, by=rep, type="call", outcome="no_answer")
    FollowUp.objects.create(
        lead=lead, title="Call back", due_at=timezone.now() + timedelta(days=1), assignee=rep
    )
    html = web(rep).get("/handoff/inbox/").content.decode()
    for header in ("Last activity", "Attempts", "Next task", "Why an MQL"):
        assert f'<th scope="col">{header}</th>' in html or f'end">{header}</th>' in html
    last = html.split(f'id="lead-{lead.pk}-last"')[1].split("</td>")[0]
    assert "Call (no answer)" in last and "ago" in last
    attempts = html.split(f'id="lead-{lead.pk}-work"')[1].split("</td>")[0]
    assert "1 attempt<" in attempts
    task = html.split(f'id="lead-{lead.pk}-task"')[1].split("</td>")[0]
    assert "Call back" in task and "Due<" not in task


# Filters and saved views


def test_it_filters_the_inbox_by_stage_and_overdue(web, rep):
    overdue = waiting(rep, due_in=timedelta(hours=-1), first_name="Overdue")
    later = waiting(rep, due_in=timedelta(hours=3), first_name="Later")
    sal = LeadFactory(stage=Stage.SAL, owner=rep, team=rep.teams.first(), first_name="Accepted")
    client = web(rep)

    html = client.get("/handoff/inbox/?overdue=on").content.decode()
    assert f'id="lead-{overdue.pk}"' in html
    assert f'id="lead-{later.pk}"' not in html and f'id="lead-{sal.pk}"' not in html

    html = client.get("/handoff/inbox/?stage=sal").content.decode()
    assert f'id="lead-{sal.pk}"' in html and f'id="lead-{overdue.pk}"' not in html


def test_a_bad_filter_value_is_a_form_error_not_a_500(web, rep):
    lead = waiting(rep, due_in=timedelta(hours=3))
    response = web(rep).get("/handoff/inbox/?stage=won&stage=bogus")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="filter-errors"' in html
    assert f'id="lead-{lead.pk}"' in html  # nothing filtered by a filter that was refused


def test_a_rep_has_no_owner_filter_and_a_manager_filters_by_owner(web, rep, rep2, manager):
    mine = waiting(rep, due_in=timedelta(hours=3))
    theirs = waiting(rep2, due_in=timedelta(hours=3))
    assert (
        'name="owner"'
        not in web(rep).get("/handoff/inbox/").content.decode().split('id="bulk-form"')[0]
    )
    html = web(manager).get("/handoff/inbox/?owner=rep2").content.decode()
    assert f'id="lead-{theirs.pk}"' in html and f'id="lead-{mine.pk}"' not in html


def test_it_saves_opens_and_deletes_a_view(web, rep):
    client = web(rep)
    response = client.post(
        "/handoff/inbox/views/", {"name": "  Overdue   MQLs ", "stage": "mql", "overdue": "on"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/handoff/inbox/?stage=mql&overdue=on"
    view = SavedView.objects.get(user=rep)
    assert (view.name, view.query) == ("Overdue MQLs", "stage=mql&overdue=on")

    html = client.get("/handoff/inbox/").content.decode()
    assert f'id="saved-view-{view.pk}"' in html and "Overdue MQLs" in html
    opened = client.get(f"/handoff/inbox/views/{view.pk}/")
    assert opened["Location"] == "/handoff/inbox/?stage=mql&overdue=on"

    # The same name again replaces its filters: no second view of one name.
    client.post("/handoff/inbox/views/", {"name": "Overdue MQLs", "stage": "sal"})
    assert list(SavedView.objects.values_list("query", flat=True)) == ["stage=sal"]

    assert client.post(f"/handoff/inbox/views/{view.pk}/delete/").status_code == 302
    assert not SavedView.objects.exists()


def test_a_view_keeps_only_valid_filters_and_needs_a_name(web, rep):
    client = web(rep)
    client.post("/handoff/inbox/views/", {"name": "Odd", "stage": ["mql", "won"], "owner": "x"})
    # A refused filter is not saved at all (never a query string the page would not accept).
    assert SavedView.objects.get().query == ""
    response = client.post("/handoff/inbox/views/", {"name": "   ", "stage": "mql"}, follow=True)
    assert "Give the view a name." in response.content.decode()
    assert SavedView.objects.count() == 1


def test_only_the_owner_sees_opens_or_deletes_a_view(web, rep, rep2):
    view = saved_view_create(user=rep2, name="Zanzibar-Quokka", query="stage=mql")
    client = web(rep)
    assert "Zanzibar-Quokka" not in client.get("/handoff/inbox/").content.decode()
    assert client.get(f"/handoff/inbox/views/{view.pk}/").status_code == 404
    assert client.post(f"/handoff/inbox/views/{view.pk}/delete/").status_code == 404
    assert SavedView.objects.filter(pk=view.pk).exists()


def test_the_pager_keeps_the_filters(web, rep):
    for _ in range(26):
        waiting(rep, due_in=timedelta(hours=2))
    html = web(rep).get("/handoff/inbox/?stage=mql").content.decode()
    assert "?page=2&later=1&stage=mql" in html


# Bulk accept and reassign


def test_a_manager_accepts_ticked_leads_each_through_the_stage_machine(web, rep, manager):
    a = waiting(rep, due_in=timedelta(hours=2), first_name="Ada")
    b = waiting(rep, due_in=timedelta(hours=2), first_name="Bea")
    client = web(manager)
    response = client.post("/handoff/inbox/bulk/", {"lead": [a.pk, b.pk], "bulk_action": "accept"})
    assert response.status_code == 302
    for lead in (a, b):
        lead.refresh_from_db()
        assert lead.stage == Stage.SAL
        assert StageChange.objects.get(lead=lead, action="accept").by == manager
    listed = results(client)
    assert f'id="bulk-result-{a.pk}"' in listed and "accepted." in listed
    # Shown once: the next visit has no stale results.
    assert 'id="bulk-results"' not in client.get("/handoff/inbox/").content.decode()


def test_a_lead_outside_the_managers_teams_is_refused_by_row(web, manager, rep):
    mine = waiting(rep, due_in=timedelta(hours=2))
    elsewhere = LeadFactory(
        stage=Stage.MQL, team=Team.objects.create(name="Field"), last_name="Zanzibar-Quokka"
    )
    client = web(manager)
    client.post("/handoff/inbox/bulk/", {"lead": [elsewhere.pk, mine.pk], "bulk_action": "accept"})
    elsewhere.refresh_from_db()
    mine.refresh_from_db()
    assert (elsewhere.stage, mine.stage) == (Stage.MQL, Stage.SAL)
    listed = results(client)
    refused = listed.split(f'id="bulk-result-{elsewhere.pk}"')[1].split("</li>")[0]
    assert "not in your inbox" in refused and "Zanzibar-Quokka" not in listed


def test_the_loser_of_a_race_is_reported_and_the_others_still_move(rep, manager, sdr):
    raced = waiting(rep, due_in=timedelta(hours=2))
    other = waiting(rep, due_in=timedelta(hours=2))
    real_move = lead_move

    def someone_else_first(*, lead, **kw):
        if lead.pk == raced.pk:  # the rep accepts it between the manager's read and write
            real_move(lead=type(lead).objects.get(pk=lead.pk), action="accept", by=rep)
        return real_move(lead=lead, **kw)

    with mock.patch("handoff.inbox_tools.lead_move", side_effect=someone_else_first):
        outcome = leads_accept_many(lead_ids=[raced.pk, other.pk], by=manager)
    assert [r.ok for r in outcome] == [False, True]
    assert outcome[0].message  # what the stage machine said, e.g. it moved on meanwhile
    assert StageChange.objects.filter(lead=raced, action="accept").count() == 1
    other.refresh_from_db()
    assert other.stage == Stage.SAL


def test_a_lead_that_may_not_be_accepted_is_refused_by_row(web, rep, manager):
    sal = LeadFactory(stage=Stage.SAL, owner=rep, team=rep.teams.first())
    client = web(manager)
    client.post("/handoff/inbox/bulk/", {"lead": [sal.pk], "bulk_action": "accept"})
    assert f'id="bulk-result-{sal.pk}" class="text-danger"' in results(client)


def test_a_manager_reassigns_ticked_leads_keeping_their_sla(web, rep, rep2, manager):
    a = waiting(rep, due_in=timedelta(hours=-1))
    b = waiting(rep, due_in=timedelta(hours=3))
    due = {lead.pk: Assignment.objects.get(lead=lead).due_at for lead in (a, b)}
    client = web(manager)
    client.post(
        "/handoff/inbox/bulk/",
        {"lead": [a.pk, b.pk], "bulk_action": "reassign", "owner": "rep2", "owner_filter": "rep"},
    )
    for lead in (a, b):
        lead.refresh_from_db()
        assert lead.owner == rep2
        assert LeadChange.objects.filter(lead=lead, kind="owner", new_value="rep2").exists()
        assert Assignment.objects.open().get(lead=lead).due_at == due[lead.pk]
    assert "assigned to rep2." in results(client)


def test_a_bulk_reassign_to_nobody_valid_is_refused_whole(web, rep, manager, marketer):
    lead = waiting(rep, due_in=timedelta(hours=3))
    client = web(manager)
    response = client.post(
        "/handoff/inbox/bulk/",
        {"lead": [lead.pk], "bulk_action": "reassign", "owner": "marketer"},
        follow=True,
    )
    assert "Choose a valid owner" in response.content.decode()
    lead.refresh_from_db()
    assert lead.owner == rep


@pytest.mark.parametrize(
    ("data", "status"),
    [
        ({"lead": ["1"], "bulk_action": "delete"}, 400),
        ({"lead": ["x"], "bulk_action": "accept"}, 302),
        ({"bulk_action": "accept"}, 302),
    ],
)
def test_bad_bulk_input_is_a_clear_answer(web, manager, data, status):
    response = web(manager).post("/handoff/inbox/bulk/", data)
    assert response.status_code == status


@pytest.mark.parametrize("role", ["rep", "sdr", "marketer"])
def test_only_managers_may_post_a_bulk_action(web, users, role, rep):
    lead = waiting(rep, due_in=timedelta(hours=2))
    for action in ("accept", "reassign"):
        response = web(users[role]).post(
            "/handoff/inbox/bulk/", {"lead": [lead.pk], "bulk_action": action, "owner": role}
        )
        assert response.status_code == 403
    lead.refresh_from_db()
    assert (lead.stage, lead.owner) == (Stage.MQL, rep)


def test_a_rep_sees_no_tick_boxes_and_a_manager_does(web, rep, manager):
    lead = waiting(rep, due_in=timedelta(hours=2))
    assert f'id="tick-{lead.pk}"' not in web(rep).get("/handoff/inbox/").content.decode()
    html = web(manager).get("/handoff/inbox/").content.decode()
    assert f'id="tick-{lead.pk}"' in html and 'id="bulk-form"' in html


def test_a_lead_under_its_threshold_says_so_in_the_why_column(web, rep):
    lead = waiting(rep, due_in=timedelta(hours=2), score=41)  # promoted by hand
    html = web(rep).get("/handoff/inbox/").content.decode()
    row = html.split(f'id="lead-{lead.pk}"')[1].split("</tr>")[0]
    assert "under threshold" in row and f'id="why-mql-{lead.pk}"' not in row


def test_a_view_name_too_long_or_one_view_too_many_is_refused(rep):
    with pytest.raises(SavedViewError, match="at most 60"):
        saved_view_create(user=rep, name="x" * 61, query="")
    with mock.patch("handoff.inbox_tools.MAX_SAVED_VIEWS", 2):
        saved_view_create(user=rep, name="one", query="stage=mql")
        saved_view_create(user=rep, name="two", query="stage=sal")
        with pytest.raises(SavedViewError, match="delete one first"):
            saved_view_create(user=rep, name="three", query="")
        saved_view_create(user=rep, name="two", query="overdue=on")  # replacing is no new view
    assert SavedView.objects.filter(user=rep).count() == 2
