"""The SDR's hand-off (issue 16): a TQL goes to a rep at once and the SDR is told to whom; the
SDR keeps read access to it and sees it in a "Handed over" list."""

import pytest

from handoff.models import Assignment, Profile
from handoff.services import route_lead
from leads.models import Lead
from leads.services import MoveForbidden, lead_reject
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def sdrs_mql(sdr, rep, rep2, team, default_rule) -> Lead:
    Profile.objects.create(user=rep, available=False)
    Profile.objects.create(user=rep2, available=False)
    lead = LeadFactory(first_name="Tia", last_name="Quill", stage="mql")
    route_lead(lead_id=lead.pk)  # only the SDR takes MQLs now
    Profile.objects.filter(user=rep2).update(available=True)
    return Lead.objects.get(pk=lead.pk)


def test_it_hands_the_tql_to_a_rep_at_once_and_names_them(web, sdr, rep2, sdrs_mql):
    response = web(sdr).post(
        f"/handoff/inbox/{sdrs_mql.pk}/move/qualify/",
        {"expected_stage": "mql", "reasons": "contact_confirmed"},
        **HTMX,
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "Tia Quill is now a Teleprospecting Qualified Lead, handed to rep2" in text
    assert "response due by" in text
    assignment = Assignment.objects.open().get(lead=sdrs_mql)
    assert assignment.owner == rep2 and assignment.stage == "tql"


def test_it_says_when_no_rep_has_capacity(web, sdr, rep2, sdrs_mql):
    Profile.objects.filter(user=rep2).update(available=False)
    response = web(sdr).post(
        f"/handoff/inbox/{sdrs_mql.pk}/move/qualify/",
        {"expected_stage": "mql", "reasons": "contact_confirmed"},
        **HTMX,
    )
    assert "nobody in Inside Sales has capacity" in response.content.decode()


def test_it_keeps_the_lead_readable_for_the_sdr_but_not_movable(web, sdr, rep2, sdrs_mql):
    client = web(sdr)
    client.post(
        f"/handoff/inbox/{sdrs_mql.pk}/move/qualify/",
        {"expected_stage": "mql", "reasons": "contact_confirmed"},
        **HTMX,
    )
    page = client.get(f"/leads/{sdrs_mql.pk}/")
    assert page.status_code == 200  # it was a 404 right after qualifying
    assert "There is no move you can make" in page.content.decode()
    assert client.get(f"/api/v1/leads/{sdrs_mql.pk}/").status_code == 200
    with pytest.raises(MoveForbidden):
        lead_reject(lead=Lead.objects.get(pk=sdrs_mql.pk), by=sdr, reason="no_budget")
    refused = client.post(
        f"/leads/{sdrs_mql.pk}/move/reject/", {"expected_stage": "tql", "reason": "no_budget"}
    )
    assert refused.status_code == 403
    assert Lead.objects.get(pk=sdrs_mql.pk).stage == "tql"


def test_it_lists_the_handed_over_leads_with_their_owner_now(web, sdr, rep2, sdrs_mql):
    client = web(sdr)
    client.post(
        f"/handoff/inbox/{sdrs_mql.pk}/move/qualify/",
        {"expected_stage": "mql", "reasons": "contact_confirmed"},
        **HTMX,
    )
    assert 'id="handed-over-link"' in client.get("/handoff/inbox/").content.decode()
    response = client.get("/handoff/handed-over/")
    assert response.status_code == 200
    [move] = response.context["page"].rows
    assert move.lead == sdrs_mql and move.lead.owner == rep2
    assert "rep2" in response.content.decode()


def test_it_shows_nobody_elses_handed_over_leads(web, sdr, rep, sdrs_mql):
    other = LeadFactory(stage="tql", owner=rep)
    assert other.pk not in [
        m.lead_id for m in web(sdr).get("/handoff/handed-over/").context["page"].rows
    ]
    assert web(sdr).get(f"/leads/{other.pk}/").status_code == 404


def test_it_heads_a_managers_inbox_for_the_team(web, manager):
    page = web(manager).get("/handoff/inbox/").content.decode()
    assert "Waiting for a response from your team" in page
    assert "Waiting for your response" not in page
