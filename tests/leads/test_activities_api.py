import pytest

from leads.models import Activity
from leads.signals import activity_recorded
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def test_one_event_by_lead_id(api, marketer):
    lead = LeadFactory()

    response = api(marketer).post(
        "/api/v1/events/",
        {
            "lead": lead.pk,
            "type": "pricing_page_view",
            "properties": {"path": "/pricing"},
            "occurred_at": "2026-01-05T10:00:00Z",
        },
        format="json",
    )

    assert response.status_code == 201, response.json()
    assert response.json() == {"received": 1, "stored": 1, "duplicates": 0}
    activity = Activity.objects.get()
    assert (activity.lead, activity.type_id is not None, activity.properties) == (
        lead,
        True,
        {"path": "/pricing"},
    )


def test_a_list_by_email_in_any_case(api, marketer):
    lead = LeadFactory(email="ada@example.com")

    response = api(marketer).post(
        "/api/v1/events/",
        [{"email": "Ada@Example.com ", "type": "email_open"}, {"lead": lead.pk, "type": "call"}],
        format="json",
    )

    assert response.status_code == 201
    assert lead.activities.count() == 2


def test_a_repeated_idempotency_key_is_stored_once(api, marketer):
    lead = LeadFactory()
    event = {"lead": lead.pk, "type": "demo_request", "idempotency_key": "form-42"}

    first = api(marketer).post("/api/v1/events/", [event, event], format="json")
    again = api(marketer).post("/api/v1/events/", event, format="json")

    assert first.json() == {"received": 2, "stored": 1, "duplicates": 1}
    assert again.json() == {"received": 1, "stored": 0, "duplicates": 1}
    assert Activity.objects.count() == 1


def test_an_unknown_type_or_lead_is_a_400_naming_the_item_and_stores_nothing(api, marketer):
    lead = LeadFactory()

    response = api(marketer).post(
        "/api/v1/events/",
        [
            {"lead": lead.pk, "type": "page_view"},
            {"lead": lead.pk, "type": "teleportation"},
            {"lead": 999999, "type": "page_view"},
            {"email": "nobody@example.com", "type": "page_view"},
        ],
        format="json",
    )

    assert response.status_code == 400
    errors = response.json()["errors"]
    assert [e["index"] for e in errors] == [1, 2, 3]
    assert "teleportation" in errors[0]["type"][0]
    assert "lead" in errors[1] and "email" in errors[2]
    assert not Activity.objects.exists()


def test_malformed_events_are_a_400_with_field_messages(api, marketer):
    response = api(marketer).post(
        "/api/v1/events/",
        [
            {"type": "page_view"},
            {"lead": "abc", "type": "x y"},
            {"lead": 1, "type": "page_view", "properties": [1, 2]},
        ],
        format="json",
    )

    assert response.status_code == 400
    errors = response.json()["errors"]
    assert [e["index"] for e in errors] == [0, 1, 2]
    assert "lead" in errors[0] and "type" in errors[1] and "properties" in errors[2]


def test_more_than_1000_events_are_refused(api, marketer):
    lead = LeadFactory()
    response = api(marketer).post(
        "/api/v1/events/", [{"lead": lead.pk, "type": "page_view"}] * 1001, format="json"
    )
    assert response.status_code == 400
    assert not Activity.objects.exists()


def test_a_rep_cannot_post_events_for_a_lead_they_cannot_see(api, rep, rep2):
    lead = LeadFactory(owner=rep2)
    response = api(rep).post("/api/v1/events/", {"lead": lead.pk, "type": "call"}, format="json")
    assert response.status_code == 400
    assert not Activity.objects.exists()


def test_storing_events_announces_the_leads_once(api, marketer, django_capture_on_commit_callbacks):
    leads = LeadFactory.create_batch(2)
    heard = []

    def listener(sender, lead_ids, **kwargs):
        heard.append(set(lead_ids))

    activity_recorded.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            api(marketer).post(
                "/api/v1/events/",
                [{"lead": lead.pk, "type": "page_view"} for lead in leads * 3],
                format="json",
            )
    finally:
        activity_recorded.disconnect(listener)

    assert heard == [{lead.pk for lead in leads}]


def test_activities_of_a_lead_newest_first(api, marketer, rep, rep2):
    lead = LeadFactory(owner=rep)
    client = api(marketer)
    client.post(
        "/api/v1/events/",
        [
            {"lead": lead.pk, "type": "page_view", "occurred_at": "2026-01-01T00:00:00Z"},
            {"lead": lead.pk, "type": "demo_request", "occurred_at": "2026-02-01T00:00:00Z"},
        ],
        format="json",
    )

    body = client.get(f"/api/v1/leads/{lead.pk}/activities/").json()

    assert [a["type"] for a in body["results"]] == ["demo_request", "page_view"]
    assert api(rep2).get(f"/api/v1/leads/{lead.pk}/activities/").status_code == 404
    assert api().get(f"/api/v1/leads/{lead.pk}/activities/").status_code in (401, 403)


def test_bad_values_in_a_batch_are_a_400_naming_item_and_field(api, marketer):
    lead = LeadFactory()
    good = {"lead": lead.pk, "type": "page_view"}

    response = api(marketer).post(
        "/api/v1/events/",
        [
            good,
            {**good, "properties": ["not", "an", "object"]},
            {**good, "properties": {"big": "x" * 20_000}},
            {**good, "occurred_at": "yesterday"},
            {**good, "occurred_at": "2999-01-01T00:00:00Z"},
            {**good, "idempotency_key": "k" * 201},
            {**good, "occurred_at": "0001-01-01T00:00:00+05:00"},
            {**good, "lead": True},
            {"email": ["a@example.com"], "type": "page_view"},
            "not an object",
        ],
        format="json",
    )

    assert response.status_code == 400
    errors = {e["index"]: e for e in response.json()["errors"]}
    assert sorted(errors) == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert "properties" in errors[1] and "properties" in errors[2]
    assert "occurred_at" in errors[3] and "future" in errors[4]["occurred_at"][0]
    assert "idempotency_key" in errors[5] and "2000-01-01" in errors[6]["occurred_at"][0]
    assert "lead" in errors[7] and "email" in errors[8]
    assert not Activity.objects.exists()


def test_a_nul_anywhere_in_the_batch_refuses_it_at_parse_time(api, marketer):
    # Checked by the API's JSON parser for every endpoint (leads/strict_input.py), before the
    # per-event checks: the body as a whole is a 400.
    lead = LeadFactory()
    good = {"lead": lead.pk, "type": "page_view"}
    batch = [good, {**good, "properties": {"text": "nul\x00"}}]
    response = api(marketer).post("/api/v1/events/", batch, format="json")
    assert response.status_code == 400
    assert "NUL" in response.json()["detail"]
    assert not Activity.objects.exists()


@pytest.mark.parametrize(
    ("when", "ok"),
    [
        ("1999-12-31T23:59:59Z", False),
        ("2000-01-01T00:00:00Z", True),
        ("0001-01-01T00:00:00Z", False),
        ("9999-12-31T23:59:59-05:00", False),
    ],
)
def test_an_event_time_must_be_within_sane_bounds(api, marketer, when, ok):
    lead = LeadFactory()
    event = {"lead": lead.pk, "type": "page_view", "occurred_at": when}
    response = api(marketer).post("/api/v1/events/", event, format="json")
    assert response.status_code == (201 if ok else 400), response.content
    if not ok:
        assert response.json()["errors"][0]["occurred_at"]


def test_a_time_without_zone_is_utc_and_a_string_id_is_accepted(api, marketer):
    lead = LeadFactory()

    response = api(marketer).post(
        "/api/v1/events/",
        {"lead": str(lead.pk), "type": "page_view", "occurred_at": "2026-01-05T10:00:00"},
        format="json",
    )

    assert response.status_code == 201, response.json()
    assert Activity.objects.get().occurred_at.isoformat() == "2026-01-05T10:00:00+00:00"


def test_a_batch_with_old_and_new_keys_stores_only_the_new(api, marketer):
    lead = LeadFactory()
    event = {"lead": lead.pk, "type": "page_view"}
    api(marketer).post("/api/v1/events/", {**event, "idempotency_key": "a"}, format="json")

    response = api(marketer).post(
        "/api/v1/events/",
        [
            {**event, "idempotency_key": "a"},
            {**event, "idempotency_key": "b"},
            {**event, "idempotency_key": "b"},
            event,
            event,
        ],
        format="json",
    )

    assert response.json() == {"received": 5, "stored": 3, "duplicates": 2}
    assert Activity.objects.count() == 4


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_batch_posted_concurrently_is_stored_once(api, marketer):
    import threading

    from django.db import connection

    leads = LeadFactory.create_batch(50)
    batch = [
        {"lead": lead.pk, "type": "page_view", "idempotency_key": f"race-{lead.pk}"}
        for lead in leads
    ]
    start = threading.Barrier(4)
    stored: list[int] = []
    lock = threading.Lock()

    def send() -> None:
        try:
            client = api(marketer)
            start.wait(timeout=30)
            body = client.post("/api/v1/events/", batch, format="json").json()
            with lock:
                stored.append(body["stored"])
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sum(stored) == 50 and len(stored) == 4
    assert Activity.objects.count() == 50
