"""Scoring reads the summaries the activity retention folds old activities into: a lead scores
the same before and after its old activities are folded (a decaying rule within a day's decay),
on both paths."""

import random
from datetime import UTC, datetime, timedelta

import pytest

from leads.activity_retention import activities_retain
from leads.models import Activity, ActivitySummary, ActivityType, Lead
from scoring.engine import Fact, RuleSpec, score_lead
from scoring.fit import NEGATIVE, POSITIVE
from scoring.kinds.base import Subject
from scoring.kinds.engagement import metrics
from scoring.kinds.event import EventKind
from scoring.outcomes import examples_with_outcomes
from scoring.selectors import lead_facts, lead_values, version_spec
from tests.scoring.conftest import make_version
from tests.scoring.folding import MONTHS, build_with_bursts, fold
from tests.scoring.test_bulk import NOW, TYPES, assert_bulk_equals_engine
from tests.scoring.test_fit import T0, make_history
from tests.scoring.test_kinds import EXAMPLES

pytestmark = pytest.mark.django_db


def _without_decay(rule: dict) -> dict:
    return {**rule, "decays": False}


def test_it_scores_a_lead_the_same_before_and_after_folding_without_decay():
    rng = random.Random(20261204)
    build_with_bursts(rng, 120)
    rules = [_without_decay(r) for kind in sorted(EXAMPLES) for r in EXAMPLES[kind]]
    version = make_version(rules, weights=(40, 35, 25), auto_promote=False)
    spec = version_spec(version)
    leads = list(Lead.objects.select_related("source", "product_line").order_by("pk"))
    before = {
        lead.pk: score_lead(lead_values(lead), lead_facts(lead.pk), spec, now=NOW) for lead in leads
    }
    raw = Activity.objects.count()

    fold()

    assert Activity.objects.count() < raw / 2
    for lead in leads:
        after = score_lead(lead_values(lead), lead_facts(lead.pk), spec, now=NOW)
        assert after == before[lead.pk], lead.pk
    assert assert_bulk_equals_engine(version, batch=50) == 120
    assert len({r.total for r in before.values()}) > 5


def test_it_keeps_the_measures_of_engagement_exact():
    build_with_bursts(random.Random(5), 80)
    before = {lead.pk: metrics(lead_facts(lead.pk), NOW) for lead in Lead.objects.all()}
    fold()
    after = {lead.pk: metrics(lead_facts(lead.pk), NOW) for lead in Lead.objects.all()}
    assert after == before
    assert sum(m["time_on_site"] for m in before.values()) > 0


def test_it_keeps_decayed_points_within_a_days_decay():
    """A folded activity is read at its day's latest moment: at most a day younger, so its
    decayed points are at most 2^(1/half-life days) times what they were, never fewer."""
    build_with_bursts(random.Random(77), 120)
    half_life = 60
    rules = [
        RuleSpec(i, "event", code, 1_000_000, activity_type=code, decays=True)
        for i, code in enumerate(TYPES)
    ]
    kind = EventKind()

    def points(facts: list[Fact]) -> list[int]:
        subject = Subject({}, facts, now=NOW, half_life_days=half_life)
        return [kind.points(rule, subject) for rule in rules]

    before = {lead.pk: points(lead_facts(lead.pk)) for lead in Lead.objects.all()}
    fold()
    younger = 0
    for lead in Lead.objects.all():
        for was, now in zip(before[lead.pk], points(lead_facts(lead.pk)), strict=True):
            assert was - 1 <= now <= was * 2 ** (1 / half_life) + 1, lead.pk
            younger += now > was + 1
    assert younger > 10  # not a comparison of unchanged points


def test_it_matches_property_filters_on_folded_activities_as_on_raw_ones():
    """Only a numeric `seconds` leaves a summary's properties: a filter on a text `seconds`
    still matches, and "never" rules see folded activities."""
    lead = Lead.objects.create(email="p@example.com")
    page = ActivityType.objects.get(code="page_view")
    old = datetime(2025, 5, 5, 10, tzinfo=UTC)
    for seconds in ("x", "x", 12, 30.5):
        Activity.objects.create(
            lead=lead, type=page, occurred_at=old, properties={"seconds": seconds}
        )
    rules = [
        {"kind": "event", "name": "Text x", "activity_type": "page_view", "points": 7,
         "property_filter": {"seconds": "x"}},
        {"kind": "event", "name": "Never x", "activity_type": "page_view", "points": 5,
         "operator": "is_empty", "property_filter": {"seconds": "x"}},
        {"kind": "event", "name": "Never a view", "activity_type": "page_view", "points": 3,
         "operator": "is_empty"},
        {"kind": "engagement", "name": "42 s", "field": "time_on_site", "operator": "equals",
         "value": 42, "points": 9},
        {"kind": "engagement", "name": "4 views", "field": "page_views", "operator": "equals",
         "value": 4, "points": 11},
    ]  # fmt: skip
    version = make_version(rules, weights=(0, 1, 1), auto_promote=False)
    spec = version_spec(version)
    before = score_lead(lead_values(lead), lead_facts(lead.pk), spec, now=NOW)
    assert [i["rule"] for i in before.explanation] == ["Text x", "42 s", "4 views"]

    activities_retain(NOW, months=MONTHS)

    assert sorted((s.count, s.seconds) for s in ActivitySummary.objects.all()) == [(2, 0), (2, 42)]
    assert score_lead(lead_values(lead), lead_facts(lead.pk), spec, now=NOW) == before
    assert assert_bulk_equals_engine(version) == 1


def test_it_learns_and_backtests_from_folded_activities_as_from_raw_ones():
    make_history(20)
    views = ActivityType.objects.get(code="page_view")
    Activity.objects.bulk_create(
        Activity(
            lead=lead, type=views, occurred_at=T0 + timedelta(hours=h), properties={"seconds": h}
        )
        for lead in Lead.objects.all()[:8]
        for h in range(3)
    )
    before = examples_with_outcomes(Lead.objects.all(), positive=POSITIVE, negative=NEGATIVE)
    raw = Activity.objects.filter(by__isnull=True).count()

    retained = activities_retain(T0 + timedelta(days=400), months=1)

    assert retained.events == raw
    assert not Activity.objects.filter(by__isnull=True).exists()
    after = examples_with_outcomes(Lead.objects.all(), positive=POSITIVE, negative=NEGATIVE)
    assert [(e.lead_id, e.counts, e.measured, e.label) for e in after] == [
        (e.lead_id, e.counts, e.measured, e.label) for e in before
    ]
    assert sum(e.counts.get("page_view", 0) for e in after) == 24
