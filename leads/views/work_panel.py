"""What the lead page shows about work on the lead: attempts, last activity, open tasks, and the
forms to log work and add a task."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils import timezone

from leads import worklog
from leads.models import Lead
from leads.selectors import TimelineEntry
from leads.work_forms import TaskForm, WorkForm

OPEN_TASKS_SHOWN = 20


def work_context(
    request: HttpRequest,
    lead: Lead,
    timeline: list[TimelineEntry],
    *,
    work_form: WorkForm | None = None,
    task_form: TaskForm | None = None,
) -> dict:
    now = timezone.now()
    for entry in timeline:
        if entry.kind == "activity":
            entry.item.editable = worklog.may_edit(entry.item, request.user, now)
    open_tasks = list(
        lead.followups.filter(done_at__isnull=True)
        .select_related("assignee")
        .order_by("due_at", "pk")[:OPEN_TASKS_SHOWN]
    )
    return {
        "attempts": worklog.attempts(lead),
        "minimum_attempts": worklog.minimum_attempts(lead),
        "last_activity_at": worklog.last_activity_at(lead),
        "open_tasks": open_tasks,
        "now": now,
        "work_form": work_form or WorkForm(initial={"type": worklog.WorkType.CALL}),
        "task_form": task_form or TaskForm(),
        "edit_minutes": int(worklog.EDIT_WINDOW.total_seconds() // 60),
        "outcomes": lead.activities.model.Outcome.choices,
    }
