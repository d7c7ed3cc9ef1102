"""The marketer's queue: leads ready for review and MQLs sales has not accepted yet."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from handoff import selectors
from handoff.filters import QueueFilter
from handoff.services import leads_promote
from handoff.views.common import is_htmx, page_of, url_for
from leads.access import Perm, access_required
from leads.models import Lead, Stage, Via
from leads.recycling import last_rejections
from leads.selectors import visible_leads
from leads.services import MoveError, lead_promote
from leads.strict_input import is_whole_number


def _annotate(leads: list[Lead], by_line: dict) -> list[Lead]:
    rejections = last_rejections([lead.pk for lead in leads if lead.stage == Stage.NURTURE])
    for lead in leads:
        lead.last_rejection = rejections.get(lead.pk)
        lead.url = url_for("leads:detail", lead.pk)
        lead.promote_url = url_for("handoff:promote", lead.pk)
        lead.threshold = selectors.threshold_of(lead, by_line)
        lead.can_promote = lead.stage in (Stage.NEW, Stage.NURTURE)
    return leads


@never_cache
@access_required(Perm.QUEUE)
def queue(request: HttpRequest) -> HttpResponse:
    by_line = selectors.thresholds()
    stages = request.GET.getlist("stage")
    filterset = QueueFilter(request.GET, queryset=selectors.marketer_queue(by_line, stages=stages))
    page = page_of(filterset.qs, request.GET.get("page"))
    _annotate(page.rows, by_line)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "handoff/queue.html",
        {"filter": filterset, "page": page, "query": query.urlencode()},
    )


def _back(request: HttpRequest) -> str:
    back = request.POST.get("next", "")
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return back
    return reverse("handoff:queue")


@access_required(Perm.QUEUE)
@require_POST
def promote_many(request: HttpRequest) -> HttpResponse:
    ids = [int(v) for v in request.POST.getlist("lead") if is_whole_number(v)]
    if not ids:
        messages.warning(request, "Tick at least one lead to promote.")
        return redirect(_back(request))
    result = leads_promote(lead_ids=ids, by=request.user, note=request.POST.get("note", ""))
    if result.moved:
        messages.success(
            request, f"Promoted {len(result.moved)} lead{'s' if len(result.moved) != 1 else ''}."
        )
    for lead, why in result.refused:
        messages.warning(request, f"{lead.display_name} was not promoted: {why}")
    if missing := len(ids) - len(result.moved) - len(result.refused):
        messages.warning(request, f"{missing} of the ticked leads no longer exist.")
    return redirect(_back(request))


@never_cache
@access_required(Perm.QUEUE)
@require_POST
def promote_one(request: HttpRequest, pk: int) -> HttpResponse:
    lead = (
        visible_leads(request.user)
        .select_related("source", "product_line", "owner")
        .filter(pk=pk)
        .first()
    )
    if lead is None:
        return HttpResponse("No such lead.", status=404)
    status, message = 200, ""
    try:
        lead_promote(
            lead=lead,
            by=request.user,
            via=Via.UI,
            note=request.POST.get("note", ""),
            expected_stage=request.POST.get("expected_stage") or None,
        )
        message = f"Promoted to {Stage.MQL.label}."
    except MoveError as exc:
        status, message = exc.status, exc.message
    if not is_htmx(request):
        (messages.success if status == 200 else messages.warning)(request, message)
        return redirect(_back(request))
    lead.refresh_from_db()
    _annotate([lead], selectors.thresholds())
    return render(
        request,
        "handoff/_queue_row.html",
        {"lead": lead, "message": message, "ok": status == 200},
        status=status,
    )


@access_required(Perm.REJECTIONS)
def rejected(request: HttpRequest) -> HttpResponse:
    mine = request.GET.get("mine") == "1"
    page = page_of(selectors.rejected_by_sales(request.user, mine=mine), request.GET.get("page"))
    overrides = selectors.cooldown_overrides(request.user if mine else None)
    return render(
        request,
        "handoff/rejected.html",
        {
            "page": page,
            "mine": mine,
            "overrides": list(overrides[:20]),
            "override_summary": selectors.override_summary(overrides),
        },
    )
