"""Attribute rules (fit): a lead field, or a key of its free-form attributes, compared with a
value. Points when the comparison holds."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from leads.fields import scoring_fields_by_kind
from scoring.dialect import SAFE_KEY
from scoring.kinds.base import RuleKind, RuleLike, RuleParams, SqlScope, Subject
from scoring.kinds.compare import Accessors, condition, describe_comparison, matches, value_errors
from scoring.spec import DEMOGRAPHIC, RuleSpec


def rule_fields() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(text, number, bool) lead fields rules may test: the registry's scoring fields
    (leads.fields), and `email_domain`, derived from the e-mail."""
    kinds = scoring_fields_by_kind()
    return (*kinds["text"], "email_domain"), kinds["number"], kinds["bool"]


TEXT_FIELDS, NUMBER_FIELDS, BOOL_FIELDS = rule_fields()
LEAD_FIELDS = TEXT_FIELDS + NUMBER_FIELDS + BOOL_FIELDS
ATTRIBUTES = "attributes."


def lead_value(lead: Mapping[str, Any], name: str) -> Any:
    """Python: a lead field's or attribute's value (`source`, `product_line` as codes)."""
    if name.startswith(ATTRIBUTES):
        return (lead.get("attributes") or {}).get(name.removeprefix(ATTRIBUTES))
    if name == "email_domain":
        email = lead.get("email") or ""
        return email.split("@", 1)[1] if "@" in email else ""
    return lead.get(name)


def lead_accessors(name: str, sql: SqlScope) -> Accessors:
    """SQL: the same value as lead_value, read from the lead row `l` and its joins."""
    d = sql.dialect
    if name.startswith(ATTRIBUTES):
        key = name.removeprefix(ATTRIBUTES)
        if not SAFE_KEY.match(key):
            raise ValueError(f"Attribute key {key!r} must be letters, digits, _ - or space.")
        return Accessors(
            text=d.json_text("l.attributes", key),
            number=d.json_number("l.attributes", key),
            empty=d.json_is_empty("l.attributes", key),
            bool_is=lambda value: d.json_bool_is("l.attributes", key, value),
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
        return Accessors(text=text, number=None, empty=f"({text} IS NULL OR {text} = '')")
    if name in NUMBER_FIELDS:
        return Accessors(text=None, number=f"l.{name}", empty=f"(l.{name} IS NULL)")
    if name in BOOL_FIELDS:
        return Accessors(
            text=None,
            number=None,
            empty="(1 = 0)",
            bool_is=lambda value: f"(l.{name} = {sql.param(value)})",
        )
    raise ValueError(f"Unknown lead field {name!r}.")


class AttributeKind(RuleKind):
    name = "attribute"
    label = "Attribute (fit)"
    category = DEMOGRAPHIC
    description = (
        "A lead field (job_title, company_size, email_domain...) or attributes.<key> compared "
        "with a value: points when it holds."
    )

    def errors(self, rule: RuleParams) -> dict[str, str]:
        errors: dict[str, str] = {}
        if rule.field.startswith(ATTRIBUTES):
            if not SAFE_KEY.match(rule.field.removeprefix(ATTRIBUTES)):
                errors["field"] = "An attribute key has letters, digits, _ - or spaces only."
        elif rule.field not in LEAD_FIELDS:
            errors["field"] = "Give a lead field (e.g. job_title) or attributes.<key>."
        return errors | value_errors(rule.operator, rule.value)

    def form_defaults(self, data: Mapping[str, Any]) -> dict[str, Any]:
        return {"activity_type": None, "property_filter": {}}

    def points(self, rule: RuleSpec, subject: Subject) -> int:
        held = matches(rule.operator, rule.value, lead_value(subject.lead, rule.field))
        return rule.points if held else 0

    def sql_points(self, rule: RuleSpec, sql: SqlScope, aggregate: str) -> str:
        held = condition(rule.operator, rule.value, lead_accessors(rule.field, sql), sql)
        return f"(CASE WHEN {held} THEN {int(rule.points)} ELSE 0 END)"

    def describe(self, rule: RuleLike) -> str:
        return describe_comparison(rule)
