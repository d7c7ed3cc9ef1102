"""Reports by actor (issue 16): each move is credited to whoever made it; the owner now is a
separate dimension; an SDR's figures keep the leads they handed over."""

import pytest
from django.urls import reverse

from leads.models import Lead, Reason
from leads.services import HistoryStep, leads_create_with_history
from tests.handoff.reporting import at

pytestmark = pytest.mark.django_db

JAN = {"created_after": "2026-01-01", "created_before": "2026-01-31"}


def worked(n: int, steps: list[tuple], **fields) -> Lead:
    """A lead created on Jan 10 whose moves (stage, by[, action, reason]) were made in LeadCRM."""
    day = at("2026-01-10")
    path = [
        HistoryStep(
            to_stage=stage,
            at=day,
            by=by,
            action=rest[0] if rest else "",
            reason=Reason.objects.get(code=rest[1]) if len(rest) > 1 else None,
        )
        for stage, by, *rest in steps
    ]
    lead = Lead(created_at=day, email=f"actor{n}@example.com", **fields)
    return leads_create_with_history([(lead, path)], via="ui")[0]


@pytest.fixture
def handed_over(marketer, sdr, rep):
    worked(1, [("mql", marketer), ("tql", sdr, "qualify"), ("sal", rep, "accept")], owner=rep)
    worked(
        2,
        [("mql", marketer), ("tql", sdr, "qualify"), ("nurture", rep, "reject", "no_budget")],
    )
    worked(3, [("mql", marketer), ("nurture", sdr, "reject", "no_answer")])
    worked(4, [("mql", marketer)], owner=rep)  # not the SDR's


def tables(client, user) -> dict:
    client.force_login(user)
    response = client.get(reverse("reports:page", args=["quality"]), JAN)
    assert response.status_code == 200
    return {t.slug: t for t in response.context["tables"]}


def test_it_credits_the_sdr_with_the_leads_they_handed_over(client, sdr, handed_over):
    found = tables(client, sdr)
    [source] = found["quality-source"].rows
    assert source[1:4] == [3, 3, 1]  # 3 leads the SDR worked, 3 MQLs, 1 accepted by sales
    assert found["quality-people"].rows == [["sdr", 2, 0, 1, 0, 0, 0]]


def test_it_credits_each_move_to_who_made_it_for_managers(client, manager, handed_over):
    found = tables(client, manager)
    people = {row[0]: row[1:] for row in found["quality-people"].rows}
    assert people["sdr"] == [2, 0, 1, 0, 0, 0]
    assert people["rep"] == [0, 1, 1, 0, 0, 0]
    owners = {row[0]: row[1] for row in found["quality-owner"].rows}
    assert owners == {"rep": 2, "Unassigned now": 2}
    assert found["quality-owner"].title == "Acceptance and wins by owner now"
    assert not any("(none)" in str(row) for t in found.values() for row in t.rows)


def test_it_keeps_the_funnel_apis_shape_for_an_sdr(client, sdr, handed_over):
    client.force_login(sdr)
    body = client.get(reverse("api-reports-funnel"), JAN).json()
    assert set(body) >= {"cohort", "stages", "conversion", "rejections"}
    assert body["cohort"]["leads"] == 3
    reached = {s["stage"]: s["reached"] for s in body["stages"]}
    assert reached["tql"] == 2 and reached["sal"] == 1
