"""The activity aggregates of a full rescore, taken once into a table the batches read."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from django.db import connection, transaction
from django.db.backends.utils import CursorWrapper
from django.db.models import Max, QuerySet

from leads.models import Activity, Lead
from scoring.bulk import compile_aggregate
from scoring.engine import VersionSpec
from scoring.planner import planner_settings

# The activity aggregates of a rescore of many leads, taken once: an unlogged table named per
# run (AGG_PREFIX + start time + random), not a TEMPORARY one. A temporary table belongs to the
# server session that made it, and behind PgBouncer in transaction mode the rescore's later
# transactions run on other sessions (leadcrm/pooling.py); an unlogged table is seen by every
# session, skips the WAL as a temporary one does, and a per-run name keeps two rescores apart.
AGG_PREFIX = "scoring_rescore_agg_"
# A run that died without dropping its table (a killed worker) leaves it this long at most:
# the next rescore of many leads drops it.
AGG_STALE_AFTER = 24 * 3600


def _agg_table_name(now: float) -> str:
    return f"{AGG_PREFIX}{int(now)}_{secrets.token_hex(4)}"


def _drop_stale_agg_tables(cursor: CursorWrapper, now: float) -> None:
    cursor.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE %s",
        [AGG_PREFIX.replace("_", r"\_") + "%"],
    )
    for (name,) in cursor.fetchall():
        started = name.removeprefix(AGG_PREFIX).split("_")[0]
        if started.isdigit() and int(started) < now - AGG_STALE_AFTER:
            cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(name)}")


@contextmanager
def activities_aggregated(
    spec: VersionSpec,
    covered: QuerySet[Lead],
    *,
    now: datetime,
    type_ids: dict[str, int],
    many: bool,
) -> Iterator[tuple[str | None, int]]:
    """Aggregate the activities of `covered` once into a table of this run's, rather than once
    per batch of leads: one lead's activities lie all over the table (they arrive over months),
    so each batch would read most of it again. Yields (table, the highest activity id before it
    was taken), or (None, 0) for a few leads or on SQLite, where each batch aggregates its own.
    """
    if not many or connection.vendor != "postgresql":
        yield None, 0
        return
    high_water = Activity.objects.aggregate(high=Max("pk"))["high"] or 0
    scope_sql, scope_params = covered.order_by().values("pk").query.sql_with_params()
    compiled = compile_aggregate(
        spec, now=now, scope_sql=scope_sql, scope_params=list(scope_params), type_ids=type_ids
    )
    table = _agg_table_name(time.time())
    with transaction.atomic(), connection.cursor() as cursor:
        _drop_stale_agg_tables(cursor, time.time())
        # Sorting one sequential read beats walking the lead_id index, whose every step is a
        # random read (10M activities: 11 s against 38 s); the planner's estimates say not.
        with planner_settings(
            cursor, work_mem="256MB", enable_indexscan="off", enable_bitmapscan="off"
        ):
            cursor.execute(f"CREATE UNLOGGED TABLE {table} AS {compiled.sql}", compiled.params)
        cursor.execute(f"CREATE UNIQUE INDEX ON {table} (lead_id)")
        cursor.execute(f"ANALYZE {table}")
    try:
        yield table, high_water
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {table}")
