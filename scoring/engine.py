"""The scoring engine: one pure function from a lead, its activities and a version's rules to
three sub-scores, a total and the explanation. No database access here.

The arithmetic is chosen so that the set-based SQL path (scoring/bulk.py) gives exactly the same
numbers: ages are whole seconds between truncated epochs, each rule's points are rounded half up
to an integer before they are added, sub-scores are clamped to 0..100, and the total is the
weighted mean rounded half up in integer arithmetic.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import UTC, datetime
from typing import Any

from leads.fields import scoring_fields_by_kind

DEMOGRAPHIC, BEHAVIORAL, ENGAGEMENT = "demographic", "behavioral", "engagement"
CATEGORY_OF_KIND = {"attribute": DEMOGRAPHIC, "event": BEHAVIORAL, "engagement": ENGAGEMENT}
CATEGORY_LABEL = {DEMOGRAPHIC: "Fit", BEHAVIORAL: "Behaviour", ENGAGEMENT: "Engagement"}
PAGE_VIEW_TYPES = ("page_view", "pricing_page_view")


def rule_fields() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(text, number, bool) lead fields rules may test: the registry's scoring fields
    (leads.fields), and `email_domain`, derived from the e-mail."""
    kinds = scoring_fields_by_kind()
    return (*kinds["text"], "email_domain"), kinds["number"], kinds["bool"]


TEXT_FIELDS, NUMBER_FIELDS, BOOL_FIELDS = rule_fields()
LEAD_FIELDS = TEXT_FIELDS + NUMBER_FIELDS + BOOL_FIELDS
METRICS = ("page_views", "visits", "time_on_site", "days_since_last_activity")


@dataclass(frozen=True)
class RuleSpec:
    id: int
    kind: str  # attribute | event | engagement
    name: str
    points: int
    field: str = ""
    operator: str = ""
    value: Any = None
    activity_type: str = ""
    property_filter: Mapping[str, str] = dc_field(default_factory=dict)
    cap: int | None = None
    decays: bool = False

    @property
    def category(self) -> str:
        return CATEGORY_OF_KIND[self.kind]


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
    """One activity as the engine sees it."""

    type: str
    occurred_at: datetime
    properties: Mapping[str, Any] = dc_field(default_factory=dict)


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


def combine(subscores: tuple[int, int, int], weights: tuple[int, int, int]) -> int:
    """The weighted mean of the sub-scores, rounded half up, in integers."""
    total_weight = sum(weights)
    weighted = sum(s * w for s, w in zip(subscores, weights, strict=True))
    return (2 * weighted + total_weight) // (2 * total_weight)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def lead_value(lead: Mapping[str, Any], name: str) -> Any:
    if name.startswith("attributes."):
        return (lead.get("attributes") or {}).get(name.removeprefix("attributes."))
    if name == "email_domain":
        email = lead.get("email") or ""
        return email.split("@", 1)[1] if "@" in email else ""
    return lead.get(name)


def attribute_matches(rule: RuleSpec, value: Any) -> bool:
    op, expected = rule.operator, rule.value
    if op == "is_empty":
        return value is None or value == ""
    if op == "not_empty":
        return not (value is None or value == "")
    if op in ("equals", "in", "contains"):
        if isinstance(expected, bool) and op == "equals":
            return isinstance(value, bool) and value == expected
        if _is_number(expected) and op == "equals":
            return _is_number(value) and value == expected
        if not isinstance(value, str):
            return False
        text = value.lower()
        if op == "equals":
            return text == str(expected).lower()
        if op == "in":
            return text in {str(v).lower() for v in expected or []}
        return str(expected).lower() in text
    if not _is_number(value):
        return False
    if op == "gte":
        return value >= expected
    if op == "lte":
        return value <= expected
    if op == "between":
        low, high = expected
        return (low is None or value >= low) and (high is None or value <= high)
    raise ValueError(f"Unknown operator {op!r}")


# An event rule with this operator gives its points to a lead that never did the activity (a
# fitted model's "never unsubscribed"): the behaviour sub-score has no rule every lead matches,
# so a negative signal is turned into points for its absence rather than a deduction.
NEVER = "is_empty"


def _event_points(rule: RuleSpec, facts: Iterable[Fact], now_epoch: int, half_life_s: int) -> int:
    raw = 0.0
    matched = 0
    for fact in facts:
        if fact.type != rule.activity_type:
            continue
        if any(
            not isinstance(fact.properties.get(k), str) or fact.properties.get(k) != v
            for k, v in rule.property_filter.items()
        ):
            continue
        matched += 1
        if rule.decays:
            age = max(0, now_epoch - epoch(fact.occurred_at))
            raw += rule.points * math.pow(0.5, age / half_life_s)
        else:
            raw += rule.points
    if rule.operator == NEVER:
        return rule.points if not matched else 0
    if rule.cap is not None:
        raw = max(-rule.cap, min(rule.cap, raw))
    return round_half_up(raw)


def metrics(facts: Iterable[Fact], now: datetime) -> dict[str, int | None]:
    views = [f for f in facts if f.type in PAGE_VIEW_TYPES]
    seconds = 0
    for fact in views:
        value = fact.properties.get("seconds")
        if _is_number(value):
            seconds += math.trunc(value)
    stamps = [epoch(f.occurred_at) for f in facts]
    return {
        "page_views": len(views),
        "visits": len({f.occurred_at.astimezone(UTC).date() for f in views}),
        "time_on_site": seconds,
        "days_since_last_activity": (max(0, epoch(now) - max(stamps)) // 86400 if stamps else None),
    }


def engagement_matches(rule: RuleSpec, measured: int | None) -> bool:
    if measured is None:  # no activity at all: only an open-ended upper band matches
        if rule.operator == "gte":
            return True
        if rule.operator == "between":
            return rule.value[1] is None
        return False
    return attribute_matches(rule, measured)


def score_lead(
    lead: Mapping[str, Any], facts: Iterable[Fact], version: VersionSpec, *, now: datetime
) -> ScoreResult:
    """Score one lead. `lead` maps field names (and `attributes`) to values; `source` and
    `product_line` are codes."""
    facts = list(facts)
    now_epoch = epoch(now)
    half_life_s = version.half_life_days * 86400
    measured = metrics(facts, now) if any(r.kind == "engagement" for r in version.rules) else {}
    raw = {DEMOGRAPHIC: 0, BEHAVIORAL: 0, ENGAGEMENT: 0}
    items: dict[str, list[dict]] = {DEMOGRAPHIC: [], BEHAVIORAL: [], ENGAGEMENT: []}
    for rule in version.rules:
        if rule.kind == "attribute":
            points = rule.points if attribute_matches(rule, lead_value(lead, rule.field)) else 0
        elif rule.kind == "event":
            points = _event_points(rule, facts, now_epoch, half_life_s)
        else:
            points = rule.points if engagement_matches(rule, measured[rule.field]) else 0
        if points:
            raw[rule.category] += points
            items[rule.category].append(
                {"rule": rule.name, "category": rule.category, "points": points}
            )
    explanation: list[dict] = []
    subscores = []
    for category in (DEMOGRAPHIC, BEHAVIORAL, ENGAGEMENT):
        clamped = max(0, min(100, raw[category]))
        explanation += items[category]
        if clamped != raw[category]:
            label = CATEGORY_LABEL[category]
            explanation.append(
                {
                    "rule": f"{label} capped at 100"
                    if raw[category] > 100
                    else f"{label} floored at 0",
                    "category": category,
                    "points": clamped - raw[category],
                }
            )
        subscores.append(clamped)
    total = combine(tuple(subscores), version.weights)
    return ScoreResult(
        demographic=subscores[0],
        behavioral=subscores[1],
        engagement=subscores[2],
        total=total,
        explanation=explanation,
        likelihood=likelihood_at(version, total),
    )


def likelihood_at(version: VersionSpec, total: int) -> float | None:
    return version.calibration[total] if len(version.calibration) == 101 else None
