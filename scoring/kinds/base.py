"""What every rule kind provides, and what its two sides are given.

A rule kind is one class holding everything about a kind of rule: how its parameters are
checked, its Python evaluation (the engine, one lead at a time), its SQL (the set-based path,
every lead of a range at once, per vendor through a Dialect), and how it reads to a person.
The two evaluations sit side by side and tests/scoring/test_kinds.py holds them equal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Protocol

from scoring.dialect import Dialect
from scoring.spec import Fact, RuleSpec, epoch


class Subject:
    """One lead as a kind's Python side sees it: its values, its activities, the moment."""

    def __init__(
        self,
        lead: Mapping[str, Any],
        facts: Sequence[Fact],
        *,
        now: datetime,
        half_life_days: int,
    ) -> None:
        self.lead = lead
        self.facts = facts
        self.now = now
        self.now_epoch = epoch(now)
        self.half_life_s = half_life_days * 86400
        self._memo: dict[str, Any] = {}

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """A value computed once per lead, when a rule first needs it (engagement metrics)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]


class SqlScope(Protocol):
    """What a kind's SQL side is given (scoring.bulk's compiler). Its SQL reads `l` (the lead
    row), `src` and `pl` (its source and product line), and `agg` (the lead's activity
    aggregates); values travel as parameters through `param`, in the order of the text."""

    dialect: Dialect
    now_epoch: int
    half_life_s: int
    type_ids: Mapping[str, int]

    def param(self, value: Any) -> str: ...


class RuleLike(Protocol):
    """A saved rule (scoring.models.Rule), as describe() reads it."""

    field: str
    operator: str
    value: Any
    property_filter: Mapping[str, str]
    cap: int | None
    decays: bool

    @property
    def activity_type(self) -> Any: ...

    def get_operator_display(self) -> str: ...


@dataclass(frozen=True)
class RuleParams:
    """A rule's parameters as its kind's check (RuleKind.errors) reads them, whoever asks: a
    saved rule's clean(), the form, the API."""

    field: str
    operator: str
    value: Any
    has_activity_type: bool
    property_filter: Any


class RuleKind:
    name: ClassVar[str]  # stored in Rule.kind
    label: ClassVar[str]  # the choice's label in forms, the admin and the rules table
    category: ClassVar[str]  # the sub-score it feeds (scoring.spec.CATEGORIES)
    description: ClassVar[str]  # what a rule of this kind tests, for the form and the admin
    # Whether the form's value box is typed text parsed by operator (scoring.forms).
    compares_values: ClassVar[bool] = True

    # -- parameters -------------------------------------------------------------------------
    def errors(self, rule: RuleParams) -> dict[str, str]:
        """What is wrong with a rule, by form field; empty when both sides can evaluate it."""
        raise NotImplementedError

    def form_defaults(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """The cleaned form values this kind does not use, blanked (or normalized)."""
        raise NotImplementedError

    # -- Python: one lead -------------------------------------------------------------------
    def points(self, rule: RuleSpec, subject: Subject) -> int:
        raise NotImplementedError

    # -- SQL: every lead of a scope ---------------------------------------------------------
    def sql_aggregate(self, rule: RuleSpec, sql: SqlScope) -> str | None:
        """An aggregate over the lead's activities (`a`) this rule reads, or None."""
        return None

    def shared_aggregates(self, sql: SqlScope) -> list[str]:
        """Named aggregates every rule of this kind reads (computed whatever the rules, so an
        aggregate table filled beforehand always has them)."""
        return []

    def sql_points(self, rule: RuleSpec, sql: SqlScope, aggregate: str) -> str:
        """An integer expression: the rule's points for the lead. `aggregate` names the
        column of sql_aggregate's value."""
        raise NotImplementedError

    # -- words ------------------------------------------------------------------------------
    def describe(self, rule: RuleLike) -> str:
        """What the rule tests, as a person reads it ("country is one of US, GB")."""
        raise NotImplementedError


def readable(value: Any, *, between: bool = False) -> str:
    """A rule's JSON value in words: lists joined, booleans as yes/no, objects as key = value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        parts = [readable(v) for v in value]
        return " and ".join(parts) if between and len(parts) == 2 else ", ".join(parts)
    if isinstance(value, dict):
        return ", ".join(f"{k} = {readable(v)}" for k, v in value.items())
    return str(value)
