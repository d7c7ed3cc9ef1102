"""Follow-up tasks on leads: create, finish, and the reads of "my tasks" and a lead's next task.

(Named apart from leads/tasks.py, which holds the Celery tasks.) A task is seen by whoever may
see its lead; it is assigned to someone who may see the lead too, so nobody is handed work on a
lead hidden from them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Min, QuerySet
from django.utils import timezone

from leads.models import FollowUp, Lead
from leads.roles import role_of
from leads.selectors import visible_leads

MAX_TITLE = 200
# A due time this far back is a typo, not a plan.
PAST_LIMIT = timedelta(days=1)
# And this far ahead: 9999-12-31T23:59-12:00 from a form overflowed on its way to UTC (a 500).
AHEAD_LIMIT = timedelta(days=3653)


class TaskError(Exception):
    def __init__(self, message: str, *, errors: dict[str, list[str]] | None = None):
        super().__init__(message)
        self.message = message
        self.errors = errors or {}


def visible_tasks(user: AbstractBaseUser) -> QuerySet[FollowUp]:
    """The tasks of the leads `user` may see."""
    return FollowUp.objects.filter(lead__in=visible_leads(user).values("pk")).select_related(
        "lead", "assignee", "done_by"
    )


def task_create(
    *,
    lead: Lead,
    by: AbstractBaseUser,
    title: str,
    due_at: datetime,
    assignee: AbstractBaseUser | None = None,
) -> FollowUp:
    """A task on `lead` (which `by` may see), for `assignee` (default: `by`)."""
    assignee = assignee or by
    errors: dict[str, list[str]] = {}
    title = (title or "").strip()
    if not title:
        errors["title"] = ["Say what to do."]
    elif len(title) > MAX_TITLE or "\x00" in title:
        errors["title"] = [f"At most {MAX_TITLE} characters."]
    if due_at is None or timezone.is_naive(due_at):
        errors["due_at"] = ["A date and time with its time zone."]
    elif due_at < timezone.now() - PAST_LIMIT:
        errors["due_at"] = ["This is more than a day ago: pick a time to come."]
    elif due_at > timezone.now() + AHEAD_LIMIT:
        errors["due_at"] = ["Pick a time within the next ten years."]
    if not assignee.is_active or role_of(assignee) is None:
        errors["assignee"] = [f"{assignee} cannot take tasks."]
    elif not visible_leads(assignee).filter(pk=lead.pk).exists():
        errors["assignee"] = [f"{assignee} may not see this lead."]
    if errors:
        raise TaskError("Some fields are invalid; no task was added.", errors=errors)
    return FollowUp.objects.create(
        lead=lead, title=title, due_at=due_at, assignee=assignee, created_by=by
    )


def task_done(*, task: FollowUp, by: AbstractBaseUser) -> FollowUp:
    """Mark the task done, recording who and when; done twice is still done once."""
    now = timezone.now()
    with transaction.atomic():
        # Conditional UPDATE: of two clicks the first one's time and person are kept.
        FollowUp.objects.filter(pk=task.pk, done_at__isnull=True).update(done_at=now, done_by=by)
        task.refresh_from_db(fields=["done_at", "done_by"])
    return task


def next_task_due_at(lead: Lead) -> datetime | None:
    return lead.followups.filter(done_at__isnull=True).aggregate(at=Min("due_at"))["at"]


def next_tasks(leads: Iterable[Lead]) -> dict[int, FollowUp]:
    """Each lead's next open task, in one query (the inbox rows)."""
    ids = [lead.pk for lead in leads]
    found: dict[int, FollowUp] = {}
    if not ids:
        return found
    for task in FollowUp.objects.filter(lead_id__in=ids, done_at__isnull=True).order_by(
        "due_at", "pk"
    ):
        found.setdefault(task.lead_id, task)
    return found


@dataclass
class MyTasks:
    overdue: list[FollowUp] = field(default_factory=list)
    today: list[FollowUp] = field(default_factory=list)
    upcoming: list[FollowUp] = field(default_factory=list)
    done: list[FollowUp] = field(default_factory=list)


UPCOMING_LIMIT = 100
DONE_LIMIT = 20


def my_tasks(user: AbstractBaseUser, *, now: datetime | None = None) -> MyTasks:
    """`user`'s open tasks split into overdue, due today (in the active time zone) and upcoming,
    and the latest they finished. Four queries whatever the number of tasks."""
    now = now or timezone.now()
    end_of_day = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    end_of_day += timedelta(days=1)
    open_tasks = visible_tasks(user).filter(assignee=user, done_at__isnull=True)
    result = MyTasks()
    for task in open_tasks.filter(due_at__lt=end_of_day).order_by("due_at", "pk"):
        (result.overdue if task.due_at < now else result.today).append(task)
    result.upcoming = list(
        open_tasks.filter(due_at__gte=end_of_day).order_by("due_at", "pk")[:UPCOMING_LIMIT]
    )
    result.done = list(
        visible_tasks(user)
        .filter(assignee=user, done_at__isnull=False)
        .order_by("-done_at", "-pk")[:DONE_LIMIT]
    )
    return result


def tasks_claim_due(*, now: datetime | None = None, limit: int = 500) -> list[FollowUp]:
    """Open tasks now due whose assignee was not told yet, marked as told: each is handed out
    once even when two workers run the beat job at the same time (conditional UPDATE)."""
    now = now or timezone.now()
    due = FollowUp.objects.filter(done_at__isnull=True, notified_at__isnull=True, due_at__lte=now)
    ids = list(due.order_by("due_at").values_list("pk", flat=True)[:limit])
    claimed = []
    for pk in ids:
        if FollowUp.objects.filter(pk=pk, notified_at__isnull=True).update(notified_at=now):
            claimed.append(pk)
    return list(FollowUp.objects.filter(pk__in=claimed).select_related("lead", "assignee"))
