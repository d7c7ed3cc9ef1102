"""Engagement rules: a measure of the lead's attention (page views, visits, time on site, days
since its last activity) compared with a number. The measures are computed once per lead, in
Python from its activities and in SQL as aggregates every engagement rule reads."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from scoring.kinds.base import RuleKind, RuleLike, RuleParams, SqlScope, Subject
from scoring.kinds.compare import (
    FALSE,
    NUMBER_OPERATORS,
    Accessors,
    condition,
    describe_comparison,
    matches,
    value_errors,
)
from scoring.spec import ENGAGEMENT, Fact, RuleSpec, epoch

METRICS = ("page_views", "visits", "time_on_site", "days_since_last_activity")
PAGE_VIEW_TYPES = ("page_view", "pricing_page_view")


def metrics(facts: Iterable[Fact], now: datetime) -> dict[str, int | None]:
    """Python: the measures of one lead's activities."""
    views = [f for f in facts if f.type in PAGE_VIEW_TYPES]
    stamps = [epoch(f.occurred_at) for f in facts]
    return {
        "page_views": sum(f.count for f in views),
        "visits": len({f.occurred_at.astimezone(UTC).date() for f in views}),
        "time_on_site": sum(f.whole_seconds for f in views),
        "days_since_last_activity": (max(0, epoch(now) - max(stamps)) // 86400 if stamps else None),
    }


def _metric_sql(sql: SqlScope) -> dict[str, str]:
    """SQL: the same measures, from the aggregates of shared_aggregates() (`agg`)."""
    now = sql.now_epoch
    return {
        "page_views": "COALESCE(agg.m_page_views, 0)",
        "visits": "COALESCE(agg.m_visits, 0)",
        "time_on_site": "COALESCE(agg.m_seconds, 0)",
        "days_since_last_activity": (
            f"(CASE WHEN {now} - agg.m_last > 0 THEN ({now} - agg.m_last) / 86400 ELSE 0 END)"
        ),
    }


def _matches_no_activity(rule: RuleSpec) -> bool:
    """A lead with no activity at all has no "days since": only an open-ended upper band
    (≥ n, or between n and nothing) holds for it."""
    return rule.operator == "gte" or (rule.operator == "between" and rule.value[1] is None)


class EngagementKind(RuleKind):
    name = "engagement"
    label = "Engagement"
    category = ENGAGEMENT
    description = "One of " + ", ".join(METRICS) + " compared with a number: points when it holds."

    def errors(self, rule: RuleParams) -> dict[str, str]:
        errors: dict[str, str] = {}
        if rule.field not in METRICS:
            errors["field"] = f"Choose one of: {', '.join(METRICS)}."
        if rule.operator not in NUMBER_OPERATORS:
            errors["operator"] = "Engagement rules compare numbers: equals, ≥, ≤ or between."
            return errors
        return errors | value_errors(rule.operator, rule.value)

    def form_defaults(self, data: Mapping[str, Any]) -> dict[str, Any]:
        return {"activity_type": None, "property_filter": {}}

    def points(self, rule: RuleSpec, subject: Subject) -> int:
        measured = subject.memo("metrics", lambda: metrics(subject.facts, subject.now))
        value = measured[rule.field]
        if value is None:  # no activity at all
            held = _matches_no_activity(rule)
        else:
            held = matches(rule.operator, rule.value, value)
        return rule.points if held else 0

    def shared_aggregates(self, sql: SqlScope) -> list[str]:
        d = sql.dialect
        ids = [str(sql.type_ids[t]) for t in PAGE_VIEW_TYPES if t in sql.type_ids]
        views = ", ".join(ids) or "-1"
        # A summary's seconds are summed already (`a.secs`); an activity's are its properties'.
        seconds = f"COALESCE(a.secs, {d.json_int('a.properties', 'seconds')})"
        return [
            f"SUM(CASE WHEN a.type_id IN ({views}) THEN a.n ELSE 0 END) AS m_page_views",
            f"COUNT(DISTINCT CASE WHEN a.type_id IN ({views}) "
            f"THEN {d.utc_date('a.occurred_at')} END) AS m_visits",
            f"SUM(CASE WHEN a.type_id IN ({views}) THEN COALESCE({seconds}, 0) ELSE 0 END) "
            "AS m_seconds",
            f"MAX({d.epoch('a.occurred_at')}) AS m_last",
        ]

    def sql_points(self, rule: RuleSpec, sql: SqlScope, aggregate: str) -> str:
        value = Accessors(text=None, number=_metric_sql(sql)[rule.field], empty=FALSE)
        held = condition(rule.operator, rule.value, value, sql)
        if rule.field == "days_since_last_activity":
            never = "1 = 1" if _matches_no_activity(rule) else "1 = 0"
            held = f"(CASE WHEN agg.m_last IS NULL THEN {never} ELSE {held} END)"
        return f"(CASE WHEN {held} THEN {int(rule.points)} ELSE 0 END)"

    def describe(self, rule: RuleLike) -> str:
        return describe_comparison(rule)
