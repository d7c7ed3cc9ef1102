from django import template

from leads.models import Lead
from scoring.selectors import is_below_threshold, thresholds, version_for

register = template.Library()


@register.inclusion_tag("scoring/_score_status.html", takes_context=True)
def score_status(context, lead: Lead) -> dict:
    """A "below threshold" badge for an MQL or TQL whose score fell under its threshold.

    The thresholds are read once per page, whatever the number of leads on it.
    """
    known = context.render_context.get("scoring_thresholds")
    if known is None:
        known = context.render_context["scoring_thresholds"] = thresholds()
    below = is_below_threshold(lead, known)
    return {"below": below, "threshold": known.get(lead.product_line_id, known.get(None))}


@register.inclusion_tag("scoring/_score_formula.html")
def score_formula(lead: Lead) -> dict:
    """How the three sub-scores make the score, with the weights of the lead's model (issue 16:
    the page never said how 40/35/25 turn them into one number), and its MQL threshold."""
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
    known = context.render_context.get("scoring_thresholds")
    if known is None:
        known = context.render_context["scoring_thresholds"] = thresholds()
    return known.get(lead.product_line_id, known.get(None))
