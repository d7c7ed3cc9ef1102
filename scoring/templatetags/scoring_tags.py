from collections.abc import Callable
from typing import Any

from django import template

from leads.models import Lead
from scoring.explain import shares, top_reasons
from scoring.selectors import (
    is_below_threshold,
    threshold_for,
    thresholds,
    version_for,
    version_weights,
)

register = template.Library()


def _per_page(context, key: str, load: Callable[[], Any]) -> Any:
    """Read once per page, whatever the number of leads on it. Kept on the request: an
    `{% include %}` (one per inbox row) starts a render context of its own."""
    holder = getattr(context.get("request"), "__dict__", None)
    if holder is None:
        holder = context.render_context
    if key not in holder:
        holder[key] = load()
    return holder[key]


def _weights(context) -> dict[str, tuple[int, int, int]]:
    """Every version's weights by label."""
    return _per_page(context, "_scoring_weights", version_weights)


def _thresholds(context) -> dict[int | None, int]:
    """The active thresholds by product line."""
    return _per_page(context, "_scoring_thresholds", thresholds)


@register.inclusion_tag("scoring/_score_status.html", takes_context=True)
def score_status(context, lead: Lead) -> dict:
    """A "below threshold" badge for an MQL or TQL whose score fell under its threshold."""
    known = _thresholds(context)
    below = is_below_threshold(lead, known)
    return {"below": below, "threshold": known.get(lead.product_line_id, known.get(None))}


@register.inclusion_tag("scoring/_score_formula.html")
def score_formula(lead: Lead) -> dict:
    """How the three sub-scores make the score, with the weights of the lead's model (the
    page says how, say, 40/35/25 turn them into one number), and its MQL threshold."""
    version = version_for(lead)
    if version is None:
        return {"version": None}
    parts = [
        ("fit", version.weight_demographic, lead.score_demographic),
        ("behaviour", version.weight_behavioral, lead.score_behavioral),
        ("engagement", version.weight_engagement, lead.score_engagement),
    ]
    total = sum(weight for _, weight, _ in parts)
    return {
        "version": version,
        "parts": [(name, round(100 * weight / total), score) for name, weight, score in parts],
        "score": lead.score,
        "threshold": version.threshold,
    }


@register.simple_tag(takes_context=True)
def threshold_of(context, lead: Lead) -> int | None:
    """The MQL threshold of the lead's model ("71 · threshold 60"), read once per page."""
    return threshold_for(lead, _thresholds(context))


@register.inclusion_tag("scoring/_score_breakdown.html", takes_context=True)
def score_breakdown(context, lead: Lead) -> dict:
    """The rules of a lead's score, each with its share of the score; they add up to it."""
    weights = _weights(context).get(lead.score_model_version)
    items = shares(lead.score_explanation or [], weights, lead.score) if weights else []
    return {"lead": lead, "items": items, "weighted": bool(weights)}


@register.inclusion_tag("scoring/_why_mql.html", takes_context=True)
def why_mql(context, lead: Lead, column: bool = False) -> dict:
    """The three rules that added the most to the score of a lead at or over its threshold:
    what carried it over. Nothing for a lead under it (promoted by hand, or decayed since).
    `column`: one rule a line, for the inbox's "Why an MQL" column."""
    weights = _weights(context).get(lead.score_model_version)
    threshold = threshold_for(lead, _thresholds(context))
    over = threshold is not None and lead.score >= threshold
    reasons = (
        top_reasons(lead.score_explanation or [], weights, lead.score) if weights and over else []
    )
    return {"lead": lead, "reasons": reasons, "column": column, "over": over}


@register.filter
def percent(value: float | None) -> str:
    """0.3412 -> "34%" (under 1%: "<1%")."""
    if value is None:
        return ""
    if 0 < value < 0.005:
        return "<1%"
    return f"{round(100 * value)}%"
