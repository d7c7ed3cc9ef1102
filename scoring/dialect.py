"""The few SQL spellings that differ between PostgreSQL and SQLite, for scoring's set-based path
(scoring.bulk) and the rule kinds' SQL (scoring.kinds)."""

from __future__ import annotations

import json
import re

# Keys spliced into JSON paths (attribute keys, property filters) are checked against this.
SAFE_KEY = re.compile(r"^[A-Za-z0-9_\- ]{1,100}$")


def clamp(expr: str, low: int | None, high: int | None) -> str:
    """SQL: the expression held between low and high (either may be None)."""
    parts = []
    if high is not None:
        parts.append(f"WHEN {expr} > {high} THEN {high}")
    if low is not None:
        parts.append(f"WHEN {expr} < {low} THEN {low}")
    return f"(CASE {' '.join(parts)} ELSE {expr} END)" if parts else expr


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

    def _if_number(self, column: str, key: str, value: str) -> str:
        """`value` where the key holds a JSON number, else NULL (a string "5" is no number)."""
        numeric = "= 'number'" if self.pg else "IN ('integer', 'real')"
        return f"(CASE WHEN {self._jtype(column, key)} {numeric} THEN {value} END)"

    def json_number(self, column: str, key: str) -> str:
        text = self._jtext(column, key)
        return self._if_number(column, key, f"{text}::float8" if self.pg else text)

    def json_int(self, column: str, key: str) -> str:
        text = self._jtext(column, key)
        whole = f"TRUNC({text}::numeric)::bigint" if self.pg else f"CAST({text} AS INTEGER)"
        return self._if_number(column, key, whole)

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
