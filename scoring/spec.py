"""What scoring reads and writes, database-free: a version's rules, a lead's activities, a
result, and the integer arithmetic that the engine (Python) and the set-based SQL share.

Ages are whole seconds between truncated epochs and points are rounded half up, so both paths
give the same numbers (scoring.kinds holds each rule kind's two forms side by side).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import datetime
from typing import Any

DEMOGRAPHIC, BEHAVIORAL, ENGAGEMENT = "demographic", "behavioral", "engagement"
CATEGORIES = (DEMOGRAPHIC, BEHAVIORAL, ENGAGEMENT)
CATEGORY_LABEL = {DEMOGRAPHIC: "Fit", BEHAVIORAL: "Behaviour", ENGAGEMENT: "Engagement"}


@dataclass(frozen=True)
class RuleSpec:
    id: int
    kind: str  # a name in scoring.kinds.KINDS
    name: str
    points: int
    field: str = ""
    operator: str = ""
    value: Any = None
    activity_type: str = ""
    property_filter: Mapping[str, str] = dc_field(default_factory=dict)
    cap: int | None = None
    decays: bool = False


@dataclass(frozen=True)
class VersionSpec:
    label: str
    weights: tuple[int, int, int]
    half_life_days: int
    threshold: int
    rules: tuple[RuleSpec, ...]
    # Likelihood to convert at each total score 0..100 (a fitted version's), else empty.
    calibration: tuple[float, ...] = ()


@dataclass(frozen=True)
class Fact:
    """One activity as the engine sees it, or a summary of `count` activities folded by the
    activity retention (leads.activity_retention), all read as happening at `occurred_at` (the
    latest of them, on the same UTC day)."""

    type: str
    occurred_at: datetime
    properties: Mapping[str, Any] = dc_field(default_factory=dict)
    count: int = 1
    # A summary's whole seconds, summed (its properties have no numeric `seconds` left); None
    # for one activity, whose seconds are its properties'.
    seconds: int | None = None

    @property
    def whole_seconds(self) -> int:
        """The time on site this fact adds (if a page view): truncated, 0 when not a number."""
        if self.seconds is not None:
            return self.seconds
        value = self.properties.get("seconds")
        return math.trunc(value) if is_number(value) else 0


@dataclass
class ScoreResult:
    demographic: int
    behavioral: int
    engagement: int
    total: int
    explanation: list[dict]
    likelihood: float | None = None

    @property
    def subscores(self) -> dict[str, int]:
        return {
            DEMOGRAPHIC: self.demographic,
            BEHAVIORAL: self.behavioral,
            ENGAGEMENT: self.engagement,
        }


def epoch(moment: datetime) -> int:
    """Whole seconds since 1970, truncated (as SQL's truncated epoch)."""
    return math.floor(moment.timestamp())


def round_half_up(x: float) -> int:
    return math.floor(x + 0.5)


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
