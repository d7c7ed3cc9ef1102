"""The comparison operators that attribute and engagement rules share: each operator's Python
test and its SQL condition side by side, and the check of the value it compares with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from scoring.kinds.base import RuleLike, SqlScope, readable
from scoring.spec import is_number

# Each operator and how a person reads it (Rule.operator's choices, the rules table).
OPERATORS = {
    "equals": "equals",
    "in": "is one of",
    "contains": "contains",
    "gte": "≥",
    "lte": "≤",
    "between": "between (inclusive)",
    "is_empty": "is empty",
    "not_empty": "is not empty",
}
NUMBER_OPERATORS = ("equals", "gte", "lte", "between")
FALSE = "(1 = 0)"


def matches(operator: str, expected: Any, value: Any) -> bool:
    """Python: whether a lead's value passes the test."""
    if operator == "is_empty":
        return value is None or value == ""
    if operator == "not_empty":
        return not (value is None or value == "")
    if operator in ("equals", "in", "contains"):
        if isinstance(expected, bool) and operator == "equals":
            return isinstance(value, bool) and value == expected
        if is_number(expected) and operator == "equals":
            return is_number(value) and value == expected
        if not isinstance(value, str):
            return False
        text = value.lower()
        if operator == "equals":
            return text == str(expected).lower()
        if operator == "in":
            return text in {str(v).lower() for v in expected or []}
        return str(expected).lower() in text
    if not is_number(value):
        return False
    if operator == "gte":
        return value >= expected
    if operator == "lte":
        return value <= expected
    if operator == "between":
        low, high = expected
        return (low is None or value >= low) and (high is None or value <= high)
    raise ValueError(f"Unknown operator {operator!r}")


@dataclass
class Accessors:
    """SQL reading one value of a lead: as text, as a number, whether it is empty, and a test
    of it against a yes/no; None where the value cannot be of that type."""

    text: str | None
    number: str | None
    empty: str
    bool_is: Callable[[bool], str] | None = None


def condition(operator: str, expected: Any, value: Accessors, sql: SqlScope) -> str:
    """SQL: the same test as matches(), on the value the accessors read."""
    if operator == "is_empty":
        return value.empty
    if operator == "not_empty":
        return f"(NOT {value.empty})"
    if operator == "equals" and isinstance(expected, bool):
        return value.bool_is(expected) if value.bool_is else FALSE
    if operator in NUMBER_OPERATORS and not (operator == "equals" and isinstance(expected, str)):
        return _number_condition(operator, expected, value.number, sql)
    text = value.text
    if text is None:
        return FALSE
    if operator == "equals":
        return f"(lower({text}) = {sql.param(str(expected).lower())})"
    if operator == "in":
        values = [str(v).lower() for v in expected or []]
        if not values:
            return FALSE
        return f"(lower({text}) IN ({', '.join(sql.param(v) for v in values)}))"
    if operator == "contains":
        needle = sql.dialect.text_param()
        sql.param(str(expected).lower())
        return f"({text} IS NOT NULL AND {sql.dialect.position(f'lower({text})', needle)} > 0)"
    raise ValueError(f"Unknown operator {operator!r}")


def _number_condition(operator: str, expected: Any, number: str | None, sql: SqlScope) -> str:
    if number is None:
        return FALSE
    if operator == "equals":
        return f"({number} = {sql.param(expected)})"
    if operator == "gte":
        return f"({number} >= {sql.param(expected)})"
    if operator == "lte":
        return f"({number} <= {sql.param(expected)})"
    low, high = expected
    parts = [f"{number} IS NOT NULL"]
    if low is not None:
        parts.append(f"{number} >= {sql.param(low)}")
    if high is not None:
        parts.append(f"{number} <= {sql.param(high)}")
    return f"({' AND '.join(parts)})"


def value_errors(operator: str, value: Any) -> dict[str, str]:
    """What is wrong with the operator or the value it compares with."""
    if operator not in OPERATORS:
        return {"operator": "Choose an operator."}
    if operator == "in" and not (
        isinstance(value, list) and value and all(isinstance(v, str | int | float) for v in value)
    ):
        return {"value": "Give a list of values."}
    if operator == "between" and not (
        isinstance(value, list)
        and len(value) == 2
        and all(v is None or is_number(v) for v in value)
        and value != [None, None]
    ):
        return {"value": "Give two numbers, low and high (either may be empty)."}
    if operator in ("gte", "lte") and not is_number(value):
        return {"value": "Give a number."}
    if operator == "contains" and not (isinstance(value, str) and value):
        return {"value": "Give the text to look for."}
    if operator == "equals" and not (isinstance(value, str | bool) or is_number(value)):
        return {"value": "Give a value."}
    return {}


def describe_comparison(rule: RuleLike) -> str:
    """ "country is one of US, GB", "company_size between 100 and 499" (never a Python list)."""
    value = readable(rule.value, between=rule.operator == "between")
    return " ".join(part for part in (rule.field, rule.get_operator_display(), value) if part)
