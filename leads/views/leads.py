from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from leads.access import Perm, access_required, has_perm
from leads.errors import page_refusal
from leads.filters import LeadFilter
from leads.forms import AssignForm, MoveForm
from leads.models import Action, Stage, Via
from leads.paging import page_without_count
from leads.recycling import is_cooling, last_rejections
from leads.roles import Role, role_of
from leads.selectors import activities_folded, lead_for, lead_list, lead_timeline
from leads.services import MoveError, available_actions, lead_assign, lead_move
from leads.views.editing import may_edit_lead
from leads.views.work_panel import work_context

# Where each role starts its day.
_HOME = {
    Role.MARKETER: "?stage=new&stage=nurture&ordering=-score",
    Role.SDR: "?stage=mql&ordering=-score",
    Role.REP: "?stage=mql&stage=tql&stage=sal&stage=sql&ordering=-score",
}


@access_required(Perm.USE)
def home(request: HttpRequest) -> HttpResponse:
    role = role_of(request.user)
    # Other apps may give a role its own start page (settings.LEADCRM_HOME_URLS, URL names):
    # leads/ does not import them.
    if url_name := getattr(settings, "LEADCRM_HOME_URLS", {}).get(role):
        return redirect(reverse(url_name))
    return redirect(reverse("leads:list") + _HOME.get(role, ""))


@access_required(Perm.USE)
def lead_list_view(request: HttpRequest) -> HttpResponse:
    filterset = LeadFilter(
        request.GET, queryset=lead_list(request.user).order_by("-created_at", "-pk")
    )
    # A filter it cannot read (an owner who left, a mistyped date) lists nothing, next to the
    # field's error, rather than every lead as if it had not been asked (as the export refuses).
    valid = filterset.is_valid()
    leads = filterset.qs if valid else filterset.queryset.none()
    page = page_without_count(leads, request.GET.get("page"), 50)
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
        status=200 if valid else 400,
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
        "folded": activities_folded(lead),
        "move_forms": [(Action(a), f) for a, f in move_forms.items()],
        "assign_form": (
            AssignForm(initial={"owner": lead.owner.username if lead.owner else None})
            if has_perm(request.user, Perm.ASSIGN)
            else None
        ),
        "stages": Stage,
        "may_delete": has_perm(request.user, Perm.DELETE),
        "last_rejection": (
            last_rejections([lead.pk]).get(lead.pk) if lead.stage == Stage.NURTURE else None
        ),
        "cooling": is_cooling(lead),
        "may_edit_lead": may_edit_lead(request.user, lead),
    }


@never_cache
@access_required(Perm.USE)
def lead_detail(request: HttpRequest, pk: int) -> HttpResponse:
    lead = lead_for(request.user, pk)
    return render(request, "leads/lead_detail.html", _detail_context(request, lead))


@never_cache
@access_required(Perm.USE)
@require_POST
def lead_move_view(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    lead = lead_for(request.user, pk)
    if action not in Action.values:
        return HttpResponse("Unknown action.", status=404)
    form = MoveForm(request.POST, action=action, lead=lead)
    if not form.is_valid():
        headline = f"{lead.display_name} was not moved ({Action(action).label})"
        messages.error(request, refusal_message(headline, form))
        return render(
            request,
            "leads/lead_detail.html",
            _detail_context(request, lead, {action: form}),
            status=400,
        )
    try:
        lead_move(lead=lead, by=request.user, via=Via.UI, **form.move_kwargs())
    except MoveError as exc:
        return page_refusal(request, exc, back=lead)
    owner_before = lead.owner_id
    lead.refresh_from_db(fields=["owner"])
    handed = f", now owned by {lead.owner}" if lead.owner_id != owner_before and lead.owner else ""
    messages.success(request, f"{lead.display_name} is now {lead.get_stage_display()}{handed}.")
    if lead_list(request.user).filter(pk=lead.pk).exists():
        return redirect(lead)
    return redirect("leads:list")


def refusal_message(headline: str, form: forms.Form) -> str:
    """A form on the lead page marks its fields at the foot of a long page, and the page comes
    back at its top: say there too what stopped it ("Reason is required.")."""
    problems = []
    for name, errors in form.errors.as_data().items():
        for error in errors:
            if error.code == "required" and name in form.fields:
                problems.append(f"{form.fields[name].label or name.capitalize()} is required.")
            else:
                problems.extend(error.messages)
    return f"{headline}: {' '.join(problems)}"


@never_cache
@access_required(Perm.ASSIGN)
@require_POST
def lead_assign_view(request: HttpRequest, pk: int) -> HttpResponse:
    lead = lead_for(request.user, pk)
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
        return page_refusal(request, exc, back=lead)
    who = lead.owner.get_username() if lead.owner else "nobody"
    messages.success(request, f"{lead.display_name} is now assigned to {who}.")
    return redirect(lead)
