"""Flow in a period: the moves made in the window, per week or month, in the viewer's time zone;
and the scoring-model activations that changed what "MQL" means during it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Unpack

from django.db.models import QuerySet, Sum
from django.db.models.functions import Substr, TruncMonth, TruncWeek
from django.db.models.functions.datetime import TruncBase

from handoff.reporting_models import ReportCount
from handoff.reports import rollup
from handoff.reports.definitions import FLOW_KINDS
from handoff.reports.filters import ReportFilters, ReportKwargs
from handoff.reports.metrics import FLOW
from scoring.models import ScoringVersion

PERIODS = {"week": TruncWeek, "month": TruncMonth}


@dataclass
class FlowRow:
    period: date
    counts: dict[str, int]


@dataclass
class Flow:
    filters: ReportFilters
    period: str
    rows: list[FlowRow]

    @property
    def totals(self) -> dict[str, int]:
        return {k: sum(r.counts[k] for r in self.rows) for k in FLOW_KINDS}


def period_starts(start: date, end: date, period: str) -> list[date]:
    """The first day of every week (Monday) or month touching [start, end]."""
    if period == "week":
        first = start - timedelta(days=start.weekday())
        return [first + timedelta(weeks=i) for i in range((end - first).days // 7 + 1)]
    starts, day = [], start.replace(day=1)
    while day <= end:
        starts.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return starts


def flow_report(*, period: str = "week", **kwargs: Unpack[ReportKwargs]) -> Flow:
    """Moves made in the window by the leads with the chosen dimensions (whenever created),
    counted per week (starting Monday) or month in the filters' time zone."""
    filters = ReportFilters(**kwargs)
    trunc = PERIODS[period]
    rows = (_rollup_rows if rollup.serves(filters) else _plain_rows)(filters, trunc)
    counts: dict[date, dict[str, int]] = {
        d: dict.fromkeys(FLOW_KINDS, 0)
        for d in period_starts(filters.created_after, filters.created_before, period)
    }
    for row in rows:
        bucket = row["bucket"]
        day = bucket.astimezone(filters.tz).date() if isinstance(bucket, datetime) else bucket
        counts.setdefault(day, dict.fromkeys(FLOW_KINDS, 0))[row["kind"]] += row["n"]
    return Flow(
        filters=filters,
        period=period,
        rows=[FlowRow(day, c) for day, c in sorted(counts.items())],
    )


def _rollup_rows(filters: ReportFilters, trunc: type[TruncBase]) -> QuerySet:
    return (
        ReportCount.objects.filter(
            metric__in=list(FLOW.keys.values()),
            hour_start__gte=filters.start,
            hour_start__lt=filters.end,
        )
        .annotate(
            bucket=trunc("hour_start", tzinfo=filters.tz),
            kind=Substr("metric", len("flow:") + 1),
        )
        .order_by()
        .values("bucket", "kind")
        .annotate(n=Sum("n"))
    )


def _plain_rows(filters: ReportFilters, trunc: type[TruncBase]) -> QuerySet:
    return FLOW.plain(filters, trunc)


@dataclass
class DefinitionChange:
    at: datetime
    label: str
    threshold: int
    note: str


def definition_changes(**kwargs: Unpack[ReportKwargs]) -> list[DefinitionChange]:
    """Scoring-model versions activated in the window: each may move the MQL line."""
    filters = ReportFilters(**kwargs)
    versions = (
        ScoringVersion.objects.filter(activated_at__gte=filters.start, activated_at__lt=filters.end)
        .select_related("model")
        .order_by("activated_at")
    )
    return [
        DefinitionChange(
            at=v.activated_at.astimezone(filters.tz),
            label=v.label,
            threshold=v.threshold,
            note=v.note,
        )
        for v in versions
    ]
