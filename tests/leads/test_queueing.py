import logging
from unittest import mock

import pytest
from kombu.exceptions import OperationalError

from leads import queueing
from leads.models import Lead
from leads.tasks import announce_activities
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

BROKER_DOWN = OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")


@pytest.fixture(autouse=True)
def _broker_up(monkeypatch):
    # The breaker is per process: what a test trips is reset when it ends.
    monkeypatch.setattr(queueing, "_broker_down_until", 0.0)


def test_it_sends_the_task_and_marks_nothing():
    lead = LeadFactory()

    with mock.patch.object(announce_activities, "apply_async") as apply_async:
        sent = queueing.enqueue(announce_activities, [lead.pk], lead_ids=[lead.pk], countdown=2)

    assert sent is True
    apply_async.assert_called_once_with(([lead.pk],), countdown=2)
    assert Lead.objects.get(pk=lead.pk).scoring_pending_since is None


def test_with_the_broker_down_it_marks_the_leads_and_logs_instead_of_raising(caplog):
    waiting, other = LeadFactory(), LeadFactory()

    with (
        mock.patch.object(announce_activities, "apply_async", side_effect=BROKER_DOWN),
        caplog.at_level(logging.WARNING, logger="leads.queueing"),
    ):
        sent = queueing.enqueue(announce_activities, [waiting.pk], lead_ids=[waiting.pk])

    assert sent is False
    assert Lead.objects.get(pk=waiting.pk).scoring_pending_since is not None
    assert Lead.objects.get(pk=other.pk).scoring_pending_since is None
    assert "Could not queue leads.tasks.announce_activities" in caplog.text


def test_after_a_failure_it_leaves_the_broker_alone_for_a_while(settings):
    settings.REDIS_RETRY_AFTER = 60
    first, second = LeadFactory(), LeadFactory()

    with mock.patch.object(
        announce_activities, "apply_async", side_effect=BROKER_DOWN
    ) as apply_async:
        queueing.enqueue(announce_activities, [first.pk], lead_ids=[first.pk])
        queueing.enqueue(announce_activities, [second.pk], lead_ids=[second.pk])

    assert apply_async.call_count == 1  # the second request paid no timeout
    assert Lead.objects.filter(scoring_pending_since__isnull=False).count() == 2


def test_events_posted_while_the_broker_is_down_are_stored_and_their_lead_marked(
    api, marketer, django_capture_on_commit_callbacks
):
    lead = LeadFactory()

    with (
        mock.patch.object(announce_activities, "apply_async", side_effect=BROKER_DOWN),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = api(marketer).post(
            "/api/v1/events/", {"lead": lead.pk, "type": "demo_request"}, format="json"
        )

    assert response.status_code == 201
    lead.refresh_from_db()
    assert lead.activities.count() == 1
    assert lead.scoring_pending_since is not None


def test_a_lead_posted_while_the_broker_is_down_is_saved_and_shown_as_score_pending(
    api, client, marketer, django_capture_on_commit_callbacks
):
    from scoring.tasks import rescore_leads_task

    with (
        mock.patch.object(rescore_leads_task, "apply_async", side_effect=BROKER_DOWN),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = api(marketer).post("/api/v1/leads/", {"email": "ada@example.com"}, format="json")

    assert response.status_code == 201
    lead = Lead.objects.get(email="ada@example.com")
    assert lead.scoring_pending_since is not None
    client.force_login(marketer)
    assert "score pending" in client.get(lead.get_absolute_url()).content.decode()
