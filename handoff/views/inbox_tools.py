"""The inbox's bulk actions (managers) and saved views (everyone with an inbox). The inbox page
itself is handoff.views.inbox; these doors post back to it."""

from __future__ import annotations

from dataclasses import asdict

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from handoff.forms import ReassignForm
from handoff.inbox_tools import (
    InboxFilterForm,
    SavedViewError,
    leads_accept_many,
    leads_reassign_many,
    saved_view_create,
    saved_views_of,
)
from leads.access import Perm, access_required
from leads.strict_input import is_whole_number

BULK_SESSION_KEY = "inbox_bulk_results"


def inbox_url(request: HttpRequest, query: str | None = None) -> str:
    """The inbox with the filters the user had (re-validated: never an arbitrary URL)."""
    if query is None:
        data = request.POST.copy()
        # The bulk form's `owner` is whom to reassign to; the filter it came from is owner_filter.
        data.setlist("owner", request.POST.getlist("owner_filter"))
        query = InboxFilterForm(data, user=request.user).query()
    return reverse("handoff:inbox") + (f"?{query}" if query else "")


def _ticked(request: HttpRequest) -> list[int] | None:
    values = request.POST.getlist("lead")
    if not values or not all(is_whole_number(v) for v in values):
        return None
    return [int(v) for v in values]


@never_cache
@access_required(Perm.ASSIGN)
@require_POST
def bulk(request: HttpRequest) -> HttpResponse:
    """Accept or reassign the ticked rows: each lead on its own, a result for each."""
    ids = _ticked(request)
    action = request.POST.get("bulk_action")
    if ids is None:
        messages.warning(request, "Tick at least one lead.")
        return redirect(inbox_url(request))
    if action == "accept":
        results = leads_accept_many(lead_ids=ids, by=request.user)
    elif action == "reassign":
        form = ReassignForm(request.POST)
        if not form.is_valid():
            messages.warning(request, "Choose a valid owner to reassign the ticked leads to.")
            return redirect(inbox_url(request))
        results = leads_reassign_many(
            lead_ids=ids,
            owner=form.cleaned_data["owner"],
            by=request.user,
            note=form.cleaned_data["note"],
            restart_sla=form.cleaned_data["restart_sla"],
        )
    else:
        return HttpResponseBadRequest("bulk_action must be accept or reassign.")
    request.session[BULK_SESSION_KEY] = [asdict(result) for result in results]
    return redirect(inbox_url(request))


@never_cache
@access_required(Perm.INBOX)
@require_POST
def saved_view_new(request: HttpRequest) -> HttpResponse:
    """Save the inbox's current filters under a name (a name used again replaces its filters)."""
    query = InboxFilterForm(request.POST, user=request.user).query()
    try:
        view = saved_view_create(user=request.user, name=request.POST.get("name", ""), query=query)
    except SavedViewError as exc:
        messages.warning(request, str(exc))
        return redirect(inbox_url(request, query))
    messages.success(request, f"Saved the view “{view.name}”.")
    return redirect(inbox_url(request, view.query))


@never_cache
@access_required(Perm.INBOX)
def saved_view_open(request: HttpRequest, pk: int) -> HttpResponse:
    # Another user's view is answered like a missing one: its name is theirs.
    view = saved_views_of(request.user).filter(pk=pk).first()
    if view is None:
        raise Http404("No such view.")
    return redirect(inbox_url(request, view.query))


@never_cache
@access_required(Perm.INBOX)
@require_POST
def saved_view_delete(request: HttpRequest, pk: int) -> HttpResponse:
    deleted, _ = saved_views_of(request.user).filter(pk=pk).delete()
    if not deleted:
        raise Http404("No such view.")
    messages.success(request, "Deleted the view.")
    return redirect("handoff:inbox")
