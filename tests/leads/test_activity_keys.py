"""Idempotency keys live in ActivityKey on both databases (on PostgreSQL the activity table is
partitioned by month, where a unique index must hold occurred_at: leads 0022)."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from leads.deletion import lead_delete, lead_erase
from leads.models import Activity, ActivityKey
from leads.retention import RESTORE_WINDOW
from leads.tasks import purge_deleted_leads
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

EVENTS = "/api/v1/events/"


def test_it_keeps_each_key_with_the_activity_it_was_given_to(api, marketer):
    lead = LeadFactory()
    events = [
        {"lead": lead.pk, "type": "page_view", "idempotency_key": "a-1"},
        {"lead": lead.pk, "type": "page_view"},
        {"lead": lead.pk, "type": "demo_request", "idempotency_key": "a-2"},
    ]

    response = api(marketer).post(EVENTS, events, format="json")

    assert response.json() == {"received": 3, "stored": 3, "duplicates": 0}
    keyed = dict(Activity.objects.exclude(idempotency_key="").values_list("idempotency_key", "pk"))
    assert dict(ActivityKey.objects.values_list("key", "activity_id")) == keyed
    assert set(keyed) == {"a-1", "a-2"}


def test_a_retry_carrying_another_time_is_still_stored_once(api, marketer):
    lead = LeadFactory()
    event = {"lead": lead.pk, "type": "demo_request", "idempotency_key": "form-7"}

    first = api(marketer).post(EVENTS, {**event, "occurred_at": "2024-01-05T10:00Z"}, format="json")
    retry = api(marketer).post(EVENTS, {**event, "occurred_at": "2026-03-05T10:00Z"}, format="json")

    assert (first.json()["stored"], retry.json()["duplicates"]) == (1, 1)
    assert Activity.objects.get().occurred_at.year == 2024


def test_erasing_a_lead_deletes_its_keys_and_keeps_the_others(api, marketer, admin_user):
    ada, bob = LeadFactory(), LeadFactory()
    events = [
        {"lead": ada.pk, "type": "page_view", "idempotency_key": "ada@lovelace.example-1"},
        {"lead": bob.pk, "type": "page_view", "idempotency_key": "bob-1"},
    ]
    api(marketer).post(EVENTS, events, format="json")

    lead_erase(lead=ada, by=admin_user)

    assert list(ActivityKey.objects.values_list("key", flat=True)) == ["bob-1"]
    # The sender may post the erased lead's event again: it is stored as new (and erasable).
    again = api(marketer).post(EVENTS, events[:1], format="json")
    assert again.json()["stored"] == 1


def test_purging_deleted_leads_deletes_their_keys(api, marketer, admin_user):
    gone, kept = LeadFactory(), LeadFactory()
    events = [
        {"lead": gone.pk, "type": "page_view", "idempotency_key": "gone-1"},
        {"lead": kept.pk, "type": "page_view", "idempotency_key": "kept-1"},
    ]
    api(marketer).post(EVENTS, events, format="json")
    lead_delete(lead=gone, by=admin_user)

    with time_machine.travel(timezone.now() + RESTORE_WINDOW + timedelta(hours=1)):
        assert purge_deleted_leads() == 1

    assert list(ActivityKey.objects.values_list("key", flat=True)) == ["kept-1"]
