"""A lead's score explained in points of the score itself.

The stored explanation gives each rule's points in its sub-score (0-100); the score is the
weighted mean of the sub-scores, rounded. Here each rule's share of the score is its points
times its sub-score's weight over the sum of the weights, in hundredths, and a rounding line
makes the shares add up to the score exactly. For a fitted version (no sub-score clamped on the
leads it learnt from) that line is under half a point.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from scoring.engine import BEHAVIORAL, CATEGORY_LABEL, DEMOGRAPHIC, ENGAGEMENT

CATEGORIES = (DEMOGRAPHIC, BEHAVIORAL, ENGAGEMENT)
CENT = Decimal("0.01")
ROUNDING = "Rounding to a whole score"
# Rules every lead matches (scoring.fit.points), and the engine's clamp lines: part of the
# arithmetic, never a reason a lead qualified.
NOT_A_REASON = ("Baseline (every lead)",)
WHY_COUNT = 3


@dataclass
class Share:
    rule: str
    category: str
    points: int
    share: Decimal

    @property
    def category_label(self) -> str:
        return CATEGORY_LABEL.get(self.category, self.category)


def shares(explanation: Sequence[Mapping], weights: Sequence[int], total: int) -> list[Share]:
    """Each explanation item with its share of the score, then the rounding line (if any)."""
    weight = dict(zip(CATEGORIES, weights, strict=True))
    whole = sum(weights) or 1
    items = [
        Share(
            rule=str(item["rule"]),
            category=str(item["category"]),
            points=int(item["points"]),
            share=(Decimal(int(item["points"]) * weight.get(item["category"], 0)) / whole).quantize(
                CENT, ROUND_HALF_UP
            ),
        )
        for item in explanation
    ]
    rest = Decimal(total) - sum((i.share for i in items), Decimal(0))
    if rest:
        items.append(Share(rule=ROUNDING, category="", points=0, share=rest))
    return items


def _is_reason(share: Share) -> bool:
    return (
        share.share > 0
        and share.category != ""
        and share.rule not in NOT_A_REASON
        and not share.rule.endswith(("capped at 100", "floored at 0"))
    )


def top_reasons(
    explanation: Sequence[Mapping], weights: Sequence[int], total: int, count: int = WHY_COUNT
) -> list[Share]:
    """The rules that added the most to the score: why it reached the threshold."""
    reasons = [s for s in shares(explanation, weights, total) if _is_reason(s)]
    return sorted(reasons, key=lambda s: s.share, reverse=True)[:count]
