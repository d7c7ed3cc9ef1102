"""The metrics the funnel and flow reports count, one class each, with both of its forms side by
side: `rollup_sql`, its rows of one lead's contribution to the hourly rollup (handoff.reports.
rollup runs them in its triggers and its rebuild, on PostgreSQL and SQLite), and its plain
query, which answers when the rollup cannot (a lead dimension, a time zone off the hour).

What counts (the funnel stages, the conversions, which moves are rejections) is
handoff.reports.definitions; tests/handoff/test_reports_rollup.py holds the two forms equal
after every kind of change. Changing a rollup_sql changes what the triggers count: it needs a
migration that reinstalls them and recounts (see rollup.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from django.db.models import Case, CharField, Count, Q, QuerySet, Value, When
from django.db.models.functions.datetime import TruncBase

from handoff.reports.definitions import (
    CONVERSIONS,
    FLOW_KIND_OF_STAGE,
    FLOW_KINDS,
    FUNNEL_STAGES,
    REJECTED_FROM,
    REJECTION_STAGES,
)
from handoff.reports.filters import ReportFilters
from leads.models import Lead, StageChange


def _quoted(values: list[str] | tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


@dataclass(frozen=True)
class Contribution:
    """What a metric's rollup SQL reads: `lead` selects leads (id, created_at, stage,
    deleted_at), `history` their stage moves (id, lead_id, from_stage, to_stage, at,
    reason_id). Deleted leads count for nothing."""

    lead: str
    history: str
    vendor: str

    def hour(self, column: str) -> str:
        if self.vendor == "postgresql":
            return f"date_trunc('hour', {column}, 'UTC')"
        return f"strftime('%Y-%m-%d %H:00:00', {column})"

    @property
    def created(self) -> str:
        return self.hour("l.created_at")

    alive: ClassVar[str] = "l.deleted_at IS NULL"

    @property
    def reached(self) -> str:
        """Each (lead, funnel stage) the history ever entered, once."""
        return (
            f"(SELECT DISTINCT h.lead_id, h.to_stage FROM ({self.history}) h "
            f"WHERE h.to_stage IN ({_quoted(FUNNEL_STAGES)}))"
        )


# -- the cohort: leads created in the window -------------------------------------------------
# The plain forms of Leads, Reached and Both are columns of one query over per-lead flags (did
# the lead ever enter each funnel stage): cohort_sql below.


class Leads:
    """Leads created (and not deleted), by creation hour."""

    key = "leads"

    def rollup_sql(self, c: Contribution) -> str:
        return (
            f"SELECT 'leads' AS metric, {c.created} AS hour_start, 1 AS n "
            f"FROM ({c.lead}) l WHERE {c.alive}"
        )

    def plain_columns(self) -> list[str]:
        return ["COUNT(*)"]


class Reached:
    """Cohort leads that ever entered each funnel stage (the history, not the stage now: a lead
    recycled and promoted again counts once)."""

    keys = {s: f"reached:{s}" for s in FUNNEL_STAGES}

    def rollup_sql(self, c: Contribution) -> str:
        return (
            f"SELECT 'reached:' || r.to_stage, {c.created}, 1 "
            f"FROM ({c.lead}) l JOIN {c.reached} r ON r.lead_id = l.id WHERE {c.alive}"
        )

    def plain_columns(self) -> list[str]:
        return [f"SUM(r_{s})" for s in FUNNEL_STAGES]


class Both:
    """Cohort leads that entered both stages of a conversion (an imported history may skip
    stages, so the later stage alone does not say the earlier was reached)."""

    keys = {(a, b): f"both:{a}>{b}" for a, b in CONVERSIONS}

    def rollup_sql(self, c: Contribution) -> str:
        pairs = " UNION ALL ".join(f"SELECT '{a}' AS a, '{b}' AS b" for a, b in CONVERSIONS)
        return (
            f"SELECT 'both:' || p.a || '>' || p.b, {c.created}, 1 "
            f"FROM ({c.lead}) l "
            f"JOIN {c.reached} ra ON ra.lead_id = l.id "
            f"JOIN {c.reached} rb ON rb.lead_id = l.id "
            f"JOIN ({pairs}) p ON p.a = ra.to_stage AND p.b = rb.to_stage "
            f"WHERE {c.alive}"
        )

    def plain_columns(self) -> list[str]:
        return [f"SUM(r_{a} * r_{b})" for a, b in CONVERSIONS]


def cohort_sql(filters: ReportFilters) -> tuple[str, list]:
    """The plain form of Leads, Reached and Both: one row, their columns in that order."""
    where, params = filters.cohort_sql("l")
    flags = ",\n".join(
        f"MAX(CASE WHEN sc.to_stage = %s THEN 1 ELSE 0 END) AS r_{s}" for s in FUNNEL_STAGES
    )
    columns = ", ".join(LEADS.plain_columns() + REACHED.plain_columns() + BOTH.plain_columns())
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
        SELECT {columns} FROM flags
    """
    return sql, [*FUNNEL_STAGES, *FUNNEL_STAGES, *params]


class Current:
    """Cohort leads in each stage now."""

    prefix = "current:"

    def rollup_sql(self, c: Contribution) -> str:
        return f"SELECT 'current:' || l.stage, {c.created}, 1 FROM ({c.lead}) l WHERE {c.alive}"

    def plain(self, filters: ReportFilters) -> dict[str, int]:
        return dict(
            filters.leads()
            .order_by()
            .values_list("stage")
            .annotate(n=Count("pk"))
            .values_list("stage", "n")
        )


class Rejected:
    """Moves of cohort leads to nurture or disqualified with a reason, by reason (moves, not
    leads: a lead rejected twice counts twice), by the lead's creation hour."""

    prefix = "rejected:"

    def rollup_sql(self, c: Contribution) -> str:
        return (
            f"SELECT 'rejected:' || h.reason_id, {c.created}, 1 "
            f"FROM ({c.lead}) l JOIN ({c.history}) h ON h.lead_id = l.id "
            f"WHERE {c.alive} AND h.reason_id IS NOT NULL "
            f"AND h.to_stage IN ({_quoted(REJECTION_STAGES)})"
        )

    def plain(self, filters: ReportFilters) -> QuerySet:
        """Rows of reason__code, reason__label, reason__category and n, most first."""
        return (
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


# -- flow: moves made in the window, by the hour of the move ---------------------------------
# Sales' answer "no" to a lead handed over: out of MQL or TQL to nurture or disqualified.
_REJECTED_MOVE = Q(from_stage__in=REJECTED_FROM, to_stage__in=REJECTION_STAGES)


class Flow:
    """Moves by kind (FLOW_KINDS): into a funnel stage, won, lost, or rejected."""

    keys = {k: f"flow:{k}" for k in FLOW_KINDS}

    def rollup_sql(self, c: Contribution) -> str:
        kind = "CASE " + " ".join(
            f"WHEN h.to_stage = '{s}' THEN '{k}'" for s, k in FLOW_KIND_OF_STAGE.items()
        )
        kind += (
            f" WHEN h.from_stage IN ({_quoted(REJECTED_FROM)})"
            f" AND h.to_stage IN ({_quoted(REJECTION_STAGES)})"
            " THEN 'rejected' END"
        )
        return (
            f"SELECT 'flow:' || ({kind}), {c.hour('h.at')}, 1 "
            f"FROM ({c.lead}) l JOIN ({c.history}) h ON h.lead_id = l.id "
            f"WHERE {c.alive} AND ({kind}) IS NOT NULL"
        )

    def plain(self, filters: ReportFilters, trunc: type[TruncBase]) -> QuerySet:
        """Rows of bucket (the period's start), kind and n."""
        return (
            StageChange.objects.filter(
                Q(to_stage__in=list(FLOW_KIND_OF_STAGE)) | _REJECTED_MOVE,
                filters.worked_q("lead__"),
                at__gte=filters.start,
                at__lt=filters.end,
                **filters.lead_dimensions(),
            )
            .annotate(
                bucket=trunc("at", tzinfo=filters.tz),
                kind=Case(
                    When(_REJECTED_MOVE, then=Value("rejected")),
                    *(When(to_stage=s, then=Value(k)) for s, k in FLOW_KIND_OF_STAGE.items()),
                    output_field=CharField(),
                ),
            )
            .order_by()
            .values("bucket", "kind")
            .annotate(n=Count("pk"))
        )


LEADS, CURRENT, REACHED, BOTH, REJECTED, FLOW = (
    Leads(),
    Current(),
    Reached(),
    Both(),
    Rejected(),
    Flow(),
)
# Every metric the rollup keeps, in the order of its rows.
ROLLUP_METRICS: tuple[Any, ...] = (LEADS, CURRENT, REACHED, BOTH, REJECTED, FLOW)


def contribution_sql(lead: str, history: str, vendor: str) -> str:
    """SELECT metric, hour_start, n: what the leads in `lead` with the stage moves in `history`
    count for, every metric's rows (the rollup's one definition of a contribution)."""
    contribution = Contribution(lead, history, vendor)
    rows = "\n        UNION ALL\n        ".join(m.rollup_sql(contribution) for m in ROLLUP_METRICS)
    # Laid out as the statement installed before the metrics were classes (the same text).
    return f"\n        {rows}\n    "
