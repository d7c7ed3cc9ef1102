"""Threshold changes (issue 16): crossing is decided against the threshold each lead was last
judged by, so activating a version promotes exactly the leads now over its threshold that were
not over before, and the backtest's what-if counts say how many in advance."""

from datetime import timedelta

import pytest
from django.utils import timezone

from leads.models import Lead
from leads.services import HistoryStep, leads_create_with_history
from scoring.activation import version_activate
from scoring.backtest import backtest
from scoring.models import RescoreRun, Rule
from scoring.services import rescore_leads, rescore_version
from tests.scoring.conftest import make_version

pytestmark = pytest.mark.django_db

# Fit only: size 45, +10 for a director, +20 in software. Scores 45, 55, 65, 75...
RULES = [
    {
        "kind": "attribute",
        "name": "Size 10+",
        "points": 45,
        "field": "company_size",
        "operator": "gte",
        "value": 10,
    },
    {
        "kind": "attribute",
        "name": "Director",
        "points": 10,
        "field": "job_title",
        "operator": "contains",
        "value": "director",
    },
]
SOFTWARE = {
    "kind": "attribute",
    "name": "Software",
    "points": 20,
    "field": "industry",
    "operator": "equals",
    "value": "software",
}


def recycled(name: str, **fields) -> Lead:
    """A lead sales sent back to nurture (imported history: no cool-down)."""
    at = timezone.now() - timedelta(days=400)
    lead = Lead(
        first_name=name, email=f"{name}@example.com", company_size=50, created_at=at, **fields
    )
    steps = [
        HistoryStep("mql", at + timedelta(days=1)),
        HistoryStep("nurture", at + timedelta(days=2)),
    ]
    return leads_create_with_history([(lead, steps)])[0]


def activate(draft, django_capture_on_commit_callbacks) -> RescoreRun:
    with django_capture_on_commit_callbacks(execute=True):
        run = version_activate(version=draft, by=None, note="threshold change")
    run.refresh_from_db()
    return run


def stages() -> dict[str, str]:
    return dict(Lead.objects.values_list("first_name", "stage"))


def test_it_promotes_the_leads_a_lowered_threshold_lets_over(django_capture_on_commit_callbacks):
    current = make_version([*RULES, SOFTWARE], weights=(1, 0, 0), threshold=60, auto_promote=False)
    for i in range(3):
        recycled(f"low{i}")  # 45
        recycled(f"mid{i}", job_title="Sales Director")  # 55
    recycled("high", job_title="IT Director", industry="software")  # 75: over 60 already
    rescore_version(current)
    assert set(stages().values()) == {"nurture"}

    draft = current.copy_as_draft()
    draft.threshold, draft.auto_promote = 50, True
    draft.save()
    expected = backtest(draft, as_of="now")
    over = {row.threshold: row.mqls for row in expected.what_if}
    run = activate(draft, django_capture_on_commit_callbacks)

    assert run.status == "done"
    promoted = {name for name, stage in stages().items() if stage == "mql"}
    assert promoted == {"mid0", "mid1", "mid2"}  # 55: under 60 before, over 50 now
    assert run.promoted == 3 == over[50] - over[60]


def test_it_promotes_nobody_over_before_when_the_threshold_rises(
    django_capture_on_commit_callbacks,
):
    current = make_version(RULES, weights=(1, 0, 0), threshold=50, auto_promote=False)
    recycled("low")  # 45 -> 65 with the software rule: crosses 50 -> 60
    recycled("mid", job_title="Director")  # 55 -> 55: over 50 before, under 60 now
    recycled("soft", job_title="Director", industry="software")  # 75 -> 75: over before
    recycled("up", industry="software")  # 45 under v1 (no software rule yet) -> 65
    # 55 -> 75: over v1's 50 already (auto-promote was off), so not a crossing now
    recycled("rise", job_title="Director", industry="Software")
    rescore_version(current)

    draft = current.copy_as_draft()
    draft.threshold, draft.auto_promote = 60, True
    draft.save()
    Rule.objects.create(version=draft, position=9, **SOFTWARE)
    run = activate(draft, django_capture_on_commit_callbacks)

    assert {n for n, s in stages().items() if s == "mql"} == {"up"}
    assert run.promoted == 1


def test_it_judges_one_lead_by_the_threshold_it_was_last_scored_against():
    current = make_version(RULES, weights=(1, 0, 0), threshold=60, auto_promote=True)
    lead = recycled("mid", job_title="Director")
    rescore_leads([lead.pk])
    lead.refresh_from_db()
    assert (lead.score, lead.scored_threshold, lead.stage) == (55, 60, "nurture")
    current.threshold = 50
    type(current).objects.filter(pk=current.pk).update(threshold=50)  # as a new version would
    rescore_leads([lead.pk])  # same score, lower threshold: it crosses now
    lead.refresh_from_db()
    assert (lead.scored_threshold, lead.stage) == (50, "mql")
