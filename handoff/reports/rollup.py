"""The hourly rollup behind the unfiltered funnel and flow (handoff.ReportCount).

Plain queries over a million leads and four million moves take seconds; the dashboard's default
view (every lead, a quarter of history) reads a few thousand hourly counts instead.

Exactness: database triggers on the leads and stage-history tables keep the counts, in the
transaction of each change, whatever wrote it: the stage machine, the history importer's bulk
inserts, a soft delete, an admin edit. Each trigger computes the changed lead's contribution to
every metric before and after the change from that lead's few rows, and adds the difference, so
one definition of the metrics (handoff.reports.metrics, each metric's rollup SQL beside its plain
query) serves every trigger and the full rebuild. The
same SQL runs on PostgreSQL (PL/pgSQL functions) and SQLite (trigger bodies); the tests compare
the rollup with the plain queries after every kind of change.

Rows are per hour, so a report in any time zone whose offset is whole hours reads them exactly;
other zones, and reports filtered by a lead dimension, use the plain queries.

Cost: every move updates a handful of count rows, among them the current hour's flow count, so
concurrent moves queue on that row until they commit (moves are short transactions). Writes go
in one (metric, hour) order, so single-move transactions cannot deadlock on the counts. Bulk
loads are faster with the triggers off and one `rebuild()` after (bench/reports.py does so).
A test database flushed by DELETE (SQLite's TransactionTestCase) fires the triggers as it empties.

Migrations do not import this module: handoff's first migration holds the SQL written here and
in handoff.reports.metrics as it was then, 0014_rollupfix_linear_move_trigger the PostgreSQL
move functions reading their transition table once, and 0016_lidtrig_trigger_names every
PostgreSQL function as it is now (its loop variable named lead_pk). Those two changed no count,
so they replaced the functions' bodies without a recount. Changing that SQL (or the definitions it counts) needs a new
migration that drops the triggers, installs the new SQL written out in it, and recounts
(rebuild's statement, written out too); tests/leadcrm/test_migrations.py fails until the
installed triggers match this module.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from functools import partial

from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper

from handoff.reports import triggers
from handoff.reports.filters import ReportFilters
from handoff.reports.metrics import contribution_sql
from handoff.reports.triggers import HISTORY, LEADS, LOOP_LEAD, Trigger

COUNTS = "handoff_reportcount"

_LEAD_COLUMNS = "id, created_at, stage, deleted_at"
_HISTORY_COLUMNS = "id, lead_id, from_stage, to_stage, at, reason_id"


def _add(after: str | None, before: str | None) -> str:
    """One statement adding (after - before) to the counts, in (metric, hour) order."""
    return triggers.add_sql(COUNTS, "metric, hour_start", "metric, hour_start", after, before)


def _history_of(lead_id: str, *, without: str | None = None, plus: str | None = None) -> str:
    sql = f"SELECT {_HISTORY_COLUMNS} FROM {HISTORY} WHERE lead_id = {lead_id}"
    if without:
        sql += f" AND id <> {without}"
    if plus:
        sql += f" UNION ALL {triggers.row_sql(plus, _HISTORY_COLUMNS)}"
    return sql


def _per_lead(grouped: str, statement: str) -> str:
    """PL/pgSQL: run `statement` once for each lead (its id in `LOOP_LEAD`) of `grouped`
    (lead_id, ids, rows), the statement's transition table read once and grouped by lead into
    arrays (`new_ids`, the ids of its new rows; `olds`, its old rows)."""
    return f"FOR {LOOP_LEAD}, new_ids, olds IN {grouped} ORDER BY 1 LOOP {statement}; END LOOP"


def _statements(vendor: str) -> dict[str, str]:
    """The statement each trigger runs, by trigger name."""
    if vendor == "postgresql":
        return _lead_statements(vendor) | _postgresql_move_statements()
    return _lead_statements(vendor) | _sqlite_move_statements()


def _lead_statements(vendor: str) -> dict[str, str]:
    contribution = partial(contribution_sql, vendor=vendor)
    return triggers.lead_statements(vendor, _add, contribution, _LEAD_COLUMNS, _HISTORY_COLUMNS)


def _postgresql_move_statements() -> dict[str, str]:
    """PostgreSQL fires row triggers after the whole statement, when every row of a bulk insert
    is already visible, so the moves are counted per statement: for each lead the statement
    touched, its contribution with and without the statement's rows. Looping over the leads keeps
    every query on one lead's few rows through the indexes, whatever the planner believes about
    the tables' sizes (a set-based join over the transition table went quadratic when the
    statistics were stale, e.g. right after a bulk load). The transition table is read once,
    grouped by lead into arrays: a lookup in it per lead scanned it whole for each lead,
    quadratic in an import's size (4,000 moves took 11 s)."""
    contribution = partial(contribution_sql, vendor="postgresql")
    lead = f"SELECT {_LEAD_COLUMNS} FROM {LEADS} WHERE id = {LOOP_LEAD}"
    now = _history_of(LOOP_LEAD)
    no_ids, no_rows = "'{}'::bigint[]", f"'{{}}'::{HISTORY}[]"
    before_insert = f"{now} AND id <> ALL(new_ids)"
    before_delete = f"{now} UNION ALL SELECT {_HISTORY_COLUMNS} FROM unnest(olds)"
    return {
        "move_insert": _per_lead(
            f"SELECT lead_id, array_agg(id), {no_rows} FROM new_rows GROUP BY lead_id",
            _add(contribution(lead, now), contribution(lead, before_insert)),
        ),
        "move_delete": _per_lead(
            f"SELECT lead_id, {no_ids}, array_agg(o::{HISTORY}) FROM old_rows o GROUP BY lead_id",
            _add(contribution(lead, now), contribution(lead, before_delete)),
        ),
    }


def _sqlite_move_statements() -> dict[str, str]:
    """SQLite fires each row's trigger right after that row is written."""
    contribution = partial(contribution_sql, vendor="sqlite")

    def delta(lead_id: str, before: str) -> str:
        lead = f"SELECT {_LEAD_COLUMNS} FROM {LEADS} WHERE id = {lead_id}"
        return _add(contribution(lead, _history_of(lead_id)), contribution(lead, before))

    return {
        "move_insert": delta("NEW.lead_id", _history_of("NEW.lead_id", without="NEW.id")),
        "move_delete": delta("OLD.lead_id", _history_of("OLD.lead_id", plus="OLD")),
    }


# trigger name -> when it fires
_TRIGGERS = {
    "lead_insert": Trigger(
        "INSERT", LEADS, "REFERENCING NEW TABLE AS new_leads FOR EACH STATEMENT"
    ),
    "lead_update": Trigger(
        "UPDATE OF stage, created_at, deleted_at",
        LEADS,
        "FOR EACH ROW",
        changed="OLD.stage {ne} NEW.stage OR OLD.created_at {ne} NEW.created_at "
        "OR OLD.deleted_at {ne} NEW.deleted_at",
    ),
    "lead_delete": Trigger("DELETE", LEADS, "FOR EACH ROW"),
    "move_insert": Trigger(
        "INSERT", HISTORY, "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT"
    ),
    "move_delete": Trigger(
        "DELETE", HISTORY, "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT"
    ),
}
# The PL/pgSQL variables of the lead and the move functions (the lead functions keep the one
# declaration the first migration wrote, unused, so that their bodies changed only by its name).
_DECLARE = {
    "lead": f"{LOOP_LEAD} bigint;",
    "move": f"{LOOP_LEAD} bigint; new_ids bigint[]; olds {HISTORY}[];",
}
_PREFIX = "handoff_reportcount"


def install_triggers(conn: BaseDatabaseWrapper) -> None:
    statements = _statements(conn.vendor)
    triggers.run(conn, triggers.install_sql(_PREFIX, conn.vendor, statements, _TRIGGERS, _DECLARE))


def rebuild(conn: BaseDatabaseWrapper = connection) -> None:
    """Recount everything from the leads and their history, set-based (migration, benchmark)."""
    with conn.cursor() as cursor:
        cursor.execute(f"DELETE FROM {COUNTS}")
        cursor.execute(
            _add(
                contribution_sql(
                    f"SELECT {_LEAD_COLUMNS} FROM {LEADS}",
                    f"SELECT {_HISTORY_COLUMNS} FROM {HISTORY}",
                    conn.vendor,
                ),
                None,
            )
        )


def serves(filters: ReportFilters) -> bool:
    """Whether the rollup answers for these filters: no lead dimension, whole-hour offsets."""
    return not filters.plain and all(
        _whole_hours(filters.tz, moment) for moment in (filters.start, filters.end)
    )


def _whole_hours(tz: tzinfo, moment: datetime) -> bool:
    offset = tz.utcoffset(moment)
    return offset is not None and offset.total_seconds() % 3600 == 0
