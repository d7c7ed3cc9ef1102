"""Velocity: how long leads stay in each stage, and how long sales takes to answer an MQL.

A stay starts with a move into a stage and ends with the lead's next move; stays still open are
left out. Each move records when the lead entered the stage it leaves (StageChange.entered_at),
so a stay is one row: no pairing of moves, no sort of the cohort's history. Time to first
response runs from a lead's first entry to MQL to the move that follows it (accepted, rejected
or qualified to TQL).

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

from django.db import connection, transaction

from handoff.reports.filters import ReportFilters, ReportKwargs
from leads.models import Lead, Stage, StageChange
from scoring.planner import planner_settings

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
    """(stage, seconds) for each finished stay of the cohort: a move out of a stage ends the stay
    that began at its `entered_at`; the first response is the stay that began with the lead's
    first entry to MQL.

    The cohort's moves are read once (index stagechange_lead_stay, no visit to the history
    rows) and both the stays and the first MQL entries come from that one read."""
    where, params = filters.cohort_sql("l")
    if connection.vendor == "postgresql":
        seconds = "EXTRACT(EPOCH FROM (sc.at - sc.entered_at))"
    else:
        seconds = "(julianday(sc.at) - julianday(sc.entered_at)) * 86400.0"
    moves = StageChange._meta.db_table
    leads = Lead._meta.db_table
    stages = ", ".join(["%s"] * len(VELOCITY_STAGES))
    sql = f"""
        WITH moves AS MATERIALIZED (
            SELECT sc.lead_id, sc.from_stage, sc.to_stage, sc.at, sc.entered_at,
                {seconds} AS seconds
            FROM {moves} sc JOIN {leads} l ON l.id = sc.lead_id
            WHERE {where}
        ),
        first_mql AS (
            SELECT lead_id, MIN(at) AS at FROM moves WHERE to_stage = %s GROUP BY lead_id
        )
        SELECT from_stage AS stage, seconds FROM moves
        WHERE from_stage IN ({stages}) AND entered_at IS NOT NULL
        UNION ALL
        SELECT %s, m.seconds FROM moves m
        JOIN first_mql f ON f.lead_id = m.lead_id AND f.at = m.entered_at
        WHERE m.from_stage = %s
    """
    return sql, [*params, Stage.MQL, *VELOCITY_STAGES, FIRST_RESPONSE, Stage.MQL]


def velocity_report(**kwargs: Unpack[ReportKwargs]) -> list[StageTime]:
    """Median and 90th percentile time in each stage for the leads created in the window, and
    their time to first response."""
    filters = ReportFilters(**kwargs)
    sql, params = _durations_sql(filters)
    found: dict[str, StageTime] = {}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The cohort's 460,000 durations sorted in memory, not spilled to disk in 4 MB runs.
            with transaction.atomic(), planner_settings(cursor, work_mem="64MB"):
                cursor.execute(
                    # One sort of each stage's durations for both percentiles.
                    f"""SELECT stage, COUNT(*),
                        percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY seconds)
                    FROM ({sql}) durations GROUP BY stage""",
                    params,
                )
                rows = cursor.fetchall()
            for stage, stays, (median, p90) in rows:
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
