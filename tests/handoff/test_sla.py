from datetime import UTC, datetime, time, timedelta
from unittest import mock

import pytest
import time_machine
from django.core import mail
from django.utils import timezone
from kombu.exceptions import OperationalError

from handoff.models import Assignment, Notification, RoutingRule, TeamSchedule
from handoff.selectors import unread_count
from handoff.services import route_lead, sla_tick
from handoff.sla import add_business_hours
from handoff.tasks import route_lead_task
from leads import queueing
from leads.models import Lead
from leads.services import (
    HistoryStep,
    lead_accept,
    lead_promote,
    lead_reject,
    leads_create_with_history,
)
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def schedule(zone="UTC", start=time(9), end=time(17), days="1,2,3,4,5") -> TeamSchedule:
    return TeamSchedule(timezone=zone, workday_start=start, workday_end=end, weekdays=days)


# 2026-11-23 is a Monday.
@pytest.mark.parametrize(
    ("start", "hours", "sched", "due"),
    [
        (utc(2026, 11, 23, 10), 4, schedule(), utc(2026, 11, 23, 14)),  # inside the day
        (utc(2026, 11, 23, 15), 4, schedule(), utc(2026, 11, 24, 11)),  # runs into Tuesday
        (utc(2026, 11, 23, 6), 2, schedule(), utc(2026, 11, 23, 11)),  # before opening
        (utc(2026, 11, 23, 20), 1, schedule(), utc(2026, 11, 24, 10)),  # after closing
        (utc(2026, 11, 27, 16), 4, schedule(), utc(2026, 11, 30, 12)),  # Friday → Monday
        (utc(2026, 11, 28, 12), 1, schedule(), utc(2026, 11, 30, 10)),  # Saturday
        (utc(2026, 11, 23, 10), 16, schedule(), utc(2026, 11, 25, 10)),  # two full days
        (utc(2026, 11, 23, 10), 4, None, utc(2026, 11, 23, 14)),  # no schedule: clock hours
        (utc(2026, 11, 27, 16), 24, None, utc(2026, 11, 28, 16)),
        # Berlin is UTC+1 in winter: 9-17 there is 8-16 UTC.
        (utc(2026, 11, 23, 7), 1, schedule("Europe/Berlin"), utc(2026, 11, 23, 9)),
        (utc(2026, 11, 23, 15, 30), 1, schedule("Europe/Berlin"), utc(2026, 11, 24, 8, 30)),
        # New York (UTC-5): a lead at 23:00 UTC Monday is 18:00 local, after hours.
        (utc(2026, 11, 23, 23), 2, schedule("America/New_York"), utc(2026, 11, 24, 16)),
        # Tokyo's Monday morning is Sunday night in UTC.
        (utc(2026, 11, 22, 23), 1, schedule("Asia/Tokyo"), utc(2026, 11, 23, 1)),
        # Berlin's clocks go back on 2026-10-25: Friday 16:00 is 14:00 UTC, Monday 9:00 is
        # 8:00 UTC. One hour on Friday, three on Monday.
        (utc(2026, 10, 23, 14), 4, schedule("Europe/Berlin"), utc(2026, 10, 26, 11)),
        # A weekend team: Saturday and Sunday only.
        (utc(2026, 11, 23, 10), 1, schedule(days="6,7"), utc(2026, 11, 28, 10)),
    ],
)
def test_due_times_count_business_hours(start, hours, sched, due):
    assert add_business_hours(start, hours, sched) == due


def test_a_schedule_without_days_is_refused():
    from django.core.exceptions import ValidationError

    bad = schedule(days="")
    with pytest.raises(ValidationError):
        bad.clean()
    with pytest.raises(ValidationError):
        schedule(zone="Mars/Olympus").clean()


@pytest.fixture
def berlin(team):
    return TeamSchedule.objects.create(team=team, timezone="Europe/Berlin")


def test_routing_sets_the_due_time_in_the_teams_hours(berlin, default_rule):
    lead = LeadFactory(stage="mql")
    with time_machine.travel(utc(2026, 11, 27, 15), tick=False):  # Friday 16:00 in Berlin
        assignment = route_lead(lead_id=lead.pk)
    # 1 hour left on Friday, 7 more on Monday from 9:00 Berlin (8:00 UTC).
    assert assignment.due_at == utc(2026, 11, 30, 15)


def test_a_fast_lane_rule_counts_clock_hours(berlin, team, rep2, default_rule):
    RoutingRule.objects.create(
        position=1, name="Hot", min_score=90, rep=rep2, response_hours=2, fast_lane=True
    )
    lead = LeadFactory(stage="mql", score=95)
    with time_machine.travel(utc(2026, 11, 28, 12), tick=False):  # a Saturday
        assignment = route_lead(lead_id=lead.pk)
    assert assignment.fast_lane
    assert assignment.due_at == utc(2026, 11, 28, 14)


def test_the_first_response_is_recorded(default_rule, rep):
    lead = LeadFactory(stage="mql", team=rep.teams.get())
    with time_machine.travel(utc(2026, 11, 23, 10), tick=False):
        route_lead(lead_id=lead.pk)
    lead.refresh_from_db()
    with time_machine.travel(utc(2026, 11, 23, 11), tick=False):
        lead_accept(lead=lead, by=rep)
    assignment = Assignment.objects.get(lead=lead)
    assert assignment.first_response_at == utc(2026, 11, 23, 11)
    assert not Assignment.objects.open().exists()


@pytest.fixture
def escalating(team, default_rule):
    default_rule.response_hours = 2
    default_rule.escalation_hours = 4
    default_rule.save()
    return default_rule


def test_overdue_leads_are_flagged_escalated_and_then_reassigned(
    escalating, manager, team, django_capture_on_commit_callbacks
):
    manager.email = "manager@example.com"
    manager.save()
    lead = LeadFactory(stage="mql")
    with time_machine.travel(utc(2026, 11, 23, 10), tick=False):
        first = route_lead(lead_id=lead.pk)
    owner = first.owner

    with time_machine.travel(utc(2026, 11, 23, 11, 59), tick=False):
        assert sla_tick().escalated == 0  # not due yet

    with (
        time_machine.travel(utc(2026, 11, 23, 12, 5), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        tick = sla_tick()
        assert (tick.escalated, tick.reassigned) == (1, 0)
        assert sla_tick().escalated == 0  # flagged once only
    first.refresh_from_db()
    assert first.escalated_at == utc(2026, 11, 23, 12, 5)
    assert owner.notifications.filter(kind=Notification.Kind.OVERDUE).count() == 1
    assert manager.notifications.filter(kind=Notification.Kind.ESCALATED).count() == 1
    assert [m.subject for m in mail.outbox if m.to == [manager.email]] == [
        "[LeadCRM] Team's response overdue"
    ]

    with time_machine.travel(utc(2026, 11, 23, 14, 5), tick=False):
        assert sla_tick().reassigned == 1
        assert sla_tick().reassigned == 0
    lead.refresh_from_db()
    assert lead.owner != owner and lead.owner is not None
    first.refresh_from_db()
    assert first.reassigned_at is not None and not first.is_open
    second = Assignment.objects.open().get(lead=lead)
    assert second.owner == lead.owner and second.assigned_at == utc(2026, 11, 23, 14, 5)
    assert second.due_at == utc(2026, 11, 23, 16, 5)
    reassigned = owner.notifications.get(kind=Notification.Kind.REASSIGNED)
    assert reassigned.get_kind_display() == "Lead reassigned to a teammate"
    assert lead.changes.filter(kind="owner").count() == 2


def test_an_answered_lead_is_never_escalated(escalating, rep):
    lead = LeadFactory(stage="mql")
    with time_machine.travel(utc(2026, 11, 23, 10), tick=False):
        route_lead(lead_id=lead.pk)
    lead = Lead.objects.get(pk=lead.pk)
    lead_accept(lead=lead, by=rep)
    with time_machine.travel(utc(2026, 11, 24, 10), tick=False):
        tick = sla_tick()
    assert (tick.escalated, tick.reassigned) == (0, 0)


def test_a_waiting_lead_is_routed_when_capacity_frees_up(team, default_rule, sdr, rep, rep2):
    from handoff.models import Profile

    for user in (sdr, rep, rep2):
        Profile.objects.create(user=user, capacity=0)
    lead = LeadFactory(stage="mql")
    route_lead(lead_id=lead.pk)
    assert sla_tick().routed == 0
    Profile.objects.filter(user=rep2).update(capacity=5)
    assert sla_tick().routed == 1
    lead.refresh_from_db()
    assert lead.owner == rep2
    assert Assignment.objects.open().get(lead=lead).owner == rep2


def test_the_beat_schedule_runs_the_sla_job_every_five_minutes():
    from leadcrm.celery import app

    entry = app.conf.beat_schedule["handoff-sla"]
    assert entry["task"] == "handoff.tasks.sla_tick"
    assert entry["schedule"].minute == set(range(0, 60, 5))


def test_an_mql_whose_routing_could_not_be_queued_is_routed_by_the_sla_job(
    default_rule, marketer, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(queueing, "_broker_down_until", 0.0)
    lead = LeadFactory(stage="new")
    broker_down = OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    with (
        mock.patch.object(route_lead_task, "apply_async", side_effect=broker_down),
        django_capture_on_commit_callbacks(execute=True),
    ):
        lead_promote(lead=lead, by=marketer)

    assert not Assignment.objects.filter(lead=lead).exists()
    assert sla_tick().routed == 1
    assert Assignment.objects.filter(lead=lead).count() == 1
    assert sla_tick().routed == 0  # routed once


def test_the_sla_job_leaves_imported_mqls_alone(default_rule):
    (lead,) = leads_create_with_history(
        [(Lead(email="imported@example.com"), [HistoryStep(to_stage="mql", at=timezone.now())])]
    )

    assert sla_tick().routed == 0
    assert not Assignment.objects.filter(lead=lead).exists()


def test_it_resolves_the_waiting_notifications_when_the_lead_is_answered(escalating, manager):
    lead = LeadFactory(stage="mql")
    with time_machine.travel(utc(2026, 11, 23, 10), tick=False):
        owner = route_lead(lead_id=lead.pk).owner
    with time_machine.travel(utc(2026, 11, 23, 12, 5), tick=False):
        sla_tick()
    assert unread_count(owner) == 2  # assigned, and "… still waiting for your response"
    assert unread_count(manager) == 1  # escalated
    with time_machine.travel(utc(2026, 11, 23, 12, 30), tick=False):
        lead_reject(lead=Lead.objects.get(pk=lead.pk), by=owner, reason="no_need")
    assert unread_count(owner) == 0 and unread_count(manager) == 0
    resolved = Notification.objects.filter(lead=lead).values_list("resolved_at", flat=True)
    assert set(resolved) == {utc(2026, 11, 23, 12, 30)}


def test_it_does_not_show_a_lead_that_moved_on_as_waiting_or_overdue(client, rep):
    """An open assignment left behind (seeded, imported) for a lead that has moved on since:
    the lead was answered, so the inbox shows it without a due time."""
    lead = LeadFactory(stage="sal", owner=rep, team=rep.teams.get())
    now = timezone.now()
    Assignment.objects.create(
        lead=lead, owner=rep, stage="mql", assigned_at=now, due_at=now - timedelta(days=3)
    )
    client.force_login(rep)
    response = client.get("/handoff/inbox/")
    assert not response.context["waiting_rows"]
    [row] = response.context["rest_rows"]
    assert row.lead == lead and not row.overdue
