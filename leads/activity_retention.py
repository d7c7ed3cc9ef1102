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
from django.db.models import Min

from leads.models import Activity


class Retained(NamedTuple):
    cutoff: datetime | None  # raw events before it were folded; None: retention is off
    summaries: int  # summaries written
    events: int  # raw events folded (and dropped)


def month_start(moment: datetime, months_back: int = 0) -> datetime:
    """The first instant (UTC) of the month `months_back` months before `moment`'s."""
    moment = moment.astimezone(UTC)
    index = moment.year * 12 + moment.month - 1 - months_back
    return datetime(index // 12, index % 12 + 1, 1, tzinfo=UTC)


def retention_cutoff(now: datetime, months: int | None = None) -> datetime | None:
    """Raw events before this are folded: the start of the month `months` months before now's
    (3 on 2026-12-04: 2026-09-01), so a month is dropped whole. None when retention is off."""
    months = settings.ACTIVITY_RETENTION_MONTHS if months is None else months
    return month_start(now, months) if months > 0 else None


def _fold_sql(pg: bool) -> str:
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
        FROM leads_activity a
        WHERE a.by_id IS NULL AND a.occurred_at >= %s AND a.occurred_at < %s
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


def _partitioned() -> bool:
    """Whether leads_activity is a partitioned table (PostgreSQL, leads.partitions)."""
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT relkind FROM pg_class WHERE oid = 'leads_activity'::regclass")
        return cursor.fetchone()[0] == "p"


def _retain_partitions(cutoff: datetime) -> Retained:
    """Each monthly partition wholly before the cutoff: folded, then dropped (logged work kept
    by the drop), in one transaction per partition."""
    # Here, not at the top: leads.partitions comes with the partitioned table.
    from leads.partitions import activity_partition_drop, activity_partitions

    summaries = events = 0
    for partition in activity_partitions(before=cutoff):
        with transaction.atomic():
            events += _raw_before(partition.end, partition.start).count()
            summaries += activities_fold(partition.start, partition.end)
            activity_partition_drop(partition)
    return Retained(cutoff, summaries, events)


def _retain_by_delete(cutoff: datetime) -> Retained:
    """Fold then delete the raw events before the cutoff, one month per transaction (a year of
    events is not one huge transaction); a month stopped half-way is rolled back whole."""
    oldest = _raw_before(cutoff).aggregate(oldest=Min("occurred_at"))["oldest"]
    summaries = events = 0
    start = month_start(oldest) if oldest is not None else cutoff
    while start < cutoff:
        end = min(month_start(start, -1), cutoff)
        with transaction.atomic():
            summaries += activities_fold(start, end)
            events += _raw_before(end, start).delete()[0]
        start = end
    return Retained(cutoff, summaries, events)


def activities_retain(now: datetime, months: int | None = None) -> Retained:
    """Fold and drop the raw events older than the retention (ACTIVITY_RETENTION_MONTHS, or
    `months`): by partition where leads_activity is partitioned, else by DELETE."""
    cutoff = retention_cutoff(now, months)
    if cutoff is None:
        return Retained(None, 0, 0)
    if _partitioned():
        return _retain_partitions(cutoff)
    return _retain_by_delete(cutoff)
