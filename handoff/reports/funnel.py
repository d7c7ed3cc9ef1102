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
from django.db.models import Count, Sum

from handoff.reporting_models import ReportCount
from handoff.reports import rollup
from handoff.reports.definitions import CONVERSIONS, FUNNEL_STAGES, REJECTION_STAGES
from handoff.reports.filters import ReportFilters, ReportKwargs, rate
from leads.models import Lead, Reason, Stage, StageChange


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


def _reached_sql(filters: ReportFilters) -> tuple[str, list]:
    where, params = filters.cohort_sql("l")
    flags = ",\n".join(
        f"MAX(CASE WHEN sc.to_stage = %s THEN 1 ELSE 0 END) AS r_{s}" for s in FUNNEL_STAGES
    )
    sums = ", ".join(
        [f"SUM(r_{s})" for s in FUNNEL_STAGES] + [f"SUM(r_{a} * r_{b})" for a, b in CONVERSIONS]
    )
    in_list = ", ".join(["%s"] * len(FUNNEL_STAGES))
    sql = f"""
        WITH flags AS (
            SELECT l.id, {flags}
            FROM {Lead._meta.db_table} l
            LEFT JOIN {StageChange._meta.db_table} sc
                ON sc.lead_id = l.id AND sc.to_stage IN ({in_list})
            WHERE {where}
            GROUP BY l.id
        )
        SELECT COUNT(*), {sums} FROM flags
    """
    return sql, [*FUNNEL_STAGES, *FUNNEL_STAGES, *params]


def funnel_report(**kwargs: Unpack[ReportKwargs]) -> Funnel:
    """For leads created in the window: how many ever reached each stage, how many are in each
    stage now, the conversion between stages, and the rejections by reason.

    Unfiltered, in a whole-hour time zone, the hourly rollup answers; otherwise plain queries.
    """
    filters = ReportFilters(**kwargs)
    c = (_rollup_counts if rollup.serves(filters) else _plain_counts)(filters)
    return Funnel(
        filters=filters,
        leads=c.leads,
        won=c.reached[Stage.WON],
        stages=[StageCount(s, c.reached[s], c.current.get(s, 0)) for s in FUNNEL_STAGES],
        conversions=[Conversion(a, b, c.both[(a, b)], c.reached[a]) for a, b in CONVERSIONS],
        rejections=c.rejections,
        current=c.current,
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
    sql, params = _reached_sql(filters)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        leads, *sums = (int(v or 0) for v in cursor.fetchone())
    reached = dict(zip(FUNNEL_STAGES, sums[: len(FUNNEL_STAGES)], strict=True))
    both = dict(zip(CONVERSIONS, sums[len(FUNNEL_STAGES) :], strict=True))
    current = dict(
        filters.leads()
        .order_by()
        .values_list("stage")
        .annotate(n=Count("pk"))
        .values_list("stage", "n")
    )
    return FunnelCounts(leads, reached, both, current, rejections(filters))


def _rollup_counts(filters: ReportFilters) -> FunnelCounts:
    reasons = {f"rejected:{r.pk}": r for r in Reason.objects.all()}
    metrics = (
        ["leads"]
        + [f"current:{s}" for s in Stage.values]
        + [f"reached:{s}" for s in FUNNEL_STAGES]
        + [f"both:{a}>{b}" for a, b in CONVERSIONS]
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
    current = {s: n[f"current:{s}"] for s in Stage.values if n.get(f"current:{s}")}
    refusals = [
        Rejection(r.code, r.label, r.category, n[metric])
        for metric, r in reasons.items()
        if n.get(metric)
    ]
    refusals.sort(key=lambda r: (-r.count, r.reason))
    return FunnelCounts(
        leads=n.get("leads", 0),
        reached={s: n.get(f"reached:{s}", 0) for s in FUNNEL_STAGES},
        both={(a, b): n.get(f"both:{a}>{b}", 0) for a, b in CONVERSIONS},
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
    rows = (
        StageChange.objects.filter(
            lead__in=filters.leads().values("pk"),
            to_stage__in=REJECTION_STAGES,
            reason__isnull=False,
        )
        .order_by()
        .values("reason__code", "reason__label", "reason__category")
        .annotate(n=Count("pk"))
        .order_by("-n", "reason__code")
    )
    return [
        Rejection(r["reason__code"], r["reason__label"], r["reason__category"], r["n"])
        for r in rows
    ]
