"""Activity retention: raw events older than ACTIVITY_RETENTION_MONTHS are folded into per-lead
daily summaries (leads.models.ActivitySummary), which scoring reads in their place, then dropped.

A summary is a lead's raw events of one type, one UTC day and the same properties (without a
numeric `seconds`, summed apart), and the same merge origin (`moved_from`, so a merge undo
still moves them back). Scoring reads it as `count` events that happened at its `last_at`: counts,
page views, visits, time on site and the last activity are exact; a decaying rule sees each
folded event at most one day younger than it was (see the README, "Activity retention").

Logged work (activities with `by`) is never folded nor dropped: it is a record of what people
did, not a signal scoring reads.

Kept apart from leads.retention (how long a deleted lead can be restored), which selectors and
views import: this module writes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple

from django.conf import settings
from django.db import connection, transaction

from leads.models import Activity, ActivityKey
from leads.partitions import (
    activity_partition_drop,
    activity_partitions,
    add_months,
    is_partitioned,
    month_start,
)


class Retained(NamedTuple):
    cutoff: datetime | None  # raw events before it were folded; None: retention is off
    summaries: int  # summaries written
    events: int  # raw events folded (and dropped)


def retention_cutoff(now: datetime, months: int | None = None) -> datetime | None:
    """Raw events before this are folded: the start of the month `months` months before now's
    (3 on 2026-12-04: 2026-09-01), so a month is dropped whole. None when retention is off."""
    months = settings.ACTIVITY_RETENTION_MONTHS if months is None else months
    return add_months(month_start(now), -months) if months > 0 else None


RANGE = "leads_activity a WHERE a.by_id IS NULL AND a.occurred_at >= %s AND a.occurred_at < %s"


def _fold_sql(pg: bool, source: str = RANGE) -> str:
    """INSERT ... SELECT of the summaries of the activities `source` gives (as `a`)."""
    # The same reading of `seconds` as engagement's time on site (scoring.dialect.json_int).
    if pg:
        numeric = "jsonb_typeof(a.properties -> 'seconds') = 'number'"
        seconds = "TRUNC((a.properties ->> 'seconds')::numeric)::bigint"
        props = f"CASE WHEN {numeric} THEN a.properties - 'seconds' ELSE a.properties END"
        day = "(a.occurred_at AT TIME ZONE 'UTC')::date"
    else:
        numeric = """json_type(a.properties, '$."seconds"') IN ('integer', 'real')"""
        seconds = """CAST(json_extract(a.properties, '$."seconds"') AS INTEGER)"""
        # json(): one spelling of equal properties, so that they fall in one group.
        props = (
            f"json(CASE WHEN {numeric} THEN json_remove(a.properties, '$.\"seconds\"') "
            "ELSE a.properties END)"
        )
        day = "date(a.occurred_at)"
    return f"""
        INSERT INTO leads_activitysummary
            (lead_id, type_id, day, properties, count, seconds, last_at, moved_from_id)
        SELECT a.lead_id, a.type_id, {day}, {props}, COUNT(*),
               COALESCE(SUM(CASE WHEN {numeric} THEN {seconds} END), 0),
               MAX(a.occurred_at), a.moved_from_id
        FROM {source}
        GROUP BY a.lead_id, a.type_id, {day}, {props}, a.moved_from_id
    """  # noqa: S608 (constant SQL; the range travels as parameters)


def activities_fold(start: datetime, end: datetime) -> int:
    """Fold the raw events (not logged work) with start <= occurred_at < end into summaries, in
    one INSERT ... SELECT; returns the summaries written.

    It deletes nothing, so folding a range twice counts its events twice: callers drop the
    range's events in the same transaction (activities_retain), after which a second fold of
    it finds nothing to fold."""
    ops = connection.ops
    params = [ops.adapt_datetimefield_value(start), ops.adapt_datetimefield_value(end)]
    with connection.cursor() as cursor:
        cursor.execute(_fold_sql(connection.vendor == "postgresql"), params)
        return max(cursor.rowcount, 0)


def _raw_before(end: datetime, start: datetime | None = None):
    raw = Activity.objects.filter(by__isnull=True, occurred_at__lt=end)
    return raw if start is None else raw.filter(occurred_at__gte=start)


def _retain_partitions(cutoff: datetime) -> Retained:
    """Each monthly partition wholly before the cutoff: folded, then dropped (logged work kept
    by the drop), in one transaction per partition; then the older raw events left elsewhere."""
    summaries = events = 0
    for partition in activity_partitions(before=cutoff):
        with transaction.atomic():
            events += _raw_before(partition.end, partition.start).count()
            summaries += activities_fold(partition.start, partition.end)
            activity_partition_drop(partition)
    # What no month's partition held (the DEFAULT partition: events older than the first
    # month, late arrivals) by DELETE, as on an unpartitioned table.
    rest = _retain_by_delete(cutoff)
    return Retained(cutoff, summaries + rest.summaries, events + rest.events)


# PostgreSQL: the rows deleted are the rows folded, in one statement, even with events of
# those months arriving meanwhile (an import of history).
FOLD_DELETED = f"""
    WITH gone AS (
        DELETE FROM leads_activity WHERE by_id IS NULL AND occurred_at < %s
        RETURNING id, lead_id, type_id, occurred_at, properties, moved_from_id
    ), keys AS (
        DELETE FROM leads_activitykey WHERE activity_id IN (SELECT id FROM gone)
    ), written AS ({_fold_sql(True, "gone a")} RETURNING count)
    SELECT COUNT(*), COALESCE(SUM(count), 0) FROM written
"""  # noqa: S608 (constant SQL)


def _retain_by_delete(cutoff: datetime) -> Retained:
    """Fold then delete the raw events before the cutoff, in one transaction (one statement on
    PostgreSQL; a table too large for that is the partitioned one). Stopped half-way, it is
    rolled back whole."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(FOLD_DELETED, [cutoff])
            summaries, events = cursor.fetchone()
        return Retained(cutoff, summaries, events)
    # SQLite: the fold's INSERT takes the database's write lock, so no event can come between
    # the fold and the delete.
    with transaction.atomic():
        summaries = activities_fold(datetime(1, 1, 1, tzinfo=UTC), cutoff)
        # The senders' keys go with their events (a retry of one this old is stored again).
        ActivityKey.objects.filter(activity_id__in=_raw_before(cutoff).values("pk")).delete()
        events = _raw_before(cutoff).delete()[0]
    return Retained(cutoff, summaries, events)


def activities_retain(now: datetime, months: int | None = None) -> Retained:
    """Fold and drop the raw events older than the retention (ACTIVITY_RETENTION_MONTHS, or
    `months`): by partition where leads_activity is partitioned, else by DELETE."""
    cutoff = retention_cutoff(now, months)
    if cutoff is None:
        return Retained(None, 0, 0)
    if is_partitioned():
        return _retain_partitions(cutoff)
    return _retain_by_delete(cutoff)
