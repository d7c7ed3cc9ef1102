"""Deleting a lead (soft), the list of deleted leads and restoring one: managers and admins."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from leads.access import Perm, access_required
from leads.deletion import DeletionError, lead_delete, lead_restore
from leads.errors import page_refusal
from leads.models import Lead, Via
from leads.retention import RESTORE_WINDOW
from leads.selectors import deleted_leads, lead_for


@access_required(Perm.DELETE)
@require_POST
def lead_delete_view(request: HttpRequest, pk: int) -> HttpResponse:
    lead = lead_for(request.user, pk)
    try:
        lead_delete(lead=lead, by=request.user, via=Via.UI)
    except DeletionError as exc:
        return page_refusal(request, exc, back=lead)
    messages.success(
        request, f"{lead.display_name} is deleted; it can be restored here for 30 days."
    )
    return redirect("leads:deleted")


@access_required(Perm.DELETE)
def deleted_list_view(request: HttpRequest) -> HttpResponse:
    leads = list(deleted_leads()[:200])
    for lead in leads:
        lead.purge_at = lead.deleted_at + RESTORE_WINDOW
    return render(request, "leads/deleted_list.html", {"leads": leads})


@access_required(Perm.DELETE)
@require_POST
def lead_restore_view(request: HttpRequest, pk: int) -> HttpResponse:
    # Deleted leads are in no list a role sees; those who may restore see every lead.
    lead = get_object_or_404(Lead.all_objects, pk=pk, deleted_at__isnull=False)
    try:
        lead_restore(lead=lead, by=request.user, via=Via.UI)
    except DeletionError as exc:
        return page_refusal(request, exc, back="leads:deleted")
    messages.success(request, f"{lead.display_name} is back.")
    return redirect(lead)
