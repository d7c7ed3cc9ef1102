"""The webhooks REST API: /api/v1/webhooks/, admins only."""

from __future__ import annotations

import uuid
from typing import Any

from django.shortcuts import get_object_or_404
from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from handoff.webhooks import services
from handoff.webhooks.models import Event, WebhookAttempt, WebhookDelivery, WebhookSubscription
from handoff.webhooks.selectors import delivery_log, subscription_list
from leads.access import Perm

# What the service keeps about a subscription: read-only here.
_STATE = ["created_by", "created_at", "failing_since", "disabled_at", "disabled_reason"]


class SubscriptionSerializer(serializers.ModelSerializer):
    events = serializers.ListField(child=serializers.ChoiceField(choices=Event.choices))
    secret = serializers.CharField(write_only=True, required=False, allow_blank=True)
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = WebhookSubscription
        fields = ["id", "url", "events", "active", "secret", "description", *_STATE]
        read_only_fields = ["id", *_STATE]
        # The address rules (http(s), public addresses) are the service's; a 400 either way.
        extra_kwargs = {"url": {"validators": []}}


class AttemptSerializer(serializers.ModelSerializer):
    class Meta:
        model = WebhookAttempt
        fields = ["number", "at", "status_code", "error", "duration_ms", "response_body", "manual"]


class DeliverySerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid")
    lead = serializers.IntegerField(source="lead_pk")
    attempt_log = AttemptSerializer(many=True, read_only=True)

    class Meta:
        model = WebhookDelivery
        fields = [
            "id",
            "event",
            "lead",
            "status",
            "attempts",
            "created_at",
            "next_attempt_at",
            "finished_at",
            "last_status_code",
            "last_error",
            "redelivery",
            "attempt_log",
        ]
        read_only_fields = fields


def _subscription_data(
    request: Request, subscription: WebhookSubscription | None = None
) -> dict[str, Any]:
    """The request's fields for a new subscription, or the changed ones of `subscription`,
    validated (a 400 with the field errors otherwise)."""
    partial = subscription is not None
    serializer = SubscriptionSerializer(subscription, data=request.data, partial=partial)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def _invalid(exc: services.WebhookInvalid) -> Response:
    return Response(exc.errors, status=status.HTTP_400_BAD_REQUEST)


class Subscriptions(APIView):
    access = Perm.WEBHOOKS

    @extend_schema(responses=SubscriptionSerializer(many=True))
    def get(self, request: Request) -> Response:
        return Response(SubscriptionSerializer(subscription_list(), many=True).data)

    @extend_schema(request=SubscriptionSerializer, responses={201: SubscriptionSerializer})
    def post(self, request: Request) -> Response:
        data = _subscription_data(request)
        try:
            subscription, secret = services.subscription_create(
                url=data["url"],
                events=data["events"],
                secret=data.get("secret", ""),
                description=data.get("description", ""),
                active=data.get("active", True),
                by=request.user,
            )
        except services.WebhookInvalid as exc:
            return _invalid(exc)
        # The only answer that carries the secret: it is never shown again.
        body = {**SubscriptionSerializer(subscription).data, "secret": secret}
        return Response(body, status=status.HTTP_201_CREATED)


class Subscription(APIView):
    access = Perm.WEBHOOKS

    @extend_schema(responses=SubscriptionSerializer)
    def get(self, request: Request, pk: int) -> Response:
        subscription = get_object_or_404(WebhookSubscription, pk=pk)
        return Response(SubscriptionSerializer(subscription).data)

    @extend_schema(request=SubscriptionSerializer, responses=SubscriptionSerializer)
    def patch(self, request: Request, pk: int) -> Response:
        subscription = get_object_or_404(WebhookSubscription, pk=pk)
        data = _subscription_data(request, subscription)
        try:
            services.subscription_update(subscription=subscription, **data)
        except services.WebhookInvalid as exc:
            return _invalid(exc)
        return Response(SubscriptionSerializer(subscription).data)

    @extend_schema(responses={204: None})
    def delete(self, request: Request, pk: int) -> Response:
        services.subscription_delete(subscription=get_object_or_404(WebhookSubscription, pk=pk))
        return Response(status=status.HTTP_204_NO_CONTENT)


class Deliveries(generics.ListAPIView):
    """The subscription's deliveries, newest first, each with its attempts."""

    access = Perm.WEBHOOKS
    serializer_class = DeliverySerializer  # paged as every list (the default, LeadPagination)
    filter_backends: list = []

    def get_queryset(self):
        return delivery_log(get_object_or_404(WebhookSubscription, pk=self.kwargs["pk"]))


class Redeliver(APIView):
    access = Perm.WEBHOOKS

    @extend_schema(request=None, responses={202: DeliverySerializer})
    def post(self, request: Request, pk: int, delivery: uuid.UUID) -> Response:
        found = get_object_or_404(WebhookDelivery, subscription_id=pk, uuid=delivery)
        try:
            found = services.delivery_redeliver(delivery=found)
        except services.RedeliveryRefused as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_409_CONFLICT)
        return Response(DeliverySerializer(found).data, status=status.HTTP_202_ACCEPTED)


class SendTest(APIView):
    access = Perm.WEBHOOKS

    @extend_schema(request=None, responses={202: DeliverySerializer})
    def post(self, request: Request, pk: int) -> Response:
        subscription = get_object_or_404(WebhookSubscription, pk=pk)
        found = services.subscription_send_test(subscription=subscription, by=request.user)
        found.refresh_from_db()
        return Response(DeliverySerializer(found).data, status=status.HTTP_202_ACCEPTED)


urlpatterns = [
    path("webhooks/", Subscriptions.as_view(), name="api-webhooks"),
    path("webhooks/<int:pk>/", Subscription.as_view(), name="api-webhook"),
    path("webhooks/<int:pk>/test/", SendTest.as_view(), name="api-webhook-test"),
    path("webhooks/<int:pk>/deliveries/", Deliveries.as_view(), name="api-webhook-deliveries"),
    path(
        "webhooks/<int:pk>/deliveries/<uuid:delivery>/redeliver/",
        Redeliver.as_view(),
        name="api-webhook-redeliver",
    ),
]
