"""Leads whose outcome is known, each as it was when it was judged.

The moment a lead was judged is its first move to MQL (or its first move of any kind, if it
never was an MQL). Fit learns from what was known then, and the backtest scores each lead as it
stood then: the stage history only ever gives the label.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Case, Min, QuerySet, When

from leads.models import Activity, ActivitySummary, Lead, Stage, StageChange
from scoring.kinds.engagement import metrics
from scoring.planner import refresh_statistics
from scoring.selectors import SUMMARY_FIELDS, lead_values, summary_fact
from scoring.spec import Fact


@dataclass
class Example:
    lead_id: int
    values: dict
    facts: list[Fact]  # activities before the cutoff
    counts: dict[str, int]
    measured: dict
    cutoff: datetime
    reached: set[str]  # the outcome stages the lead ever reached
    label: bool


def examples_with_outcomes(
    leads: QuerySet[Lead], *, positive: Sequence[str], negative: Sequence[str]
) -> list[Example]:
    """The leads that reached a positive or negative stage, positive first (a lead that was
    rejected and later won is positive), each with what was known at its cutoff."""
    refresh_statistics()
    outcome_stages = {*positive, *negative}
    known = leads.filter(
        pk__in=StageChange.objects.filter(to_stage__in=outcome_stages).values("lead_id")
    )
    cutoffs = {
        m["lead_id"]: m["first_mql"] or m["first_move"]
        for m in StageChange.objects.filter(lead__in=known)
        .values("lead_id")
        .annotate(
            first_mql=Min(Case(When(to_stage=Stage.MQL, then="at"))),
            first_move=Min("at"),
        )
    }
    reached: dict[int, set[str]] = defaultdict(set)
    for lead_id, stage in (
        StageChange.objects.filter(lead__in=known).values_list("lead_id", "to_stage").distinct()
    ):
        reached[lead_id].add(stage)
    facts: dict[int, list[Fact]] = defaultdict(list)
    for lead_id, type_code, at, properties in (
        Activity.objects.filter(lead__in=known, by__isnull=True)
        .values_list("lead_id", "type__code", "occurred_at", "properties")
        .iterator(chunk_size=5000)
    ):
        if at < cutoffs[lead_id]:
            facts[lead_id].append(Fact(type=type_code, occurred_at=at, properties=properties or {}))
    # Folded activities (leads.activity_retention): a summary counts when its latest activity
    # was before the cutoff, so all of it was; one with an activity at or after the cutoff (on
    # the cutoff's day) is left out whole.
    for lead_id, type_code, last_at, properties, count, seconds in (
        ActivitySummary.objects.filter(lead__in=known)
        .values_list("lead_id", *SUMMARY_FIELDS)
        .iterator(chunk_size=5000)
    ):
        if last_at < cutoffs[lead_id]:
            facts[lead_id].append(summary_fact(type_code, last_at, properties, count, seconds))
    examples = []
    for lead in known.select_related("source", "product_line").order_by("pk"):
        before = facts.get(lead.pk, [])
        examples.append(
            Example(
                lead_id=lead.pk,
                values=lead_values(lead),
                facts=before,
                counts=_counts(before),
                measured=metrics(before, cutoffs[lead.pk]),
                cutoff=cutoffs[lead.pk],
                reached=reached[lead.pk],
                label=bool(reached[lead.pk] & set(positive)),
            )
        )
    return examples


def _counts(facts: list[Fact]) -> dict[str, int]:
    """Activities by type (a summary counts as the activities it folded)."""
    counts: Counter[str] = Counter()
    for fact in facts:
        counts[fact.type] += fact.count
    return dict(counts)
