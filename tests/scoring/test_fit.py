from datetime import UTC, datetime, timedelta

import pytest

from leads.models import Activity, ActivityType, Lead
from leads.services import HistoryStep, leads_create_with_history
from scoring.backtest import Outcomes, backtest
from scoring.engine import score_lead
from scoring.fit import NEGATIVE, POSITIVE, FitError, version_fit
from scoring.models import ScoringModel
from scoring.outcomes import examples_with_outcomes
from scoring.selectors import lead_facts, lead_values, version_spec
from tests.datasets import requires_olist
from tests.factories import LeadSourceFactory
from tests.scoring.olist import load_olist

pytestmark = pytest.mark.django_db

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def default_model() -> ScoringModel:
    return ScoringModel.objects.get(is_default=True)


def make_history(n: int = 200) -> list[Lead]:
    """Directors who asked for a demo before their MQL mostly win; the rest mostly lose."""
    source = LeadSourceFactory(code="website")
    items = []
    for i in range(n):
        good = i % 2 == 0
        won = good if i % 10 else not good  # some noise
        lead = Lead(
            email=f"f{i}@example.com",
            job_title="IT Director" if good else "Student",
            company_size=1000 if good else 5,
            source=source,
            created_at=T0,
        )
        outcome = "won" if won else "lost"
        items.append(
            (
                lead,
                [
                    HistoryStep(to_stage="mql", at=T0 + timedelta(days=2)),
                    HistoryStep(to_stage=outcome, at=T0 + timedelta(days=30)),
                ],
            )
        )
    leads = leads_create_with_history(items)
    demo = ActivityType.objects.get(code="demo_request")
    pricing = ActivityType.objects.get(code="pricing_page_view")
    rows = []
    for i, lead in enumerate(leads):
        if i % 2 == 0:
            rows.append(Activity(lead=lead, type=demo, occurred_at=T0 + timedelta(days=1)))
        # After the MQL move: sales-time activity must not be learnt from.
        rows.append(Activity(lead=lead, type=pricing, occurred_at=T0 + timedelta(days=5)))
    Activity.objects.bulk_create(rows)
    return leads


def test_it_learns_only_from_what_was_known_before_the_mql():
    make_history(20)
    examples = examples_with_outcomes(Lead.objects.all(), positive=POSITIVE, negative=NEGATIVE)

    assert len(examples) == 20
    assert all("pricing_page_view" not in e.counts for e in examples)
    assert sum(e.counts.get("demo_request", 0) for e in examples) == 10


def test_it_fits_a_draft_whose_rules_rank_like_the_model(marketer):
    make_history()
    active = default_model().active_version

    draft = version_fit(model=default_model(), by=marketer)

    assert draft.status == "draft" and draft.created_by == marketer
    assert default_model().active_version == active  # never activated here
    report = draft.fit_report
    assert 0.5 < report["cv_auc"] <= 1.0
    assert report["engine_auc"] == pytest.approx(report["cv_auc"], abs=0.1)
    assert report["rank_correlation"] > 0.95
    names = {r.name: r.points for r in draft.rules.all()}
    assert names["Job title: it director"] > 0
    assert names["Demo requested (before MQL)"] > 0
    assert not any("Pricing" in name for name in names)
    assert sum(draft.weights) == pytest.approx(100, abs=1)
    lead = Lead.objects.get(email="f0@example.com")
    weak = Lead.objects.get(email="f1@example.com")
    spec = version_spec(draft)
    good = score_lead(lead_values(lead), lead_facts(lead.pk), spec, now=T0)
    bad = score_lead(lead_values(weak), lead_facts(weak.pk), spec, now=T0)
    assert good.total >= draft.threshold > bad.total  # at the threshold is an MQL
    assert sum(item["points"] for item in good.explanation) >= good.total


def test_it_refuses_to_fit_without_enough_outcomes(marketer):
    make_history(8)
    with pytest.raises(FitError, match="at least 10 won"):
        version_fit(model=default_model(), by=marketer)


@requires_olist
def test_it_fits_the_olist_funnel(marketer):
    leads = load_olist()
    assert len(leads) == 8000
    assert Lead.objects.filter(stage="won").count() == 842

    draft = version_fit(model=default_model(), by=marketer)

    report = draft.fit_report
    assert 0.5 < report["cv_auc"] <= 1.0
    assert (report["positives"], report["negatives"]) == (842, 7158)
    assert draft.rules.filter(field="attributes.landing_page_id").exists()
    assert draft.rules.filter(field="source").exists()
    assert report["rank_correlation"] > 0.9
    result = backtest(draft, outcomes=Outcomes(positive=("won",), negative=("lost",)))
    assert result.leads == 8000
    assert result.auc == pytest.approx(report["engine_auc"], abs=0.02)
