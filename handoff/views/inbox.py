"""The SDR queue and the rep inbox (one page; managers see their teams'): the leads a person
works, most urgent first, moved in place with htmx."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from handoff import selectors
from handoff.forms import BANT, InboxMoveForm, ReassignForm
from handoff.inbox_tools import InboxFilterForm, InboxFilters, saved_views_of
from handoff.services import lead_reassign
from handoff.views.common import is_htmx, page_of, time_left, url_for
from handoff.views.inbox_tools import BULK_SESSION_KEY
from leads import worklog
from leads.access import (
    InboxScope,
    Perm,
    access_required,
    has_perm,
    inbox_scope,
    visible_leads,
)
from leads.forms import AssignForm, reason_groups
from leads.models import Action, FollowUp, Lead, Stage, Via
from leads.roles import Role, role_of
from leads.services import MoveError, available_actions, lead_move
from leads.tasks_followup import next_tasks


@dataclass
class Button:
    id: str
    label: str
    url: str
    style: str = "btn-outline-secondary"
    direct: bool = False  # posts at once; else fetches its form into the row
    reason: str = ""


@dataclass
class Row:
    lead: Lead
    url: str
    buttons: list[Button]
    due: str = ""
    overdue: bool = False
    message: str = ""
    ok: bool = True
    gone: bool = False  # the lead has left this inbox (moved on, or taken by someone else)
    work: worklog.WorkSummary | None = None  # attempts in the stage, last activity
    task: FollowUp | None = None  # the lead's next open follow-up
    bulk: bool = False  # a tick box for the managers' bulk accept and reassign
    last_ago: str = ""  # "3 hours": the last activity's age, one unit (a narrow column)


def with_work(rows: list[Row]) -> list[Row]:
    """Each row's attempts, last activity and next task: three queries for the whole page."""
    leads = [row.lead for row in rows]
    summaries = worklog.work_summaries(leads)
    tasks = next_tasks(leads)
    now = timezone.now()
    for row in rows:
        row.work = summaries.get(row.lead.pk)
        row.task = tasks.get(row.lead.pk)
        if row.work and row.work.last_activity_at:
            row.last_ago = timesince(row.work.last_activity_at, now, depth=1)
    return rows


# (action, button id, label, style, posts at once) in the order the buttons show.
_BUTTONS = [
    (Action.ACCEPT, "accept", "Accept", "btn-success", True),
    (Action.QUALIFY, "qualify", "Qualify to SQL", "btn-primary", False),
    (Action.REJECT, "reject", "Reject", "btn-outline-danger", False),
    (Action.RECYCLE, "recycle", "Recycle", "btn-outline-secondary", False),
    (Action.DISQUALIFY, "disqualify", "Disqualify", "btn-outline-danger", False),
    (Action.CLOSE, "close", "Close", "btn-outline-primary", False),
]
FORM_LABELS = {action: label for action, _, label, _, _ in _BUTTONS} | {"reassign": "Reassign"}


def _buttons(user: AbstractBaseUser, lead: Lead) -> list[Button]:
    actions = set(available_actions(lead, user))
    buttons = []
    for action, key, label, style, direct in _BUTTONS:
        if action not in actions:
            continue
        if action == Action.QUALIFY and lead.stage == Stage.MQL:
            # MQL to TQL: the SDR confirmed contact data and interest by a call.
            url = url_for("handoff:move", lead.pk, action)
            buttons.append(
                Button("tql", "Qualify to TQL", url, "btn-primary", True, "contact_confirmed")
            )
            continue
        name = "handoff:move" if direct else "handoff:move-form"
        buttons.append(Button(key, label, url_for(name, lead.pk, action), style, direct))
    # Logging a call works in any stage; its form is fetched into the row like a move's.
    buttons.append(Button("log-call", "Log call", url_for("handoff:work-form", lead.pk, "call")))
    if has_perm(user, Perm.ASSIGN):
        url = url_for("handoff:move-form", lead.pk, "reassign")
        buttons.append(Button("reassign", "Reassign", url))
    return buttons


def _row(user: AbstractBaseUser, lead: Lead, now: datetime, **kw) -> Row:
    due = getattr(lead, "due_at", None)
    return Row(
        lead=lead,
        url=url_for("leads:detail", lead.pk),
        buttons=[] if kw.get("gone") else _buttons(user, lead),
        due=time_left(due, now),
        overdue=due is not None and due <= now,
        bulk=has_perm(user, Perm.ASSIGN),
        **kw,
    )


def _form_context(user: AbstractBaseUser, lead: Lead, action: str) -> dict:
    """What one move's form needs: its reasons grouped by category (the select's optgroups),
    the BANT checklist, or the people a manager may hand the lead to."""
    context: dict = {
        "form_action": action,
        "form_label": FORM_LABELS[action],
        "form_url": (
            reverse("handoff:reassign", args=[lead.pk])
            if action == "reassign"
            else reverse("handoff:move", args=[lead.pk, action])
        ),
    }
    if action == "reassign":
        context["assignees"] = list(AssignForm().fields["owner"].queryset)
        return context
    if action == Action.QUALIFY:
        context["qualify_reasons"] = [r for _, items in reason_groups(action) for r in items]
        context["bant"] = [(name, InboxMoveForm.base_fields[name].label) for name in BANT]
        return context
    if action in (Action.REJECT, Action.RECYCLE, Action.DISQUALIFY):
        context["attempts"] = worklog.attempts(lead)
        context["minimum_attempts"] = worklog.minimum_attempts(lead)
    context["reason_groups"] = reason_groups(action)
    return context


# An inbox is worked from the top: 25 rows a list keep the page well under 100 ms of server
# time on a busy rep's million-lead database (bench/queues.py).
INBOX_PAGE_SIZE = 25


@never_cache
@access_required(Perm.INBOX)
def inbox(request: HttpRequest) -> HttpResponse:
    """Two lists, each paged on its own: leads waiting for a first response by due time, then
    the other leads newest first; both narrowed by the filters in the query string."""
    user = request.user
    now = timezone.now()
    role = role_of(user)
    scope = inbox_scope(user)
    may_bulk = has_perm(user, Perm.ASSIGN)
    owners = list(AssignForm().fields["owner"].queryset) if scope != InboxScope.OWN else []
    filter_form = InboxFilterForm(request.GET or None, user=user, owners=owners)
    filters = InboxFilters.of(filter_form)
    waiting = page_of(
        filters.waiting(selectors.inbox_waiting(user), now),
        request.GET.get("page"),
        INBOX_PAGE_SIZE,
    )
    rest = page_of(
        filters.rest(selectors.inbox_rest(user)), request.GET.get("later"), INBOX_PAGE_SIZE
    )
    return render(
        request,
        "handoff/inbox.html",
        {
            "waiting_rows": with_work(
                [_row(user, lead, now) for lead in selectors.leads_of(waiting.rows)]
            ),
            "rest_rows": with_work([_row(user, lead, now) for lead in rest.rows]),
            "now": now,
            "waiting": waiting,
            "rest": rest,
            "title": "SDR queue" if role == Role.SDR else "Inbox",
            "team_view": scope != InboxScope.OWN,
            "handed_over_link": role == Role.SDR,
            # A manager's inbox lists the team's leads: they wait for the team, not for them.
            "waiting_heading": (
                "Waiting for a response from your team"
                if scope != InboxScope.OWN
                else "Waiting for your response"
            ),
            "filter_form": filter_form,
            "filters": filters,
            "filter_query": filter_form.query() if filter_form.is_bound else "",
            "saved_views": list(saved_views_of(user)),
            "may_bulk": may_bulk,
            "assignees": owners if may_bulk else [],
            "bulk_results": request.session.pop(BULK_SESSION_KEY, None),
        },
    )


def _respond(request: HttpRequest, row: Row, status: int, form_action: str = "") -> HttpResponse:
    if not is_htmx(request):
        if status == 403:  # a move the role may not make is refused, not redirected
            return HttpResponseForbidden(row.message)
        if row.message:
            (messages.success if row.ok else messages.warning)(request, row.message)
        return redirect("handoff:inbox")
    context = {
        "row": with_work([row])[0],
        "team_view": inbox_scope(request.user) != InboxScope.OWN,
        "now": timezone.now(),
    }
    if form_action:
        context.update(_form_context(request.user, row.lead, form_action))
    return render(request, "handoff/_inbox_row.html", context, status=status)


def _lead_in_reach(user: AbstractBaseUser, pk: int) -> Lead | None:
    """The lead if `user` may see it: from their inbox (with its due time), else any lead they
    may see. None for every other lead, which is answered exactly like one that does not exist
    (a plain 404, no lead data): whoever guesses ids learns nothing."""
    return selectors.inbox(user).filter(pk=pk).first() or (
        visible_leads(user).select_related("owner").filter(pk=pk).first()
    )


@never_cache
@access_required(Perm.INBOX)
def move_form(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """One move's form for a row, fetched when its button is pressed."""
    if action not in FORM_LABELS:
        raise Http404("Unknown action.")
    user = request.user
    if action == "reassign" and not has_perm(user, Perm.ASSIGN):
        return HttpResponseForbidden("Only managers and admins may reassign leads.")
    lead = _lead_in_reach(user, pk)
    if lead is None:
        raise Http404("No such lead.")
    if not is_htmx(request):
        return redirect(lead)
    row = _row(user, lead, timezone.now())
    return render(
        request, "handoff/_move_form.html", {"row": row, **_form_context(user, lead, action)}
    )


def _after_move(user: AbstractBaseUser, pk: int) -> Lead | None:
    return selectors.inbox(user).filter(pk=pk).first()


@never_cache
@access_required(Perm.INBOX)
@require_POST
def move(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if action not in Action.values:
        raise Http404("Unknown action.")
    user = request.user
    now = timezone.now()
    lead = _lead_in_reach(user, pk)
    if lead is None:
        # Taken by a teammate, reassigned away, or never theirs: all one plain 404, so a rep
        # cannot read the team's leads by posting to guessed ids.
        raise Http404("No such lead.")

    form = InboxMoveForm(request.POST, action=action, lead=lead)
    if not form.is_valid():
        errors = "; ".join(e for errs in form.errors.values() for e in errs)
        row = _row(user, lead, now, ok=False, message=errors)
        # A promote has no row form (the queue promotes; the inbox has no button for it): the
        # row says what is wrong without one. Asking for its form was a KeyError, a 500.
        form_action = action if action in FORM_LABELS else ""
        return _respond(request, row, 400, form_action=form_action)
    try:
        lead_move(lead=lead, by=user, via=Via.UI, **form.move_kwargs())
    except MoveError as exc:
        fresh = _after_move(user, pk) or _lead_in_reach(user, pk)
        if fresh is None:  # someone else took it meanwhile: no longer theirs to see
            raise Http404("No such lead.") from exc
        message = exc.message + (" Nothing was changed." if exc.status == 409 else "")
        return _respond(request, _row(user, fresh, now, ok=False, message=message), exc.status)

    moved = _after_move(user, pk)
    message = selectors.handoff_message(lead)
    if moved is None:
        # Gone from this inbox (a TQL went to a rep): the row says where it is now.
        lead = Lead.objects.select_related("owner").get(pk=pk)
        return _respond(request, _row(user, lead, now, gone=True, message=message), 200)
    return _respond(request, _row(user, moved, now, message=message), 200)


@never_cache
@access_required(Perm.ASSIGN)
@require_POST
def reassign(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    lead = visible_leads(user).filter(pk=pk).first()
    if lead is None:
        raise Http404("No such lead.")
    form = ReassignForm(request.POST)
    if not form.is_valid():
        return _respond(
            request,
            _row(user, lead, timezone.now(), ok=False, message="Choose a valid owner."),
            400,
        )
    try:
        lead_reassign(
            lead=lead,
            owner=form.cleaned_data["owner"],
            by=user,
            note=form.cleaned_data["note"],
            restart_sla=form.cleaned_data["restart_sla"],
        )
    except MoveError as exc:
        if exc.status == 403:
            return HttpResponseForbidden(exc.message)
        return _respond(
            request, _row(user, lead, timezone.now(), ok=False, message=exc.message), 400
        )
    moved = _after_move(user, pk)
    who = form.cleaned_data["owner"] or "nobody"
    message = f"{lead.display_name} is now assigned to {who}."
    if moved is None:
        lead.refresh_from_db()
        return _respond(request, _row(user, lead, timezone.now(), gone=True, message=message), 200)
    return _respond(request, _row(user, moved, timezone.now(), message=message), 200)
