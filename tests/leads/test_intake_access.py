"""Intake is no side door (issue 13, item 1): POST /api/v1/leads/ and the web form never show or
change a lead the caller may not see, never change fields the caller's role may not edit, and a
phone match never joins two people whose e-mails differ."""

import json

import pytest

from leads.intake import lead_matches
from leads.models import Lead, LeadChange
from tests.factories import LeadFactory, LeadSourceFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/leads/"
PHONE = "+442079460018"


@pytest.fixture
def hidden(rep2):
    """A teammate's lead: owned by rep2, in the rep's and SDR's own team, so neither sees it."""
    return LeadFactory(
        email="hidden@example.com",
        phone=PHONE,
        country="GB",
        external_id="crm-9",
        first_name="Hidden",
        last_name="Person",
        company="Secret Ltd",
        campaign="spring",
        attributes={"budget": 5000},
        owner=rep2,
        team=rep2.teams.get(),
        stage="sal",
    )


def _state(lead: Lead) -> dict:
    lead.refresh_from_db()
    fields = ["email", "phone", "first_name", "company", "campaign", "attributes", "owner_id"]
    return {name: getattr(lead, name) for name in [*fields, "source_id", "updated_at"]}


IDENTITIES = {
    "email": {"email": "Hidden@Example.com"},
    "phone": {"phone": "020 7946 0018", "country": "GB"},
    "source+external_id": {"external_id": "crm-9", "source": "website"},
}


@pytest.mark.parametrize("identity", list(IDENTITIES))
@pytest.mark.parametrize("role", ["rep", "sdr", "outsider"])
def test_a_match_on_a_lead_the_caller_may_not_see_neither_shows_nor_changes_it(
    api, users, hidden, role, identity
):
    before = _state(hidden)
    body = {**IDENTITIES[identity], "first_name": "Eve", "company": "Evil", "overwrite": True}

    response = api(users[role]).post(URL, body, format="json")

    # A role that may post leads hears of a conflict and nothing more; no role at all: 403.
    assert response.status_code == (403 if role == "outsider" else 409), response.content
    assert set(response.json()) == {"detail"}
    text = response.content.decode().lower()
    for secret in ("hidden", "person", "secret", "rep2", "spring", "5000", "9460018", "crm-9"):
        assert secret not in text.replace("not yours", "")
    assert str(hidden.pk) not in text
    assert _state(hidden) == before
    assert Lead.objects.count() == 1
    assert not LeadChange.objects.exists()


def test_the_caller_s_own_lead_still_merges(api, rep):
    own = LeadFactory(email="mine@example.com", owner=rep, team=rep.teams.get(), company="")

    response = api(rep).post(URL, {"email": "mine@example.com", "company": "Acme"}, format="json")

    assert response.status_code == 200 and response.json()["merged"] is True
    own.refresh_from_db()
    assert own.company == "Acme"


def test_an_overwrite_of_fields_the_role_may_not_edit_is_a_403_that_saves_nothing(api, rep):
    own = LeadFactory(
        email="mine@example.com", owner=rep, team=rep.teams.get(), campaign="spring", city="Oslo"
    )
    before = _state(own)
    body = {
        "email": "mine@example.com",
        "campaign": "summer",
        "attributes": {"plan": "pro"},
        "city": "Bergen",
        "overwrite": True,
    }

    response = api(rep).post(URL, body, format="json")

    assert response.status_code == 403
    assert {"campaign", "attributes"} <= set(response.json())
    assert "city" not in response.json()
    assert _state(own) == before
    own.refresh_from_db()
    assert own.city == "Oslo"
    assert not LeadChange.objects.exists()


def test_without_overwrite_fields_the_role_may_not_edit_are_left_as_they_are(api, sdr):
    own = LeadFactory(email="mine@example.com", owner=sdr, campaign="", city="", attributes={})

    body = {
        "email": "mine@example.com",
        "campaign": "summer",
        "city": "Lyon",
        "attributes": {"a": 1},
    }
    response = api(sdr).post(URL, body, format="json")

    assert response.status_code == 200, response.json()
    own.refresh_from_db()
    assert (own.campaign, own.attributes, own.city) == ("", {}, "Lyon")


def test_a_marketer_may_still_overwrite_marketing_fields(api, marketer):
    lead = LeadFactory(email="m@example.com", campaign="spring")

    body = {"email": "m@example.com", "campaign": "summer", "overwrite": True}
    response = api(marketer).post(URL, body, format="json")

    assert response.status_code == 200
    lead.refresh_from_db()
    assert lead.campaign == "summer"


@pytest.mark.parametrize(
    ("existing_email", "posted_email", "merged"),
    [
        ("a@example.com", "b@example.com", False),  # two colleagues behind one switchboard
        ("", "b@example.com", True),  # the lead had no e-mail: the same person
        ("a@example.com", "", True),  # nothing says it is someone else
    ],
)
def test_a_phone_match_never_joins_two_different_emails(
    api, marketer, existing_email, posted_email, merged
):
    existing = LeadFactory(email=existing_email, phone=PHONE, country="GB")
    body = {"phone": "020 7946 0018", "country": "GB", "email": posted_email}
    body = {k: v for k, v in body.items() if v}

    response = api(marketer).post(URL, body, format="json")

    assert response.status_code == (200 if merged else 201), response.json()
    assert (response.json()["id"] == existing.pk) is merged
    assert Lead.objects.count() == (1 if merged else 2)


def test_the_matcher_is_one_function_other_intakes_can_call():
    a = LeadFactory(email="a@example.com", phone=PHONE)
    b = LeadFactory(email="", phone=PHONE)

    assert lead_matches({"email": "b@example.com", "phone": PHONE}) == [b]
    assert lead_matches({"phone": PHONE}) == [a, b]
    assert lead_matches({"email": "a@example.com", "phone": PHONE}) == [a, b]


def test_a_web_form_phone_match_never_joins_two_different_emails(client):
    source = LeadSourceFactory(code="site")
    LeadFactory(email="a@example.com", phone=PHONE, country="GB")

    response = client.post(
        f"/f/{source.intake_key}/",
        {"email": "b@example.com", "phone": "020 7946 0018", "country": "GB"},
    )

    assert response.status_code == 200
    assert Lead.objects.filter(phone=PHONE).count() == 2


def test_a_web_form_answers_a_known_person_exactly_like_a_new_one(client, hidden):
    source = LeadSourceFactory(code="site")
    url = f"/f/{source.intake_key}/"

    known = client.post(url, {"email": "hidden@example.com"}, content_type="application/json")
    new = client.post(url, {"email": "new@example.com"}, content_type="application/json")

    assert (known.status_code, known.content) == (new.status_code, new.content)


def test_a_web_form_matching_two_leads_is_a_409_not_a_500(client):
    source = LeadSourceFactory(code="site")
    LeadFactory(email="a@example.com", source=None, external_id="ext-1")
    LeadFactory(email="b@example.com", source=source, external_id="ext-1")
    url = f"/f/{source.intake_key}/"

    as_json = client.post(url, {"email": "a@example.com"}, content_type="application/json")
    as_form = client.post(url, {"email": "a@example.com"})

    assert as_json.status_code == 409
    assert "b@example.com" not in json.dumps(as_json.json())
    assert as_form.status_code == 409 and "not saved" in as_form.content.decode()
    assert Lead.objects.filter(source=source).count() == 1
