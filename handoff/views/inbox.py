"""The SDR queue and the rep inbox (one page; managers see their teams'): the leads a person
works, most urgent first, moved in place with htmx."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from handoff import selectors
from handoff.forms import BANT, InboxMoveForm
from handoff.services import lead_reassign
from handoff.views.common import is_htmx, page_of, role_required, time_left
from leads.forms import AssignForm
from leads.models import Action, Lead, Reason, Stage, Via
from leads.roles import Role, role_of
from leads.selectors import visible_leads
from leads.services import ASSIGN_ROLES, MoveConflict, MoveError, available_actions, lead_move

INBOX_ROLES = (Role.SDR, Role.REP, Role.MANAGER, Role.ADMIN)


@dataclass
class Row:
    lead: Lead
    actions: list[str]
    due: str = ""
    overdue: bool = False
    message: str = ""
    ok: bool = True
    gone: bool = False  # the lead has left this inbox (moved on, or taken by someone else)
    form: InboxMoveForm | None = None


def _row(user: AbstractBaseUser, lead: Lead, now: datetime, **kw) -> Row:
    due = getattr(lead, "due_at", None)
    return Row(
        lead=lead,
        actions=available_actions(lead, user),
        due=time_left(due, now),
        overdue=due is not None and due <= now,
        **kw,
    )


def _choices(user: AbstractBaseUser) -> dict:
    """Reasons per action, grouped by category for the selects' optgroups: one query."""
    grouped: dict[str, dict[str, list[Reason]]] = {}
    for reason in Reason.objects.filter(active=True).order_by("category", "position", "label"):
        grouped.setdefault(reason.applies_to, {}).setdefault(
            reason.get_category_display(), []
        ).append(reason)
    reasons = {action: list(groups.items()) for action, groups in grouped.items()}
    return {
        "row_reason_actions": [
            (Action.REJECT, "Reject", reasons.get(Action.REJECT, [])),
            (Action.RECYCLE, "Recycle", reasons.get(Action.RECYCLE, [])),
            (Action.DISQUALIFY, "Disqualify", reasons.get(Action.DISQUALIFY, [])),
        ],
        "close_groups": reasons.get(Action.CLOSE, []),
        "bant": [(name, InboxMoveForm.base_fields[name].label) for name in BANT],
        "qualify_reasons": [r for _, rs in reasons.get(Action.QUALIFY, []) for r in rs],
        "assignees": (
            list(AssignForm().fields["owner"].queryset) if role_of(user) in ASSIGN_ROLES else []
        ),
        "may_reassign": role_of(user) in ASSIGN_ROLES,
        "stages": Stage,
    }


@role_required(*INBOX_ROLES)
def inbox(request: HttpRequest) -> HttpResponse:
    user = request.user
    page = page_of(selectors.inbox(user), request.GET.get("page"))
    now = timezone.now()
    role = role_of(user)
    return render(
        request,
        "handoff/inbox.html",
        {
            "rows": [_row(user, lead, now) for lead in page.rows],
            "page": page,
            "title": "SDR queue" if role == Role.SDR else "Inbox",
            "team_view": role in (Role.MANAGER, Role.ADMIN),
            **_choices(user),
        },
    )


def _respond(request: HttpRequest, row: Row, status: int) -> HttpResponse:
    if not is_htmx(request):
        if row.message:
            (messages.success if row.ok else messages.warning)(request, row.message)
        return redirect("handoff:inbox")
    return render(
        request,
        "handoff/_inbox_row.html",
        {
            "row": row,
            "team_view": role_of(request.user) in (Role.MANAGER, Role.ADMIN),
            **_choices(request.user),
        },
        status=status,
    )


def _taken(user: AbstractBaseUser, pk: int) -> Lead | None:
    """A lead that was in `user`'s inbox (routed to them, or their team's) but that they may no
    longer see: someone else took it. Anything else stays a 404."""
    return (
        Lead.objects.filter(pk=pk)
        .filter(Q(assignments__owner=user) | Q(team__in=user.teams.values("pk")))
        .select_related("owner")
        .distinct()
        .first()
    )


def _after_move(user: AbstractBaseUser, pk: int) -> Lead | None:
    return selectors.inbox(user).filter(pk=pk).first()


@role_required(*INBOX_ROLES)
@require_POST
def move(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if action not in Action.values:
        raise Http404("Unknown action.")
    user = request.user
    now = timezone.now()
    lead = selectors.inbox(user).filter(pk=pk).first() or (
        visible_leads(user).select_related("owner").filter(pk=pk).first()
    )
    if lead is None:
        taken = _taken(user, pk)
        if taken is None:
            raise Http404("No such lead.")
        row = _row(
            user,
            taken,
            now,
            gone=True,
            ok=False,
            message=f"Someone else moved this lead first: it is now "
            f"{taken.get_stage_display()}, owned by {taken.owner or 'nobody'}. Nothing was changed.",
        )
        return _respond(request, row, 409)

    form = InboxMoveForm(request.POST, action=action, lead=lead)
    if not form.is_valid():
        errors = "; ".join(e for errs in form.errors.values() for e in errs)
        return _respond(request, _row(user, lead, now, ok=False, message=errors, form=form), 400)
    try:
        if form.cleaned_data["expected_stage"] != lead.stage:
            raise MoveConflict(
                f"Someone else moved this lead first: it is now {lead.get_stage_display()}.",
                current_stage=lead.stage,
            )
        lead_move(lead=lead, by=user, via=Via.UI, **form.move_kwargs())
    except MoveError as exc:
        message = exc.message + (" Nothing was changed." if exc.status == 409 else "")
        fresh = _after_move(user, pk) or lead
        return _respond(request, _row(user, fresh, now, ok=False, message=message), exc.status)

    moved = _after_move(user, pk)
    message = f"{lead.display_name} is now {Stage(lead.stage).label}."
    if moved is None:
        return _respond(request, _row(user, lead, now, gone=True, message=message), 200)
    return _respond(request, _row(user, moved, now, message=message), 200)


@role_required(Role.MANAGER, Role.ADMIN)
@require_POST
def reassign(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    lead = visible_leads(user).filter(pk=pk).first()
    if lead is None:
        raise Http404("No such lead.")
    form = AssignForm(request.POST)
    if not form.is_valid():
        return _respond(
            request,
            _row(user, lead, timezone.now(), ok=False, message="Choose a valid owner."),
            400,
        )
    try:
        lead_reassign(
            lead=lead, owner=form.cleaned_data["owner"], by=user, note=form.cleaned_data["note"]
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
