"""The activity table's monthly partitions (PostgreSQL; README "Activity at scale").

On PostgreSQL `leads_activity` is partitioned by RANGE (occurred_at): one partition per calendar
month (UTC), named leads_activity_pYYYY_MM, and a DEFAULT partition for whatever no month holds
(events far in the past, the tests' fixed dates, the logged work kept from dropped months).
Elsewhere (SQLite) the table is a plain one and every function here does nothing.

- activity_partitions_ensure: the months from now to now + `ahead` exist (a daily beat task);
  a month's rows already in DEFAULT are moved into its new partition first.
- activity_partitions(before): the monthly partitions wholly before a time (the retention task
  folds, then drops them).
- activity_partition_drop: drops one month, keeping the logged work (rows with `by`: reps' calls,
  e-mails, notes), which moves into DEFAULT.

Locks are transaction advisory locks only (PgBouncer in transaction mode: leadcrm.pooling), taken
on one key so that ensure and drop never interleave on the table's partition bounds.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import NamedTuple

from django.db import connection, transaction

TABLE = "leads_activity"
DEFAULT_PARTITION = f"{TABLE}_default"
KEY_TABLE = "leads_activitykey"
_NAME = re.compile(r"^leads_activity_p(\d{4})_(\d{2})$")
# pg_advisory_xact_lock's key: hashtextextended('leads_activity partitions', 0), fixed here so
# the lock means the same whoever computes it.
_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('leads_activity partitions', 0))"


class Partition(NamedTuple):
    """One month of activities: start <= occurred_at < end (UTC)."""

    name: str
    start: datetime
    end: datetime


def is_partitioned() -> bool:
    """Whether the activity table is a partitioned one (PostgreSQL once migrated)."""
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_partitioned_table WHERE partrelid = %s::regclass", [TABLE])
        return cursor.fetchone() is not None


def month_start(moment: datetime) -> datetime:
    """The first instant of `moment`'s month, in UTC."""
    moment = moment.astimezone(UTC)
    return datetime(moment.year, moment.month, 1, tzinfo=UTC)


def add_months(start: datetime, months: int) -> datetime:
    index = start.year * 12 + start.month - 1 + months
    return datetime(index // 12, index % 12 + 1, 1, tzinfo=UTC)


def partition_name(start: datetime) -> str:
    return f"{TABLE}_p{start.year:04d}_{start.month:02d}"


def _monthly() -> list[Partition]:
    """Every monthly partition attached to the table, oldest first."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "WHERE i.inhparent = %s::regclass",
            [TABLE],
        )
        names = [name for (name,) in cursor.fetchall()]
    found = []
    for name in names:
        match = _NAME.match(name)
        if match:  # the bounds are the name's month: only this module creates them
            start = datetime(int(match[1]), int(match[2]), 1, tzinfo=UTC)
            found.append(Partition(name, start, add_months(start, 1)))
    return sorted(found, key=lambda partition: partition.start)


def activity_partitions(before: datetime) -> list[Partition]:
    """The monthly partitions whose every row is older than `before`, oldest first.

    The DEFAULT partition is never listed. Nothing on a database without partitions.
    """
    if not is_partitioned():
        return []
    return [partition for partition in _monthly() if partition.end <= before]


def activity_partitions_ensure(now: datetime, ahead: int = 3) -> list[Partition]:
    """Create the missing monthly partitions from `now`'s month to `ahead` months later; the
    partitions created. Rows of such a month already in DEFAULT move into its partition.

    Months before `now` are never created: a month retention dropped stays in DEFAULT (its
    logged work lives there), and a month created again would only be dropped again.
    """
    if not is_partitioned():
        return []
    created = []
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(_LOCK)
        existing = {partition.name for partition in _monthly()}
        first = month_start(now)
        for offset in range(ahead + 1):
            start = add_months(first, offset)
            partition = Partition(partition_name(start), start, add_months(start, 1))
            if partition.name not in existing:
                _create(partition)
                created.append(partition)
    return created


def _create(partition: Partition) -> None:
    """A new month's partition, filled with that month's rows from DEFAULT, then attached
    (ATTACH checks DEFAULT holds none of the month's rows: they have just left it)."""
    name, bounds = partition.name, _bounds(partition)
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE {name} (LIKE {TABLE} INCLUDING DEFAULTS)")
        cursor.execute(
            f"WITH moved AS (DELETE FROM {DEFAULT_PARTITION} "  # noqa: S608  (names built here)
            "WHERE occurred_at >= %s AND occurred_at < %s RETURNING *) "
            f"INSERT INTO {name} SELECT * FROM moved",
            [partition.start, partition.end],
        )
        cursor.execute(f"ALTER TABLE {TABLE} ATTACH PARTITION {name} {bounds}")


def _bounds(partition: Partition) -> str:
    # Literal bounds (DDL takes no parameters), from datetimes this module made: no user text.
    return f"FOR VALUES FROM ('{partition.start.isoformat()}') TO ('{partition.end.isoformat()}')"


def activity_partition_drop(partition: Partition) -> int:
    """Drop one month of raw events; the number of logged-work rows kept (moved into DEFAULT).

    Run inside the caller's transaction when there is one (the retention task folds the month
    into its aggregate first, in the same transaction). The idempotency keys of the dropped
    events go with them.
    """
    if not is_partitioned():
        return 0
    if not _NAME.match(partition.name):
        raise ValueError(f"Not a monthly activity partition: {partition.name!r}")
    name = partition.name
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(_LOCK)
        cursor.execute(
            f"DELETE FROM {KEY_TABLE} WHERE activity_id IN "  # noqa: S608  (names built here)
            f"(SELECT id FROM {name} WHERE by_id IS NULL)"
        )
        # Detached first: DEFAULT may not hold rows of a month that has a partition.
        cursor.execute(f"ALTER TABLE {TABLE} DETACH PARTITION {name}")
        cursor.execute(
            f"INSERT INTO {TABLE} SELECT * FROM {name} WHERE by_id IS NOT NULL"  # noqa: S608
        )
        kept = cursor.rowcount
        cursor.execute(f"DROP TABLE {name}")
    return kept


class PartitionStats(NamedTuple):
    name: str
    bounds: str
    rows: int  # the planner's estimate (kept by ANALYZE/autovacuum), or counted when asked
    bytes: int  # the partition with its indexes


def activity_partition_stats(*, exact: bool = False) -> list[PartitionStats]:
    """Every partition of the activity table, DEFAULT included, oldest first."""
    if not is_partitioned():
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, pg_get_expr(c.relpartbound, c.oid), "
            "greatest(c.reltuples, 0)::bigint, pg_total_relation_size(c.oid) "
            "FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "WHERE i.inhparent = %s::regclass ORDER BY c.relname",
            [TABLE],
        )
        found = [PartitionStats(*row) for row in cursor.fetchall()]
        if exact:
            counted = []
            for stats in found:
                cursor.execute(f"SELECT count(*) FROM {stats.name}")  # noqa: S608 (from the catalog)
                counted.append(stats._replace(rows=cursor.fetchone()[0]))
            found = counted
    return found
