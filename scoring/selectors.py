"""Reads for scoring: which version covers a lead, and the engine's inputs."""

from __future__ import annotations

from datetime import datetime

from django.db.models import (
    BooleanField,
    Case,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce

from leads.models import Activity, ActivitySummary, Lead, Stage
from scoring.kinds.attribute import LEAD_FIELDS
from scoring.models import Rule, ScoringModel, ScoringVersion
from scoring.spec import Fact, RuleSpec, VersionSpec


def version_spec(version: ScoringVersion) -> VersionSpec:
    rules = version.rules.select_related("activity_type").order_by("kind", "position", "pk")
    return VersionSpec(
        label=version.label,
        weights=version.weights,
        half_life_days=version.half_life_days,
        threshold=version.threshold,
        rules=tuple(
            RuleSpec(
                id=rule.pk,
                kind=rule.kind,
                name=rule.name,
                points=rule.points,
                field=rule.field,
                operator=rule.operator,
                value=rule.value,
                activity_type=rule.activity_type.code if rule.activity_type else "",
                property_filter=rule.property_filter or {},
                cap=rule.cap,
                decays=rule.decays,
            )
            for rule in rules
        ),
        calibration=tuple((version.fit_report or {}).get("calibration") or ()),
    )


def version_weights() -> dict[str, tuple[int, int, int]]:
    """Every version's weights by the label stored on the leads it scored (one query)."""
    return {
        f"{name} v{number}": (d, b, e)
        for name, number, d, b, e in ScoringVersion.objects.values_list(
            "model__name", "number", "weight_demographic", "weight_behavioral", "weight_engagement"
        )
    }


def active_versions() -> QuerySet[ScoringVersion]:
    return ScoringVersion.objects.filter(status=ScoringVersion.Status.ACTIVE).select_related(
        "model", "model__product_line"
    )


def version_for(lead: Lead) -> ScoringVersion | None:
    """The active version of the lead's product line's model, else of the default model."""
    versions = {v.model.product_line_id: v for v in active_versions()}
    if lead.product_line_id in versions:
        return versions[lead.product_line_id]
    return versions.get(None)


def leads_covered(version: ScoringVersion) -> QuerySet[Lead]:
    """The leads a version scores: its product line's, or for the default model every lead
    whose line has no active model of its own."""
    return leads_for_model(version.model)


def leads_for_model(model: ScoringModel) -> QuerySet[Lead]:
    if model.product_line_id is not None:
        return Lead.objects.filter(product_line_id=model.product_line_id)
    own = ScoringModel.objects.filter(
        product_line__isnull=False, versions__status=ScoringVersion.Status.ACTIVE
    ).values("product_line_id")
    return Lead.objects.filter(Q(product_line__isnull=True) | ~Q(product_line_id__in=own))


def lead_values(lead: Lead) -> dict:
    values = {name: getattr(lead, name, None) for name in LEAD_FIELDS if hasattr(Lead, name)}
    values["source"] = lead.source.code if lead.source_id else ""
    values["product_line"] = lead.product_line.code if lead.product_line_id else ""
    values["attributes"] = lead.attributes or {}
    return values


def lead_facts(lead_id: int) -> list[Fact]:
    """The engine's input for a lead: its activities, and the summaries of those the activity
    retention folded (leads.activity_retention)."""
    # Only the lead's own doing: work people logged on it (by set, leads.worklog) is not intent.
    rows = Activity.objects.filter(lead_id=lead_id, by__isnull=True).values_list(
        "type__code", "occurred_at", "properties"
    )
    facts = [Fact(type=t, occurred_at=at, properties=p or {}) for t, at, p in rows]
    return facts + summary_facts(ActivitySummary.objects.filter(lead_id=lead_id))


def summary_facts(summaries: QuerySet[ActivitySummary]) -> list[Fact]:
    return [summary_fact(*row) for row in summaries.values_list(*SUMMARY_FIELDS)]


SUMMARY_FIELDS = ("type__code", "last_at", "properties", "count", "seconds")


def summary_fact(code: str, last_at: datetime, properties: dict, count: int, seconds: int) -> Fact:
    """A summary as the engine reads it: `count` activities at its latest moment."""
    return Fact(code, last_at, properties or {}, count=count, seconds=seconds)


def models_with_versions() -> QuerySet[ScoringModel]:
    """Every model with its versions (newest first) and their rules, in four queries."""
    rules = Rule.objects.select_related("activity_type").order_by("kind", "position", "pk")
    versions = (
        ScoringVersion.objects.select_related("created_by", "activated_by")
        .prefetch_related(Prefetch("rules", queryset=rules))
        .order_by("-number")
    )
    return ScoringModel.objects.select_related("product_line").prefetch_related(
        Prefetch("versions", queryset=versions)
    )


# Promoted leads still waiting for sales: a score under the threshold is shown, not acted on.
WATCHED_STAGES = (Stage.MQL, Stage.TQL)


def thresholds() -> dict[int | None, int]:
    """The active thresholds by product line id (None: the default model's)."""
    return {v.model.product_line_id: v.threshold for v in active_versions()}


def threshold_for(lead: Lead, known: dict[int | None, int] | None = None) -> int | None:
    known = thresholds() if known is None else known
    return known.get(lead.product_line_id, known.get(None))


def is_below_threshold(lead: Lead, known: dict[int | None, int] | None = None) -> bool:
    """An MQL or TQL whose score has fallen (decayed) under its model's threshold."""
    if lead.stage not in WATCHED_STAGES:
        return False
    threshold = threshold_for(lead, known)
    return threshold is not None and lead.score < threshold


def with_score_status(leads: QuerySet[Lead]) -> QuerySet[Lead]:
    """Annotate `score_threshold` and `below_threshold` (see is_below_threshold) for queues,
    in the same query."""
    active = ScoringVersion.objects.filter(status=ScoringVersion.Status.ACTIVE)
    own = active.filter(model__product_line_id=OuterRef("product_line_id")).values("threshold")
    default = active.filter(model__is_default=True).values("threshold")
    return leads.annotate(
        score_threshold=Coalesce(Subquery(own[:1]), Subquery(default[:1]))
    ).annotate(
        below_threshold=Case(
            When(stage__in=WATCHED_STAGES, score__lt=F("score_threshold"), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    )
