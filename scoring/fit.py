"""Fit a draft scoring version from won/lost history.

Only what was known before sales first touched the lead is used: its fields and attributes, and
its activities before its first move to MQL (or before its first move of any kind if it never
was an MQL). The stage history only gives the label. Categorical values are one-hot encoded
(the most frequent values), numbers become "at least" quantile steps, each activity type "did it
at least once". A logistic regression is fitted, its cross-validated AUC recorded, and its
coefficients turned into explainable rules on the 0-100 scale so that the engine's total is an
increasing function of the model's log-odds: the ranking is the model's. The draft is never
activated here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from scipy.stats import spearmanr
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score

from leads.errors import DomainError
from leads.models import ActivityType, ProductLine, Stage
from scoring.backtest import roc_auc
from scoring.bulk import SAFE_KEY
from scoring.engine import (
    BEHAVIORAL,
    DEMOGRAPHIC,
    ENGAGEMENT,
    RuleSpec,
    VersionSpec,
    lead_value,
    score_lead,
)
from scoring.models import Rule, ScoringModel, ScoringVersion
from scoring.outcomes import Example, examples_with_outcomes
from scoring.selectors import leads_for_model
from scoring.services import model_for_fit

POSITIVE = (Stage.WON,)
NEGATIVE = (Stage.LOST, Stage.DISQUALIFIED)
CATEGORICAL_FIELDS = (
    "source",
    "industry",
    "country",
    "region",
    "job_title",
    "campaign",
    "email_domain",
)
NUMBER_FIELDS = ("company_size",)
ENGAGEMENT_METRICS = ("page_views", "visits", "time_on_site")
TOP_K = 12
MIN_CLASS = 10
MAX_ATTRIBUTE_KEYS = 30


class FitError(DomainError):
    """The history cannot support a fit (too few outcomes, one class only): 400."""


@dataclass
class Feature:
    group: str
    kind: str  # attribute | event | engagement: the rule it becomes
    name: str
    test: Callable[[dict, dict, dict], bool]  # (lead values, activity counts, metrics)
    field: str = ""
    operator: str = ""
    value: Any = None
    activity_type: str = ""

    @property
    def category(self) -> str:
        return {"attribute": DEMOGRAPHIC, "event": BEHAVIORAL, "engagement": ENGAGEMENT}[self.kind]


def _number(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def _title(name: str) -> str:
    return name.removeprefix("attributes.").replace("_", " ").capitalize()


def _one_hot(field: str, values: list[Any], min_support: int) -> list[Feature]:
    """Equals-tests for the most frequent text values; every other value is the reference."""
    counts = Counter(v.lower() for v in values if isinstance(v, str) and v)
    return [
        Feature(
            group=field,
            kind="attribute",
            name=f"{_title(field)}: {value[:60]}",
            test=lambda lead, counts, measured, f=field, v=value: _text_is(lead_value(lead, f), v),
            field=field,
            operator="equals",
            value=value,
        )
        for value, n in counts.most_common(TOP_K)
        if n >= min_support
    ]


def _text_is(value: Any, expected: str) -> bool:
    return isinstance(value, str) and value.lower() == expected


def _steps(values: list[float | None]) -> list[float]:
    """Quartile edges above the smallest value, for "at least" steps."""
    present = np.array([v for v in values if v is not None], dtype=float)
    if len(present) < 2:
        return []
    edges = np.unique(np.quantile(present, [0.25, 0.5, 0.75], method="lower"))
    return [float(e) for e in edges if e > present.min()]


def _number_steps(field: str, values: list[float | None], kind: str) -> list[Feature]:
    features = []
    for edge in _steps(values):
        edge_value: float | int = int(edge) if edge.is_integer() else edge
        if kind == "attribute":
            test = lambda lead, c, m, f=field, e=edge_value: _at_least(lead_value(lead, f), e)  # noqa: E731
        else:
            test = lambda lead, c, m, f=field, e=edge_value: _at_least(m[f], e)  # noqa: E731
        features.append(
            Feature(
                group=field,
                kind=kind,
                name=f"{_title(field)} ≥ {edge_value:g}",
                test=test,
                field=field,
                operator="gte",
                value=edge_value,
            )
        )
    return features


def _at_least(value: Any, edge: float) -> bool:
    number = _number(value)
    return number is not None and number >= edge


def candidate_features(examples: list[Example]) -> list[Feature]:
    min_support = max(5, len(examples) // 100)
    features: list[Feature] = []
    for name in CATEGORICAL_FIELDS:
        features += _one_hot(name, [lead_value(e.values, name) for e in examples], min_support)
    for name in NUMBER_FIELDS:
        values = [_number(e.values.get(name)) for e in examples]
        features += _number_steps(name, values, "attribute")
    keys = Counter(k for e in examples for k in e.values["attributes"] if SAFE_KEY.match(k))
    for key, _ in keys.most_common(MAX_ATTRIBUTE_KEYS):
        field = f"attributes.{key}"
        values = [e.values["attributes"].get(key) for e in examples]
        kinds = Counter(
            "bool" if isinstance(v, bool) else "number" if _number(v) is not None else "text"
            for v in values
            if v is not None and v != ""
        )
        if not kinds:
            continue
        kind = kinds.most_common(1)[0][0]
        if kind == "bool" and sum(1 for v in values if v is True) >= min_support:
            features.append(
                Feature(
                    group=field,
                    kind="attribute",
                    name=f"{_title(field)}: yes",
                    test=lambda lead, c, m, f=field: lead_value(lead, f) is True,
                    field=field,
                    operator="equals",
                    value=True,
                )
            )
        elif kind == "number":
            features += _number_steps(field, [_number(v) for v in values], "attribute")
        elif kind == "text":
            features += _one_hot(field, values, min_support)
    labels = dict(ActivityType.objects.values_list("code", "label"))
    done = Counter(code for e in examples for code in e.counts)
    for code, n in sorted(done.items()):
        if n >= min_support and code in labels:
            features.append(
                Feature(
                    group=f"event:{code}",
                    kind="event",
                    name=f"{labels[code]} (before MQL)",
                    test=lambda lead, counts, m, t=code: counts.get(t, 0) > 0,
                    activity_type=code,
                )
            )
    for metric in ENGAGEMENT_METRICS:
        features += _number_steps(metric, [e.measured[metric] for e in examples], "engagement")
    return features


def _matrix(features: list[Feature], examples: list[Example]) -> np.ndarray:
    return np.array(
        [[f.test(e.values, e.counts, e.measured) for f in features] for e in examples],
        dtype=float,
    )


def _logistic() -> LogisticRegression:
    return LogisticRegression(C=1.0, max_iter=2000)


def _bounds(features: list[Feature], coefs: np.ndarray) -> dict[str, tuple[float, float]]:
    """The lowest and highest log-odds each category can add up to, over every possible lead.

    Within a group, equals-tests exclude each other (one value, or none) and "at least" steps
    add up in order; groups are independent.
    """
    groups: dict[str, list[tuple[Feature, float]]] = defaultdict(list)
    for feature, coef in zip(features, coefs, strict=True):
        groups[feature.group].append((feature, float(coef)))
    low = {DEMOGRAPHIC: 0.0, BEHAVIORAL: 0.0, ENGAGEMENT: 0.0}
    high = dict(low)
    for items in groups.values():
        category = items[0][0].category
        if items[0][0].operator == "gte":
            sums = list(np.cumsum([0.0] + [c for _, c in items]))
        else:
            sums = [0.0] + [c for _, c in items]
        low[category] += min(sums)
        high[category] += max(sums)
    return {c: (low[c], high[c]) for c in low}


@dataclass
class Fitted:
    rules: list[dict]
    weights: tuple[int, int, int]
    threshold: int
    report: dict


def fit(examples: list[Example], *, seed: int = 0) -> Fitted:
    """Learn rules, weights and a threshold from the examples (no database writes)."""
    labels = np.array([e.label for e in examples], dtype=int)
    smaller = min(int(labels.sum()), int(len(labels) - labels.sum()))
    if smaller < MIN_CLASS:
        raise FitError(
            f"Fitting needs at least {MIN_CLASS} won and {MIN_CLASS} lost or disqualified "
            f"leads with history; found {int(labels.sum())} and {len(labels) - int(labels.sum())}."
        )
    features = candidate_features(examples)
    X = _matrix(features, examples)
    varying = [i for i in range(X.shape[1]) if 0 < X[:, i].sum() < len(X)]
    features, X = [features[i] for i in varying], X[:, varying]
    if not features:
        raise FitError("No field, attribute or activity varies between these leads.")
    model = _logistic().fit(X, labels)
    # "Did it" is all an event rule can say; an activity that lowers the odds cannot lift the
    # leads that did not do it, so it is dropped and the model refitted without it.
    dropped = [
        f.name for f, c in zip(features, model.coef_[0], strict=True) if f.kind == "event" and c < 0
    ]
    if dropped:
        keep = [i for i, f in enumerate(features) if f.name not in dropped]
        features, X = [features[i] for i in keep], X[:, keep]
        model = _logistic().fit(X, labels)
    coefs = model.coef_[0]
    folds = StratifiedKFold(n_splits=min(5, smaller), shuffle=True, random_state=seed)
    cv_auc = float(cross_val_score(_logistic(), X, labels, cv=folds, scoring="roc_auc").mean())

    bounds = _bounds(features, coefs)
    spans = {c: high - low for c, (low, high) in bounds.items()}
    total_span = sum(spans.values())
    if total_span <= 0:
        raise FitError("The fitted model gives every lead the same odds.")
    weights = tuple(
        round(100 * spans[c] / total_span) for c in (DEMOGRAPHIC, BEHAVIORAL, ENGAGEMENT)
    )
    rules: list[dict] = []
    for feature, coef in zip(features, coefs, strict=True):
        category = feature.category
        if not weights[(DEMOGRAPHIC, BEHAVIORAL, ENGAGEMENT).index(category)]:
            continue
        points = round(100 * float(coef) / spans[category])
        if points:
            rules.append(_rule(feature, points))
    for category, field, operator, value, kind in (
        (DEMOGRAPHIC, "do_not_email", "not_empty", None, "attribute"),
        (ENGAGEMENT, "page_views", "gte", 0, "engagement"),
    ):
        low = bounds[category][0]
        points = round(-100 * low / spans[category]) if spans[category] else 0
        if points and weights[(DEMOGRAPHIC, BEHAVIORAL, ENGAGEMENT).index(category)]:
            # Matches every lead: lifts the category so its lowest possible sum is 0, not
            # under the floor the engine clamps to.
            rules.append(
                {
                    "kind": kind,
                    "name": "Baseline (every lead)",
                    "field": field,
                    "operator": operator,
                    "value": value,
                    "points": points,
                }
            )
    spec = VersionSpec(
        label="fit",
        weights=weights,
        half_life_days=30,
        threshold=60,
        rules=tuple(RuleSpec(id=i, **r) for i, r in enumerate(rules)),
    )
    scores = [score_lead(e.values, e.facts, spec, now=e.cutoff).total for e in examples]
    threshold = _best_threshold(labels.tolist(), scores)
    report = {
        "cv_auc": round(cv_auc, 4),
        "folds": folds.get_n_splits(),
        "engine_auc": round(roc_auc(labels.tolist(), scores) or 0.0, 4),
        # How closely the rules' 0-100 totals follow the model's log-odds (1: same ranking;
        # rounding points to integers is what keeps it a little under 1).
        "rank_correlation": round(
            float(spearmanr(model.decision_function(X), scores).statistic), 4
        ),
        "leads": len(examples),
        "positives": int(labels.sum()),
        "negatives": int(len(labels) - labels.sum()),
        "features": len(features),
        "dropped": dropped,
        "intercept": round(float(model.intercept_[0]), 4),
        "fitted_at": timezone.now().isoformat(),
    }
    return Fitted(rules=rules, weights=weights, threshold=threshold, report=report)


def _rule(feature: Feature, points: int) -> dict:
    if feature.kind == "event":
        # Points for the first such activity only: the model learnt "did it at least once".
        return {
            "kind": "event",
            "name": feature.name,
            "activity_type": feature.activity_type,
            "points": points,
            "cap": abs(points),
        }
    return {
        "kind": feature.kind,
        "name": feature.name,
        "field": feature.field,
        "operator": feature.operator,
        "value": feature.value,
        "points": points,
    }


def _best_threshold(labels: list[int], scores: list[int]) -> int:
    """The threshold with the best F1 (precision and recall balanced) on the training leads."""
    positives = sum(labels)
    best, best_f1 = 60, -1.0
    for threshold in range(1, 101):
        over = [y for y, s in zip(labels, scores, strict=True) if s >= threshold]
        hits = sum(over)
        if not hits:
            continue
        f1 = 2 * hits / (len(over) + positives)
        if f1 > best_f1:
            best, best_f1 = threshold, f1
    return best


def version_fit(
    *, model: ScoringModel, by: AbstractBaseUser | None, seed: int = 0
) -> ScoringVersion:
    """Fit a new draft of `model` from the won/lost leads it covers. Never activates it."""
    fitted = fit(
        examples_with_outcomes(leads_for_model(model), positive=POSITIVE, negative=NEGATIVE),
        seed=seed,
    )
    active = model.active_version
    types = dict(ActivityType.objects.values_list("code", "pk"))
    with transaction.atomic():
        draft = ScoringVersion.objects.create(
            model=model,
            threshold=fitted.threshold,
            weight_demographic=fitted.weights[0],
            weight_behavioral=fitted.weights[1],
            weight_engagement=fitted.weights[2],
            half_life_days=active.half_life_days if active else 30,
            auto_promote=active.auto_promote if active else True,
            created_by=by,
            note=(
                f"Fitted from {fitted.report['leads']} leads with known outcomes "
                f"(cross-validated AUC {fitted.report['cv_auc']:.3f})."
            ),
            fit_report=fitted.report,
        )
        rows = []
        for position, rule in enumerate(fitted.rules):
            rule = dict(rule)
            activity_type = rule.pop("activity_type", "")
            rows.append(
                Rule(
                    version=draft,
                    position=position,
                    activity_type_id=types.get(activity_type),
                    **rule,
                )
            )
        Rule.objects.bulk_create(rows)
    return draft


def draft_fit(
    *, name: str, product_line: ProductLine | None, by: AbstractBaseUser | None
) -> ScoringVersion:
    """Fit a draft into the model named `name` (created for `product_line` if new); a failed
    fit leaves no empty model behind."""
    with transaction.atomic():
        model = model_for_fit(name=name, product_line=product_line)
        return version_fit(model=model, by=by)
