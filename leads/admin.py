from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from rest_framework.authtoken.models import TokenProxy

from leads import account_admin  # noqa: F401 (registers the accounts' admin)
from leads.access import EDITABLE_FIELDS, Perm, editable_fields, has_perm
from leads.deletion import DeletionError, lead_delete, lead_erase
from leads.editing import EditError, lead_edit
from leads.forms import reasons_for
from leads.models import (
    Action,
    Lead,
    LeadChange,
    LeadSource,
    ProductLine,
    Reason,
    StageChange,
    Team,
    Via,
)
from leads.services import MoveError, lead_move
from leads.url_fields import ASSUME_HTTPS


class ReadOnlyHistoryAdmin(admin.ModelAdmin):
    """History is append-only: viewable, never added, changed or deleted here."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


class StageChangeInline(admin.TabularInline):
    model = StageChange
    fields = ["at", "from_stage", "to_stage", "action", "by", "via", "reason", "note", "score"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    ordering = ["at", "pk"]

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


class ReasonForm(forms.Form):
    reason = forms.ModelChoiceField(queryset=Reason.objects.none(), to_field_name="code")
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].queryset = reasons_for(action)


def _apply(
    modeladmin, request: HttpRequest, queryset: QuerySet[Lead], action: str, **kwargs
) -> None:
    moved, refused = [], []
    for lead in queryset:
        try:
            lead_move(lead=lead, action=action, by=request.user, via=Via.ADMIN, **kwargs)
            moved.append(lead)
        except MoveError as exc:
            refused.append(f"{lead.display_name} (#{lead.pk}): {exc.message}")
    if moved:
        modeladmin.message_user(
            request,
            f"{len(moved)} lead(s) moved by {action}: "
            + ", ".join(f"#{lead.pk}" for lead in moved),
            messages.SUCCESS,
        )
    for line in refused:
        modeladmin.message_user(request, f"Refused: {line}", messages.WARNING)


def _with_reason(action: str, description: str):
    def run(modeladmin, request: HttpRequest, queryset: QuerySet[Lead]) -> HttpResponse | None:
        if "apply" in request.POST:
            form = ReasonForm(request.POST, action=action)
            if form.is_valid():
                _apply(
                    modeladmin,
                    request,
                    queryset,
                    action,
                    reason=form.cleaned_data["reason"].code,
                    note=form.cleaned_data["note"],
                )
                return None
        else:
            form = ReasonForm(action=action)
        return TemplateResponse(
            request,
            "admin/leads/lead/move_with_reason.html",
            {
                **modeladmin.admin_site.each_context(request),
                "title": f"{description}: give a reason",
                "leads": queryset,
                "form": form,
                "action_name": request.POST.get("action"),
                "opts": modeladmin.model._meta,
            },
        )

    run.__name__ = f"{action}_selected"
    return admin.action(description=description)(run)


@admin.register(Lead)
class LeadAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "display_name",
        "email",
        "company",
        "stage",
        "score",
        "owner",
        "source",
        "product_line",
        "created_at",
    ]
    list_filter = ["stage", "source", "product_line", "team", "country", "do_not_email"]
    search_fields = ["email", "last_name", "first_name", "company", "phone", "external_id"]
    list_select_related = ["owner", "source", "product_line"]
    raw_id_fields = ["owner"]
    date_hierarchy = "created_at"
    show_full_result_count = False  # a COUNT(*) of a million rows on every page is waste
    # Stage, owner and scores change only through the stage machine, assign and scoring.
    readonly_fields = [
        "stage",
        "owner",
        "score",
        "score_demographic",
        "score_behavioral",
        "score_engagement",
        "score_explanation",
        "score_model_version",
        "scored_at",
        "created_at",
        "updated_at",
        "stage_changed_at",
        "deleted_at",
    ]
    inlines = [StageChangeInline]
    actions = [
        "promote_selected",
        "accept_selected",
        _with_reason(Action.REJECT, "Reject selected (with a reason)"),
        _with_reason(Action.RECYCLE, "Recycle selected to nurture (with a reason)"),
        _with_reason(Action.DISQUALIFY, "Disqualify selected (with a reason)"),
        "soft_delete_selected",
        "erase_selected",
    ]

    def get_readonly_fields(self, request: HttpRequest, obj=None) -> list[str]:
        # Each role edits the fields leads.editing lets it; the rest shows read-only.
        editable = editable_fields(request.user)
        everything = set().union(*EDITABLE_FIELDS.values())
        return [*self.readonly_fields, *sorted(everything - editable)]

    def save_model(self, request: HttpRequest, obj: Lead, form, change: bool) -> None:
        if not change:
            super().save_model(request, obj, form, change)
            return
        # An edit goes through the service, which records each changed field's old and new value.
        data = {name: form.cleaned_data[name] for name in form.changed_data}
        try:
            lead_edit(lead=obj, by=request.user, data=data, via=Via.ADMIN)
        except EditError as exc:
            self.message_user(request, exc.message, messages.ERROR)

    def has_soft_delete_permission(self, request: HttpRequest) -> bool:
        return has_perm(request.user, Perm.DELETE)

    def has_erase_permission(self, request: HttpRequest) -> bool:
        return has_perm(request.user, Perm.ERASE)

    @admin.action(
        description="Delete selected (restorable for 30 days)", permissions=["soft_delete"]
    )
    def soft_delete_selected(self, request: HttpRequest, queryset: QuerySet[Lead]) -> None:
        done = 0
        for lead in queryset:
            try:
                lead_delete(lead=lead, by=request.user, via=Via.ADMIN)
                done += 1
            except DeletionError as exc:
                self.message_user(request, f"#{lead.pk}: {exc.message}", messages.WARNING)
        self.message_user(request, f"{done} lead(s) deleted; restorable for 30 days.")

    @admin.action(
        description="Erase personal data of selected (GDPR, cannot be undone)",
        permissions=["erase"],
    )
    def erase_selected(
        self, request: HttpRequest, queryset: QuerySet[Lead]
    ) -> TemplateResponse | None:
        if "apply" not in request.POST:
            return TemplateResponse(
                request,
                "admin/leads/lead/erase_confirm.html",
                {
                    **self.admin_site.each_context(request),
                    "title": "Erase personal data?",
                    "leads": queryset,
                    "opts": self.model._meta,
                },
            )
        for lead in queryset:
            lead_erase(lead=lead, by=request.user, via=Via.ADMIN)
        self.message_user(request, f"Erased the personal data of {len(queryset)} lead(s).")
        return None

    @admin.action(description="Promote selected to MQL")
    def promote_selected(self, request: HttpRequest, queryset: QuerySet[Lead]) -> None:
        _apply(self, request, queryset, Action.PROMOTE)

    @admin.action(description="Accept selected (SAL)")
    def accept_selected(self, request: HttpRequest, queryset: QuerySet[Lead]) -> None:
        _apply(self, request, queryset, Action.ACCEPT)

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False  # leads are soft-deleted through the app, never dropped here


@admin.register(StageChange)
class StageChangeAdmin(ReadOnlyHistoryAdmin):
    list_display = ["lead", "from_stage", "to_stage", "action", "at", "by", "via", "reason"]
    list_filter = ["to_stage", "action", "via", "reason__category"]
    list_select_related = ["lead", "by", "reason"]
    raw_id_fields = ["lead"]
    show_full_result_count = False


@admin.register(LeadChange)
class LeadChangeAdmin(ReadOnlyHistoryAdmin):
    list_display = ["lead", "kind", "old_value", "new_value", "at", "by", "via"]
    list_filter = ["kind", "via"]
    list_select_related = ["lead", "by"]
    show_full_result_count = False


@admin.register(LeadSource)
class LeadSourceAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "thank_you_url", "created_at"]
    search_fields = ["code", "name"]
    formfield_overrides = ASSUME_HTTPS


@admin.register(ProductLine)
class ProductLineAdmin(admin.ModelAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ["name", "manager", "min_attempts_not_reachable"]
    filter_horizontal = ["members"]


@admin.register(Reason)
class ReasonAdmin(admin.ModelAdmin):
    list_display = [
        "code",
        "label",
        "category",
        "applies_to",
        "sends_to",
        "cooldown_days",
        "active",
        "position",
    ]
    list_filter = ["applies_to", "category", "active"]
    list_editable = ["cooldown_days", "active", "position"]
    search_fields = ["code", "label"]


# API tokens are stored hashed and shown once by `add_user` (leads/api_tokens.py); DRF's token
# admin would store a token it creates in clear, where it never authenticates.
if admin.site.is_registered(TokenProxy):
    admin.site.unregister(TokenProxy)
