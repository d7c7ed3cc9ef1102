"""Webhooks through a real Celery worker on Redis: queued after the commit, retried by the
worker with the same delivery id, each lead's events in order."""

from __future__ import annotations

import pytest

from handoff.webhooks.models import Event, WebhookDelivery, WebhookSubscription
from leads.models import Action, Stage
from leads.services import lead_move
from tests.factories import LeadFactory
from tests.handoff.webhooks.receiver import Receiver, Reply, signature_valid
from tests.integration.conftest import wait_for

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SECRET = "integration-secret-0123"


def test_a_real_worker_delivers_each_leads_moves_in_order_and_retries(
    real_worker, marketer, sdr, rep
):
    with Receiver() as receiver:
        WebhookSubscription.objects.create(
            url=receiver.url, events=[Event.LEAD_STAGE_CHANGED], secret=SECRET
        )
        receiver.reply(Reply(503, body=b"busy"))  # the very first request fails
        leads = [LeadFactory(stage=Stage.NEW) for _ in range(4)]
        for lead in leads:
            lead_move(lead=lead, action=Action.PROMOTE, by=marketer)
            lead_move(lead=lead, action=Action.QUALIFY, by=sdr)
            lead_move(lead=lead, action=Action.ACCEPT, by=rep)

        delivered = lambda: WebhookDelivery.objects.filter(status="delivered").count() == 12  # noqa: E731
        # The failed one waits 5-10 s (backoff with jitter) for its retry.
        assert wait_for(delivered, timeout=60, every=0.2)

    assert WebhookDelivery.objects.filter(attempts=2).count() == 1
    assert all(signature_valid(SECRET, r) for r in receiver.received)
    retried = receiver.received[0].delivery
    assert [r.delivery for r in receiver.received].count(retried) == 2
    for lead in leads:
        arrivals = [r for r in receiver.received if r.json["data"]["id"] == lead.pk]
        # Each delivery once (the retried one twice, back to back): mql, tql, sal in order.
        ids = [r.delivery for r in arrivals]
        unique = [d for i, d in enumerate(ids) if i == 0 or ids[i - 1] != d]
        assert len(unique) == 3
        stages = [r.json["data"]["change"]["to"] for r in arrivals]
        assert [s for i, s in enumerate(stages) if i == 0 or stages[i - 1] != s] == [
            Stage.MQL, Stage.TQL, Stage.SAL,
        ]  # fmt: skip
