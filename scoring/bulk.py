"""The set-based scoring path: one SQL statement scores every lead in a range of ids.

It compiles a version's rules to SQL that reproduces scoring.engine.score_lead exactly (same
rounding, caps, clamps and explanation order), for PostgreSQL and SQLite. Rule values travel as
query parameters; only attribute keys (checked to be plain names) are spliced into JSON paths.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime

from django.db import connection

from scoring.engine import (
    BOOL_FIELDS,
    CATEGORY_LABEL,
    NEVER,
    NUMBER_FIELDS,
    PAGE_VIEW_TYPES,
    TEXT_FIELDS,
    RuleSpec,
    VersionSpec,
    epoch,
)

SAFE_KEY = re.compile(r"^[A-Za-z0-9_\- ]{1,100}$")
CATEGORIES = ("demographic", "behavioral", "engagement")


class Dialect:
    """The few SQL spellings that differ between PostgreSQL and SQLite."""

    def __init__(self, vendor: str):
        self.pg = vendor == "postgresql"

    def epoch(self, column: str) -> str:
        if self.pg:
            return f"FLOOR(EXTRACT(EPOCH FROM {column}))::bigint"
        return f"CAST(strftime('%%s', {column}) AS INTEGER)"

    def utc_date(self, column: str) -> str:
        return f"({column} AT TIME ZONE 'UTC')::date" if self.pg else f"date({column})"

    def position(self, haystack: str, needle: str) -> str:
        return f"strpos({haystack}, {needle})" if self.pg else f"instr({haystack}, {needle})"

    def _jtype(self, column: str, key: str) -> str:
        if self.pg:
            return f"jsonb_typeof({column} -> '{key}')"
        return f"json_type({column}, '$.\"{key}\"')"

    def _jtext(self, column: str, key: str) -> str:
        return f"({column} ->> '{key}')" if self.pg else f"json_extract({column}, '$.\"{key}\"')"

    def json_text(self, column: str, key: str) -> str:
        string = "'string'" if self.pg else "'text'"
        return (
            f"(CASE WHEN {self._jtype(column, key)} = {string} THEN {self._jtext(column, key)} END)"
        )

    def json_number(self, column: str, key: str) -> str:
        if self.pg:
            return (
                f"(CASE WHEN {self._jtype(column, key)} = 'number' "
                f"THEN ({column} ->> '{key}')::float8 END)"
            )
        return (
            f"(CASE WHEN {self._jtype(column, key)} IN ('integer', 'real') "
            f"THEN {self._jtext(column, key)} END)"
        )

    def json_int(self, column: str, key: str) -> str:
        if self.pg:
            return (
                f"(CASE WHEN {self._jtype(column, key)} = 'number' "
                f"THEN TRUNC(({column} ->> '{key}')::numeric)::bigint END)"
            )
        return (
            f"(CASE WHEN {self._jtype(column, key)} IN ('integer', 'real') "
            f"THEN CAST({self._jtext(column, key)} AS INTEGER) END)"
        )

    def json_bool_is(self, column: str, key: str, value: bool) -> str:
        if self.pg:
            return (
                f"({self._jtype(column, key)} = 'boolean' AND "
                f"({column} ->> '{key}')::boolean = {'true' if value else 'false'})"
            )
        return f"({self._jtype(column, key)} = '{'true' if value else 'false'}')"

    def json_is_empty(self, column: str, key: str) -> str:
        jtype = self._jtype(column, key)
        string = "'string'" if self.pg else "'text'"
        return (
            f"({jtype} IS NULL OR {jtype} = 'null' OR "
            f"({jtype} = {string} AND {self._jtext(column, key)} = ''))"
        )

    def json_object(self, pairs: list[tuple[str, str]]) -> str:
        fn = "jsonb_build_object" if self.pg else "json_object"
        return f"{fn}({', '.join(f'{k}, {v}' for k, v in pairs)})"

    def explanation_item(self, rule_sql: str, category: str, points_sql: str) -> str:
        """One explanation entry. On PostgreSQL it is JSON text (`rule_sql` is then JSON-encoded
        already): building jsonb values per rule and lead was most of a rescore's time."""
        if self.pg:
            return (
                f"""('{{"rule": ' || {rule_sql} || ', "category": "{category}", "points": ' """
                f"""|| ({points_sql}) || '}}')"""
            )
        return self.json_object(
            [("'rule'", rule_sql), ("'category'", f"'{category}'"), ("'points'", points_sql)]
        )

    def explanation_label(self, label: str) -> str:
        return f"""'"{label}"'""" if self.pg else f"'{label}'"

    def explanation_param(self, name: str) -> str:
        return json.dumps(name, ensure_ascii=False) if self.pg else name

    def json_array_of(self, rows: list[str]) -> str:
        """A JSON array of the non-null expressions, in order."""
        if not rows:
            return "'[]'"
        if self.pg:
            # concat_ws skips NULLs; it takes at most 100 arguments, hence the chunks.
            chunks = [
                f"NULLIF(concat_ws(',', {', '.join(rows[i : i + 90])}), '')"
                for i in range(0, len(rows), 90)
            ]
            return f"CAST('[' || concat_ws(',', {', '.join(chunks)}) || ']' AS jsonb)"
        union = " UNION ALL ".join(f"SELECT {i} AS o, {row} AS x" for i, row in enumerate(rows))
        return (
            f"(SELECT COALESCE(json_group_array(json(x)), '[]') "
            f"FROM ({union} ORDER BY o) WHERE x IS NOT NULL)"
        )

    def text_param(self) -> str:
        return "CAST(%s AS TEXT)" if self.pg else "%s"


@dataclass
class Compiled:
    sql: str
    params: list


def _clamp(expr: str, low: int | None, high: int | None) -> str:
    parts = []
    if high is not None:
        parts.append(f"WHEN {expr} > {high} THEN {high}")
    if low is not None:
        parts.append(f"WHEN {expr} < {low} THEN {low}")
    return f"(CASE {' '.join(parts)} ELSE {expr} END)" if parts else expr


class _Compiler:
    def __init__(self, spec: VersionSpec, now: datetime, dialect: Dialect):
        self.spec = spec
        self.now_epoch = epoch(now)
        self.d = dialect
        self.params: list = []

    def param(self, value) -> str:
        self.params.append(value)
        return "%s"

    # -- attribute rules ------------------------------------------------------------------
    def _accessors(self, name: str) -> tuple[str | None, str | None, str | None, str]:
        """(text, number, bool-column, is_empty) SQL for a lead field or attribute."""
        d = self.d
        if name.startswith("attributes."):
            key = name.removeprefix("attributes.")
            if not SAFE_KEY.match(key):
                raise ValueError(f"Attribute key {key!r} must be letters, digits, _ - or space.")
            return (
                d.json_text("l.attributes", key),
                d.json_number("l.attributes", key),
                None,
                d.json_is_empty("l.attributes", key),
            )
        if name in TEXT_FIELDS:
            if name == "source":
                text = "COALESCE(src.code, '')"
            elif name == "product_line":
                text = "COALESCE(pl.code, '')"
            elif name == "email_domain":
                at = d.position("l.email", "'@'")
                text = f"(CASE WHEN {at} > 0 THEN substr(l.email, {at} + 1) ELSE '' END)"
            else:
                text = f"l.{name}"
            return text, None, None, f"({text} IS NULL OR {text} = '')"
        if name in NUMBER_FIELDS:
            return None, f"l.{name}", None, f"(l.{name} IS NULL)"
        if name in BOOL_FIELDS:
            return None, None, f"l.{name}", "(1 = 0)"
        raise ValueError(f"Unknown lead field {name!r}.")

    def condition(self, rule: RuleSpec, text, number, boolean, empty) -> str:
        op, expected = rule.operator, rule.value
        false = "(1 = 0)"
        if op == "is_empty":
            return empty
        if op == "not_empty":
            return f"(NOT {empty})"
        if op == "equals" and isinstance(expected, bool):
            if boolean is not None:
                return f"({boolean} = {self.param(expected)})"
            if rule.field.startswith("attributes."):
                return self.d.json_bool_is("l.attributes", rule.field.split(".", 1)[1], expected)
            return false
        if op in ("equals", "gte", "lte", "between") and not (
            op == "equals" and isinstance(expected, str)
        ):
            if number is None:
                return false
            if op == "equals":
                return f"({number} = {self.param(expected)})"
            if op == "gte":
                return f"({number} >= {self.param(expected)})"
            if op == "lte":
                return f"({number} <= {self.param(expected)})"
            low, high = expected
            parts = [f"{number} IS NOT NULL"]
            if low is not None:
                parts.append(f"{number} >= {self.param(low)}")
            if high is not None:
                parts.append(f"{number} <= {self.param(high)}")
            return f"({' AND '.join(parts)})"
        if text is None:
            return false
        if op == "equals":
            return f"(lower({text}) = {self.param(str(expected).lower())})"
        if op == "in":
            values = [str(v).lower() for v in expected or []]
            if not values:
                return false
            return f"(lower({text}) IN ({', '.join(self.param(v) for v in values)}))"
        if op == "contains":
            needle = self.d.text_param()
            self.params.append(str(expected).lower())
            return f"({text} IS NOT NULL AND {self.d.position(f'lower({text})', needle)} > 0)"
        raise ValueError(f"Unknown operator {op!r}")

    def attribute_points(self, rule: RuleSpec) -> str:
        cond = self.condition(rule, *self._accessors(rule.field))
        return f"(CASE WHEN {cond} THEN {int(rule.points)} ELSE 0 END)"

    # -- event rules ----------------------------------------------------------------------
    def event_sum(self, rule: RuleSpec, type_ids: dict[str, int]) -> str:
        type_id = type_ids.get(rule.activity_type)
        if type_id is None:
            return "0"
        conds = [f"a.type_id = {int(type_id)}"]
        for key, value in rule.property_filter.items():
            if not SAFE_KEY.match(key):
                raise ValueError(f"Property key {key!r} must be letters, digits, _ - or space.")
            conds.append(f"{self.d.json_text('a.properties', key)} = {self.param(str(value))}")
        if rule.operator == NEVER:
            amount = "1"  # a count: the points go to leads with none
        elif rule.decays:
            age = f"({self.now_epoch} - {self.d.epoch('a.occurred_at')})"
            half_life = self.spec.half_life_days * 86400
            amount = (
                f"({int(rule.points)} * power(0.5, CAST(CASE WHEN {age} > 0 THEN {age} "
                f"ELSE 0 END AS DOUBLE PRECISION) / {half_life}))"
            )
        else:
            amount = f"{int(rule.points)}"
        return f"SUM(CASE WHEN {' AND '.join(conds)} THEN {amount} ELSE 0 END)"

    def event_points(self, column: str, rule: RuleSpec) -> str:
        raw = f"COALESCE(agg.{column}, 0)"
        if rule.operator == NEVER:
            return f"(CASE WHEN {raw} = 0 THEN {int(rule.points)} ELSE 0 END)"
        if rule.cap is not None:
            raw = _clamp(raw, -int(rule.cap), int(rule.cap))
        return f"CAST(FLOOR({raw} + 0.5) AS INTEGER)"

    # -- engagement rules -----------------------------------------------------------------
    def engagement_points(self, rule: RuleSpec) -> str:
        column = {
            "page_views": "COALESCE(agg.m_page_views, 0)",
            "visits": "COALESCE(agg.m_visits, 0)",
            "time_on_site": "COALESCE(agg.m_seconds, 0)",
            "days_since_last_activity": (
                f"(CASE WHEN {self.now_epoch} - agg.m_last > 0 "
                f"THEN ({self.now_epoch} - agg.m_last) / 86400 ELSE 0 END)"
            ),
        }[rule.field]
        cond = self.condition(rule, None, column, None, "(1 = 0)")
        if rule.field == "days_since_last_activity":
            never = rule.operator == "gte" or (rule.operator == "between" and rule.value[1] is None)
            cond = f"(CASE WHEN agg.m_last IS NULL THEN {'1 = 1' if never else '1 = 0'} ELSE {cond} END)"
        return f"(CASE WHEN {cond} THEN {int(rule.points)} ELSE 0 END)"

    def aggregate(self, scope_sql: str, scope_params: list, type_ids: dict[str, int]) -> Compiled:
        """The per-lead activity aggregates the event and engagement rules read."""
        d = self.d
        views = ", ".join(str(type_ids[t]) for t in PAGE_VIEW_TYPES if t in type_ids) or "-1"
        self.params = []
        agg_cols = []
        for i, rule in enumerate(self.spec.rules):
            if rule.kind == "event":
                agg_cols.append(f"{self.event_sum(rule, type_ids)} AS e_{i}")
        agg_params, self.params = self.params, []
        agg_cols += [
            f"SUM(CASE WHEN a.type_id IN ({views}) THEN 1 ELSE 0 END) AS m_page_views",
            f"COUNT(DISTINCT CASE WHEN a.type_id IN ({views}) THEN {d.utc_date('a.occurred_at')} END) AS m_visits",
            f"SUM(CASE WHEN a.type_id IN ({views}) THEN COALESCE({d.json_int('a.properties', 'seconds')}, 0) ELSE 0 END) AS m_seconds",
            f"MAX({d.epoch('a.occurred_at')}) AS m_last",
        ]
        sql = f"""
            SELECT a.lead_id, {", ".join(agg_cols)}
            FROM leads_activity a
            WHERE a.lead_id IN ({scope_sql}) AND a.by_id IS NULL
            GROUP BY a.lead_id
        """
        # The property filters come before the scope in the text: their values first.
        return Compiled(sql, [*agg_params, *scope_params])

    def compile(
        self,
        scope_sql: str,
        scope_params: list,
        type_ids: dict[str, int],
        agg_table: str | None = None,
    ) -> Compiled:
        d = self.d
        rules = self.spec.rules
        if agg_table is None:
            aggregated = self.aggregate("SELECT scope.id FROM scope", [], type_ids)
            # Materialized: computed once. Inlined, PostgreSQL could re-aggregate every lead's
            # activities once per lead when its statistics were stale (a fresh import).
            agg_cte = f"agg AS MATERIALIZED ({aggregated.sql}),"
            agg_params = aggregated.params
        else:
            # Aggregated beforehand for many leads at once (rescore_version).
            agg_cte = f"agg AS (SELECT * FROM {agg_table}),"
            agg_params = []
        point_cols = []
        for i, rule in enumerate(rules):
            if rule.kind == "attribute":
                point_cols.append(f"{self.attribute_points(rule)} AS p_{i}")
            elif rule.kind == "event":
                point_cols.append(f"{self.event_points(f'e_{i}', rule)} AS p_{i}")
            else:
                point_cols.append(f"{self.engagement_points(rule)} AS p_{i}")
        point_params = list(self.params)
        self.params = []

        raw = {c: [f"p_{i}" for i, r in enumerate(rules) if r.category == c] for c in CATEGORIES}
        raw_cols = [f"({' + '.join(raw[c]) or '0'}) AS raw_{c}" for c in CATEGORIES]
        clamp_cols = [f"{_clamp(f'raw_{c}', 0, 100)} AS {c}" for c in CATEGORIES]

        items = []
        explain_params: list = []
        for c in CATEGORIES:
            for i, rule in enumerate(rules):
                if rule.category != c:
                    continue
                explain_params.append(d.explanation_param(rule.name))
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
        wd, wb, we = (int(w) for w in self.spec.weights)
        total_weight = wd + wb + we
        total = (
            f"((2 * ({wd} * demographic + {wb} * behavioral + {we} * engagement)"
            f" + {total_weight}) / {2 * total_weight})"
        )
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
                   {d.json_array_of(items)} AS explanation
            FROM c
        """
        return Compiled(
            sql,
            [*scope_params, *agg_params, *point_params, *likelihood_params, *explain_params],
        )

    def likelihood(self, total: str) -> tuple[str, list]:
        """The calibration's likelihood at the total (engine.likelihood_at), or NULL."""
        if len(self.spec.calibration) != 101:
            return "CAST(NULL AS DOUBLE PRECISION)", []
        table = json.dumps([float(p) for p in self.spec.calibration])
        if self.d.pg:
            return f"(CAST(%s AS jsonb) ->> CAST({total} AS integer))::float8", [table]
        return f"json_extract(%s, '$[' || {total} || ']')", [table]


def compile_scores(
    spec: VersionSpec,
    *,
    now: datetime,
    scope_sql: str,
    scope_params: list,
    type_ids: dict[str, int],
    vendor: str | None = None,
    agg_table: str | None = None,
) -> Compiled:
    """SQL selecting (id, demographic, behavioral, engagement, total, explanation) for the
    leads whose ids `scope_sql` selects; their activities aggregated on the way, or read from
    `agg_table`, filled beforehand by compile_aggregate's SQL."""
    dialect = Dialect(vendor or connection.vendor)
    return _Compiler(spec, now, dialect).compile(scope_sql, scope_params, type_ids, agg_table)


def compile_aggregate(
    spec: VersionSpec,
    *,
    now: datetime,
    scope_sql: str,
    scope_params: list,
    type_ids: dict[str, int],
    vendor: str | None = None,
) -> Compiled:
    """SQL selecting the activity aggregates of the leads `scope_sql` selects, one row per lead
    with activities: what compile_scores reads from `agg_table`."""
    dialect = Dialect(vendor or connection.vendor)
    return _Compiler(spec, now, dialect).aggregate(scope_sql, scope_params, type_ids)
