from datetime import UTC, datetime, timedelta

import pytest

from handoff.models import Assignment
from handoff.selectors import sla_compliance
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

T0 = datetime(2026, 11, 2, 9, tzinfo=UTC)


def assignment(owner, *, hours_late: float | None, ended: bool = False, at=T0) -> Assignment:
    """Due 4 h after `at`; answered `hours_late` after the due time (None: not answered)."""
    due = at + timedelta(hours=4)
    return Assignment.objects.create(
        lead=LeadFactory(),
        owner=owner,
        team=owner.teams.first(),
        stage="mql",
        assigned_at=at,
        due_at=due,
        first_response_at=None if hours_late is None else due + timedelta(hours=hours_late),
        ended_at=due if ended else None,
    )


def test_sla_compliance_per_rep_and_team(rep, rep2):
    assignment(rep, hours_late=-1)  # in time
    assignment(rep, hours_late=-3)  # in time
    assignment(rep, hours_late=2)  # late
    assignment(rep, hours_late=None)  # still open and overdue
    assignment(rep2, hours_late=None, at=T0 + timedelta(days=1, hours=22))  # open, not yet due
    assignment(rep2, hours_late=None, ended=True)  # reassigned: not counted as answered
    assignment(rep2, hours_late=-1, at=T0 - timedelta(days=30))  # outside the window

    now = T0 + timedelta(days=2)
    window = {"start": T0 - timedelta(days=1), "end": T0 + timedelta(days=3), "now": now}
    by_rep = {row.key: row for row in sla_compliance(**window, by="owner")}
    assert (by_rep["rep"].assigned, by_rep["rep"].answered_in_time) == (4, 2)
    assert (by_rep["rep"].answered_late, by_rep["rep"].overdue_open) == (1, 1)
    assert by_rep["rep"].rate == 0.5
    assert by_rep["rep2"].assigned == 2 and by_rep["rep2"].rate is None

    [team] = sla_compliance(**window, by="team")
    assert (team.key, team.assigned, team.answered_in_time) == ("Inside Sales", 6, 2)


def test_sla_compliance_refuses_an_unknown_grouping():
    with pytest.raises(ValueError):
        sla_compliance(start=T0, end=T0, now=T0, by="source")
