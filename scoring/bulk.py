"""The set-based scoring path: one SQL statement scores every lead in a range of ids.

It compiles a version's rules to SQL that reproduces scoring.engine.score_lead exactly (same
rounding, caps, clamps and explanation order), for PostgreSQL and SQLite: each rule's points
come from its kind's SQL (scoring.kinds), beside the kind's Python; this module adds them up,
clamps, weighs and explains. Rule values travel as query parameters; only attribute keys
(checked to be plain names) are spliced into JSON paths.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NotRequired, TypedDict, Unpack

from django.db import connection

from scoring.dialect import Dialect, clamp
from scoring.kinds import KINDS, kind_of
from scoring.spec import CATEGORIES, CATEGORY_LABEL, VersionSpec, epoch

# What the kinds' SQL reads as `a`: the lead's own activities (not work people logged on it), one
# per row, and the summaries the activity retention folded old ones into (leads.activity_retention),
# `n` activities per row at their latest moment. `secs`: a summary's whole seconds, summed (NULL
# for an activity, whose seconds are in its properties, read only where a rule needs them).
ACTIVITIES = """
    SELECT lead_id, type_id, occurred_at, properties, 1 AS n, CAST(NULL AS BIGINT) AS secs
    FROM leads_activity WHERE lead_id IN ({scope}) AND by_id IS NULL
    UNION ALL
    SELECT lead_id, type_id, last_at, properties, count, seconds
    FROM leads_activitysummary WHERE lead_id IN ({scope})
"""


@dataclass
class Compiled:
    sql: str
    params: list


class _Compiler:
    """Compiles a version's rules, each by its kind (scoring.kinds), into one statement. It is
    the kinds' SqlScope: their values become parameters here, in the order of the text."""

    def __init__(
        self, spec: VersionSpec, now: datetime, dialect: Dialect, type_ids: dict[str, int]
    ) -> None:
        self.spec = spec
        self.now_epoch = epoch(now)
        self.half_life_s = spec.half_life_days * 86400
        self.dialect = dialect
        self.type_ids = type_ids
        self.params: list = []

    def param(self, value: Any) -> str:
        self.params.append(value)
        return "%s"

    def aggregate(self, scope_sql: str, scope_params: list) -> Compiled:
        """The per-lead activity aggregates the rules read: each rule's own (`e_<i>`), then
        those every rule of a kind shares."""
        self.params = []
        agg_cols = []
        for i, rule in enumerate(self.spec.rules):
            column = kind_of(rule.kind).sql_aggregate(rule, self)
            if column is not None:
                agg_cols.append(f"{column} AS e_{i}")
        agg_params, self.params = self.params, []
        for kind in KINDS.values():
            agg_cols += kind.shared_aggregates(self)
        sql = f"""
            SELECT a.lead_id, {", ".join(agg_cols)}
            FROM ({ACTIVITIES.format(scope=scope_sql)}) a
            GROUP BY a.lead_id
        """
        # The property filters come before the scope in the text: their values first; the
        # scope is in the text twice (each side of the union reads only the scope's rows).
        return Compiled(sql, [*agg_params, *scope_params, *scope_params])

    def points(self) -> tuple[list[str], list]:
        """Each rule's points (`p_<i>`), by its kind, and their parameters."""
        self.params = []
        columns = [
            f"{kind_of(rule.kind).sql_points(rule, self, f'agg.e_{i}')} AS p_{i}"
            for i, rule in enumerate(self.spec.rules)
        ]
        params, self.params = self.params, []
        return columns, params

    def explanation(self) -> tuple[str, list]:
        """The explanation array, in the engine's order: per category its rules with points,
        then its clamp line."""
        d = self.dialect
        items = []
        params: list = []
        for c in CATEGORIES:
            for i, rule in enumerate(self.spec.rules):
                if kind_of(rule.kind).category != c:
                    continue
                params.append(d.explanation_param(rule.name))
                item = d.explanation_item(d.text_param(), c, f"p_{i}")
                items.append(f"CASE WHEN p_{i} <> 0 THEN {item} END")
            label = CATEGORY_LABEL[c]
            capped = d.explanation_item(
                d.explanation_label(f"{label} capped at 100"), c, f"100 - raw_{c}"
            )
            floored = d.explanation_item(
                d.explanation_label(f"{label} floored at 0"), c, f"0 - raw_{c}"
            )
            items.append(
                f"CASE WHEN raw_{c} > 100 THEN {capped} WHEN raw_{c} < 0 THEN {floored} END"
            )
        return d.json_array_of(items), params

    def compile(self, scope_sql: str, scope_params: list, agg_table: str | None = None) -> Compiled:
        rules = self.spec.rules
        if agg_table is None:
            aggregated = self.aggregate("SELECT scope.id FROM scope", [])
            # Materialized: computed once. Inlined, PostgreSQL could re-aggregate every lead's
            # activities once per lead when its statistics were stale (a fresh import).
            agg_cte = f"agg AS MATERIALIZED ({aggregated.sql}),"
            agg_params = aggregated.params
        else:
            # Aggregated beforehand for many leads at once (rescore_version).
            agg_cte = f"agg AS (SELECT * FROM {agg_table}),"
            agg_params = []
        point_cols, point_params = self.points()
        raw = {
            c: [f"p_{i}" for i, r in enumerate(rules) if kind_of(r.kind).category == c]
            for c in CATEGORIES
        }
        raw_cols = [f"({' + '.join(raw[c]) or '0'}) AS raw_{c}" for c in CATEGORIES]
        clamp_cols = [f"{clamp(f'raw_{c}', 0, 100)} AS {c}" for c in CATEGORIES]
        explanation, explain_params = self.explanation()
        total = self.total()
        likelihood, likelihood_params = self.likelihood(total)
        sql = f"""
            WITH scope(id) AS ({scope_sql}),
            {agg_cte}
            r AS (
                SELECT l.id{"".join(", " + c for c in point_cols)}
                FROM leads_lead l
                LEFT JOIN agg ON agg.lead_id = l.id
                LEFT JOIN leads_leadsource src ON src.id = l.source_id
                LEFT JOIN leads_productline pl ON pl.id = l.product_line_id
                WHERE l.id IN (SELECT scope.id FROM scope)
            ),
            s AS (SELECT r.*, {", ".join(raw_cols)} FROM r),
            c AS (SELECT s.*, {", ".join(clamp_cols)} FROM s)
            SELECT c.id, c.demographic, c.behavioral, c.engagement, {total} AS total,
                   {likelihood} AS likelihood,
                   {explanation} AS explanation
            FROM c
        """
        return Compiled(
            sql,
            [*scope_params, *agg_params, *point_params, *likelihood_params, *explain_params],
        )

    def total(self) -> str:
        """The weighted mean of the clamped sub-scores, rounded half up (engine.combine)."""
        wd, wb, we = (int(w) for w in self.spec.weights)
        total_weight = wd + wb + we
        return (
            f"((2 * ({wd} * demographic + {wb} * behavioral + {we} * engagement)"
            f" + {total_weight}) / {2 * total_weight})"
        )

    def likelihood(self, total: str) -> tuple[str, list]:
        """The calibration's likelihood at the total (engine.likelihood_at), or NULL."""
        if len(self.spec.calibration) != 101:
            return "CAST(NULL AS DOUBLE PRECISION)", []
        table = json.dumps([float(p) for p in self.spec.calibration])
        if self.dialect.pg:
            return f"(CAST(%s AS jsonb) ->> CAST({total} AS integer))::float8", [table]
        return f"json_extract(%s, '$[' || {total} || ']')", [table]


class LeadScope(TypedDict):
    """What both compilations are given: the moment scores are taken at, the leads whose ids
    `scope_sql` selects, the activity types' ids by code, and the database vendor (default:
    the connection's)."""

    now: datetime
    scope_sql: str
    scope_params: list
    type_ids: dict[str, int]
    vendor: NotRequired[str | None]


def _compiler(spec: VersionSpec, scope: LeadScope) -> _Compiler:
    dialect = Dialect(scope.get("vendor") or connection.vendor)
    return _Compiler(spec, scope["now"], dialect, scope["type_ids"])


def compile_scores(
    spec: VersionSpec, *, agg_table: str | None = None, **scope: Unpack[LeadScope]
) -> Compiled:
    """SQL selecting (id, demographic, behavioral, engagement, total, explanation) for the
    leads whose ids `scope_sql` selects; their activities aggregated on the way, or read from
    `agg_table`, filled beforehand by compile_aggregate's SQL."""
    return _compiler(spec, scope).compile(scope["scope_sql"], scope["scope_params"], agg_table)


def compile_aggregate(spec: VersionSpec, **scope: Unpack[LeadScope]) -> Compiled:
    """SQL selecting the activity aggregates of the leads `scope_sql` selects, one row per lead
    with activities: what compile_scores reads from `agg_table`."""
    return _compiler(spec, scope).aggregate(scope["scope_sql"], scope["scope_params"])
