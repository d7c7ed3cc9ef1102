"""Fit a draft scoring version from won/lost history.

Only what was known before sales first touched the lead is used: its fields and attributes, and
its activities before its first move to MQL (or before its first move of any kind if it never
was an MQL). The stage history only gives the label. Each field becomes a shape function
(scoring.fit.shapes), a logistic regression with a cross-validated penalty gives each level its
log-odds (scoring.fit.learner), and those become rules on the 0-100 scale so that the engine's
total is an increasing function of the model's log-odds (scoring.fit.points). A calibration
fitted on out-of-fold scores turns a total into a likelihood to convert. The draft is never
activated here.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from leads.models import ActivityType, ProductLine, Stage
from scoring.fit.core import MIN_CLASS, FitError, Fitted, fit
from scoring.models import Rule, ScoringModel, ScoringVersion
from scoring.outcomes import examples_with_outcomes
from scoring.selectors import leads_for_model
from scoring.services import model_for_fit

__all__ = [
    "MIN_CLASS",
    "NEGATIVE",
    "POSITIVE",
    "FitError",
    "Fitted",
    "draft_fit",
    "fit",
    "version_fit",
]

POSITIVE = (Stage.WON,)
NEGATIVE = (Stage.LOST, Stage.DISQUALIFIED)


def version_fit(
    *, model: ScoringModel, by: AbstractBaseUser | None, seed: int = 0
) -> ScoringVersion:
    """Fit a new draft of `model` from the won/lost leads it covers. Never activates it."""
    fitted = fit(
        examples_with_outcomes(leads_for_model(model), positive=POSITIVE, negative=NEGATIVE),
        seed=seed,
        activity_labels=dict(ActivityType.objects.values_list("code", "label")),
    )
    active = model.active_version
    types = dict(ActivityType.objects.values_list("code", "pk"))
    demographic, behavioral, engagement = fitted.weights
    with transaction.atomic():
        draft = ScoringVersion.objects.create(
            model=model,
            threshold=fitted.threshold,
            weight_demographic=demographic,
            weight_behavioral=behavioral,
            weight_engagement=engagement,
            half_life_days=active.half_life_days if active else 30,
            auto_promote=active.auto_promote if active else True,
            created_by=by,
            note=(
                f"Fitted from {fitted.report['leads']} leads with known outcomes "
                f"(cross-validated AUC {fitted.report['cv_auc']:.3f})."
            ),
            fit_report={**fitted.report, "calibration": fitted.calibration},
        )
        rows = []
        for position, rule in enumerate(fitted.rules):
            rule = dict(rule)
            activity_type = rule.pop("activity_type", "")
            rows.append(
                Rule(
                    version=draft,
                    position=position,
                    activity_type_id=types.get(activity_type),
                    **rule,
                )
            )
        Rule.objects.bulk_create(rows)
    return draft


def draft_fit(
    *, name: str, product_line: ProductLine | None, by: AbstractBaseUser | None
) -> ScoringVersion:
    """Fit a draft into the model named `name` (created for `product_line` if new); a failed
    fit leaves no empty model behind."""
    with transaction.atomic():
        model = model_for_fit(name=name, product_line=product_line)
        return version_fit(model=model, by=by)
