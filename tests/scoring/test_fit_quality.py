"""A fitted version keeps the model's ranking, explains every score exactly, saturates no
sub-score on the leads it learnt from, and carries a likelihood to convert."""

import random
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from scipy.stats import spearmanr

from leads.models import Activity, ActivityType, Lead
from leads.services import HistoryStep, leads_create_with_history
from scoring.activation import version_activate
from scoring.engine import BEHAVIORAL, DEMOGRAPHIC, ENGAGEMENT, score_lead
from scoring.explain import ROUNDING, shares
from scoring.fit import NEGATIVE, POSITIVE, version_fit
from scoring.models import ScoringModel
from scoring.outcomes import examples_with_outcomes
from scoring.selectors import version_spec
from tests.factories import LeadFactory, LeadSourceFactory

pytestmark = pytest.mark.django_db

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def make_structured_history(n: int = 400, seed: int = 3) -> list[Lead]:
    """Odds rise with company size up to ~500 and fall after, rise with page views, fall
    after an unsubscribe; a few partner leads nearly always win."""
    rng = random.Random(seed)
    sources = [LeadSourceFactory(code=c) for c in ("website", "partner", "ads")]
    items, plans = [], []
    for i in range(n):
        size = int(np.exp(rng.gauss(4.5, 1.5)))
        views = rng.choice([0, 1, 2, 4, 8, 15])
        unsubscribed = rng.random() < 0.2
        source = sources[0 if rng.random() < 0.6 else 2 if rng.random() < 0.9 else 1]
        logit = (
            -1.0
            + 1.5 * np.exp(-((np.log(size + 1) - 6.2) ** 2) / 2)
            + 0.15 * views
            - 1.5 * unsubscribed
            + 3.0 * (source.code == "partner")
        )
        won = rng.random() < 1 / (1 + np.exp(-logit))
        lead = Lead(email=f"q{i}@example.com", company_size=size, source=source, created_at=T0)
        steps = [
            HistoryStep(to_stage="mql", at=T0 + timedelta(days=2)),
            HistoryStep(to_stage="won" if won else "lost", at=T0 + timedelta(days=30)),
        ]
        items.append((lead, steps))
        plans.append((views, unsubscribed))
    leads = leads_create_with_history(items)
    view, unsubscribe = (ActivityType.objects.get(code=c) for c in ("page_view", "unsubscribe"))
    rows = []
    for lead, (views, unsubscribed) in zip(leads, plans, strict=True):
        rows += [
            Activity(lead=lead, type=view, occurred_at=T0 + timedelta(hours=h))
            for h in range(views)
        ]
        if unsubscribed:
            rows.append(Activity(lead=lead, type=unsubscribe, occurred_at=T0 + timedelta(days=1)))
    Activity.objects.bulk_create(rows)
    return leads


@pytest.fixture
def fitted(marketer):
    make_structured_history()
    return version_fit(model=ScoringModel.objects.get(is_default=True), by=marketer)


def training(version):
    spec = version_spec(version)
    examples = examples_with_outcomes(Lead.objects.all(), positive=POSITIVE, negative=NEGATIVE)
    return spec, examples, [score_lead(e.values, e.facts, spec, now=e.cutoff) for e in examples]


def test_it_explains_every_fitted_score_exactly(fitted):
    spec, _, results = training(fitted)

    for result in results:
        by_category = {DEMOGRAPHIC: 0, BEHAVIORAL: 0, ENGAGEMENT: 0}
        for item in result.explanation:
            by_category[item["category"]] += item["points"]
        assert by_category == result.subscores
        items = shares(result.explanation, spec.weights, result.total)
        assert sum(i.share for i in items) == result.total
        rounding = [i.share for i in items if i.rule == ROUNDING]
        assert not rounding or abs(rounding[0]) <= 0.5  # only the rounding to a whole score


def test_no_sub_score_saturates_on_the_leads_it_learnt_from(fitted):
    _, _, results = training(fitted)

    assert fitted.fit_report["saturated"] == 0
    clamps = [
        item
        for r in results
        for item in r.explanation
        if item["rule"].endswith(("capped at 100", "floored at 0"))
    ]
    assert clamps == []
    assert max(max(r.subscores.values()) for r in results) <= 100


def test_the_total_follows_the_models_log_odds_and_the_known_structure(fitted):
    _, examples, results = training(fitted)
    report = fitted.fit_report
    totals = [r.total for r in results]

    # Whole points and a whole total: ties, but the order is the model's.
    assert report["rank_correlation"] > 0.99
    assert report["engine_auc"] == pytest.approx(report["model_auc"], abs=0.005)
    rules = {r.name: r for r in fitted.rules.all()}
    assert rules["Source: partner"].points > 0
    never = rules["Never: Unsubscribed (before MQL)"]
    assert never.kind == "event" and never.operator == "is_empty" and never.points > 0
    partner = [t for e, t in zip(examples, totals, strict=True) if e.values["source"] == "partner"]
    assert np.mean(partner) > np.mean(totals) + 10
    # Page views: more views, more points (a rising shape learnt from quantile bins).
    views = {r.value[0] or 0: r.points for r in rules.values() if r.field == "page_views"}
    assert views and views[max(views)] == max(views.values())
    rho = spearmanr([e.measured["page_views"] for e in examples], totals).statistic
    assert rho > 0


def test_the_likelihood_is_increasing_and_reaches_the_lead_and_the_api(
    fitted, marketer, api, django_capture_on_commit_callbacks
):
    calibration = fitted.fit_report["calibration"]
    assert len(calibration) == 101
    assert all(a <= b for a, b in zip(calibration, calibration[1:], strict=False))
    assert calibration[0] < calibration[100]

    with django_capture_on_commit_callbacks(execute=True):
        version_activate(version=fitted, by=marketer)  # the rescore runs eagerly in tests

    lead = Lead.objects.filter(source__code="partner").order_by("-score").first()
    assert lead.score_model_version == fitted.label
    assert lead.score_likelihood == calibration[lead.score]
    body = api(marketer).get(f"/api/v1/leads/{lead.pk}/").json()
    assert body["likelihood"] == calibration[lead.score]
    assert body["score"] == lead.score  # existing fields unchanged


def test_a_lead_scored_by_a_version_written_by_hand_has_no_likelihood(marketer, api, client):
    lead = LeadFactory(score=70, score_model_version="Default v1")

    body = api(marketer).get(f"/api/v1/leads/{lead.pk}/").json()
    client.force_login(marketer)
    page = client.get(f"/leads/{lead.pk}/").content.decode()

    assert body["likelihood"] is None and body["score"] == 70
    assert "likelihood to convert" not in page
