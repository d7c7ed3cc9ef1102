"""Internationalized e-mail addresses (RFC 6531) are accepted wherever an address is checked,
and spelled one way, so that matching finds the lead however the address was typed."""

import io

import pytest
from django.test import Client

from leads.imports.service import leads_import
from leads.models import Lead
from leads.normalize import normalize_email
from tests.factories import LeadFactory, LeadSourceFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("zoë@example.com", "zoë@example.com"),
        (" ZOË@Example.COM ", "zoë@example.com"),
        ("zoe@bücher.de", "zoe@bücher.de"),
        ("Zoe@XN--BCHER-KVA.de", "zoe@bücher.de"),
        ("用户@例子.广告", "用户@例子.广告"),
        ("ada@example.com", "ada@example.com"),
    ],
)
def test_it_normalizes_an_address_to_one_spelling(typed, stored):
    assert normalize_email(typed) == stored


@pytest.mark.parametrize("email", ["zoë@", "zoë@@example.com", "zo ë@example.com", "a@b"])
def test_it_still_refuses_what_is_not_an_address(email):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        normalize_email(email)


def test_intake_accepts_it_and_matches_the_other_spelling(api, marketer):
    client = api(marketer)
    first = client.post("/api/v1/leads/", {"email": "Zoë@bücher.de"}, format="json")
    assert first.status_code == 201, first.content
    again = client.post("/api/v1/leads/", {"email": "zoë@xn--bcher-kva.de"}, format="json")
    assert again.status_code == 200 and again.json()["merged"] is True
    assert Lead.objects.get().email == "zoë@bücher.de"


def test_the_web_form_accepts_it():
    source = LeadSourceFactory(code="website")
    response = Client().post(f"/f/{source.intake_key}/", {"email": "zoë@example.com"})
    assert response.status_code in (200, 303)
    assert Lead.objects.get().email == "zoë@example.com"


def test_an_import_accepts_it_and_matches_the_punycode_spelling():
    LeadFactory(email="zoe@bücher.de", first_name="")
    text = "email,first_name\nzoë@example.com,Zoë\nZOE@xn--bcher-kva.de,Zoe\n"
    report = leads_import(file=io.BytesIO(text.encode()))
    assert (report.created, report.merged, report.rejected) == (1, 1, 0)
    assert Lead.objects.get(email="zoe@bücher.de").first_name == "Zoe"


def test_an_edit_accepts_it(api, marketer):
    lead = LeadFactory(email="old@example.com")
    response = api(marketer).patch(
        f"/api/v1/leads/{lead.pk}/", {"email": "Zoë@Example.com"}, format="json"
    )
    assert response.status_code == 200, response.content
    lead.refresh_from_db()
    assert lead.email == "zoë@example.com"


def test_an_event_finds_the_lead_by_either_spelling(api, marketer):
    LeadFactory(email="zoe@bücher.de")
    event = {"email": "ZOE@xn--bcher-kva.de", "type": "page_view"}
    response = api(marketer).post("/api/v1/events/", event, format="json")
    assert response.status_code == 201, response.content


def test_the_admin_form_accepts_it(client, admin_user):
    lead = LeadFactory(email="old@example.com")
    client.force_login(admin_user)
    form = client.get(f"/admin/leads/lead/{lead.pk}/change/").context["adminform"].form
    data = {
        name: ("" if value is None else value)
        for name, value in form.initial.items()
        if name in form.fields
    }
    data.update(
        {
            "email": "Zoë@Example.com",
            "stage_changes-TOTAL_FORMS": "0",
            "stage_changes-INITIAL_FORMS": "0",
        }
    )
    data["attributes"] = "{}"
    response = client.post(f"/admin/leads/lead/{lead.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    lead.refresh_from_db()
    assert lead.email == "zoë@example.com"
