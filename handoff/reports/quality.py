"""Lead quality by dimension: how many of the cohort's MQLs sales accepted, and how many of the
accepted leads were won, per source, product line, campaign, business (new business or an
existing account's lead), team and rep.

One query: the cohort's per-lead flags (ever MQL, ever SAL, ever won) are computed once and
grouped by each dimension in turn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Unpack

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import connection
from django.db.models import Count, Q

from handoff.reports.filters import ReportFilters, ReportKwargs, rate
from leads.models import Action, Lead, LeadSource, ProductLine, Stage, StageChange, Team


class Dimension(NamedTuple):
    """What the leads are grouped by: a column of the lead, labelled from a table (if any)."""

    title: str
    column: str  # the lead's
    table: str | None  # the labels'; None: the column's value is its own label
    key: str  # the label table's column a row is known by
    name: str  # the label table's column shown


DIMENSIONS: dict[str, Dimension] = {
    "source": Dimension("Source", "source_id", LeadSource._meta.db_table, "code", "name"),
    "product_line": Dimension(
        "Product line", "product_line_id", ProductLine._meta.db_table, "code", "name"
    ),
    "campaign": Dimension("Campaign", "campaign", None, "", ""),
    "business": Dimension("Business", "business", None, "", ""),
    "team": Dimension("Team", "team_id", Team._meta.db_table, "name", "name"),
    "owner": Dimension(
        "Owner now", "owner_id", get_user_model()._meta.db_table, "username", "username"
    ),
}
MARKETING_DIMENSIONS = ["source", "product_line", "campaign", "business"]
# Dimensions computed from the lead's columns rather than read from one.
EXPRESSIONS = {
    "business": "CASE WHEN l.account_id IS NULL THEN 'New business' ELSE 'Existing account' END",
}


@dataclass
class QualityRow:
    key: str
    label: str
    leads: int
    mql: int
    accepted: int  # reached MQL and SAL
    sal: int
    won: int  # reached SAL and won

    @property
    def acceptance_rate(self) -> float | None:
        return rate(self.accepted, self.mql)

    @property
    def won_rate(self) -> float | None:
        return rate(self.won, self.sal)


def _branch(dimension: str) -> str:
    _title, column, table, key, name = DIMENSIONS[dimension]
    sums = "COUNT(*), SUM(r_mql), SUM(r_mql * r_sal), SUM(r_sal), SUM(r_sal * r_won)"
    if table is None:
        return (
            f"SELECT '{dimension}', f.{column}, f.{column}, {sums} FROM flags f GROUP BY f.{column}"
        )
    return (
        f"SELECT '{dimension}', d.{key}, d.{name}, {sums} FROM flags f "
        f"LEFT JOIN {table} d ON d.id = f.{column} GROUP BY d.{key}, d.{name}"
    )


def quality_report(
    *, dimensions: list[str] | None = None, **kwargs: Unpack[ReportKwargs]
) -> dict[str, list[QualityRow]]:
    """Per dimension, a row per value (largest first) for the leads created in the window."""
    filters = ReportFilters(**kwargs)
    dimensions = list(DIMENSIONS) if dimensions is None else dimensions
    if not dimensions:
        return {}
    where, params = filters.cohort_sql("l")
    columns = ", ".join(
        f"{EXPRESSIONS[d]} AS {DIMENSIONS[d].column}"
        if d in EXPRESSIONS
        else f"l.{DIMENSIONS[d].column}"
        for d in dimensions
    )
    grouped = ", ".join(EXPRESSIONS.get(d, f"l.{DIMENSIONS[d].column}") for d in dimensions)
    sql = f"""
        WITH flags AS (
            SELECT l.id, {columns},
                MAX(CASE WHEN sc.to_stage = %s THEN 1 ELSE 0 END) AS r_mql,
                MAX(CASE WHEN sc.to_stage = %s THEN 1 ELSE 0 END) AS r_sal,
                MAX(CASE WHEN sc.to_stage = %s THEN 1 ELSE 0 END) AS r_won
            FROM {Lead._meta.db_table} l
            LEFT JOIN {StageChange._meta.db_table} sc
                ON sc.lead_id = l.id AND sc.to_stage IN (%s, %s, %s)
            WHERE {where}
            GROUP BY l.id, {grouped}
        )
        {" UNION ALL ".join(_branch(d) for d in dimensions)}
    """
    stages = [Stage.MQL, Stage.SAL, Stage.WON]
    result: dict[str, list[QualityRow]] = {d: [] for d in dimensions}
    with connection.cursor() as cursor:
        cursor.execute(sql, [*stages, *stages, *params])
        for dimension, key, label, *counts in cursor.fetchall():
            leads, mql, accepted, sal, won = (int(c or 0) for c in counts)
            result[dimension].append(
                QualityRow(key or "", label or "", leads, mql, accepted, sal, won)
            )
    for rows in result.values():
        rows.sort(key=lambda r: (-r.leads, r.key))
    return result


@dataclass
class PersonRow:
    """The moves one person made on the cohort's leads: credit goes to whoever made a move,
    whoever owns the lead now (an SDR's TQLs belong to a rep once handed over)."""

    username: str
    qualified_tql: int
    accepted: int
    rejected: int
    qualified_sql: int
    won: int
    recycled: int


def moves_by_person(
    *, only: AbstractBaseUser | None = None, **kwargs: Unpack[ReportKwargs]
) -> list[PersonRow]:
    """Per person who made moves on the leads created in the window (`only`: that person's row),
    most moves first. Automatic and imported moves have nobody to credit and are left out."""
    filters = ReportFilters(**kwargs)
    moves = StageChange.objects.filter(lead__in=filters.leads().values("pk"), by__isnull=False)
    if only is not None:
        moves = moves.filter(by=only)
    rows = (
        moves.order_by()
        .values("by__username")
        .annotate(
            tql=Count("pk", filter=Q(to_stage=Stage.TQL)),
            sal=Count("pk", filter=Q(to_stage=Stage.SAL)),
            rejected=Count("pk", filter=Q(action=Action.REJECT)),
            sql=Count("pk", filter=Q(to_stage=Stage.SQL)),
            won=Count("pk", filter=Q(to_stage=Stage.WON)),
            recycled=Count("pk", filter=Q(action__in=[Action.RECYCLE, Action.DISQUALIFY])),
            total=Count("pk"),
        )
        .order_by("-total", "by__username")
    )
    return [
        PersonRow(
            r["by__username"], r["tql"], r["sal"], r["rejected"], r["sql"], r["won"], r["recycled"]
        )
        for r in rows
    ]
