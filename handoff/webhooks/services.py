"""Writes for webhooks: subscriptions, the deliveries an event makes, redelivery, test events."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterable, Sequence

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from handoff.webhooks.addresses import UnsafeURL, check_url
from handoff.webhooks.models import (
    TEST_EVENT,
    Event,
    WebhookDelivery,
    WebhookSubscription,
)
from handoff.webhooks.payloads import body_for, lead_data
from handoff.webhooks.tasks import deliver_webhook
from leads.models import Lead
from leads.queueing import enqueue, enqueue_on_commit

SECRET_MIN_LENGTH = 16


class WebhookInvalid(ValueError):
    """Bad input: `errors` maps each field to its messages (a 400, or form errors)."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))
        self.errors = errors


class RedeliveryRefused(Exception):
    """The delivery is still on its way: there is nothing to send again yet (a 409)."""


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def _validated(
    *, url: str | None, events: Sequence[str] | None, secret: str | None
) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if url is not None:
        try:
            check_url(url)
        except UnsafeURL as exc:
            errors["url"] = [str(exc)]
    if events is not None:
        unknown = sorted({e for e in events if e not in Event.values})
        if unknown:
            errors["events"] = [
                f"Unknown events: {', '.join(unknown)}. Use {', '.join(Event.values)}."
            ]
        elif not events:
            errors["events"] = ["Choose at least one event."]
    if secret is not None and secret and len(secret) < SECRET_MIN_LENGTH:
        errors["secret"] = [f"Use at least {SECRET_MIN_LENGTH} characters (or leave it empty)."]
    return errors


def subscription_create(
    *,
    url: str,
    events: Sequence[str],
    by: AbstractBaseUser | None,
    secret: str = "",
    description: str = "",
    active: bool = True,
) -> tuple[WebhookSubscription, str]:
    """A new subscription and its secret (generated when none is given), to be shown once."""
    errors = _validated(url=url, events=events, secret=secret)
    if errors:
        raise WebhookInvalid(errors)
    secret = secret or new_secret()
    subscription = WebhookSubscription.objects.create(
        url=url.strip(),
        events=sorted(set(events)),
        secret=secret,
        description=description,
        active=active,
        created_by=by,
    )
    return subscription, secret


def subscription_update(
    *,
    subscription: WebhookSubscription,
    url: str | None = None,
    events: Sequence[str] | None = None,
    secret: str | None = None,
    description: str | None = None,
    active: bool | None = None,
) -> WebhookSubscription:
    """Change what is given. Turning a subscription on again forgets its failures."""
    errors = _validated(url=url, events=events, secret=secret)
    if errors:
        raise WebhookInvalid(errors)
    if url is not None:
        subscription.url = url.strip()
    if events is not None:
        subscription.events = sorted(set(events))
    if secret:
        subscription.secret = secret
    if description is not None:
        subscription.description = description
    if active is not None:
        if active and not subscription.active:
            subscription.failing_since = subscription.disabled_at = None
            subscription.disabled_reason = ""
        subscription.active = active
    subscription.save()
    return subscription


def subscription_delete(*, subscription: WebhookSubscription) -> None:
    subscription.delete()


def _deliveries_create(
    subscriptions: Iterable[WebhookSubscription], *, event: str, data: dict, lead_pk: int | None
) -> list[WebhookDelivery]:
    """One delivery per subscription, written in the caller's transaction (they commit with
    the change they announce) and queued after its commit."""
    now = timezone.now()
    rows = []
    for subscription in subscriptions:
        delivery_id = uuid.uuid4()
        rows.append(
            WebhookDelivery(
                uuid=delivery_id,
                subscription=subscription,
                event=event,
                lead_pk=lead_pk,
                created_at=now,
                next_attempt_at=now,
                body=body_for(delivery_id=delivery_id, event=event, occurred_at=now, data=data),
            )
        )
    WebhookDelivery.objects.bulk_create(rows)
    for row in rows:
        # A message lost to a stopped Redis is sent again by the sweep (tasks.py).
        enqueue_on_commit(deliver_webhook, row.pk)
    return rows


def event_record(*, event: str, lead: Lead, change: dict | None = None) -> list[WebhookDelivery]:
    """Announce `event` about `lead` to the active subscriptions that asked for it."""
    subscriptions = [
        s
        for s in WebhookSubscription.objects.filter(active=True).only("pk", "events")
        if event in s.events
    ]
    if not subscriptions:
        return []
    data = lead_data(lead)
    if change is not None:
        data["change"] = change
    return _deliveries_create(subscriptions, event=event, data=data, lead_pk=lead.pk)


def subscription_send_test(
    *, subscription: WebhookSubscription, by: AbstractBaseUser
) -> WebhookDelivery:
    """A `webhook.test` event, sent once (no retries), also to a turned-off subscription: the
    way to check an endpoint was mended before turning it on again."""
    data = {
        "subscription": subscription.pk,
        "message": f"Test event sent by {by.get_username()} from LeadCRM.",
    }
    with transaction.atomic():
        (delivery,) = _deliveries_create([subscription], event=TEST_EVENT, data=data, lead_pk=None)
    return delivery


def delivery_redeliver(*, delivery: WebhookDelivery) -> WebhookDelivery:
    """Send a finished delivery once more, with the same id (receivers de-duplicate on it)."""
    now = timezone.now()
    updated = WebhookDelivery.objects.filter(
        pk=delivery.pk, status__in=[WebhookDelivery.Status.DELIVERED, WebhookDelivery.Status.FAILED]
    ).update(
        status=WebhookDelivery.Status.PENDING,
        next_attempt_at=now,
        finished_at=None,
        redelivery=True,
    )
    if not updated:
        raise RedeliveryRefused("This delivery is still on its way; wait for it to finish.")
    enqueue(deliver_webhook, delivery.pk)
    delivery.refresh_from_db()
    return delivery
