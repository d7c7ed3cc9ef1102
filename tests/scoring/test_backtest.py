import random
from datetime import UTC, datetime, timedelta

import pytest

from leads.models import Activity, ActivityType, Lead
from leads.services import HistoryStep, leads_create_with_history
from scoring.backtest import Outcomes, backtest, backtest_compare, roc_auc
from tests.factories import LeadSourceFactory
from tests.scoring.conftest import make_version

pytestmark = pytest.mark.django_db

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
DIRECTOR = {
    "kind": "attribute",
    "name": "Director",
    "field": "job_title",
    "operator": "contains",
    "value": "director",
    "points": 80,
}
BIG = {
    "kind": "attribute",
    "name": "Big company",
    "field": "company_size",
    "operator": "gte",
    "value": 500,
    "points": 40,
}


def path(*stages: str) -> list[HistoryStep]:
    return [HistoryStep(to_stage=s, at=T0 + timedelta(days=i + 1)) for i, s in enumerate(stages)]


def make_leads(specs: list[tuple[str, int | None, list[str]]]) -> list[Lead]:
    source = LeadSourceFactory(code="website")
    items = [
        (
            Lead(email=f"b{i}@example.com", job_title=title, company_size=size, source=source),
            path(*stages),
        )
        for i, (title, size, stages) in enumerate(specs)
    ]
    return leads_create_with_history(items)


def pairs_auc(labels, scores) -> float:
    """The AUC by its definition: the share of (positive, negative) pairs ordered right, ties
    counting half."""
    pos = [s for y, s in zip(labels, scores, strict=True) if y]
    neg = [s for y, s in zip(labels, scores, strict=True) if not y]
    right = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return right / (len(pos) * len(neg))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_roc_auc_counts_pairs_with_ties_half(seed):
    rng = random.Random(seed)
    labels = [rng.random() < 0.3 for _ in range(500)]
    scores = [rng.randint(0, 20) + (5 if y else 0) for y in labels]  # many ties

    assert roc_auc(labels, scores) == pytest.approx(pairs_auc(labels, scores), abs=1e-12)


def test_roc_auc_needs_both_classes():
    assert roc_auc([True, True], [1, 2]) is None


@pytest.mark.parametrize("as_of", ["mql", "now"])
def test_backtest_auc_equals_scikit_learn_on_the_scored_leads(as_of):
    version = make_version([DIRECTOR, BIG], weights=(1, 0, 0), threshold=60)
    rng = random.Random(7)
    specs = []
    for _ in range(120):
        title = rng.choice(["IT Director", "Engineer", "Student"])
        size = rng.choice([None, 50, 800])
        good = (title == "IT Director") + (size == 800) + rng.random()
        stages = ["mql", "sal", "sql", "won"] if good > 1.2 else ["mql", "nurture"]
        specs.append((title, size, stages))
    specs.append(("IT Director", 800, []))  # no outcome yet: left out
    leads = make_leads(specs)

    result = backtest(version, as_of=as_of)

    expected_scores = [min(100, 80 * ("Director" in t) + 40 * (s == 800)) for t, s, _ in specs[:-1]]
    labels = ["won" in stages for _, _, stages in specs[:-1]]
    assert result.leads == 120 == len(leads) - 1
    assert result.positives == sum(labels)
    assert result.auc == pytest.approx(pairs_auc(labels, expected_scores), abs=1e-4)


@pytest.mark.parametrize("as_of", ["mql", "now"])
def test_precision_recall_and_mqls_at_the_threshold(as_of):
    version = make_version([DIRECTOR, BIG], weights=(1, 0, 0), threshold=60)
    make_leads(
        [
            ("IT Director", 800, ["mql", "sal"]),  # 100, accepted: true positive
            ("IT Director", None, ["mql", "nurture"]),  # 80, rejected: false positive
            ("Engineer", 800, ["mql", "sal", "sql", "won"]),  # 40: missed positive
            ("Engineer", None, ["disqualified"]),  # 0: true negative
        ]
    )

    result = backtest(version, as_of=as_of)

    assert (result.leads, result.positives, result.negatives) == (4, 2, 2)
    row = result.at_threshold
    assert (row.threshold, row.mqls, row.accepted) == (60, 2, 1)
    assert (row.precision, row.recall) == (0.5, 0.5)
    assert result.auc == 0.75  # 3 of the 4 positive-negative pairs ordered right
    assert [r.threshold for r in result.what_if] == list(range(40, 95, 5))
    at_40 = result.what_if[0]
    assert (at_40.mqls, at_40.accepted, at_40.recall) == (3, 2, 1.0)
    at_90 = result.what_if[-1]
    assert (at_90.mqls, at_90.precision, at_90.recall) == (1, 1.0, 0.5)


def test_outcomes_are_configurable():
    version = make_version([DIRECTOR], weights=(1, 0, 0), threshold=60)
    make_leads(
        [
            ("IT Director", None, ["mql", "sal", "sql", "won"]),
            ("Engineer", None, ["mql", "sal", "sql", "lost"]),  # positive by default (SAL)
            ("Engineer", None, ["mql", "nurture"]),
        ]
    )

    assert backtest(version).positives == 2
    won_only = backtest(version, outcomes=Outcomes(positive=("won",), negative=("lost",)))
    assert (won_only.leads, won_only.positives, won_only.auc) == (2, 1, 1.0)
    assert won_only.at_threshold.accepted == 1  # MQLs accepted by sales, whatever the label


def test_bad_outcome_stages_are_refused():
    with pytest.raises(ValueError, match="Unknown stage"):
        Outcomes(positive=("closed",))
    with pytest.raises(ValueError, match="both"):
        Outcomes(positive=("won",), negative=("won", "lost"))


def test_two_versions_side_by_side():
    old = make_version([BIG], weights=(1, 0, 0), threshold=40)
    new = make_version([DIRECTOR], weights=(1, 0, 0), threshold=60, status="draft")
    make_leads(
        [
            ("IT Director", None, ["mql", "sal"]),
            ("Engineer", 800, ["mql", "nurture"]),
        ]
    )

    first, second = backtest_compare([old, new])

    assert (first.version, first.auc) == ("Default v2", 0.0)
    assert (second.version, second.auc) == ("Default v3", 1.0)


def test_leads_are_scored_as_they_were_at_their_first_mql_move():
    demo = {
        "kind": "event",
        "name": "Demo",
        "activity_type": "demo_request",
        "points": 80,
        "decays": True,
    }
    version = make_version([demo], weights=(0, 1, 0), threshold=60, half_life=7)
    keen, late = make_leads([("", None, ["mql", "sal"]), ("", None, ["mql", "nurture"])])
    demo_type = ActivityType.objects.get(code="demo_request")
    # The keen lead asked for a demo the hour before its MQL move (T0 + 1 day); the other
    # only after it was rejected, which the threshold could not have known.
    Activity.objects.create(lead=keen, type=demo_type, occurred_at=T0 + timedelta(hours=23))
    Activity.objects.create(lead=late, type=demo_type, occurred_at=T0 + timedelta(days=5))

    judged = backtest(version)
    today = backtest(version, as_of="now")

    assert (judged.auc, judged.at_threshold.mqls, judged.at_threshold.accepted) == (1.0, 1, 1)
    assert (today.at_threshold.mqls, today.auc) == (0, 0.5)  # both demos decayed to nothing


def test_brier_score_and_reliability_equal_a_hand_computation():
    """With the likelihood at score s set to s/100, the Brier score is the mean of
    (s/100 - won)^2 over the leads won, lost or disqualified, and each decile of leads ranked
    by likelihood compares its mean likelihood with its share of wins."""
    calibration = [round(s / 100, 4) for s in range(101)]
    version = make_version([DIRECTOR, BIG], weights=(1, 0, 0), calibration=calibration)
    rng = random.Random(11)
    specs = []
    for _ in range(95):
        title = rng.choice(["IT Director", "Engineer"])
        size = rng.choice([None, 800])
        won = rng.random() < 0.2 + 0.5 * (title == "IT Director")
        specs.append((title, size, ["mql", "sal", "sql", "won" if won else "lost"]))
    specs.append(("IT Director", 800, ["mql", "nurture"]))  # neither won nor lost: left out
    make_leads(specs)

    result = backtest(version)

    known = specs[:-1]
    predicted = [min(100, 80 * ("Director" in t) + 40 * (s == 800)) / 100 for t, s, _ in known]
    won = [1.0 if "won" in stages else 0.0 for *_, stages in known]
    brier = sum((p - y) ** 2 for p, y in zip(predicted, won, strict=True)) / len(known)
    assert result.brier == pytest.approx(brier, abs=1e-4)
    ranked = sorted(zip(predicted, won, strict=True), key=lambda pair: pair[0])
    sizes = [10] * 5 + [9] * 5  # 95 leads in ten groups, the larger first
    start, expected = 0, []
    for decile, size in enumerate(sizes, start=1):
        part = ranked[start : start + size]
        start += size
        expected.append(
            (decile, size, sum(p for p, _ in part) / size, sum(y for _, y in part) / size)
        )
    got = [(r.decile, r.leads, r.predicted, r.observed) for r in result.reliability]
    assert [g[:2] for g in got] == [e[:2] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert g[2:] == pytest.approx(e[2:], abs=1e-4)


def test_a_version_without_calibration_has_no_brier_score():
    version = make_version([DIRECTOR], weights=(1, 0, 0))
    make_leads([("IT Director", None, ["mql", "sal", "sql", "won"]), ("x", None, ["lost"])])

    result = backtest(version)

    assert (result.brier, result.reliability) == (None, [])
