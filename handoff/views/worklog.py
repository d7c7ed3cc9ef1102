"""Logging a call (or an e-mail, meeting, note) from an inbox row, in place with htmx."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from handoff.views.common import is_htmx
from handoff.views.inbox import _lead_in_reach, _respond, _row, with_work
from leads import worklog
from leads.access import InboxScope, Perm, access_required, inbox_scope
from leads.models import Activity, Lead
from leads.work_forms import WorkForm


def _work_context(lead: Lead, work_type: str) -> dict:
    return {
        "work_type": work_type,
        "work_label": dict(worklog.WORK_TYPES)[work_type],
        "work_url": reverse("handoff:work", args=[lead.pk, work_type]),
        "outcomes": Activity.Outcome.choices,
    }


def _lead(request: HttpRequest, pk: int, work_type: str) -> Lead:
    if work_type not in worklog.WORK_TYPE_CODES:
        raise Http404("Unknown kind of work.")
    lead = _lead_in_reach(request.user, pk)
    if lead is None:
        raise Http404("No such lead.")
    return lead


@access_required(Perm.INBOX)
def work_form(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """The form to log work, fetched into its row when "Log call" is pressed."""
    lead = _lead(request, pk, action)
    if not is_htmx(request):
        return redirect(lead.get_absolute_url() + "#work")
    row = _row(request.user, lead, timezone.now())
    return render(request, "handoff/_work_form.html", {"row": row, **_work_context(lead, action)})


@access_required(Perm.INBOX)
@require_POST
def work(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    user = request.user
    lead = _lead(request, pk, action)
    form = WorkForm({**request.POST.dict(), "type": action})
    now = timezone.now()
    problem = ""
    if form.is_valid():
        try:
            activity = worklog.work_log(lead=lead, by=user, **form.work_kwargs())
        except worklog.WorkError as exc:
            problem = "; ".join(e for errs in exc.errors.values() for e in errs)
        else:
            row = with_work([_row(user, lead, now)])[0]
            label = activity.type.label
            if activity.outcome:
                label += f" ({activity.get_outcome_display().lower()})"
            attempts = row.work.attempts if row.work else 0
            message = f"{label} logged. {attempts} call attempt{'s' if attempts != 1 else ''} "
            message += "in this stage."
            row.message = message
            return _respond(request, row, 200)
    else:
        problem = "; ".join(e for errs in form.errors.values() for e in errs)
    row = _row(user, lead, now, ok=False, message=problem)
    if not is_htmx(request):
        return _respond(request, row, 400)
    context = {
        "row": with_work([row])[0],
        "now": now,
        "team_view": inbox_scope(user) != InboxScope.OWN,
        **_work_context(lead, action),
    }
    return render(request, "handoff/_inbox_row.html", context, status=400)
