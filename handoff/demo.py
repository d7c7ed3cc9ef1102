"""Handoff's part of the demo: routing rules, the team's hours, capacities, the open leads'
response targets (some overdue) and a few notifications. Deterministic with the seed."""

from __future__ import annotations

import random
from datetime import time, timedelta

from django.db import transaction
from django.utils import timezone

from handoff.models import Assignment, Notification, Profile, RoutingRule, TeamSchedule
from handoff.routing import rule_for
from handoff.services import route_lead
from handoff.sla import add_business_hours
from leads.models import Account, Action, Lead, ProductLine, Stage, StageChange, Team
from leads.services import lead_promote

ACCOUNT_MQL_NOTE = "Demo: a customer's new MQL."


@transaction.atomic
def seed_handoff(*, leads: list[Lead], users: dict, seed: int) -> None:
    """The demo's handoff: the team's schedule and people, routing rules, an assignment for
    every lead waiting in or past the inbox, and a few notifications."""
    rng = random.Random(seed)
    team = Team.objects.filter(name="Inside Sales").first()
    if team is None or Assignment.objects.exists():
        return
    schedule, _ = TeamSchedule.objects.get_or_create(
        team=team,
        defaults={
            "timezone": "Europe/Berlin",
            "workday_start": time(8),
            "workday_end": time(18),
            "weekdays": "1,2,3,4,5",
        },
    )
    for username, capacity in (("sdr", 80), ("rep1", 60), ("rep2", 60)):
        Profile.objects.get_or_create(user=users[username], defaults={"capacity": capacity})
    _seed_rules(team=team, users=users)
    routed = _route_account_mqls(users)
    rows = _seed_assignments(leads=leads, team=team, schedule=schedule, rng=rng, routed=routed)
    Notification.objects.bulk_create(_seed_notifications(leads=leads, rows=rows, users=users))


def _seed_rules(*, team: Team, users: dict) -> None:
    # Installed by migration 0012; a database flushed since (the test suite's) lacks it.
    RoutingRule.objects.get_or_create(
        kind=RoutingRule.Kind.ACCOUNT_OWNER, defaults={"name": "Account owner", "position": 0}
    )
    if RoutingRule.objects.filter(kind=RoutingRule.Kind.ROUTE).exists():
        return
    payments = ProductLine.objects.filter(code="payments").first()
    hot = RoutingRule.objects.create(
        position=10,
        name="Hot payments leads to rep2",
        min_score=75,
        rep=users["rep2"],
        response_hours=2,
        fast_lane=True,
    )
    if payments:
        hot.product_lines.add(payments)
    RoutingRule.objects.create(
        position=20,
        name="Europe",
        countries="DE,FR,ES,NL,GB",
        team=team,
        response_hours=8,
        escalation_hours=24,
    )
    RoutingRule.objects.create(
        position=100,
        name="Everyone else",
        team=team,
        response_hours=24,
        escalation_hours=48,
        is_default=True,
    )


def _seed_assignments(
    *,
    leads: list[Lead],
    team: Team,
    schedule: TeamSchedule,
    rng: random.Random,
    routed: set[int],
) -> list[Assignment]:
    """Accepted leads with a met target; waiting ones, some just arrived, some long overdue
    (already escalated). Leads in `routed` were routed for real and have theirs."""
    rules = list(RoutingRule.objects.prefetch_related("product_lines", "sources"))
    now = timezone.now()
    rows = []
    for lead in leads:
        if lead.stage not in (Stage.MQL, Stage.TQL, Stage.SAL) or lead.owner_id is None:
            continue
        if lead.pk in routed:  # routed for real just now
            continue
        rule = rule_for(lead, rules)
        hours = rule.response_hours if rule else 24
        clock = None if rule and rule.fast_lane else schedule
        row = Assignment(lead=lead, owner_id=lead.owner_id, team=team, rule=rule)
        if lead.stage == Stage.SAL:
            row.stage = Stage.MQL
            row.assigned_at = lead.stage_changed_at - timedelta(hours=rng.uniform(1, 30))
            row.due_at = add_business_hours(row.assigned_at, hours, clock)
            row.first_response_at = lead.stage_changed_at
        else:
            row.stage = lead.stage
            row.fast_lane = bool(rule and rule.fast_lane)
            row.assigned_at = now - timedelta(hours=rng.uniform(0.5, 120))
            row.due_at = add_business_hours(row.assigned_at, hours, clock)
            row.escalated_at = row.due_at + timedelta(minutes=5) if row.due_at < now else None
        rows.append(row)
    Assignment.objects.bulk_create(rows, batch_size=1000)
    return rows


def _seed_notifications(
    *, leads: list[Lead], rows: list[Assignment], users: dict
) -> list[Notification]:
    overdue = [a for a in rows if a.escalated_at][:6]
    notes = [
        Notification(
            user_id=a.owner_id,
            kind=Notification.Kind.OVERDUE,
            lead=a.lead,
            text=f"{a.lead.display_name} is overdue and still waits for your response.",
            created_at=a.escalated_at,
        )
        for a in overdue
    ]
    notes += [
        Notification(
            user=users["manager"],
            kind=Notification.Kind.ESCALATED,
            lead=a.lead,
            text=f"{a.lead.display_name} is overdue; its owner has not responded.",
            created_at=a.escalated_at,
        )
        for a in overdue[:3]
    ]
    rejections = (
        StageChange.objects.filter(lead__in=[lead.pk for lead in leads], action=Action.REJECT)
        .select_related("lead", "reason")
        .order_by("-at")[:3]
    )
    notes += [
        Notification(
            user=users["marketer"],
            kind=Notification.Kind.REJECTED,
            lead=change.lead,
            text=f"Sales rejected {change.lead.display_name}: "
            f"{change.reason.label if change.reason else 'no reason'}.",
            created_at=change.at,
        )
        for change in rejections
    ]
    return notes


def _route_account_mqls(users: dict) -> set[int]:
    """Two new leads of the demo's customer become MQLs now and go through routing: the
    account-owner rule gives them to the account's owner, as the routing check shows.
    Seeding again routes the same two again (found by their promotion's note)."""
    # The demo's customer: the first account with an owner (leads.account_demo).
    customer = Account.objects.filter(owner__isnull=False).order_by("pk").first()
    if customer is None:  # a demo too small for a won deal has no customer
        return set()
    acme = Lead.objects.filter(account=customer)
    promoted = acme.filter(stage=Stage.MQL, stage_changes__note=ACCOUNT_MQL_NOTE).distinct()
    fresh = list(promoted.order_by("pk")[:2]) or list(
        # the lowest scores: the marketer's queue keeps its best leads
        acme.filter(stage=Stage.NEW).order_by("score", "pk")[:2]
    )
    for lead in fresh:
        if lead.stage == Stage.NEW:
            lead_promote(lead=lead, by=users["marketer"], note=ACCOUNT_MQL_NOTE)
        route_lead(lead_id=lead.pk)
    return {lead.pk for lead in fresh}
