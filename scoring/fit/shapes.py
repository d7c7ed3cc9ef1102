"""Shape functions: each field a lead has becomes a set of levels, exactly one per lead.

A categorical field has a level per value with enough support, one for "empty" if it has
support, and a pooled rest (rare and unseen values). A number has quantile bins (and "empty");
an activity type "did it" or "never did it"; an engagement metric quantile bins. The learner
gives each level log-odds; each level but the reference one becomes a rule whose points are its
log-odds over the reference's, so a lead's points per field are its level's.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from scoring.dialect import SAFE_KEY
from scoring.kinds.attribute import lead_value
from scoring.kinds.event import NEVER
from scoring.outcomes import Example

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
MAX_ATTRIBUTE_KEYS = 30
MAX_BINS = 32
MAX_VALUES = 300  # per categorical field, the most frequent; the rest are pooled
# A text value seen on this many training leads gets its own level: the cross-validated
# penalty shrinks a rare value's points towards the pooled rest, so a low bar loses nothing
# and keeps what a few leads show (Olist's landing pages, held-out AUC over three splits:
# 0.6697 with a bar of max(10, n/400), 0.6780 with 3).
CATEGORY_SUPPORT = 3


@dataclass
class Level:
    name: str
    rule: dict | None  # the rule a lead at this level matches; None for the reference level


@dataclass
class Shape:
    group: str
    kind: str  # attribute | event | engagement: the rules it becomes
    levels: list[Level]
    level_of: Callable[[Example], int]
    # "onehot": a column per level. "steps": levels[0] is "empty", the rest ordered bins; a
    # column for "empty" and one per step up, so the penalty smooths neighbouring bins.
    encoding: str = "onehot"
    reference: int = 0
    values: list[float] = field(default_factory=list)  # log-odds per level, once fitted

    def columns(self) -> int:
        return len(self.levels) if self.encoding == "onehot" else len(self.levels) - 1

    def encode(self, level: int) -> list[int]:
        """The column offsets set for a lead at `level`."""
        if self.encoding == "onehot":
            return [level]
        if level == 0:
            return [0]
        return list(range(1, level))  # bins 1.. are steps over bin 0 (column offsets 1..)

    def level_values(self, coefs: Sequence[float]) -> list[float]:
        if self.encoding == "onehot":
            return [float(c) for c in coefs]
        steps = np.cumsum([0.0, *coefs[1:]])
        return [float(coefs[0]), *(float(s) for s in steps)]


def _number(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def _title(name: str) -> str:
    return name.removeprefix("attributes.").replace("_", " ").capitalize()


def _empty(value: Any) -> bool:
    return value is None or value == ""


def categorical(
    name: str, values: list[Any], min_support: int, read: Callable[[Example], Any]
) -> Shape | None:
    """Levels: the pooled rest (reference), each value with support, and "empty"."""
    counts = Counter(v.lower() for v in values if isinstance(v, str) and v)
    kept = [v for v, n in counts.most_common(MAX_VALUES) if n >= min_support]
    empties = sum(1 for v in values if _empty(v))
    levels = [Level(f"{_title(name)}: other", None)]
    levels += [
        Level(
            f"{_title(name)}: {v[:60]}",
            {"field": name, "operator": "equals", "value": v},
        )
        for v in kept
    ]
    with_empty = empties >= min_support
    if with_empty:
        levels.append(
            Level(f"{_title(name)}: empty", {"field": name, "operator": "is_empty", "value": None})
        )
    if len(levels) < 2:
        return None
    index = {v: i + 1 for i, v in enumerate(kept)}
    empty_level = len(levels) - 1

    def level_of(example: Example) -> int:
        value = read(example)
        if isinstance(value, str) and value:
            return index.get(value.lower(), 0)
        return empty_level if with_empty and _empty(value) else 0

    return Shape(group=name, kind="attribute", levels=levels, level_of=level_of)


def boolean(name: str, values: list[Any], min_support: int, read: Callable) -> Shape | None:
    yes = sum(1 for v in values if v is True)
    no = sum(1 for v in values if v is False)
    if min(yes, no) < min_support:
        return None
    levels = [
        Level(f"{_title(name)}: not given", None),
        Level(f"{_title(name)}: yes", {"field": name, "operator": "equals", "value": True}),
        Level(f"{_title(name)}: no", {"field": name, "operator": "equals", "value": False}),
    ]

    def level_of(example: Example) -> int:
        value = read(example)
        return 1 if value is True else 2 if value is False else 0

    return Shape(group=name, kind="attribute", levels=levels, level_of=level_of)


def _edges(present: np.ndarray, min_count: int) -> list[float]:
    """Inner bin edges at quantiles, each bin holding at least `min_count` leads."""
    bins = int(min(MAX_BINS, max(1, len(present) // max(1, min_count))))
    if bins < 2:
        return []
    edges = np.unique(np.quantile(present, np.linspace(0, 1, bins + 1)[1:-1], method="lower"))
    edges = [float(e) for e in edges if e > present.min()]
    kept: list[float] = []
    low = present.min()
    for edge in edges:
        if np.count_nonzero((present >= low) & (present < edge)) >= min_count and (
            np.count_nonzero(present >= edge) >= min_count
        ):
            kept.append(edge)
            low = edge
    return kept


def _show(x: float) -> str:
    return f"{x:g}" if abs(x) < 1e6 else f"{x:.3g}"


def numeric(
    name: str, kind: str, values: list[float | None], min_count: int, read: Callable
) -> Shape | None:
    """Quantile bins as `between` rules (whole numbers: up to the next edge less one; other
    numbers: up to the float just under it, so bins never overlap), and "empty"."""
    present = np.array([v for v in values if v is not None], dtype=float)
    if len(present) < 2 * min_count:
        return None
    edges = _edges(present, min_count)
    if not edges:
        return None
    whole = bool(np.all(present == np.round(present)))
    label = _title(name)
    levels = [Level(f"{label}: empty", None)]
    bounds = [None, *edges, None]
    for low, high in zip(bounds, bounds[1:], strict=False):
        if whole:
            lo = int(low) if low is not None else None
            hi = int(high) - 1 if high is not None else None
            text = f"{_show(lo)}–{_show(hi)}" if lo is not None and hi is not None else ""
            text = text or (f"≤ {_show(hi)}" if hi is not None else f"≥ {_show(lo)}")
        else:
            lo = low
            hi = math.nextafter(high, -math.inf) if high is not None else None
            text = (
                f"{_show(low)} to under {_show(high)}"
                if low is not None and high is not None
                else (f"under {_show(high)}" if high is not None else f"≥ {_show(low)}")
            )
        levels.append(
            Level(f"{label} {text}", {"field": name, "operator": "between", "value": [lo, hi]})
        )
    cuts = np.array(edges)
    has_empty = len(present) < len(values)

    def level_of(example: Example) -> int:
        value = _number(read(example))
        if value is None:
            return 0
        return 1 + int(np.searchsorted(cuts, value, side="right"))

    # The reference is "empty" if some leads have none, else the lowest bin.
    return Shape(
        group=name,
        kind=kind,
        levels=levels,
        level_of=level_of,
        encoding="steps",
        reference=0 if has_empty else 1,
    )


def event(code: str, label: str) -> Shape:
    """Did it (points per first activity) or never did it; the rule goes to the better one."""
    levels = [
        Level(
            f"Never: {label} (before MQL)",
            {"activity_type": code, "operator": NEVER},
        ),
        Level(f"{label} (before MQL)", {"activity_type": code, "operator": ""}),
    ]
    return Shape(
        group=f"event:{code}",
        kind="event",
        levels=levels,
        level_of=lambda e, c=code: 1 if e.counts.get(c, 0) > 0 else 0,
    )


def candidate_shapes(examples: list[Example], activity_labels: dict[str, str]) -> list[Shape]:
    n = len(examples)
    min_support = max(10, n // 400)
    shapes: list[Shape | None] = []
    for name in CATEGORICAL_FIELDS:
        read = lambda e, f=name: lead_value(e.values, f)  # noqa: E731
        shapes.append(categorical(name, [read(e) for e in examples], CATEGORY_SUPPORT, read))
    for name in NUMBER_FIELDS:
        read = lambda e, f=name: e.values.get(f)  # noqa: E731
        shapes.append(
            numeric(name, "attribute", [_number(read(e)) for e in examples], min_support, read)
        )
    keys = Counter(k for e in examples for k in e.values["attributes"] if SAFE_KEY.match(k))
    for key, _ in keys.most_common(MAX_ATTRIBUTE_KEYS):
        name = f"attributes.{key}"
        read = lambda e, k=key: e.values["attributes"].get(k)  # noqa: E731
        values = [read(e) for e in examples]
        kinds = Counter(
            "bool" if isinstance(v, bool) else "number" if _number(v) is not None else "text"
            for v in values
            if not _empty(v)
        )
        if not kinds:
            continue
        kind = kinds.most_common(1)[0][0]
        if kind == "bool":
            shapes.append(boolean(name, values, min_support, read))
        elif kind == "number":
            numbers = [_number(v) for v in values]
            shapes.append(numeric(name, "attribute", numbers, min_support, read))
        else:
            shapes.append(categorical(name, values, CATEGORY_SUPPORT, read))
    done = Counter(code for e in examples for code, c in e.counts.items() if c)
    for code, count in sorted(done.items()):
        if min(count, n - count) >= min_support and code in activity_labels:
            shapes.append(event(code, activity_labels[code]))
    for metric in ENGAGEMENT_METRICS:
        read = lambda e, m=metric: e.measured[m]  # noqa: E731
        shapes.append(
            numeric(metric, "engagement", [_number(read(e)) for e in examples], min_support, read)
        )
    return [s for s in shapes if s is not None]
