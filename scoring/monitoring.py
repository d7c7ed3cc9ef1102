"""Model monitoring: how the active version ranks and predicts the leads whose outcome was
recorded since it was activated, month by month.

Each such lead is taken with the score it had when it was judged (the score recorded on its
first move to MQL, or on its first move if it never was an MQL) by this version, and the
outcome the likelihood is about: won, or lost or disqualified. A month whose AUC falls more
than DRIFT below the version's backtest figure (the out-of-fold AUC its fit recorded) is
flagged; the daily job (scoring.tasks.check_model_health) tells the marketers once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from django.db import transaction
from django.db.models import Case, IntegerField, Max, Min, Value, When
from sklearn.metrics import brier_score_loss, roc_auc_score

from leads.models import Stage, StageChange
from scoring.models import DriftAlert, ScoringVersion
from scoring.selectors import active_versions, leads_covered
from scoring.signals import model_drift_detected

DRIFT = 0.05
MIN_EACH = 5  # won and not won leads a month needs for its AUC to mean something
WON, NOT_WON = (Stage.WON,), (Stage.LOST, Stage.DISQUALIFIED)


@dataclass
class Month:
    month: date
    leads: int
    won: int
    auc: float | None
    predicted: float | None  # mean likelihood to convert given at judgement
    observed: float  # share won
    brier: float | None
    drifted: bool = False


@dataclass
class Health:
    version: ScoringVersion
    baseline_auc: float | None  # the backtest's figure
    months: list[Month] = field(default_factory=list)

    @property
    def drifted(self) -> list[Month]:
        return [m for m in self.months if m.drifted]


def _outcomes(version: ScoringVersion) -> dict[int, tuple[bool, date]]:
    """Lead id -> (won, month of its first outcome since activation)."""
    rows = (
        StageChange.objects.filter(
            lead__in=leads_covered(version).values("pk"),
            to_stage__in=WON + NOT_WON,
            at__gte=version.activated_at,
        )
        .values("lead_id")
        .annotate(
            first=Min("at"),
            won=Max(
                Case(
                    When(to_stage=Stage.WON, then=Value(1)), default=0, output_field=IntegerField()
                )
            ),
        )
    )
    return {r["lead_id"]: (bool(r["won"]), r["first"].date().replace(day=1)) for r in rows}


def _scores_when_judged(version: ScoringVersion, lead_ids: list[int]) -> dict[int, int]:
    """Lead id -> the score this version gave it on its judging move (first MQL move, else
    first move); leads judged by another version are left out."""
    judged: dict[int, tuple] = {}
    rows = (
        StageChange.objects.filter(lead_id__in=lead_ids)
        .order_by("lead_id", "at", "pk")
        .values_list("lead_id", "to_stage", "score", "score_model_version")
    )
    first: dict[int, tuple] = {}
    for lead_id, stage, score, label in rows:
        first.setdefault(lead_id, (score, label))
        if stage == Stage.MQL and lead_id not in judged:
            judged[lead_id] = (score, label)
    out = {}
    for lead_id in lead_ids:
        score, label = judged.get(lead_id) or first.get(lead_id, (None, ""))
        if score is not None and label == version.label:
            out[lead_id] = int(score)
    return out


def month_figures(
    month: date, won: list[bool], scores: list[int], calibration: list[float]
) -> Month:
    y = np.asarray(won, dtype=int)
    both = min(int(y.sum()), len(y) - int(y.sum())) >= MIN_EACH
    predicted = [calibration[s] for s in scores] if len(calibration) == 101 else []
    return Month(
        month=month,
        leads=len(y),
        won=int(y.sum()),
        auc=round(float(roc_auc_score(y, scores)), 4) if both else None,
        predicted=round(float(np.mean(predicted)), 4) if predicted else None,
        observed=round(float(y.mean()), 4),
        brier=round(float(brier_score_loss(y, predicted)), 4) if predicted else None,
    )


def version_health(version: ScoringVersion) -> Health:
    baseline = (version.fit_report or {}).get("cv_auc")
    health = Health(version=version, baseline_auc=baseline)
    if version.activated_at is None:
        return health
    outcomes = _outcomes(version)
    scores = _scores_when_judged(version, list(outcomes))
    by_month: dict[date, tuple[list[bool], list[int]]] = defaultdict(lambda: ([], []))
    for lead_id, score in scores.items():
        won, month = outcomes[lead_id]
        month_outcomes, month_scores = by_month[month]
        month_outcomes.append(won)
        month_scores.append(score)
    calibration = list((version.fit_report or {}).get("calibration") or [])
    for month in sorted(by_month):
        figures = month_figures(month, *by_month[month], calibration)
        figures.drifted = (
            baseline is not None and figures.auc is not None and figures.auc < baseline - DRIFT
        )
        health.months.append(figures)
    return health


def drift_alerts_record() -> int:
    """Record (and announce, after the commit) the drifted months of every active version
    not recorded yet; returns how many are new."""
    new = 0
    for version in active_versions():
        for month in version_health(version).drifted:
            with transaction.atomic():
                alert, created = DriftAlert.objects.get_or_create(
                    version=version,
                    month=month.month,
                    defaults={
                        "auc": month.auc,
                        "baseline_auc": version.fit_report["cv_auc"],
                        "leads": month.leads,
                    },
                )
                if created:
                    new += 1
                    transaction.on_commit(
                        lambda a=alert: model_drift_detected.send(
                            sender=DriftAlert, alert=a, version=a.version
                        )
                    )
    return new
