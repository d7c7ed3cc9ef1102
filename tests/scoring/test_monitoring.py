"""Model monitoring: per month since activation, the active version's AUC and calibration on
the outcomes recorded, a warning when the AUC falls more than 0.05 under its backtest, and a
notification to the marketers, once."""

import random
from datetime import UTC, datetime, timedelta

import pytest

from handoff.models import Notification
from leads.models import Lead, StageChange
from scoring.models import DriftAlert, ScoringModel
from scoring.monitoring import version_health
from scoring.tasks import check_model_health
from tests.factories import LeadFactory
from tests.scoring.conftest import make_version

pytestmark = pytest.mark.django_db

ACTIVATED = datetime(2026, 3, 1, tzinfo=UTC)
CALIBRATION = [round(s / 100, 4) for s in range(101)]


def pairs_auc(won, scores) -> float:
    pos = [s for y, s in zip(won, scores, strict=True) if y]
    neg = [s for y, s in zip(won, scores, strict=True) if not y]
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


@pytest.fixture
def version():
    version = make_version([], weights=(1, 0, 0), calibration=CALIBRATION)
    version.activated_at = ACTIVATED
    version.fit_report = {**version.fit_report, "cv_auc": 0.8}
    version.save(update_fields=["activated_at", "fit_report"])
    return version


def judged(version, month: int, score: int, won: bool, *, label=None, mql: bool = True) -> Lead:
    """A lead judged by `version` (its MQL move records the score) and closed in `month`."""
    lead = LeadFactory(stage="won" if won else "lost")
    judged_at = datetime(2026, month, 2, tzinfo=UTC)
    rows = []
    if mql:
        rows.append(
            StageChange(
                lead=lead,
                from_stage="new",
                to_stage="mql",
                at=judged_at,
                score=score,
                score_model_version=label or version.label,
            )
        )
    rows.append(
        StageChange(
            lead=lead,
            from_stage="mql" if mql else "new",
            to_stage="won" if won else "lost",
            at=judged_at + timedelta(days=10),
            score=score if not mql else 99,  # the closing score is not the judged one
            score_model_version=label or version.label,
        )
    )
    StageChange.objects.bulk_create(rows)
    return lead


def month_of(rng, version, month: int, n: int, separation: float) -> tuple[list, list]:
    won, scores = [], []
    for _ in range(n):
        y = rng.random() < 0.4
        score = max(0, min(100, int(rng.gauss(50 + separation * (1 if y else -1), 15))))
        judged(version, month, score, y)
        won.append(y)
        scores.append(score)
    return won, scores


def test_the_monthly_figures_equal_a_hand_computation(version):
    rng = random.Random(5)
    april = month_of(rng, version, 4, 40, 15)
    may = month_of(rng, version, 5, 30, 10)
    judged(version, 5, 80, True, label="Other v1")  # judged by another version: left out
    judged(version, 2, 70, True)  # closed before activation: left out

    health = version_health(version)

    assert [m.month.month for m in health.months] == [4, 5]
    for figures, (won, scores) in zip(health.months, [april, may], strict=True):
        assert figures.leads == len(won) and figures.won == sum(won)
        assert figures.auc == pytest.approx(pairs_auc(won, scores), abs=1e-4)
        assert figures.predicted == pytest.approx(sum(scores) / 100 / len(scores), abs=1e-4)
        assert figures.observed == pytest.approx(sum(won) / len(won), abs=1e-4)
        brier = sum((s / 100 - y) ** 2 for s, y in zip(scores, won, strict=True)) / len(won)
        assert figures.brier == pytest.approx(brier, abs=1e-4)
    assert health.baseline_auc == 0.8


def test_a_lead_never_an_mql_is_judged_at_its_first_move(version):
    judged(version, 4, 10, False, mql=False)
    judged(version, 4, 90, True, mql=False)

    (april,) = version_health(version).months

    assert (april.leads, april.won, april.predicted) == (2, 1, 0.5)
    assert april.auc is None  # too few outcomes of each kind for an AUC


def test_the_drift_warning_fires_on_a_simulated_decay_and_tells_marketers_once(
    version, marketer, rep, web, django_capture_on_commit_callbacks
):
    rng = random.Random(8)
    month_of(rng, version, 4, 60, 20)  # ranks well: AUC ~0.9
    month_of(rng, version, 5, 60, 0)  # the model stopped working: AUC ~0.5

    health = version_health(version)

    april, may = health.months
    assert april.auc > 0.75 and not april.drifted
    assert may.auc < 0.75 and may.drifted
    with django_capture_on_commit_callbacks(execute=True):
        assert check_model_health() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert check_model_health() == 0  # recorded once
    alert = DriftAlert.objects.get()
    assert (alert.month.month, alert.auc, alert.baseline_auc) == (5, may.auc, 0.8)
    notes = Notification.objects.filter(kind=Notification.Kind.MODEL_DRIFT)
    assert [n.user for n in notes] == [marketer]  # marketers only, once
    assert "May 2026" in notes[0].text and version.label in notes[0].text
    page = web(marketer).get(f"/scoring/versions/{version.pk}/").content.decode()
    assert 'id="drift-warning"' in page and 'data-month="2026-05"' in page


def test_a_version_without_a_backtest_figure_is_never_flagged():
    version = make_version([], weights=(1, 0, 0))
    version.activated_at = ACTIVATED
    version.save(update_fields=["activated_at"])
    rng = random.Random(9)
    month_of(rng, version, 4, 40, -20)  # ranks backwards

    health = version_health(version)

    assert health.baseline_auc is None
    assert health.months[0].auc < 0.3 and not health.drifted
    assert health.months[0].predicted is None  # no calibration either
    assert ScoringModel.objects.get(is_default=True).active_version == version
