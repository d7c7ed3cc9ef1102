"""Reads for webhooks: the subscriptions with their counts, and a subscription's log."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from handoff.webhooks.models import UNFINISHED, WebhookDelivery, WebhookSubscription


def subscription_list() -> QuerySet[WebhookSubscription]:
    return WebhookSubscription.objects.select_related("created_by").annotate(
        waiting=Count("deliveries", filter=Q(deliveries__status__in=UNFINISHED)),
    )


def delivery_log(subscription: WebhookSubscription) -> QuerySet[WebhookDelivery]:
    """Newest first, each with its attempts (index webhookdelivery_log)."""
    return (
        WebhookDelivery.objects.filter(subscription=subscription)
        .order_by("-pk")
        .prefetch_related("attempt_log")
    )
