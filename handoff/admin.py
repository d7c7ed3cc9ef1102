from django.contrib import admin

from handoff.models import Assignment, Notification, Profile, RoutingRule, TeamSchedule
from handoff.webhooks import admin as webhooks_admin  # noqa: F401 (registers its models)


@admin.register(RoutingRule)
class RoutingRuleAdmin(admin.ModelAdmin):
    list_display = [
        "position",
        "name",
        "active",
        "kind",
        "countries",
        "min_score",
        "team",
        "rep",
        "response_hours",
        "escalation_hours",
        "fast_lane",
        "is_default",
    ]
    list_display_links = ["name"]
    list_editable = ["position", "active"]
    list_filter = ["active", "kind", "is_default", "fast_lane", "team"]
    filter_horizontal = ["product_lines", "sources"]
    search_fields = ["name", "countries", "regions", "campaigns"]
    fieldsets = [
        (None, {"fields": ["position", "name", "active", "is_default"]}),
        (
            "Matches (empty: any)",
            {
                "fields": [
                    "countries",
                    "regions",
                    "postal_prefixes",
                    "product_lines",
                    "sources",
                    "campaigns",
                    "min_score",
                ]
            },
        ),
        ("Sends to", {"fields": ["kind", "team", "rep"]}),
        ("Response target", {"fields": ["response_hours", "escalation_hours", "fast_lane"]}),
    ]


@admin.register(TeamSchedule)
class TeamScheduleAdmin(admin.ModelAdmin):
    list_display = ["team", "timezone", "workday_start", "workday_end", "weekdays"]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "capacity", "available", "email_notifications"]
    list_editable = ["capacity", "available"]
    search_fields = ["user__username"]
    autocomplete_fields = ["user"]


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    """History of routing: read-only here; routing and the SLA job write it."""

    list_display = ["lead", "owner", "team", "rule", "assigned_at", "due_at", "first_response_at"]
    list_filter = ["team", "rule", "fast_lane"]
    list_select_related = ["lead", "owner", "team", "rule"]
    raw_id_fields = ["lead"]
    date_hierarchy = "assigned_at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "lead", "created_at", "read_at"]
    list_filter = ["kind"]
    list_select_related = ["user", "lead"]
    raw_id_fields = ["lead"]

    def has_add_permission(self, request) -> bool:
        return False
