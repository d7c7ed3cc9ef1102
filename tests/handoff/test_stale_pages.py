"""No stale pages (issue 16): pages and partials with moves are not cached, and a move made on
a stale page is a conflict that says when the earlier move was your own."""

import pytest
import time_machine
from django.utils import timezone

from leads.models import Lead, StageChange
from leads.services import MoveConflict, lead_accept, lead_move
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_it_says_you_already_made_the_move_and_when(rep):
    lead = LeadFactory(stage="mql", owner=rep, team=rep.teams.get())
    with time_machine.travel(timezone.now().replace(hour=10, minute=42), tick=False):
        lead_accept(lead=lead, by=rep)
    stale = Lead.objects.get(pk=lead.pk)
    with pytest.raises(MoveConflict) as refused:
        lead_move(lead=stale, action="reject", by=rep, reason="no_budget", expected_stage="mql")
    assert refused.value.message.startswith("You already accepted this lead at 10:42")
    assert refused.value.current_stage == "sal"


def test_it_names_nobody_when_someone_else_moved_first(rep, manager):
    lead = LeadFactory(stage="mql", owner=rep, team=rep.teams.get())
    lead_accept(lead=lead, by=manager)
    with pytest.raises(MoveConflict) as refused:
        lead_move(lead=lead, action="accept", by=rep, expected_stage="mql")
    assert refused.value.message.startswith("Someone else moved this lead first")


def test_it_answers_a_second_accept_from_a_stale_row_with_your_own_move(web, rep):
    lead = LeadFactory(stage="mql", owner=rep, team=rep.teams.get())
    client = web(rep)
    url = f"/handoff/inbox/{lead.pk}/move/accept/"
    assert client.post(url, {"expected_stage": "mql"}, **HTMX).status_code == 200
    again = client.post(url, {"expected_stage": "mql"}, **HTMX)
    assert again.status_code == 409
    assert "You already accepted this lead at" in again.content.decode()
    assert StageChange.objects.filter(lead=lead).count() == 1


def test_it_answers_the_lead_page_and_the_queue_with_your_own_move(web, marketer):
    lead = LeadFactory(stage="new", score=70)
    client = web(marketer)
    client.post(f"/handoff/queue/{lead.pk}/promote/", {"expected_stage": "new"}, **HTMX)
    again = client.post(f"/handoff/queue/{lead.pk}/promote/", {"expected_stage": "new"}, **HTMX)
    assert again.status_code == 409
    assert "You already promoted this lead at" in again.content.decode()
    page = client.post(
        f"/leads/{lead.pk}/move/promote/", {"expected_stage": "new"}, follow=True
    ).content.decode()
    assert "You already promoted this lead at" in page


@pytest.mark.parametrize(
    "who, url",
    [
        ("rep", "/handoff/inbox/"),
        ("marketer", "/handoff/queue/"),
        ("rep", "/leads/{pk}/"),
        ("rep", "/handoff/inbox/{pk}/form/reject/"),
    ],
)
def test_it_sends_pages_with_moves_as_no_store(web, users, who, url):
    lead = LeadFactory(stage="mql", owner=users["rep"], team=users["rep"].teams.get())
    response = web(users[who]).get(url.format(pk=lead.pk), **HTMX)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_it_sends_move_answers_as_no_store(web, rep):
    lead = LeadFactory(stage="mql", owner=rep, team=rep.teams.get())
    response = web(rep).post(
        f"/handoff/inbox/{lead.pk}/move/accept/", {"expected_stage": "mql"}, **HTMX
    )
    assert "no-store" in response["Cache-Control"]
