"""The quality report's "not reachable" rejections made with fewer attempts than the team's
minimum."""

from datetime import UTC, datetime

import pytest

from leads import worklog
from leads.models import Stage, Team
from leads.services import lead_move
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

JAN = {"created_after": "2026-01-01", "created_before": "2026-01-31"}


def _rejected(rep, team, *, calls: int, reason: str = "no_answer", name: str):
    lead = LeadFactory(
        stage=Stage.MQL,
        owner=rep,
        team=team,
        first_name=name,
        created_at=datetime(2026, 1, 10, tzinfo=UTC),
        stage_changed_at=datetime(2026, 1, 10, tzinfo=UTC),
    )
    for _ in range(calls):
        worklog.work_log(lead=lead, by=rep, type="call", outcome="no_answer")
    lead_move(lead=lead, action="reject", by=rep, reason=reason)
    return lead


def test_the_quality_page_lists_not_reachable_rejections_below_the_minimum(client, manager, rep):
    team = Team.objects.get(name="Inside Sales")
    _rejected(rep, team, calls=1, name="Hasty")
    _rejected(rep, team, calls=3, name="Patient")
    _rejected(rep, team, calls=0, reason="no_budget", name="Unqualified")
    # The minimum came after these rejections (the rule would have stopped "Hasty").
    team.min_attempts_not_reachable = 3
    team.save()

    client.force_login(manager)
    response = client.get("/reports/quality/", JAN)
    tables = {t.slug: t for t in response.context["tables"]}
    rows = tables["not-reachable-attempts"].rows
    assert [(r[0].split()[0], r[5], r[6]) for r in rows] == [("Hasty", 1, 3)]
    assert "Hasty" in response.content.decode()


def test_calls_outside_the_stage_rejected_from_do_not_count(client, manager, rep):
    team = Team.objects.get(name="Inside Sales")
    lead = _rejected(rep, team, calls=0, name="Late")
    # A call logged after the rejection is no attempt before it.
    worklog.work_log(lead=lead, by=rep, type="call", outcome="busy")
    team.min_attempts_not_reachable = 1
    team.save()
    client.force_login(manager)
    tables = {t.slug: t for t in client.get("/reports/quality/", JAN).context["tables"]}
    assert [r[5] for r in tables["not-reachable-attempts"].rows] == [0]
