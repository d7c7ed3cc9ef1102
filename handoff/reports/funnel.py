"""The cohort funnel: what became of the leads created in a window.

Reached counts come from the append-only history (a lead recycled and promoted again counts once
per stage); current counts from the leads' stage now. One query computes, per lead, which funnel
stages it ever entered, and sums those flags, so a conversion counts the leads that reached both
stages (an imported history may skip stages).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Unpack

from django.db import connection
from django.db.models import Sum

from handoff.reporting_models import ReportCount
from handoff.reports import rollup
from handoff.reports.definitions import CONVERSIONS, FUNNEL_STAGES
from handoff.reports.filters import ReportFilters, ReportKwargs, rate
from handoff.reports.metrics import BOTH, CURRENT, LEADS, REACHED, REJECTED, cohort_sql
from leads.models import Reason, Stage


@dataclass
class StageCount:
    stage: str
    reached: int
    current: int


@dataclass
class Conversion:
    from_stage: str
    to_stage: str
    converted: int
    of: int

    @property
    def rate(self) -> float | None:
        return rate(self.converted, self.of)


@dataclass
class Rejection:
    reason: str
    label: str
    category: str
    count: int


@dataclass
class Funnel:
    filters: ReportFilters
    leads: int
    won: int
    stages: list[StageCount]
    conversions: list[Conversion]
    rejections: list[Rejection]
    current: dict[str, int]

    @property
    def lead_to_won(self) -> float | None:
        return rate(self.won, self.leads)


def funnel_report(**kwargs: Unpack[ReportKwargs]) -> Funnel:
    """For leads created in the window: how many ever reached each stage, how many are in each
    stage now, the conversion between stages, and the rejections by reason.

    Unfiltered, in a whole-hour time zone, the hourly rollup answers; otherwise plain queries.
    """
    filters = ReportFilters(**kwargs)
    counts = (_rollup_counts if rollup.serves(filters) else _plain_counts)(filters)
    reached = counts.reached
    return Funnel(
        filters=filters,
        leads=counts.leads,
        won=reached[Stage.WON],
        stages=[StageCount(s, reached[s], counts.current.get(s, 0)) for s in FUNNEL_STAGES],
        conversions=[Conversion(a, b, counts.both[(a, b)], reached[a]) for a, b in CONVERSIONS],
        rejections=counts.rejections,
        current=counts.current,
    )


@dataclass
class FunnelCounts:
    """The cohort's counts, as the plain queries or the rollup give them."""

    leads: int
    reached: dict[str, int]  # stage -> leads that ever entered it
    both: dict[tuple[str, str], int]  # (stage, stage) -> leads that entered both
    current: dict[str, int]  # stage -> leads in it now
    rejections: list[Rejection]


def _plain_counts(filters: ReportFilters) -> FunnelCounts:
    """The plain forms of the cohort's metrics (handoff.reports.metrics)."""
    sql, params = cohort_sql(filters)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        leads, *sums = (int(v or 0) for v in cursor.fetchone())
    reached = dict(zip(FUNNEL_STAGES, sums[: len(FUNNEL_STAGES)], strict=True))
    both = dict(zip(CONVERSIONS, sums[len(FUNNEL_STAGES) :], strict=True))
    return FunnelCounts(leads, reached, both, CURRENT.plain(filters), rejections(filters))


def _rollup_counts(filters: ReportFilters) -> FunnelCounts:
    """The same counts summed from the rollup's hourly rows."""
    reasons = {f"{REJECTED.prefix}{r.pk}": r for r in Reason.objects.all()}
    metrics = (
        [LEADS.key]
        + [f"{CURRENT.prefix}{s}" for s in Stage.values]
        + list(REACHED.keys.values())
        + list(BOTH.keys.values())
        + list(reasons)
    )
    n = dict(
        ReportCount.objects.filter(
            metric__in=metrics, hour_start__gte=filters.start, hour_start__lt=filters.end
        )
        .values_list("metric")
        .annotate(n=Sum("n"))
        .values_list("metric", "n")
    )
    current = {s: n[f"{CURRENT.prefix}{s}"] for s in Stage.values if n.get(f"{CURRENT.prefix}{s}")}
    refusals = [
        Rejection(r.code, r.label, r.category, n[metric])
        for metric, r in reasons.items()
        if n.get(metric)
    ]
    refusals.sort(key=lambda r: (-r.count, r.reason))
    return FunnelCounts(
        leads=n.get(LEADS.key, 0),
        reached={s: n.get(key, 0) for s, key in REACHED.keys.items()},
        both={pair: n.get(key, 0) for pair, key in BOTH.keys.items()},
        current=current,
        rejections=refusals,
    )


def funnel_rejections(filters: ReportFilters) -> list[Rejection]:
    """The cohort's rejections by reason, from the rollup when it serves these filters."""
    if rollup.serves(filters):
        return _rollup_counts(filters).rejections
    return rejections(filters)


def rejections(filters: ReportFilters) -> list[Rejection]:
    """Every move of a cohort lead to nurture or disqualified, by its reason (moves, not leads:
    a lead rejected twice counts twice)."""
    rows = REJECTED.plain(filters)
    return [
        Rejection(r["reason__code"], r["reason__label"], r["reason__category"], r["n"])
        for r in rows
    ]
