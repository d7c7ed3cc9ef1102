"""Velocity: how long leads stay in each stage, and how long sales takes to answer an MQL.

A stay starts with a move into a stage and ends with the lead's next move; stays still open are
left out. Each move records when the lead entered the stage it leaves (StageChange.entered_at),
so a stay is one row: no pairing of moves, no sort of the cohort's history. Time to first
response runs from a lead's first entry to MQL to the move that follows it (accepted, rejected
or qualified to TQL).

Percentiles are continuous (linear interpolation, like PostgreSQL's percentile_cont).
Unfiltered, the report reads the stay rollup (handoff/reports/stays.py: how many stays of each
duration, per day of creation) and picks the stays at the percentiles' ranks from the counts;
filtered by a lead dimension it runs the plain query, where PostgreSQL computes percentile_cont
over the stays and SQLite (development and tests, small cohorts) reads them and computes it here.
The two give the same numbers (tests/handoff/test_reports_stays.py).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any, Unpack

from django.db import connection

from handoff.reports import stays
from handoff.reports.definitions import FIRST_RESPONSE, VELOCITY_STAGES
from handoff.reports.filters import ReportFilters, ReportKwargs
from leads.models import Lead, Stage, StageChange

__all__ = ["FIRST_RESPONSE", "VELOCITY_STAGES", "StageTime", "percentile", "velocity_report"]

PERCENTILES = (0.5, 0.9)


@dataclass
class StageTime:
    stage: str
    stays: int
    median_seconds: float | None
    p90_seconds: float | None


def _interpolate(value_at: Callable[[int], float], n: int, p: float) -> float | None:
    """The continuous p-quantile of n sorted values, the k-th (from 0) being value_at(k): the
    arithmetic of PostgreSQL's percentile_cont, so the results are the same floats."""
    if not n:
        return None
    position = p * (n - 1)
    low, high = math.floor(position), math.ceil(position)
    first = value_at(low)
    if high == low:
        return first
    return first + (position - low) * (value_at(high) - first)


def percentile(values: list[float], p: float) -> float | None:
    """The continuous p-quantile of `values` (0 <= p <= 1), as percentile_cont computes it."""
    ordered = sorted(values)
    return _interpolate(ordered.__getitem__, len(ordered), p)


def _durations_sql(where: str, params: list[Any]) -> tuple[str, list]:
    """(stage, seconds) for each finished stay of the leads matching `where` (on `l`): a move out
    of a stage ends the stay that began at its `entered_at`; the first response is the stay that
    began with the lead's first entry to MQL."""
    seconds = stays.seconds_sql("sc", connection.vendor)
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


def _plain(filters: ReportFilters) -> dict[str, StageTime]:
    """The stays of the cohort, read and ranked: percentile_cont on PostgreSQL."""
    sql, params = _durations_sql(*filters.cohort_sql("l"))
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
            for stage, n, (median, p90) in cursor.fetchall():
                found[stage] = StageTime(stage, n, float(median), float(p90))
        else:
            cursor.execute(sql, params)
            durations: dict[str, list[float]] = defaultdict(list)
            for stage, seconds in cursor.fetchall():
                durations[stage].append(float(seconds))
            for stage, values in durations.items():
                found[stage] = StageTime(
                    stage, len(values), percentile(values, 0.5), percentile(values, 0.9)
                )
    return found


def _utc_midnight_after(moment: datetime) -> datetime:
    """The first UTC midnight at or after `moment`."""
    day = datetime.combine(moment.astimezone(UTC).date(), time.min, tzinfo=UTC)
    return day if day == moment else day + timedelta(days=1)


def _counts_sql(filters: ReportFilters) -> tuple[str, list]:
    """(stage, seconds, n) for the cohort: its whole UTC days from the rollup, the parts of a
    day at either end of the window (a time zone's offset) from the plain query."""
    ops = connection.ops
    start, end = filters.start.astimezone(UTC), filters.end.astimezone(UTC)
    first = _utc_midnight_after(start)
    last = datetime.combine(end.date(), time.min, tzinfo=UTC)
    edges = [(start, end)]
    parts, params = [], []
    if first < last:
        parts.append(
            f"SELECT stage, seconds, n FROM {stays.STAYS} WHERE day >= %s AND day < %s AND n <> 0"
        )
        params += [ops.adapt_datefield_value(first.date()), ops.adapt_datefield_value(last.date())]
        edges = [(start, first), (last, end)]
    for since, until in edges:
        if since >= until:
            continue
        sql, edge_params = _durations_sql(
            "l.deleted_at IS NULL AND l.created_at >= %s AND l.created_at < %s",
            [ops.adapt_datetimefield_value(since), ops.adapt_datetimefield_value(until)],
        )
        parts.append(f"SELECT stage, seconds, 1 AS n FROM ({sql}) edge")
        params += edge_params
    return " UNION ALL ".join(parts), params


def _rolled(filters: ReportFilters) -> dict[str, StageTime]:
    """Each stage's count of stays and the stays at the ranks the percentiles read.

    Ranks run from 0 in order of duration; a duration held by n stays covers the ranks
    [upto - n, upto). Only the durations near each percentile's ranks come back (one rank of
    slack for the rounding of p * (n - 1), which _interpolate then does exactly)."""
    counts, params = _counts_sql(filters)
    near = " OR ".join(
        f"(upto - n <= ((total - 1) * {round(p * 10)}) / 10 + 2 "
        f"AND upto >= ((total - 1) * {round(p * 10)}) / 10 - 1)"
        for p in PERCENTILES
    )
    sql = f"""
        WITH c AS (
            SELECT stage, seconds, CAST(SUM(n) AS BIGINT) AS n
            FROM ({counts}) u GROUP BY stage, seconds HAVING SUM(n) > 0
        ),
        r AS (
            SELECT stage, seconds, n,
                CAST(SUM(n) OVER (PARTITION BY stage ORDER BY seconds
                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS upto,
                CAST(SUM(n) OVER (PARTITION BY stage) AS BIGINT) AS total
            FROM c
        )
        SELECT stage, total, upto - n, upto, seconds FROM r WHERE {near}
    """
    totals: dict[str, int] = {}
    ranges: dict[str, list[tuple[int, int, float]]] = defaultdict(list)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for stage, total, since, upto, seconds in cursor.fetchall():
            totals[stage] = int(total)
            ranges[stage].append((int(since), int(upto), float(seconds)))

    def at_rank(stage: str) -> Callable[[int], float]:
        return lambda k: next(s for since, upto, s in ranges[stage] if since <= k < upto)

    return {
        stage: StageTime(stage, n, *(_interpolate(at_rank(stage), n, p) for p in PERCENTILES))
        for stage, n in totals.items()
    }


def velocity_report(**kwargs: Unpack[ReportKwargs]) -> list[StageTime]:
    """Median and 90th percentile time in each stage for the leads created in the window, and
    their time to first response."""
    filters = ReportFilters(**kwargs)
    found = (_plain if filters.plain else _rolled)(filters)
    return [
        found.get(stage, StageTime(stage, 0, None, None))
        for stage in [*VELOCITY_STAGES, FIRST_RESPONSE]
    ]
