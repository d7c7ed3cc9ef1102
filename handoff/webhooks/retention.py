"""How long the delivery log keeps what: 30 days, and nothing personal after a GDPR erase."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.utils import timezone

from handoff.webhooks.models import WebhookAttempt, WebhookDelivery
from handoff.webhooks.payloads import body_for

KEEP_FOR = timedelta(days=30)
_PURGE_BATCH = 2_000


def deliveries_purge(*, now: datetime | None = None) -> int:
    """Forget deliveries (and their attempts) older than 30 days."""
    cutoff = (now or timezone.now()) - KEEP_FOR
    removed = 0
    while True:
        batch = list(
            WebhookDelivery.objects.filter(created_at__lt=cutoff).values_list("pk", flat=True)[
                :_PURGE_BATCH
            ]
        )
        if not batch:
            return removed
        WebhookAttempt.objects.filter(delivery_id__in=batch).delete()
        WebhookDelivery.objects.filter(pk__in=batch).delete()
        removed += len(batch)


def deliveries_erase(*, lead_ids: Iterable[int]) -> int:
    """GDPR erase: the copies of these leads in the log keep only the lead's id; answers that
    might echo them are emptied. Unfinished ones are sent as the stub."""
    ids = list(lead_ids)
    erased = 0
    for delivery in WebhookDelivery.objects.filter(lead_pk__in=ids).only(
        "pk", "uuid", "event", "created_at", "lead_pk"
    ):
        body = body_for(
            delivery_id=delivery.uuid,
            event=delivery.event,
            occurred_at=delivery.created_at,
            data={"id": delivery.lead_pk, "erased": True},
        )
        erased += WebhookDelivery.objects.filter(pk=delivery.pk).update(body=body)
    WebhookAttempt.objects.filter(delivery__lead_pk__in=ids).update(response_body="")
    return erased
