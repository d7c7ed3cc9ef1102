"""The demo's logged work and follow-up tasks: calls with outcomes, e-mails,
meetings and notes by each lead's owner since it entered its stage, and open, overdue and done
tasks, so the inbox's work columns and "My tasks" have something to show on a fresh demo.

Written set-based (bulk_create), after the leads and their history: no signal fires, so the
rows change no score and answer no SLA (handoff's demo sets the assignments' first responses)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from django.utils import timezone

from leads.models import Activity, FollowUp, Lead, Stage, Via
from leads.worklog import WorkType, activity_type

OPEN = (Stage.MQL, Stage.TQL, Stage.SAL, Stage.SQL)
ANSWERED = (Stage.SAL, Stage.SQL, Stage.WON, Stage.LOST)
NOTES = [
    "Looked them up: growing team, hiring two sales managers.",
    "Asked for pricing on the web form; mentions a renewal in Q1.",
    "Decision maker is the COO; the contact is evaluating.",
    "Uses a competitor today, contract ends in spring.",
]
EMAILS = [
    "Sent the case study and three slots for a call.",
    "Followed up on the demo request.",
    "Sent the quote and the security questionnaire.",
]
TASKS = [
    "Call back",
    "Send the quote",
    "Book the demo",
    "Check in after the trial",
    "Ask for the budget",
]
# A rep's day: most calls go unanswered before one connects.
MISSES = ["no_answer", "voicemail", "busy", "no_answer", "wrong_number"]


def _between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    return start + (end - start) * rng.uniform(0.05, 0.95)


def _work(rng: random.Random, lead: Lead, now: datetime, types: dict) -> list[Activity]:
    """The activities of one lead: notes on waiting leads (a note answers no SLA), calls until
    one connected, an e-mail and, further down the funnel, a meeting, on answered leads."""
    since, owner = lead.stage_changed_at, lead.owner_id
    if since >= now:
        return []

    def row(kind: str, *, outcome: str = "", note: str = "") -> Activity:
        at = _between(rng, since, now)
        return Activity(
            lead=lead,
            type=types[kind],
            by_id=owner,
            outcome=outcome,
            note=note,
            occurred_at=at,
            created_at=at,
            via=Via.UI,
        )

    if lead.stage in (Stage.MQL, Stage.TQL):
        return [row(WorkType.NOTE, note=rng.choice(NOTES))] if rng.random() < 0.4 else []
    found = [row(WorkType.CALL, outcome=rng.choice(MISSES)) for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.7:
        found.append(row(WorkType.CALL, outcome="connected", note="Talked through their needs."))
    if rng.random() < 0.5:
        found.append(row(WorkType.EMAIL, note=rng.choice(EMAILS)))
    if lead.stage != Stage.SAL and rng.random() < 0.5:
        found.append(row(WorkType.MEETING, note="Demo with the team."))
    if rng.random() < 0.3:
        found.append(row(WorkType.NOTE, note=rng.choice(NOTES)))
    return found


# The tasks of each owner take these turns, so even a small demo shows every kind.
TASK_KINDS = ("overdue", "today", "upcoming", "done")


def _task(rng: random.Random, lead: Lead, now: datetime, kind: str) -> FollowUp:
    task = FollowUp(
        lead=lead,
        title=rng.choice(TASKS),
        assignee_id=lead.owner_id,
        created_by_id=lead.owner_id,
        created_at=now - timedelta(days=3),
    )
    if kind == "overdue":  # its owner was told when it fell due
        task.due_at = now - timedelta(hours=rng.uniform(1, 72))
        task.notified_at = task.due_at
    elif kind == "today":
        task.due_at = now + timedelta(hours=rng.uniform(0.5, 8))
    elif kind == "upcoming":
        task.due_at = now + timedelta(days=rng.uniform(1, 10))
    else:
        task.due_at = now - timedelta(days=rng.uniform(1, 5))
        task.done_at = task.due_at + timedelta(hours=rng.uniform(0, 5))
        task.done_by_id = lead.owner_id
        task.notified_at = task.due_at
    return task


def seed_work(*, leads: list[Lead], seed: int, now: datetime | None = None) -> tuple[int, int]:
    """Work and tasks on the owned leads; returns (activities, tasks) written."""
    rng = random.Random(seed)
    now = now or timezone.now()
    types = {
        code: activity_type(code)
        for code in (WorkType.CALL, WorkType.EMAIL, WorkType.MEETING, WorkType.NOTE)
    }
    activities: list[Activity] = []
    tasks: list[FollowUp] = []
    turns: dict[int, int] = {}
    for lead in leads:
        if lead.owner_id is None or lead.stage not in (*OPEN, *ANSWERED):
            continue
        activities += _work(rng, lead, now, types)
        if lead.stage in OPEN and rng.random() < 0.5:  # half the open leads have a task
            turn = turns.get(lead.owner_id, 0)
            turns[lead.owner_id] = turn + 1
            tasks.append(_task(rng, lead, now, TASK_KINDS[turn % len(TASK_KINDS)]))
    Activity.objects.bulk_create(activities, batch_size=1000)
    FollowUp.objects.bulk_create(tasks, batch_size=1000)
    return len(activities), len(tasks)
