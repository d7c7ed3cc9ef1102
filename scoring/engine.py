"""The scoring engine: one pure function from a lead, its activities and a version's rules to
three sub-scores, a total and the explanation. No database access here.

Each rule's points come from its kind (scoring.kinds), whose SQL side the set-based path
(scoring.bulk) runs; the arithmetic is chosen so that both give exactly the same numbers: each
rule's points are an integer, sub-scores are clamped to 0..100, and the total is the weighted
mean rounded half up in integer arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from scoring.kinds import KINDS
from scoring.kinds.base import Subject
from scoring.spec import (
    BEHAVIORAL,
    CATEGORIES,
    CATEGORY_LABEL,
    DEMOGRAPHIC,
    ENGAGEMENT,
    Fact,
    RuleSpec,
    ScoreResult,
    VersionSpec,
    epoch,
)

# What callers read from here: the engine's inputs and outputs.
__all__ = [
    "BEHAVIORAL",
    "CATEGORY_LABEL",
    "DEMOGRAPHIC",
    "ENGAGEMENT",
    "Fact",
    "RuleSpec",
    "ScoreResult",
    "VersionSpec",
    "combine",
    "epoch",
    "likelihood_at",
    "score_lead",
]


def combine(subscores: tuple[int, int, int], weights: tuple[int, int, int]) -> int:
    """The weighted mean of the sub-scores, rounded half up, in integers."""
    total_weight = sum(weights)
    weighted = sum(s * w for s, w in zip(subscores, weights, strict=True))
    return (2 * weighted + total_weight) // (2 * total_weight)


def score_lead(
    lead: Mapping[str, Any], facts: Iterable[Fact], version: VersionSpec, *, now: datetime
) -> ScoreResult:
    """Score one lead. `lead` maps field names (and `attributes`) to values; `source` and
    `product_line` are codes."""
    subject = Subject(lead, list(facts), now=now, half_life_days=version.half_life_days)
    raw = dict.fromkeys(CATEGORIES, 0)
    items: dict[str, list[dict]] = {c: [] for c in CATEGORIES}
    for rule in version.rules:
        kind = KINDS[rule.kind]
        points = kind.points(rule, subject)
        if points:
            raw[kind.category] += points
            items[kind.category].append(
                {"rule": rule.name, "category": kind.category, "points": points}
            )
    explanation: list[dict] = []
    subscores = []
    for category in CATEGORIES:
        clamped = max(0, min(100, raw[category]))
        explanation += items[category]
        if clamped != raw[category]:
            explanation.append(_clamp_line(category, raw[category], clamped))
        subscores.append(clamped)
    total = combine(tuple(subscores), version.weights)
    demographic, behavioral, engagement = subscores  # in the order of CATEGORIES
    return ScoreResult(
        demographic=demographic,
        behavioral=behavioral,
        engagement=engagement,
        total=total,
        explanation=explanation,
        likelihood=likelihood_at(version, total),
    )


def _clamp_line(category: str, raw: int, clamped: int) -> dict:
    label = CATEGORY_LABEL[category]
    rule = f"{label} capped at 100" if raw > 100 else f"{label} floored at 0"
    return {"rule": rule, "category": category, "points": clamped - raw}


def likelihood_at(version: VersionSpec, total: int) -> float | None:
    return version.calibration[total] if len(version.calibration) == 101 else None
