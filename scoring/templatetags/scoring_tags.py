from django import template

from leads.models import Lead
from scoring.selectors import is_below_threshold, thresholds

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
