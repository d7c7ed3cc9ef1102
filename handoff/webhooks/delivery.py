"""Sending one delivery: claim it (in order per lead), post it, log the attempt, then deliver,
retry later, or give up; a day of failures disables the subscription."""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone

from handoff.models import Notification
from handoff.notifications import notify
from handoff.webhooks.models import (
    TEST_EVENT,
    UNFINISHED,
    WebhookAttempt,
    WebhookDelivery,
    WebhookSubscription,
)
from handoff.webhooks.payloads import sign
from handoff.webhooks.transport import Answer, post
from leads.strict_input import is_whole_number

Status = WebhookDelivery.Status

# A worker that claimed a delivery and died leaves it "sending": after this long another may
# take it (connect 5 s + read 10 s is the longest a healthy attempt takes).
LEASE = timedelta(minutes=2)
# Retries stop a day after the event; an endpoint failing for a day is turned off.
GIVE_UP_AFTER = timedelta(days=1)
DISABLE_AFTER = timedelta(days=1)
MAX_DELAY = 3600.0  # seconds between two attempts at most


@dataclass(frozen=True)
class Outcome:
    """What an attempt left to queue: itself again later, and the next event of its lead."""

    status: str | None  # None: not ours to send (finished, not due, held, waiting its turn)
    retry_in: float | None = None
    following: int | None = None


NOTHING = Outcome(status=None)


def retry_delay(attempt: int, retry_after: str | None = None) -> float:
    """Seconds before the next attempt after failed attempt number `attempt` (1-based):
    exponential (base 10 s, doubling, at most an hour) with "equal jitter" (half fixed, half
    random) so that receivers coming back are not hit by every sender at once. A Retry-After
    (seconds or an HTTP date) is honoured instead, within the hour."""
    if retry_after:
        asked = parse_retry_after(retry_after)
        if asked is not None:
            return min(max(asked, 1.0), MAX_DELAY)
    ceiling = min(MAX_DELAY, settings.WEBHOOKS_RETRY_BASE * 2 ** (attempt - 1))
    return ceiling / 2 + random.uniform(0, ceiling / 2)


def parse_retry_after(value: str) -> float | None:
    value = value.strip()
    if is_whole_number(value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, (when - timezone.now()).total_seconds())


def _earlier_unfinished() -> Exists:
    """Is an earlier event of the same lead, for the same subscription, still on its way?"""
    return Exists(
        WebhookDelivery.objects.filter(
            subscription=OuterRef("subscription"),
            lead_pk=OuterRef("lead_pk"),
            pk__lt=OuterRef("pk"),
            status__in=UNFINISHED,
        )
    )


def claim(delivery_id: int) -> WebhookDelivery | None:
    """Take the delivery for one attempt, or None: finished, not due yet, held by another
    worker, or waiting for an earlier event of its lead (whose end queues it again)."""
    now = timezone.now()
    delivery = (
        WebhookDelivery.objects.select_related("subscription")
        .annotate(waits=_earlier_unfinished())
        .filter(pk=delivery_id)
        .first()
    )
    if delivery is None or delivery.finished or delivery.waits:
        return None
    if delivery.status == Status.SENDING:
        if delivery.claimed_at and delivery.claimed_at > now - LEASE:
            return None
    elif delivery.next_attempt_at and delivery.next_attempt_at > now:
        return None
    # Conditional on what was read: of two workers holding the same message one wins.
    claimed = WebhookDelivery.objects.filter(
        pk=delivery.pk, status=delivery.status, attempts=delivery.attempts
    ).update(status=Status.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    if not claimed:
        return None
    delivery.status, delivery.claimed_at = Status.SENDING, now
    delivery.attempts += 1
    return delivery


def headers_for(delivery: WebhookDelivery, body: bytes) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "User-Agent": "LeadCRM-Webhooks/1",
        "X-LeadCRM-Event": delivery.event,
        "X-LeadCRM-Delivery": str(delivery.uuid),
        "X-LeadCRM-Signature": sign(delivery.subscription.secret, body, int(time.time())),
    }


def attempt(delivery_id: int) -> Outcome:
    """One attempt of a delivery, if it is due and its lead's earlier events are done."""
    delivery = claim(delivery_id)
    if delivery is None:
        return NOTHING
    subscription = delivery.subscription
    # Events wait for nobody once turned off; a test or a redelivery is somebody asking.
    if not subscription.active and not (delivery.redelivery or delivery.event == TEST_EVENT):
        return _finish(delivery, Status.FAILED, error="The subscription is turned off.")
    body = delivery.body.encode()
    answer = post(subscription.url, body, headers_for(delivery, body))
    return _record(delivery, answer)


def _record(delivery: WebhookDelivery, answer: Answer) -> Outcome:
    # The attempt, the delivery's new status and the subscription's health: one commit.
    with transaction.atomic():
        return _record_in_transaction(delivery, answer)


def _record_in_transaction(delivery: WebhookDelivery, answer: Answer) -> Outcome:
    now = timezone.now()
    WebhookAttempt.objects.create(
        delivery=delivery,
        number=delivery.attempts,
        at=now,
        status_code=answer.status,
        error=answer.error,
        duration_ms=answer.duration_ms,
        response_body=answer.body,
        manual=delivery.redelivery,
    )
    single = delivery.redelivery or delivery.event == TEST_EVENT
    if answer.status is not None and 200 <= answer.status < 300:
        if delivery.event != TEST_EVENT and delivery.subscription.failing_since is not None:
            WebhookSubscription.objects.filter(
                pk=delivery.subscription_id, failing_since__isnull=False
            ).update(failing_since=None)
        return _finish(delivery, Status.DELIVERED, code=answer.status)
    retryable = answer.retryable if answer.status is None else _retryable(answer.status)
    still_active = True
    if delivery.event != TEST_EVENT:
        still_active = not _note_failure(delivery.subscription, now, answer.status)
    # The last retry falls on the deadline itself, so an endpoint down all along has failed
    # for a full day by then (and is turned off).
    deadline = delivery.created_at + GIVE_UP_AFTER
    due = min(now + timedelta(seconds=retry_delay(delivery.attempts, answer.retry_after)), deadline)
    delay = (due - now).total_seconds()
    if retryable and still_active and not single and now < deadline:
        WebhookDelivery.objects.filter(pk=delivery.pk).update(
            status=Status.RETRYING,
            next_attempt_at=due,
            claimed_at=None,
            last_status_code=answer.status,
            last_error=answer.error,
        )
        return Outcome(status=Status.RETRYING, retry_in=delay)
    return _finish(delivery, Status.FAILED, code=answer.status, error=answer.error)


def _retryable(status: int) -> bool:
    return status >= 500 or status == 429


def _finish(
    delivery: WebhookDelivery, status: str, *, code: int | None = None, error: str = ""
) -> Outcome:
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        status=status,
        finished_at=timezone.now(),
        claimed_at=None,
        next_attempt_at=None,
        last_status_code=code,
        last_error=error[:300],
    )
    if delivery.lead_pk is None:
        return Outcome(status=status)
    # The next event of this lead was waiting for this one.
    following = (
        WebhookDelivery.objects.filter(
            subscription_id=delivery.subscription_id,
            lead_pk=delivery.lead_pk,
            status__in=[Status.PENDING, Status.RETRYING],
        )
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )
    return Outcome(status=status, following=following)


def _note_failure(subscription: WebhookSubscription, now: datetime, status: int | None) -> bool:
    """Count a failed attempt against the endpoint; True when it is now disabled: a 410 Gone
    at once (the receiver says the hook is gone), any failure after a day of failures."""
    WebhookSubscription.objects.filter(pk=subscription.pk, failing_since__isnull=True).update(
        failing_since=now
    )
    subscription.refresh_from_db(fields=["failing_since", "active"])
    if not subscription.active:
        return True
    if status == 410:
        reason = "The endpoint answered 410 Gone."
    elif now - subscription.failing_since >= DISABLE_AFTER:
        reason = f"Every delivery failed since {subscription.failing_since:%Y-%m-%d %H:%M} UTC."
    else:
        return False
    subscription_disable(subscription=subscription, reason=reason)
    return True


def subscription_disable(*, subscription: WebhookSubscription, reason: str) -> bool:
    """Turn a failing subscription off and tell the admins (and whoever created it)."""
    now = timezone.now()
    turned_off = WebhookSubscription.objects.filter(pk=subscription.pk, active=True).update(
        active=False, disabled_at=now, disabled_reason=reason[:300]
    )
    subscription.active = False
    if not turned_off:
        return False  # another worker got there first and told them
    User = get_user_model()
    admins = User.objects.filter(
        Q(is_superuser=True) | Q(groups__name="admin") | Q(pk=subscription.created_by_id),
        is_active=True,
    ).distinct()
    text = f"Webhook to {subscription.url} was turned off: {reason}"
    for user in admins:
        notify(user=user, kind=Notification.Kind.WEBHOOK_DISABLED, text=text[:500])
    return True


def deliveries_due(now: datetime, *, limit: int = 1000) -> list[int]:
    """Unfinished deliveries whose message was lost (Redis down or restarted, a worker killed),
    each the first of its lead's queue: a minute past due, or held past the lease."""
    due = Q(
        status__in=[Status.PENDING, Status.RETRYING],
        next_attempt_at__lte=now - timedelta(minutes=1),
    ) | Q(status=Status.SENDING, claimed_at__lte=now - LEASE)
    return list(
        WebhookDelivery.objects.filter(due)
        .exclude(_earlier_unfinished())
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )
