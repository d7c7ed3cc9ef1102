"""The Django admin's view of webhooks: read-mostly (the app's pages manage them)."""

from __future__ import annotations

from django.contrib import admin

from handoff.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookSubscription
from leads.url_fields import ASSUME_HTTPS


@admin.register(WebhookSubscription)
class WebhookSubscriptionAdmin(admin.ModelAdmin):
    list_display = ["url", "active", "failing_since", "disabled_at", "created_by", "created_at"]
    list_filter = ["active"]
    search_fields = ["url", "description"]
    # The secret stays write-only here too; the app's page sets it.
    exclude = ["secret"]
    readonly_fields = ["created_by", "created_at", "failing_since", "disabled_at"]
    formfield_overrides = ASSUME_HTTPS

    def has_add_permission(self, request) -> bool:
        return False  # created on the Webhooks page, which checks the address and shows the secret


class WebhookAttemptInline(admin.TabularInline):
    model = WebhookAttempt
    extra = 0
    can_delete = False
    readonly_fields = [
        "number", "at", "status_code", "error", "duration_ms", "response_body", "manual",
    ]  # fmt: skip

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = ["uuid", "subscription", "event", "lead_pk", "status", "attempts", "created_at"]
    list_filter = ["status", "event"]
    search_fields = ["=uuid", "=lead_pk"]
    list_select_related = ["subscription"]
    inlines = [WebhookAttemptInline]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
