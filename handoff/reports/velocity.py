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
    """(stage, seconds) for each finished stay of the cohort: a move out of a stage ends the stay
    that began at its `entered_at`; the first response is the stay that began with the lead's
    first entry to MQL."""
    where, params = filters.cohort_sql("l")
    if connection.vendor == "postgresql":
        seconds = "EXTRACT(EPOCH FROM (sc.at - sc.entered_at))"
    else:
        seconds = "(julianday(sc.at) - julianday(sc.entered_at)) * 86400.0"
    moves = StageChange._meta.db_table
    leads = Lead._meta.db_table
    stages = ", ".join(["%s"] * len(VELOCITY_STAGES))
    sql = f"""
        WITH stays AS (
            SELECT sc.lead_id, sc.from_stage AS stage, sc.entered_at, {seconds} AS seconds
            FROM {moves} sc JOIN {leads} l ON l.id = sc.lead_id
            WHERE {where} AND sc.from_stage IN ({stages}) AND sc.entered_at IS NOT NULL
        ),
        first_mql AS (
            SELECT sc.lead_id, MIN(sc.at) AS at
            FROM {moves} sc JOIN {leads} l ON l.id = sc.lead_id
            WHERE {where} AND sc.to_stage = %s
            GROUP BY sc.lead_id
        )
        SELECT stage, seconds FROM stays
        UNION ALL
        SELECT %s, s.seconds FROM stays s
        JOIN first_mql f ON f.lead_id = s.lead_id AND f.at = s.entered_at
        WHERE s.stage = %s
    """
    return sql, [
        *params,
        *VELOCITY_STAGES,
        *params,
        Stage.MQL,
        FIRST_RESPONSE,
        Stage.MQL,
    ]


def velocity_report(**kwargs: Unpack[ReportKwargs]) -> list[StageTime]:
    """Median and 90th percentile time in each stage for the leads created in the window, and
    their time to first response."""
    filters = ReportFilters(**kwargs)
    sql, params = _durations_sql(filters)
    found: dict[str, StageTime] = {}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                # One sort of each stage's durations for both percentiles.
                f"""SELECT stage, COUNT(*),
                    percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY seconds)
                FROM ({sql}) durations GROUP BY stage""",
                params,
            )
            for stage, stays, (median, p90) in cursor.fetchall():
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
