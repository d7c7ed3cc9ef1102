from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from leads.deletion import DELETE_ROLES
from leads.filters import LeadFilter
from leads.forms import AssignForm, MoveForm
from leads.models import Action, Stage, Via
from leads.paging import page_without_count
from leads.roles import Role, role_of
from leads.selectors import lead_for, lead_list, lead_timeline
from leads.services import (
    ASSIGN_ROLES,
    MoveConflict,
    MoveError,
    available_actions,
    lead_assign,
    lead_move,
)
from leads.views.editing import may_edit_lead
from leads.views.work_panel import work_context

# Where each role starts its day.
_HOME = {
    Role.MARKETER: "?stage=new&stage=nurture&ordering=-score",
    Role.SDR: "?stage=mql&ordering=-score",
    Role.REP: "?stage=mql&stage=tql&stage=sal&stage=sql&ordering=-score",
}


@login_required
def home(request: HttpRequest) -> HttpResponse:
    role = role_of(request.user)
    if role is None:
        raise PermissionDenied("Your account has no role yet; ask an admin to give you one.")
    # Other apps may give a role its own start page (settings.LEADCRM_HOME_URLS, URL names):
    # leads/ does not import them.
    if url_name := getattr(settings, "LEADCRM_HOME_URLS", {}).get(role):
        return redirect(reverse(url_name))
    return redirect(reverse("leads:list") + _HOME.get(role, ""))


def _require_role(request: HttpRequest) -> HttpResponse | None:
    if role_of(request.user) is None:
        raise PermissionDenied("Your account has no role yet; ask an admin to give you one.")
    return None


@login_required
def lead_list_view(request: HttpRequest) -> HttpResponse:
    if refused := _require_role(request):
        return refused
    filterset = LeadFilter(
        request.GET, queryset=lead_list(request.user).order_by("-created_at", "-pk")
    )
    page = page_without_count(filterset.qs, request.GET.get("page"), 50)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "leads/lead_list.html",
        {
            "filter": filterset,
            "page": page,
            "query": query.urlencode(),
            "sort": _sort_links(query, request.GET.get("ordering", "")),
        },
    )


# The lead list's sortable columns: (ordering parameter, descending first?).
_SORTABLE = {"name": False, "stage": False, "score": True, "created": True}


def _sort_links(query: QueryDict, current: str) -> dict[str, dict[str, str]]:
    """Each sortable column's header link (a click flips the direction) and its arrow."""
    links = {}
    for column, descending_first in _SORTABLE.items():
        if current == column:
            param, arrow = f"-{column}", "▲"
        elif current == f"-{column}":
            param, arrow = column, "▼"
        else:
            param, arrow = (f"-{column}" if descending_first else column), ""
        params = query.copy()
        params["ordering"] = param
        links[column] = {"url": f"?{params.urlencode()}", "arrow": arrow}
    return links


def _detail_context(
    request: HttpRequest, lead, forms: dict | None = None, work: dict | None = None
) -> dict:
    actions = available_actions(lead, request.user)
    move_forms = {a: MoveForm(action=a, lead=lead) for a in actions}
    move_forms.update(forms or {})
    timeline = lead_timeline(lead)
    return {
        **work_context(request, lead, timeline, **(work or {})),
        "lead": lead,
        "timeline": timeline,
        "move_forms": [(Action(a), f) for a, f in move_forms.items()],
        "assign_form": (
            AssignForm(initial={"owner": lead.owner.username if lead.owner else None})
            if role_of(request.user) in ASSIGN_ROLES
            else None
        ),
        "stages": Stage,
        "may_delete": role_of(request.user) in DELETE_ROLES,
        "may_edit_lead": may_edit_lead(request.user, lead),
    }


@login_required
def lead_detail(request: HttpRequest, pk: int) -> HttpResponse:
    if refused := _require_role(request):
        return refused
    lead = lead_for(request.user, pk)
    return render(request, "leads/lead_detail.html", _detail_context(request, lead))


@login_required
@require_POST
def lead_move_view(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    lead = lead_for(request.user, pk)
    if action not in Action.values:
        return HttpResponse("Unknown action.", status=404)
    form = MoveForm(request.POST, action=action, lead=lead)
    if not form.is_valid():
        return render(
            request,
            "leads/lead_detail.html",
            _detail_context(request, lead, {action: form}),
            status=400,
        )
    if form.cleaned_data["expected_stage"] != lead.stage:
        messages.warning(
            request,
            f"Someone else moved this lead first: it is now {lead.get_stage_display()}. "
            "Nothing was changed; check the history and try again if still needed.",
        )
        return redirect(lead)
    try:
        lead_move(lead=lead, by=request.user, via=Via.UI, **form.move_kwargs())
    except MoveConflict as exc:
        messages.warning(request, exc.message + " Nothing was changed.")
        return redirect(lead)
    except MoveError as exc:
        if exc.status == 403:
            return HttpResponseForbidden(exc.message)
        messages.error(request, exc.message)
        return redirect(lead)
    messages.success(request, f"{lead.display_name} is now {lead.get_stage_display()}.")
    if lead_list(request.user).filter(pk=lead.pk).exists():
        return redirect(lead)
    return redirect("leads:list")


@login_required
@require_POST
def lead_assign_view(request: HttpRequest, pk: int) -> HttpResponse:
    lead = lead_for(request.user, pk)
    if role_of(request.user) not in ASSIGN_ROLES:
        return HttpResponseForbidden("Only managers and admins may reassign leads.")
    form = AssignForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a valid owner.")
        return redirect(lead)
    try:
        lead = lead_assign(
            lead=lead,
            owner=form.cleaned_data["owner"],
            by=request.user,
            note=form.cleaned_data["note"],
            via=Via.UI,
        )
    except MoveError as exc:
        messages.error(request, exc.message)
        return redirect(lead)
    who = lead.owner.get_username() if lead.owner else "nobody"
    messages.success(request, f"{lead.display_name} is now assigned to {who}.")
    return redirect(lead)
