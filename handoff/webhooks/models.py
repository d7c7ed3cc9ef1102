"""Webhook subscriptions, their deliveries (one per event and subscription) and each attempt."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone


class Event(models.TextChoices):
    """The events a subscription may ask for (public names: receivers switch on them)."""

    LEAD_CREATED = "lead.created", "A lead was created"
    LEAD_STAGE_CHANGED = "lead.stage_changed", "A lead moved to another stage"
    LEAD_ASSIGNED = "lead.assigned", "A lead was assigned (or unassigned)"
    LEAD_MERGED = "lead.merged", "A lead was merged with another"


# Sent by "Send test event" only; no subscription chooses it.
TEST_EVENT = "webhook.test"


class WebhookSubscription(models.Model):
    url = models.URLField(max_length=500, help_text="http(s) address that receives the POSTs.")
    events = models.JSONField(default=list, help_text="Event names, e.g. lead.stage_changed.")
    # Kept as typed: the HMAC needs it. Shown once, on creation; never answered by the API.
    secret = models.CharField(max_length=200)
    description = models.CharField(max_length=200, blank=True)
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    # The first failed attempt since the last success; a day of failures disables it.
    failing_since = models.DateTimeField(null=True, blank=True)
    disabled_at = models.DateTimeField(null=True, blank=True)
    disabled_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.url

    def get_absolute_url(self) -> str:
        return reverse("handoff:webhook", args=[self.pk])


class WebhookDelivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Waiting"
        SENDING = "sending"
        RETRYING = "retrying"
        DELIVERED = "delivered"
        FAILED = "failed"

    # The public id: the payload's `id` and X-LeadCRM-Delivery, the same on every retry. The
    # integer key orders the events of one lead.
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    subscription = models.ForeignKey(
        WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(max_length=50)
    # The lead it is about (no foreign key: the log outlives purged leads; erase blanks it).
    lead_pk = models.BigIntegerField(null=True, blank=True)
    # The exact bytes signed and sent, so every retry sends the same body.
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    # Sent again by hand: one attempt, no automatic retries.
    redelivery = models.BooleanField(default=False)

    class Meta:
        ordering = ["-pk"]
        indexes = [
            # The log page and API: "this subscription's deliveries, newest first".
            models.Index(fields=["subscription", "-id"], name="webhookdelivery_log"),
            # Order per lead: "is an earlier delivery of this lead still unfinished?"; and the
            # sweep's "unfinished deliveries due".
            models.Index(
                fields=["subscription", "lead_pk", "id"],
                name="webhookdelivery_lead_open",
                condition=Q(status__in=["pending", "sending", "retrying"]),
            ),
            models.Index(
                fields=["next_attempt_at"],
                name="webhookdelivery_due",
                condition=Q(status__in=["pending", "sending", "retrying"]),
            ),
            # The nightly purge of deliveries older than 30 days.
            models.Index(fields=["created_at"], name="webhookdelivery_created"),
        ]

    def __str__(self) -> str:
        return f"{self.event} {self.uuid}"

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DELIVERED, self.Status.FAILED)


UNFINISHED = (
    WebhookDelivery.Status.PENDING,
    WebhookDelivery.Status.SENDING,
    WebhookDelivery.Status.RETRYING,
)


class WebhookAttempt(models.Model):
    delivery = models.ForeignKey(
        WebhookDelivery, on_delete=models.CASCADE, related_name="attempt_log"
    )
    number = models.PositiveIntegerField()
    at = models.DateTimeField(default=timezone.now)
    status_code = models.PositiveIntegerField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)
    duration_ms = models.PositiveIntegerField(default=0)
    response_body = models.TextField(blank=True)  # the first 1 KB of the answer
    manual = models.BooleanField(default=False)  # a redelivery somebody asked for

    class Meta:
        ordering = ["delivery", "number"]

    def __str__(self) -> str:
        return f"{self.delivery_id} #{self.number}: {self.status_code or self.error}"
