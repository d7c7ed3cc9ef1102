"""Working a lead from its page: log a call, e-mail, meeting or note, correct it for a while,
add a follow-up task and finish one; and "My tasks"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from leads import worklog
from leads.access import Perm, access_required
from leads.models import Lead
from leads.selectors import lead_for
from leads.tasks_followup import TaskError, my_tasks, task_create, task_done, visible_tasks
from leads.views.leads import _detail_context, refusal_message
from leads.work_forms import TaskForm, WorkEditForm, WorkForm


def _lead_page_with_errors(request: HttpRequest, lead, **forms) -> HttpResponse:
    return render(
        request, "leads/lead_detail.html", _detail_context(request, lead, work=forms), status=400
    )


def _add_errors(form, errors: dict[str, list[str]]) -> None:
    for name, problems in errors.items():
        for problem in problems:
            form.add_error(name if name in form.fields else None, problem)


def _post_from_lead_page(
    request: HttpRequest,
    pk: int,
    form_class: type[forms.Form],
    form_name: str,
    save: Callable[[Lead, AbstractBaseUser, Any], str],
    refusal: type[worklog.WorkError | TaskError],
    not_done: str,
) -> HttpResponse:
    """A form posted from the lead's page: when it is valid, `save` does the work and says what
    was done, and the user goes back to the lead; the form's errors or the service's refusal
    show the lead page again with the form as it was filled in (400)."""
    lead = lead_for(request.user, pk)
    form = form_class(request.POST)
    if form.is_valid():
        try:
            message = save(lead, request.user, form)
        except refusal as exc:
            _add_errors(form, exc.errors)
        else:
            messages.success(request, message)
            return redirect(lead)
    messages.error(request, refusal_message(not_done, form))
    return _lead_page_with_errors(request, lead, **{form_name: form})


def _work_log(lead: Lead, user: AbstractBaseUser, form: WorkForm) -> str:
    activity = worklog.work_log(lead=lead, by=user, **form.work_kwargs())
    return f"{activity.type.label} logged."


def _task_add(lead: Lead, user: AbstractBaseUser, form: TaskForm) -> str:
    data = form.cleaned_data
    task_create(
        lead=lead, by=user, title=data["title"], due_at=data["due_at"], assignee=data["assignee"]
    )
    return f"Task added: {data['title']}."


@access_required(Perm.USE)
@require_POST
def work_log_view(request: HttpRequest, pk: int) -> HttpResponse:
    return _post_from_lead_page(
        request, pk, WorkForm, "work_form", _work_log, worklog.WorkError, "Nothing was logged"
    )


@access_required(Perm.USE)
@require_POST
def work_edit_view(request: HttpRequest, pk: int, activity: int) -> HttpResponse:
    lead = lead_for(request.user, pk)
    found = lead.activities.select_related("type").filter(pk=activity).first()
    if found is None:
        raise Http404("No such activity on this lead.")
    form = WorkEditForm(request.POST)
    if not form.is_valid():
        messages.error(request, "; ".join(e for errs in form.errors.values() for e in errs))
        return redirect(lead)
    try:
        worklog.work_edit(
            activity=found,
            by=request.user,
            outcome=form.cleaned_data["outcome"],
            note=form.cleaned_data["note"],
            occurred_at=form.cleaned_data["occurred_at"],
        )
    except worklog.WorkError as exc:
        details = [e for errs in exc.errors.values() for e in errs if e != exc.message]
        messages.error(request, " ".join([exc.message, *details]))
        return redirect(lead)
    messages.success(request, f"{found.type.label} corrected.")
    return redirect(lead)


@access_required(Perm.USE)
@require_POST
def task_add_view(request: HttpRequest, pk: int) -> HttpResponse:
    return _post_from_lead_page(
        request, pk, TaskForm, "task_form", _task_add, TaskError, "The task was not added"
    )


@access_required(Perm.USE)
@require_POST
def task_done_view(request: HttpRequest, pk: int) -> HttpResponse:
    task = visible_tasks(request.user).filter(pk=pk).first()
    if task is None:
        raise Http404("No such task.")
    task_done(task=task, by=request.user)
    messages.success(request, f"Done: {task.title}.")
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(task.lead)


@access_required(Perm.USE)
def my_tasks_view(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "leads/my_tasks.html",
        {"tasks": my_tasks(request.user), "now": timezone.now()},
    )
