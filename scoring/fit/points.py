"""From fitted log-odds to rules: points, weights and baselines chosen so that the engine's
total is an increasing (affine, then rounded) function of the model's log-odds over the leads
it was fitted on, and no sub-score is clamped on them.

With weights w_c (sum W) and a scale k_c per sub-score, the total is sum(w_c * s_c) / W. Taking
k_c = B * W / w_c makes it B times the log-odds plus a constant; each sub-score spans k_c times
its range of log-odds over the training leads, which fits in 0..100 when w_c is in proportion to
that range and B = 100 / (the sum of the ranges). Points are whole numbers: at this scale one
point of a sub-score is a small fraction of a unit of log-odds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from scoring.fit.shapes import Shape
from scoring.kinds import CATEGORY_OF_KIND
from scoring.spec import BEHAVIORAL, DEMOGRAPHIC, ENGAGEMENT

CATEGORIES = (DEMOGRAPHIC, BEHAVIORAL, ENGAGEMENT)
# Baseline rules: match every lead, so they lift (or lower) the sub-score of every lead.
BASELINES = {
    DEMOGRAPHIC: ("attribute", "do_not_email", "not_empty", None),
    ENGAGEMENT: ("engagement", "page_views", "gte", 0),
}


@dataclass
class Scaled:
    rules: list[dict]
    weights: tuple[int, int, int]
    scale: float  # B: total points per unit of log-odds
    offset: float  # C0: log-odds = C0 + total / B
    subscores: np.ndarray  # n x 3 raw sub-scores of the training leads (before any clamp)


def references(shapes: list[Shape]) -> None:
    """An activity's rule goes to the better of "did it" and "never did it": the behaviour
    sub-score has no baseline rule, so its points must not be negative."""
    for shape in shapes:
        if shape.kind == "event":
            shape.reference = int(np.argmin(shape.values))


def contributions(shapes: list[Shape], levels: np.ndarray) -> np.ndarray:
    """n x shapes: each lead's log-odds per shape over the shape's reference level."""
    table = np.zeros_like(levels, dtype=float)
    for j, shape in enumerate(shapes):
        values = np.array(shape.values) - shape.values[shape.reference]
        table[:, j] = values[levels[:, j]]
    return table


def _weights(ranges: dict[str, float]) -> tuple[int, int, int]:
    """Whole weights summing to 100 in proportion to the ranges (largest remainders)."""
    total = sum(ranges.values())
    exact = [100 * ranges[c] / total for c in CATEGORIES]
    weights = [int(x) for x in exact]
    for i in sorted(range(3), key=lambda i: exact[i] - weights[i], reverse=True):
        if sum(weights) >= 100:
            break
        weights[i] += 1
    for i, c in enumerate(CATEGORIES):
        if ranges[c] > 0 and weights[i] == 0:
            weights[i] = 1
            weights[int(np.argmax(weights))] -= 1
    return weights[0], weights[1], weights[2]


def scale(
    shapes: list[Shape], levels: np.ndarray, intercept: float, safety: float = 0.99
) -> Scaled:
    table = contributions(shapes, levels)
    kinds = np.array([CATEGORY_OF_KIND[s.kind] for s in shapes])
    by_category = {c: table[:, kinds == c].sum(axis=1) for c in CATEGORIES}
    ranges = {
        c: float(v.max() - (0.0 if c == BEHAVIORAL else v.min())) if v.size else 0.0
        for c, v in by_category.items()
    }
    if sum(ranges.values()) <= 0:
        raise ValueError("The fitted model gives every lead the same odds.")
    weights = _weights(ranges)
    W = sum(weights)
    B = safety * min(
        100 * w / (W * ranges[c]) for c, w in zip(CATEGORIES, weights, strict=True) if ranges[c]
    )
    points_table = np.zeros_like(levels)
    rules: list[dict] = []
    for j, shape in enumerate(shapes):
        category = CATEGORY_OF_KIND[shape.kind]
        w = weights[CATEGORIES.index(category)]
        k = B * W / w if w else 0.0
        ref = shape.values[shape.reference]
        level_points = [round(k * (v - ref)) for v in shape.values]
        points_table[:, j] = np.array(level_points)[levels[:, j]]
        for i, level in enumerate(shape.levels):
            if i != shape.reference and level.rule is not None and level_points[i]:
                rules.append(_rule(shape.kind, level.name, level.rule, level_points[i]))
    raw = np.zeros((len(levels), 3))
    for i, category in enumerate(CATEGORIES):
        raw[:, i] = points_table[:, kinds == category].sum(axis=1)
    offset_points = 0.0
    for i, category in enumerate(CATEGORIES):
        if category in BASELINES and weights[i]:
            baseline = -int(raw[:, i].min())
            if baseline:
                kind, field, operator, value = BASELINES[category]
                rules.append(
                    {
                        "kind": kind,
                        "name": "Baseline (every lead)",
                        "field": field,
                        "operator": operator,
                        "value": value,
                        "points": baseline,
                    }
                )
                raw[:, i] += baseline
                offset_points += weights[i] * baseline / W
    constant = intercept + sum(s.values[s.reference] for s in shapes)
    return Scaled(
        rules=rules,
        weights=weights,
        scale=B,
        offset=constant - offset_points / B,
        subscores=raw,
    )


def _rule(kind: str, name: str, rule: dict, points: int) -> dict:
    if kind == "event":
        did = rule["operator"] == ""
        # "Did it": points for the first such activity only, as the model learnt.
        return {
            "kind": "event",
            "name": name,
            "activity_type": rule["activity_type"],
            "operator": rule["operator"],
            "points": points,
            "cap": abs(points) if did else None,
        }
    return {"kind": kind, "name": name, "points": points, **rule}


def saturated(subscores: np.ndarray) -> int:
    """How many leads have a sub-score the engine would clamp."""
    return int(np.count_nonzero(((subscores < 0) | (subscores > 100)).any(axis=1)))
