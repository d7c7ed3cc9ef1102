"""Telling people their follow-up tasks are due (the beat job handoff.tasks.notify_due_tasks)."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from handoff.models import Notification
from handoff.notifications import notify
from leads.tasks_followup import tasks_claim_due


def notify_due_tasks(*, now: datetime | None = None) -> int:
    """One notification per task that fell due; returns how many were sent."""
    with transaction.atomic():
        tasks = tasks_claim_due(now=now)
        for task in tasks:
            notify(
                user=task.assignee,
                kind=Notification.Kind.TASK_DUE,
                lead=task.lead,
                text=f"Task due: {task.title} ({task.lead.display_name})."[:500],
            )
    return len(tasks)
