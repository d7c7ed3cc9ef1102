"""Deleting a lead (soft), the list of deleted leads and restoring one: managers and admins."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from leads.deletion import DELETE_ROLES, DeletionError, lead_delete, lead_restore
from leads.models import Lead, Via
from leads.roles import role_of
from leads.selectors import deleted_leads, lead_for
from leads.tasks import RESTORE_WINDOW

REFUSED = "Only managers and admins delete and restore leads."


def _refusal(request: HttpRequest) -> HttpResponse | None:
    if role_of(request.user) not in DELETE_ROLES:
        return HttpResponseForbidden(REFUSED)
    return None


@login_required
@require_POST
def lead_delete_view(request: HttpRequest, pk: int) -> HttpResponse:
    lead = lead_for(request.user, pk)
    if refused := _refusal(request):
        return refused
    try:
        lead_delete(lead=lead, by=request.user, via=Via.UI)
    except DeletionError as exc:
        messages.error(request, exc.message)
        return redirect(lead)
    messages.success(
        request, f"{lead.display_name} is deleted; it can be restored here for 30 days."
    )
    return redirect("leads:deleted")


@login_required
def deleted_list_view(request: HttpRequest) -> HttpResponse:
    if refused := _refusal(request):
        return refused
    leads = list(deleted_leads()[:200])
    for lead in leads:
        lead.purge_at = lead.deleted_at + RESTORE_WINDOW
    return render(request, "leads/deleted_list.html", {"leads": leads})


@login_required
@require_POST
def lead_restore_view(request: HttpRequest, pk: int) -> HttpResponse:
    if refused := _refusal(request):
        return refused
    lead = get_object_or_404(Lead.all_objects, pk=pk, deleted_at__isnull=False)
    try:
        lead_restore(lead=lead, by=request.user, via=Via.UI)
    except DeletionError as exc:
        messages.error(request, exc.message)
        return redirect("leads:deleted")
    messages.success(request, f"{lead.display_name} is back.")
    return redirect(lead)
