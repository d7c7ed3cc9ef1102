"""The duplicates review: likely duplicate groups, merging two leads, undoing a merge."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from leads.access import Perm, access_required
from leads.duplicates import DuplicateRule, duplicate_groups
from leads.errors import page_refusal
from leads.merging import (
    MergeError,
    leads_merge,
    leads_unmerge,
    merge_preview,
    merges_undoable,
)
from leads.models import Lead, LeadMerge
from leads.selectors import lead_for, visible_leads
from leads.strict_input import BadParameter, query_int

_FIELDS = (
    "email",
    "first_name",
    "last_name",
    "phone",
    "company",
    "job_title",
    "country",
    "city",
    "source",
    "external_id",
    "stage",
    "owner",
    "score",
    "created_at",
)


class MergeForm(forms.Form):
    keep = forms.IntegerField(min_value=1)
    merge_away = forms.IntegerField(min_value=1)

    def clean(self) -> dict:
        data = super().clean()
        if data.get("keep") and data.get("keep") == data.get("merge_away"):
            raise forms.ValidationError("Choose the lead to keep and a different one to merge.")
        return data


def _shown(lead: Lead, name: str) -> str:
    if name == "stage":
        return lead.get_stage_display()
    if name == "created_at":
        return timezone.localtime(lead.created_at).strftime("%Y-%m-%d %H:%M")
    value = getattr(lead, name)
    return "" if value is None else str(value)


def _page_number(request: HttpRequest) -> int:
    try:
        return query_int(request.GET.get("page"), name="page", default=1, low=1, high=10_000)
    except BadParameter as exc:
        raise Http404(str(exc)) from exc


@access_required(Perm.MERGE)
def duplicate_list_view(request: HttpRequest) -> HttpResponse:
    rule = request.GET.get("rule", DuplicateRule.PHONE)
    if rule not in DuplicateRule.values:
        rule = DuplicateRule.PHONE
    page = duplicate_groups(
        visible_leads(request.user), rule=DuplicateRule(rule), page=_page_number(request)
    )
    return render(
        request,
        "leads/duplicates.html",
        {"page": page, "rules": DuplicateRule, "merges": merges_undoable()[:20]},
    )


@access_required(Perm.MERGE)
def merge_view(request: HttpRequest) -> HttpResponse:
    """GET: the two leads side by side and what the merge fills; POST: merge."""
    form = MergeForm(request.POST if request.method == "POST" else request.GET)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("__all__", ["Choose two leads."])))
        return redirect("leads:duplicates")
    keep = lead_for(request.user, form.cleaned_data["keep"])
    away = lead_for(request.user, form.cleaned_data["merge_away"])
    if request.method == "POST":
        try:
            leads_merge(keep=keep, merge_away=away, by=request.user)
        except MergeError as exc:
            return page_refusal(request, exc, back="leads:duplicates")
        messages.success(
            request,
            f"Merged {away.display_name} (#{away.pk}) into this lead. "
            "You can undo it from the duplicates page for 30 days.",
        )
        return redirect(keep)
    fills = merge_preview(keep=keep, merge_away=away)
    rows = [
        (name.replace("_", " "), _shown(keep, name), _shown(away, name), name in fills)
        for name in _FIELDS
    ]
    return render(
        request,
        "leads/merge_confirm.html",
        {"keep": keep, "away": away, "rows": rows, "fills_attributes": "attributes" in fills},
    )


@access_required(Perm.MERGE)
def unmerge_view(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: what the undo does; POST: undo the merge."""
    merge = get_object_or_404(LeadMerge.objects.select_related("kept", "merged_away", "by"), pk=pk)
    if request.method == "POST":
        try:
            restored = leads_unmerge(merge=merge, by=request.user)
        except MergeError as exc:
            return page_refusal(request, exc, back="leads:duplicates")
        messages.success(request, f"{restored.display_name} (#{restored.pk}) is back.")
        return redirect(restored)
    return render(request, "leads/unmerge_confirm.html", {"merge": merge})
