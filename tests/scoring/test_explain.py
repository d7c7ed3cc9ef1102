"""Each rule's share of the score, and "Why an MQL" on the inbox row and the lead page."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from handoff.models import Assignment
from scoring.explain import ROUNDING, shares, top_reasons
from scoring.models import ScoringModel
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


EXPLANATION = [
    {"rule": "Job title: director", "category": "demographic", "points": 50},
    {"rule": "Baseline (every lead)", "category": "demographic", "points": 30},
    {"rule": "Country: us", "category": "demographic", "points": 10},
    {"rule": "Demo requested", "category": "behavioral", "points": 90},
    {"rule": "Unsubscribed", "category": "behavioral", "points": -20},
    {"rule": "Page views 5-9", "category": "engagement", "points": 33},
]
WEIGHTS = (40, 35, 25)  # sub-scores 90, 70, 33: total (3600 + 2450 + 825) / 100 = 68.75 -> 69


def test_the_shares_add_up_to_the_score_with_a_rounding_line():
    items = shares(EXPLANATION, WEIGHTS, 69)

    assert [i.share for i in items] == [
        Decimal("20.00"),
        Decimal("12.00"),
        Decimal("4.00"),
        Decimal("31.50"),
        Decimal("-7.00"),
        Decimal("8.25"),
        Decimal("0.25"),
    ]
    assert items[-1].rule == ROUNDING
    assert sum(i.share for i in items) == 69


def test_the_reasons_are_the_three_rules_that_added_most_but_not_the_baseline():
    reasons = top_reasons(EXPLANATION, WEIGHTS, 69)

    assert [(r.rule, r.share) for r in reasons] == [
        ("Demo requested", Decimal("31.50")),
        ("Job title: director", Decimal("20.00")),
        ("Page views 5-9", Decimal("8.25")),
    ]


def routed(owner, *, score: int):
    label = ScoringModel.objects.get(is_default=True).active_version.label
    lead = LeadFactory(
        owner=owner,
        team=owner.teams.first(),
        stage="mql",
        score=score,
        score_model_version=label,
        score_explanation=EXPLANATION,
    )
    now = timezone.now()
    Assignment.objects.create(
        lead=lead,
        owner=owner,
        team=lead.team,
        stage="mql",
        assigned_at=now,
        due_at=now + timedelta(hours=2),
    )
    return lead


def test_the_inbox_row_says_why_a_lead_is_an_mql(web, rep):
    over = routed(rep, score=69)  # threshold 60
    under = routed(rep, score=41)  # promoted by hand: the rules did not carry it over

    page = web(rep).get("/handoff/inbox/").content.decode()

    assert f'id="why-mql-{over.pk}"' in page
    row = page.split(f'id="why-mql-{over.pk}"')[1].split("</div>")[0]
    assert row.index("Demo requested") < row.index("Job title: director") < row.index("Page views")
    assert "+31.50" in row and "Baseline" not in row
    assert f'id="why-mql-{under.pk}"' not in page


def test_the_lead_page_shows_the_likelihood_the_reasons_and_the_shares(web, marketer):
    lead = routed(marketer, score=69)
    lead.score_likelihood = 0.3412
    lead.save(update_fields=["score_likelihood"])

    page = web(marketer).get(f"/leads/{lead.pk}/").content.decode()

    assert "likelihood to convert: 34%" in page
    assert f'id="why-mql-{lead.pk}"' in page
    breakdown = page.split('id="score-breakdown"')[1].split("</table>")[0]
    assert "31.50" in breakdown and ROUNDING in breakdown and "data-total>69<" in breakdown
