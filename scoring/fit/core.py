"""Fit rules, weights, a threshold and a calibration from leads with known outcomes (no
database access: the bench runs it on examples it builds itself)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from django.utils import timezone
from scipy.stats import spearmanr
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, precision_recall_curve, roc_auc_score
from threadpoolctl import threadpool_limits

from leads.errors import DomainError
from scoring.engine import RuleSpec, VersionSpec, score_lead
from scoring.fit.learner import design, learn
from scoring.fit.points import Scaled, references, saturated, scale
from scoring.fit.shapes import Shape, candidate_shapes
from scoring.outcomes import Example

MIN_CLASS = 10
SCORES = np.arange(101)


class FitError(DomainError):
    """The history cannot support a fit (too few outcomes, one class only): 400."""


@dataclass
class Fitted:
    rules: list[dict]
    weights: tuple[int, int, int]
    threshold: int
    calibration: list[float]  # likelihood to convert at each total score 0..100
    report: dict

    def spec(self, label: str = "fit", half_life_days: int = 30) -> VersionSpec:
        return VersionSpec(
            label=label,
            weights=self.weights,
            half_life_days=half_life_days,
            threshold=self.threshold,
            rules=tuple(RuleSpec(id=i, **r) for i, r in enumerate(self.rules)),
            calibration=tuple(self.calibration),
        )


def engine_scores(examples: list[Example], spec: VersionSpec) -> np.ndarray:
    return np.array([score_lead(e.values, e.facts, spec, now=e.cutoff).total for e in examples])


def platt(scores: np.ndarray, labels: np.ndarray) -> list[float]:
    """P(converts | total score) for every score 0..100, by a logistic curve fitted on
    out-of-fold scores (Platt scaling): increasing, so it never reorders leads."""
    model = LogisticRegression(C=1e6, max_iter=1000).fit(scores.reshape(-1, 1), labels)
    return [round(float(p), 4) for p in model.predict_proba(SCORES.reshape(-1, 1))[:, 1]]


def best_threshold(labels: np.ndarray, scores: np.ndarray) -> int:
    """The threshold with the best F1 (precision and recall balanced) on the training leads."""
    precision, recall, thresholds = precision_recall_curve(labels, scores)
    with np.errstate(invalid="ignore", divide="ignore"):
        f1 = np.nan_to_num(2 * precision * recall / (precision + recall))[:-1]
    return int(thresholds[int(np.argmax(f1))]) if len(thresholds) else 60


def _varying_shapes(
    examples: list[Example], activity_labels: dict[str, str]
) -> tuple[list[Shape], np.ndarray, np.ndarray]:
    """(the candidate shapes whose level varies between the leads, their design matrix, the
    level of each lead in each): a field every lead has at the same level says nothing."""
    shapes = candidate_shapes(examples, activity_labels)
    if not shapes:
        raise FitError("No field, attribute or activity varies between these leads.")
    X, levels = design(shapes, examples)
    varying = [j for j in range(len(shapes)) if len(np.unique(levels[:, j])) > 1]
    if not varying:
        raise FitError("No field, attribute or activity varies between these leads.")
    if len(varying) < len(shapes):
        shapes = [shapes[j] for j in varying]
        X, levels = design(shapes, examples)
    return shapes, X, levels


def _points(shapes: list[Shape], levels: np.ndarray, intercept: float) -> Scaled:
    """The learnt log-odds as whole points, with room enough that sub-scores rarely add up
    past 100."""
    safety = 0.99
    try:
        while True:
            scaled = scale(shapes, levels, intercept, safety=safety)
            if not saturated(scaled.subscores) or safety < 0.5:
                return scaled
            safety *= 0.97  # whole points added up past 100: a little more room
    except ValueError as exc:
        raise FitError(str(exc)) from exc


def fit(
    examples: list[Example], *, seed: int = 0, activity_labels: dict[str, str] | None = None
) -> Fitted:
    labels = np.array([e.label for e in examples], dtype=int)
    positives = int(labels.sum())
    if min(positives, len(labels) - positives) < MIN_CLASS:
        raise FitError(
            f"Fitting needs at least {MIN_CLASS} won and {MIN_CLASS} lost or disqualified "
            f"leads with history; found {positives} and {len(labels) - positives}."
        )
    shapes, X, levels = _varying_shapes(examples, activity_labels or {})
    # One BLAS thread: the solver's many tiny vector operations spin threads for nothing (on a
    # busy two-core machine 400 leads took 42 s with the default threads, 2 s with one).
    with threadpool_limits(limits=1, user_api="blas"):
        learnt = learn(shapes, X, labels, seed=seed)
    references(shapes)
    logits = learnt.intercept + np.array(
        [sum(s.values[levels[i, j]] for j, s in enumerate(shapes)) for i in range(len(levels))]
    )
    scaled = _points(shapes, levels, learnt.intercept)
    draft = Fitted(
        rules=scaled.rules, weights=scaled.weights, threshold=60, calibration=[], report={}
    )
    scores = engine_scores(examples, draft.spec())
    # The out-of-fold log-odds on this version's scale: what it would score unseen leads.
    oof_scores = np.clip(np.floor(scaled.scale * (learnt.oof - scaled.offset) + 0.5), 0, 100)
    draft.calibration = platt(oof_scores, labels)
    draft.threshold = best_threshold(labels, scores)
    likelihood = np.array(draft.calibration)[oof_scores.astype(int)]
    draft.report = {
        "cv_auc": round(float(roc_auc_score(labels, oof_scores)), 4),
        "cv_model_auc": round(float(roc_auc_score(labels, learnt.oof)), 4),
        "cv_brier": round(float(brier_score_loss(labels, likelihood)), 4),
        "folds": learnt.folds,
        "C": round(learnt.C, 5),
        "engine_auc": round(float(roc_auc_score(labels, scores)), 4),
        "model_auc": round(float(roc_auc_score(labels, logits)), 4),
        # 1: the totals rank the leads as the model's log-odds do, but for ties.
        "rank_correlation": round(float(spearmanr(logits, scores).statistic), 4),
        "saturated": saturated(scaled.subscores),
        "points_per_logit": round(scaled.scale, 3),
        "logit_offset": round(scaled.offset, 4),
        "leads": len(examples),
        "positives": positives,
        "negatives": len(labels) - positives,
        "features": len(shapes),
        "rules": len(scaled.rules),
        "intercept": round(learnt.intercept, 4),
        "fitted_at": timezone.now().isoformat(),
    }
    if not math.isfinite(draft.report["rank_correlation"]):
        draft.report["rank_correlation"] = 0.0
    return draft
