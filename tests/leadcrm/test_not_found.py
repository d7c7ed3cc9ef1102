"""The app's own 404 and 403 pages, with DEBUG on as in the demo (issue 16)."""

import pytest

from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[True, False], ids=["debug", "production"])
def debug(request, settings):
    settings.DEBUG = request.param
    return request.param


def test_it_shows_the_friendly_404_for_a_lead_you_may_not_see(client, debug, rep, rep2):
    lead = LeadFactory(owner=rep2, stage="mql")
    client.force_login(rep)
    response = client.get(f"/leads/{lead.pk}/")
    assert response.status_code == 404
    page = response.content.decode()
    assert 'id="not-found"' in page
    assert "URLconf" not in page and "DEBUG = True" not in page


def test_it_shows_the_friendly_404_for_an_unknown_address(client, debug, rep):
    client.force_login(rep)
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert 'id="not-found"' in response.content.decode()


def test_it_still_appends_the_slash(client, debug, rep):
    client.force_login(rep)
    assert client.get("/handoff/inbox").status_code == 301


def test_it_shows_the_friendly_403(client, debug, rep):
    client.force_login(rep)
    response = client.get("/handoff/queue/")
    assert response.status_code == 403
    assert 'id="refused"' in response.content.decode()


def test_it_leaves_the_apis_json_404_alone(client, debug, rep, rep2):
    lead = LeadFactory(owner=rep2, stage="mql")
    client.force_login(rep)
    response = client.get(f"/api/v1/leads/{lead.pk}/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
