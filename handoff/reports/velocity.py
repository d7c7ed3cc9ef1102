"""Velocity: how long leads stay in each stage, and how long sales takes to answer an MQL.

A stay starts with a move into a stage and ends with the lead's next move; stays still open are
left out. Time to first response runs from a lead's first entry to MQL to the move that follows
it (accepted, rejected or qualified to TQL).

Percentiles are continuous (linear interpolation, like PostgreSQL's percentile_cont). On
PostgreSQL the database computes them; SQLite has no percentile aggregate, so there the
durations of the cohort's stays are read and the percentiles computed in Python (SQLite serves
development and tests, where the cohort is small).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Unpack

from django.db import connection

from handoff.reports.filters import ReportFilters, ReportKwargs
from leads.models import Lead, Stage, StageChange

VELOCITY_STAGES = [Stage.MQL, Stage.TQL, Stage.SAL, Stage.SQL, Stage.NURTURE]
FIRST_RESPONSE = "first_response"


@dataclass
class StageTime:
    stage: str
    stays: int
    median_seconds: float | None
    p90_seconds: float | None


def percentile(values: list[float], p: float) -> float | None:
    """The continuous p-quantile of `values` (0 <= p <= 1), as percentile_cont computes it."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * p
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _durations_sql(filters: ReportFilters) -> tuple[str, list]:
    where, params = filters.cohort_sql("l")
    if connection.vendor == "postgresql":
        seconds = "EXTRACT(EPOCH FROM (left_at - at))"
    else:
        seconds = "(julianday(left_at) - julianday(at)) * 86400.0"
    stages = ", ".join(["%s"] * len(VELOCITY_STAGES))
    sql = f"""
        WITH moves AS (
            SELECT sc.to_stage, sc.at,
                LEAD(sc.at) OVER lead_moves AS left_at,
                -- One window for both columns: the moves are sorted once.
                SUM(CASE WHEN sc.to_stage = %s THEN 1 ELSE 0 END) OVER (
                    lead_moves ROWS UNBOUNDED PRECEDING
                ) AS mql_entries
            FROM {StageChange._meta.db_table} sc
            JOIN {Lead._meta.db_table} l ON l.id = sc.lead_id
            WHERE {where}
            WINDOW lead_moves AS (PARTITION BY sc.lead_id ORDER BY sc.at, sc.id)
        )
        SELECT to_stage AS stage, {seconds} AS seconds FROM moves
        WHERE left_at IS NOT NULL AND to_stage IN ({stages})
        UNION ALL
        SELECT %s AS stage, {seconds} AS seconds FROM moves
        WHERE left_at IS NOT NULL AND to_stage = %s AND mql_entries = 1
    """
    return sql, [Stage.MQL, *params, *VELOCITY_STAGES, FIRST_RESPONSE, Stage.MQL]


def velocity_report(**kwargs: Unpack[ReportKwargs]) -> list[StageTime]:
    """Median and 90th percentile time in each stage for the leads created in the window, and
    their time to first response."""
    filters = ReportFilters(**kwargs)
    sql, params = _durations_sql(filters)
    found: dict[str, StageTime] = {}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"""SELECT stage, COUNT(*),
                    percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds),
                    percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds)
                FROM ({sql}) durations GROUP BY stage""",
                params,
            )
            for stage, stays, median, p90 in cursor.fetchall():
                found[stage] = StageTime(stage, stays, float(median), float(p90))
        else:
            cursor.execute(sql, params)
            durations: dict[str, list[float]] = defaultdict(list)
            for stage, seconds in cursor.fetchall():
                durations[stage].append(float(seconds))
            for stage, values in durations.items():
                found[stage] = StageTime(
                    stage, len(values), percentile(values, 0.5), percentile(values, 0.9)
                )
    return [
        found.get(stage, StageTime(stage, 0, None, None))
        for stage in [*VELOCITY_STAGES, FIRST_RESPONSE]
    ]
