"""Malformed input is a 400 with a message, never a 500: JSON bodies of the API and the web
form, query strings and paths (leads/strict_input.py)."""

import json

import pytest
from django.test import Client

from leads.models import Activity, Lead, Stage, StageChange
from leads.strict_input import MAX_JSON_DEPTH, InputRejected, loads_strict
from tests.factories import LeadFactory, LeadSourceFactory

pytestmark = pytest.mark.django_db

# Raw JSON texts: json.dumps cannot write most of them.
HOSTILE_BODIES = {
    "overflow to infinity": b'{"email": "a@example.com", "attributes": {"n": 1e400}}',
    "NaN literal": b'{"email": "a@example.com", "attributes": {"n": NaN}}',
    "Infinity literal": b'{"email": "a@example.com", "attributes": {"n": -Infinity}}',
    "lone surrogate value": b'{"email": "a@example.com", "attributes": {"n": "\\ud800"}}',
    "lone surrogate key": b'{"email": "a@example.com", "attributes": {"\\udfff": "x"}}',
    "NUL in a value": b'{"email": "a@example.com", "attributes": {"n": "a\\u0000b"}}',
    "NUL in a key": b'{"email": "a@example.com", "attributes": {"a\\u0000": 1}}',
    "deep nesting": b"[" * 50_000,
    "huge integer": b'{"email": "a@example.com", "attributes": {"n": 1' + b"0" * 400 + b"}}",
    "not UTF-8": b'{"email": "a\xff@example.com"}',
}


def _post_raw(client, url: str, body: bytes):
    return client.generic("POST", url, body, content_type="application/json")


@pytest.mark.parametrize("name", HOSTILE_BODIES)
def test_it_refuses_hostile_json_on_intake_with_a_400(api, marketer, name):
    response = _post_raw(api(marketer), "/api/v1/leads/", HOSTILE_BODIES[name])
    assert response.status_code == 400, response.content
    assert response.json()["detail"]
    assert not Lead.objects.exists()


@pytest.mark.parametrize("name", HOSTILE_BODIES)
def test_it_refuses_hostile_json_on_events_with_a_400(api, marketer, name):
    lead = LeadFactory()
    body = HOSTILE_BODIES[name].replace(b'"email": "a@example.com"', f'"lead": {lead.pk}'.encode())
    body = body.replace(b'"attributes"', b'"type": "page_view", "properties"')
    response = _post_raw(api(marketer), "/api/v1/events/", body)
    assert response.status_code == 400, response.content
    assert not Activity.objects.exists()


@pytest.mark.parametrize("name", HOSTILE_BODIES)
def test_it_refuses_hostile_json_in_move_details_with_a_400(api, marketer, name):
    lead = LeadFactory(stage=Stage.NEW)
    body = HOSTILE_BODIES[name].replace(b'"email": "a@example.com", ', b"")
    body = body.replace(b'"attributes"', b'"details"')
    response = _post_raw(api(marketer), f"/api/v1/leads/{lead.pk}/promote/", body)
    assert response.status_code == 400, response.content
    assert not StageChange.objects.filter(lead=lead).exists()


@pytest.mark.parametrize("name", HOSTILE_BODIES)
def test_it_refuses_hostile_json_on_the_web_form_with_a_400(name):
    source = LeadSourceFactory(code="website")
    response = _post_raw(Client(), f"/f/{source.intake_key}/", HOSTILE_BODIES[name])
    assert response.status_code == 400, response.content
    assert response.json()["errors"]["non_field_errors"]
    assert not Lead.objects.exists()


def test_it_answers_413_for_an_api_body_over_the_cap(api, marketer, settings):
    settings.API_MAX_BODY_BYTES = 1000
    body = json.dumps({"email": "a@example.com", "first_name": "x" * 2000}).encode()
    response = _post_raw(api(marketer), "/api/v1/leads/", body)
    assert response.status_code == 413
    assert "1,000 bytes" in response.json()["detail"]


def test_the_api_takes_json_only(api, marketer):
    response = api(marketer).post("/api/v1/leads/", {"email": "a@example.com"}, format="multipart")
    assert response.status_code == 415
    assert not Lead.objects.exists()


def test_it_still_takes_ordinary_json(api, marketer):
    body = {
        "email": "a@example.com",
        "attributes": {"budget": 1.5e6, "seats": 12, "note": "ok \U0001f600", "vip": True},
    }
    response = api(marketer).post("/api/v1/leads/", body, format="json")
    assert response.status_code == 201
    assert Lead.objects.get().attributes["note"] == "ok \U0001f600"


def test_it_allows_nesting_up_to_the_cap():
    nested = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH
    assert loads_strict(nested)
    with pytest.raises(InputRejected, match="nested deeper"):
        loads_strict("[" + nested + "]")
    # Brackets inside strings are text, not nesting.
    assert loads_strict(json.dumps({"a": "[" * 1000})) == {"a": "[" * 1000}


@pytest.mark.parametrize(
    "url",
    [
        "/leads/?q=%00",
        "/admin/leads/lead/?q=%00",
        "/admin/leads/lead/?stage__exact=%00",
        "/f/%00/",
        "/api/v1/leads/?campaign=%00",
    ],
)
def test_it_answers_400_for_a_nul_in_the_address(client, admin_user, url):
    client.force_login(admin_user)
    response = client.get(url)
    assert response.status_code == 400
    assert b"NUL" in response.content
