"""Event rules (behaviour): points for each of the lead's activities of a type (optionally
only those whose properties match), decaying with age if asked, capped if asked; or, with the
operator "is empty", points to a lead that never did the activity."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from scoring.dialect import SAFE_KEY, clamp
from scoring.kinds.base import RuleKind, RuleLike, RuleParams, SqlScope, Subject, readable
from scoring.spec import BEHAVIORAL, RuleSpec, epoch, round_half_up

# An event rule with this operator gives its points to a lead that never did the activity (a
# fitted model's "never unsubscribed"): the behaviour sub-score has no rule every lead matches,
# so a negative signal is turned into points for its absence rather than a deduction.
NEVER = "is_empty"


class EventKind(RuleKind):
    name = "event"
    label = "Event (behaviour)"
    category = BEHAVIORAL
    description = (
        "Points for each activity of a type (only those whose properties match the filter), "
        'decaying with age if asked, at most the cap; with "is empty", points to leads that '
        "never did it."
    )
    compares_values = False

    def errors(self, rule: RuleParams) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not rule.has_activity_type:
            errors["activity_type"] = "An event rule needs an activity type."
        if rule.operator not in ("", NEVER):
            errors["operator"] = (
                "An event rule counts the activity (no operator), or gives its points to "
                "leads that never did it (is empty)."
            )
        if not isinstance(rule.property_filter, dict) or not all(
            isinstance(k, str) and SAFE_KEY.match(k) and isinstance(v, str)
            for k, v in (rule.property_filter or {}).items()
        ):
            errors["property_filter"] = (
                'Give an object of text values with plain keys, e.g. {"asset": "ebook"}.'
            )
        return errors

    def form_defaults(self, data: Mapping[str, Any]) -> dict[str, Any]:
        operator = NEVER if data.get("operator") == NEVER else ""
        return {"field": "", "operator": operator, "value": None}

    # -- Python ----------------------------------------------------------------------------
    def points(self, rule: RuleSpec, subject: Subject) -> int:
        raw = 0.0
        matched = 0
        activity_type, wanted = rule.activity_type, rule.property_filter.items()
        now_epoch, half_life_s = subject.now_epoch, subject.half_life_s
        for fact in subject.facts:
            if fact.type != activity_type:
                continue
            if any(
                not isinstance(fact.properties.get(k), str) or fact.properties.get(k) != v
                for k, v in wanted
            ):
                continue
            matched += fact.count
            if rule.decays:
                age = max(0, now_epoch - epoch(fact.occurred_at))
                raw += rule.points * math.pow(0.5, age / half_life_s) * fact.count
            else:
                raw += rule.points * fact.count
        if rule.operator == NEVER:
            return rule.points if not matched else 0
        if rule.cap is not None:
            raw = max(-rule.cap, min(rule.cap, raw))
        return round_half_up(raw)

    # -- SQL: the same, a sum over the lead's activities (`a.n` of them in a row: a summary's
    # count) then the cap and rounding ----------------------------------------------------
    def sql_aggregate(self, rule: RuleSpec, sql: SqlScope) -> str | None:
        type_id = sql.type_ids.get(rule.activity_type)
        if type_id is None:
            return "0"
        conds = [f"a.type_id = {int(type_id)}"]
        for key, value in rule.property_filter.items():
            if not SAFE_KEY.match(key):
                raise ValueError(f"Property key {key!r} must be letters, digits, _ - or space.")
            conds.append(f"{sql.dialect.json_text('a.properties', key)} = {sql.param(str(value))}")
        if rule.operator == NEVER:
            amount = "1"  # a count: the points go to leads with none
        elif rule.decays:
            age = f"({sql.now_epoch} - {sql.dialect.epoch('a.occurred_at')})"
            amount = (
                f"({int(rule.points)} * power(0.5, CAST(CASE WHEN {age} > 0 THEN {age} "
                f"ELSE 0 END AS DOUBLE PRECISION) / {sql.half_life_s}) * a.n)"
            )
        else:
            amount = f"({int(rule.points)} * a.n)"
        return f"SUM(CASE WHEN {' AND '.join(conds)} THEN {amount} ELSE 0 END)"

    def sql_points(self, rule: RuleSpec, sql: SqlScope, aggregate: str) -> str:
        raw = f"COALESCE({aggregate}, 0)"
        if rule.operator == NEVER:
            return f"(CASE WHEN {raw} = 0 THEN {int(rule.points)} ELSE 0 END)"
        if rule.cap is not None:
            raw = clamp(raw, -int(rule.cap), int(rule.cap))
        return f"CAST(FLOOR({raw} + 0.5) AS INTEGER)"

    # -- words -----------------------------------------------------------------------------
    def describe(self, rule: RuleLike) -> str:
        label = rule.activity_type.label if rule.activity_type else "activity"
        text = f"never any {label}" if rule.operator == NEVER else f"each {label}"
        if rule.property_filter:
            text += f" with {readable(rule.property_filter)}"
        if rule.operator != NEVER:
            if rule.cap:
                text += f", at most {rule.cap}"
            if rule.decays:
                text += ", decays"
        return text
