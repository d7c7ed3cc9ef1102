"""Response-time targets counted in a team's business hours."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime, timedelta

from handoff.models import RoutingRule, TeamSchedule
from leads.models import Team

_MAX_DAYS = 3 * 366  # a schedule with working days always ends the loop long before this


def add_business_hours(start: datetime, hours: float, schedule: TeamSchedule | None) -> datetime:
    """`start` plus `hours` of working time in `schedule` (clock time without one). A lead that
    arrives on Friday evening with an 8-hour target is due on Monday afternoon."""
    if schedule is None or hours <= 0:
        return start + timedelta(hours=hours)
    zone = zoneinfo.ZoneInfo(schedule.timezone)
    days = schedule.days
    left = timedelta(hours=hours)
    now = start.astimezone(UTC)
    day = start.astimezone(zone).date()
    for _ in range(_MAX_DAYS):
        if day.isoweekday() in days:
            # Local opening hours on this date, in UTC: arithmetic inside one zone would
            # ignore a daylight-saving change that day.
            opens = datetime.combine(day, schedule.workday_start, tzinfo=zone).astimezone(UTC)
            closes = datetime.combine(day, schedule.workday_end, tzinfo=zone).astimezone(UTC)
            begin = max(opens, now)
            if begin < closes:
                available = closes - begin
                if left <= available:
                    return begin + left
                left -= available
        day += timedelta(days=1)
    raise ValueError(f"{schedule} has no working time")


DEFAULT_RESPONSE_HOURS = 24  # a lead routed by no rule (a manager's hand) gets a day


def due_times(
    *, rule: RoutingRule | None, team: Team | None, start: datetime
) -> tuple[datetime, datetime | None]:
    """When the first response is due and, if the rule has one, when the lead moves on to
    someone else. Fast-lane rules count clock hours; the others the team's business hours."""
    schedule = None
    if team is not None and not (rule and rule.fast_lane):
        schedule = TeamSchedule.objects.filter(team=team).first()
    hours = rule.response_hours if rule else DEFAULT_RESPONSE_HOURS
    due = add_business_hours(start, hours, schedule)
    second = None
    if rule is not None and rule.escalation_hours:
        second = add_business_hours(start, rule.escalation_hours, schedule)
    return due, second
