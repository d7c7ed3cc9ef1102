"""Scoring in the admin: read-only, as an audit of what was activated, by whom and why.

Models are edited on the scoring pages (/scoring/), where drafts, activation and rescoring go
through scoring.services."""

from django.contrib import admin
from django.http import HttpRequest

from scoring.models import RescoreRun, Rule, ScoringModel, ScoringVersion


class _ReadOnly:
    """Shown, never added, changed or deleted here: writes go through scoring.services."""

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


class ReadOnlyAdmin(_ReadOnly, admin.ModelAdmin):
    pass


class RuleInline(_ReadOnly, admin.TabularInline):
    model = Rule
    # The test in words, as its kind describes it (a value list reads "US, GB").
    fields = ["kind", "name", "test", "points"]
    readonly_fields = ["test"]
    extra = 0

    @admin.display(description="Test")
    def test(self, rule: Rule) -> str:
        return rule.test_display


@admin.register(ScoringModel)
class ScoringModelAdmin(ReadOnlyAdmin):
    list_display = ["name", "product_line", "is_default", "created_at"]


@admin.register(ScoringVersion)
class ScoringVersionAdmin(ReadOnlyAdmin):
    list_display = [
        "__str__",
        "status",
        "threshold",
        "auto_promote",
        "activated_at",
        "activated_by",
        "note",
    ]
    list_filter = ["status", "model"]
    list_select_related = ["model", "activated_by"]
    inlines = [RuleInline]


@admin.register(RescoreRun)
class RescoreRunAdmin(ReadOnlyAdmin):
    list_display = ["version", "reason", "status", "done", "total", "promoted", "created_at"]
    list_filter = ["status"]
    list_select_related = ["version__model"]
