"""Malformed input is a 400 with a message, never a 500: JSON bodies of the API and the web
form, query strings and paths (leads/strict_input.py)."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from handoff.models import Notification
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


@pytest.mark.parametrize(
    ("url", "role"),
    [
        ("/handoff/queue/?page={n}", "marketer"),
        ("/handoff/inbox/?page={n}", "rep"),
        ("/handoff/inbox/?later={n}", "rep"),
        ("/handoff/rejected/?page={n}", "marketer"),
        ("/handoff/notifications/?page={n}", "rep"),
        ("/leads/duplicates/?page={n}", "marketer"),
    ],
)
@pytest.mark.parametrize("number", ["99999999999999999999", "9" * 5000, "0", "-3", "two"])
def test_a_page_number_out_of_range_is_a_404(client, users, url, role, number):
    client.force_login(users[role])
    assert client.get(url.format(n=number)).status_code == 404
    assert client.get(url.format(n="1")).status_code == 200


@pytest.mark.parametrize("number", ["99999999999999999999", "two", "0"])
def test_the_lead_list_and_the_api_answer_a_wild_page_number_without_a_500(
    client, api, marketer, number
):
    LeadFactory()
    client.force_login(marketer)
    assert client.get(f"/leads/?page={number}").status_code == 200  # the nearest page
    assert api(marketer).get(f"/api/v1/leads/?page={number}").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "at__year=99999999999999999999",
        "at__year=0",
        "by=99999999999999999999",
    ],
)
def test_an_admin_filter_out_of_range_goes_back_to_the_list_with_an_error(
    client, admin_user, query
):
    client.force_login(admin_user)
    for model in ("stagechange", "leadchange"):
        response = client.get(f"/admin/leads/{model}/?{query}")
        _assert_no_rows_or_filter_error(response)


@pytest.mark.parametrize("field", ["owner", "team", "source", "product_line", "created_at__year"])
def test_an_admin_lead_filter_past_64_bits_goes_back_to_the_list(client, admin_user, field):
    client.force_login(admin_user)
    response = client.get(f"/admin/leads/lead/?{field}=99999999999999999999")
    _assert_no_rows_or_filter_error(response)


def _assert_no_rows_or_filter_error(response) -> None:
    """Django on PostgreSQL answers an id past 64 bits with no rows; SQLite raised, and a year
    out of datetime's range raises everywhere: those go back to the list with ?e=1."""
    if response.status_code == 200:
        assert response.context["cl"].result_count == 0
    else:
        assert response.status_code == 302
        assert response["Location"].endswith("?e=1")


# "²" and "١" pass str.isdigit(); int() refuses "²", and every number past 4,300 digits.
NOT_IDS = ["²", "9" * 5000]


@pytest.mark.parametrize("value", NOT_IDS)
def test_the_task_list_answers_a_lead_that_is_not_an_id_with_a_400(api, rep, value):
    response = api(rep).get("/api/v1/tasks/", {"lead": value})
    assert response.status_code == 400, response.content
    assert response.json()["lead"] == ["A lead id."]


@pytest.mark.parametrize("value", [*NOT_IDS, 2**70])
def test_an_event_whose_lead_is_not_an_id_is_a_400_and_nothing_is_stored(api, marketer, value):
    LeadFactory(email="ada@example.com")
    events = [{"email": "ada@example.com", "type": "page_view"}, {"lead": value, "type": "x"}]
    response = api(marketer).post("/api/v1/events/", events, format="json")
    assert response.status_code == 400, response.content
    assert response.json()["errors"] == [
        {"index": 1, "lead": ["A lead id is a positive whole number."]}
    ]
    assert not Activity.objects.exists()


@pytest.mark.parametrize("value", NOT_IDS)
def test_promoting_ticked_leads_that_are_not_ids_promotes_nothing(client, marketer, value):
    lead = LeadFactory(stage=Stage.NEW)
    client.force_login(marketer)
    response = client.post("/handoff/queue/promote/", {"lead": [value]}, follow=True)
    assert response.status_code == 200
    assert "Tick at least one lead to promote." in response.content.decode()
    lead.refresh_from_db()
    assert lead.stage == Stage.NEW


@pytest.mark.parametrize("value", NOT_IDS)
def test_the_inbox_bulk_accept_of_ticks_that_are_not_ids_accepts_nothing(client, manager, value):
    lead = LeadFactory(stage=Stage.MQL)
    client.force_login(manager)
    response = client.post(
        "/handoff/inbox/bulk/",
        {"lead": [str(lead.pk), value], "bulk_action": "accept"},
        follow=True,
    )
    assert response.status_code == 200
    assert "Tick at least one lead." in response.content.decode()
    lead.refresh_from_db()
    assert lead.stage == Stage.MQL


@pytest.mark.parametrize("value", NOT_IDS)
def test_marking_notifications_read_with_an_id_that_is_not_one_is_no_500(client, rep, value):
    unread = Notification.objects.create(user=rep, kind=Notification.Kind.ASSIGNED, text="New")
    client.force_login(rep)
    response = client.post("/handoff/notifications/read/", {"id": value})
    assert response.status_code == 302
    assert response["Location"] == "/handoff/notifications/"
    unread.refresh_from_db()
    assert unread.read_at is None  # not "mark all read"


@pytest.mark.parametrize("size", ["²", "9" * 5000])
def test_an_imported_company_size_that_is_not_a_number_is_a_bad_row(tmp_path, size):
    path = tmp_path / "sizes.csv"
    path.write_text(f"email,company_size\nada@example.com,{size}\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_leads", str(path), stdout=out, stderr=err)
    assert "line 2" in err.getvalue() and "not a whole number of employees" in err.getvalue()
    assert not Lead.objects.exists()
