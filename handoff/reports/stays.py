"""The exact rollup behind the velocity report (handoff.StayCount).

The plain velocity query joins a window's leads to their moves, one index probe per lead, and
sorts every stay: 1.7 s for 90 days of a million leads. The rollup keeps, per day the lead was
created (UTC), per stage and per duration in seconds, how many finished stays there were. Durations
repeat (stays are measured to the microsecond but many leads share a rhythm), so a quarter reads a
few thousand rows; with every duration distinct it still reads one narrow row per stay instead of a
join. The percentiles come from these counts exactly as percentile_cont computes them from the
stays themselves (handoff/reports/velocity.py), so the report's numbers are the plain query's.

Days, not hours: a window in any time zone is its whole UTC days from the rollup plus, at each
end, the part of a day, counted by the plain query on those few leads.

Exactness follows handoff/reports/rollup.py: triggers on the leads and stage-history tables compute
the changed lead's stays before and after the change from its few rows and add the difference, in
the transaction of the change, whatever wrote it (the stage machine, the history importer's bulk
inserts, a soft delete, an edited creation time, an updated or deleted move). One definition of a
lead's stays (`_contribution`) serves every trigger and the rebuild, on PostgreSQL (PL/pgSQL) and
SQLite (trigger bodies); the tests compare the rollup with the plain query after every kind of
change. Writes go in (day, stage, seconds) order, so single-move transactions cannot deadlock.

The migration that installs the triggers holds their SQL as text
(handoff/migrations/0012_velocity_stay_rollup.py, written by `frozen_sql()`), and
0016_lidtrig_trigger_names the PostgreSQL functions' bodies as they are now (the loop variable
renamed, no count changed): changing the SQL here needs a new migration that installs the new
text and, if a count changes, rebuilds.
"""

from __future__ import annotations

from functools import partial

from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper

from handoff.reports import triggers
from handoff.reports.definitions import FIRST_RESPONSE, VELOCITY_STAGES
from handoff.reports.triggers import HISTORY, LEADS, LOOP_LEAD, Trigger
from leads.models import Stage

STAYS = "handoff_staycount"

_LEAD_COLUMNS = "id, created_at, deleted_at"
_HISTORY_COLUMNS = "id, lead_id, from_stage, to_stage, at, entered_at"
# The columns of a move that its stays depend on (an update of others changes nothing).
_MOVE_KEY = "lead_id, from_stage, to_stage, at, entered_at"


def seconds_sql(alias: str, vendor: str) -> str:
    """A stay's duration in seconds: the move `alias` ends the stay begun at its entered_at."""
    if vendor == "postgresql":
        return f"EXTRACT(EPOCH FROM ({alias}.at - {alias}.entered_at))::float8"
    return f"(julianday({alias}.at) - julianday({alias}.entered_at)) * 86400.0"


def day_sql(column: str, vendor: str) -> str:
    """The UTC day of a timestamp."""
    if vendor == "postgresql":
        return f"({column} AT TIME ZONE 'UTC')::date"
    return f"date({column})"


def _quoted(values: list[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _contribution(lead: str, history: str, vendor: str) -> str:
    """SELECT stage, day, seconds, n: the finished stays of the leads in `lead` (id, created_at,
    deleted_at) with the moves in `history`, and each lead's first response (the stay out of MQL
    that began when the lead first entered MQL). Deleted leads count for nothing."""
    day, seconds = day_sql("l.created_at", vendor), seconds_sql("h", vendor)
    finished = "l.deleted_at IS NULL AND h.entered_at IS NOT NULL"
    return f"""
        SELECT h.from_stage AS stage, {day} AS day, {seconds} AS seconds, 1 AS n
        FROM ({lead}) l JOIN ({history}) h ON h.lead_id = l.id
        WHERE {finished} AND h.from_stage IN ({_quoted(VELOCITY_STAGES)})
        UNION ALL
        SELECT '{FIRST_RESPONSE}', {day}, {seconds}, 1
        FROM ({lead}) l JOIN ({history}) h ON h.lead_id = l.id
        WHERE {finished} AND h.from_stage = '{Stage.MQL}' AND h.entered_at = (
            SELECT MIN(f.at) FROM ({history}) f
            WHERE f.lead_id = l.id AND f.to_stage = '{Stage.MQL}'
        )
    """


def _add(after: str | None, before: str | None) -> str:
    """One statement adding (after - before) to the counts, in (day, stage, seconds) order."""
    return triggers.add_sql(STAYS, "stage, day, seconds", "day, stage, seconds", after, before)


def _history_of(lead_id: str) -> str:
    return f"SELECT {_HISTORY_COLUMNS} FROM {HISTORY} WHERE lead_id = {lead_id}"


def _lead(lead_id: str) -> str:
    return f"SELECT {_LEAD_COLUMNS} FROM {LEADS} WHERE id = {lead_id}"


def _lead_statements(vendor: str) -> dict[str, str]:
    contribution = partial(_contribution, vendor=vendor)
    return triggers.lead_statements(vendor, _add, contribution, _LEAD_COLUMNS, _HISTORY_COLUMNS)


def _postgresql_move_statements() -> dict[str, str]:
    """PostgreSQL fires these after the whole statement, with its rows in transition tables: for
    each lead the statement touched, its stays with the history now and with the history before
    (now, less the statement's new rows, plus its old rows). Looping over the leads keeps every
    query on one lead's few rows through the indexes (see rollup.py). The transition tables are
    read once, grouped by lead into arrays (`new_ids`, `olds`): a lookup in them per lead would
    scan them whole for each lead, quadratic in an import's size (4,000 moves took 15 s)."""
    contribution = partial(_contribution, vendor="postgresql")
    lead, now = _lead(LOOP_LEAD), _history_of(LOOP_LEAD)
    before = f"{now} AND id <> ALL(new_ids) UNION ALL SELECT {_HISTORY_COLUMNS} FROM unnest(olds)"
    key = _MOVE_KEY.split(", ")
    changed = (
        f"SELECT n.lead_id FROM new_rows n JOIN old_rows o ON o.id = n.id "
        f"WHERE ({', '.join('n.' + k for k in key)}) IS DISTINCT FROM "
        f"({', '.join('o.' + k for k in key)}) "
        f"UNION SELECT o.lead_id FROM new_rows n JOIN old_rows o ON o.id = n.id "
        f"WHERE n.lead_id <> o.lead_id"
    )
    no_ids, no_rows = "'{}'::bigint[]", f"'{{}}'::{HISTORY}[]"
    grouped_new = "SELECT lead_id, array_agg(id) AS ids FROM new_rows GROUP BY lead_id"
    grouped_old = (
        f"SELECT lead_id, array_agg(o::{HISTORY}) AS rows FROM old_rows o GROUP BY lead_id"
    )
    touched = {
        "move_insert": f"SELECT lead_id, ids, {no_rows} FROM ({grouped_new}) n",
        "move_delete": f"SELECT lead_id, {no_ids}, rows FROM ({grouped_old}) o",
        "move_update": (
            f"SELECT t.lead_id, COALESCE(n.ids, {no_ids}), COALESCE(o.rows, {no_rows}) "
            f"FROM ({changed}) t LEFT JOIN ({grouped_new}) n ON n.lead_id = t.lead_id "
            f"LEFT JOIN ({grouped_old}) o ON o.lead_id = t.lead_id"
        ),
    }
    return {
        name: (
            f"FOR {LOOP_LEAD}, new_ids, olds IN SELECT * FROM ({leads}) t ORDER BY 1 LOOP "
            f"{_add(contribution(lead, now), contribution(lead, before))}; END LOOP"
        )
        for name, leads in touched.items()
    }


def _sqlite_move_statements() -> dict[str, str]:
    """SQLite fires each row's trigger right after that row is written."""
    contribution = partial(_contribution, vendor="sqlite")
    old = triggers.row_sql("OLD", _HISTORY_COLUMNS)  # NEW rows are read from the table itself

    def delta(lead_id: str, before: str, lead_filter: str = "") -> str:
        lead = _lead(lead_id) + lead_filter
        return _add(contribution(lead, _history_of(lead_id)), contribution(lead, before))

    without_new = f"{_history_of('NEW.lead_id')} AND id <> NEW.id"
    return {
        "move_insert": delta("NEW.lead_id", without_new),
        "move_delete": delta("OLD.lead_id", f"{_history_of('OLD.lead_id')} UNION ALL {old}"),
        # The old lead lost OLD (and has NEW if the lead stayed); a new lead gained NEW.
        "move_update": delta(
            "OLD.lead_id", f"{_history_of('OLD.lead_id')} AND id <> NEW.id UNION ALL {old}"
        )
        + "; "
        + delta("NEW.lead_id", without_new, " AND NEW.lead_id <> OLD.lead_id"),
    }


# trigger name -> when it fires
_TRIGGERS = {
    "lead_insert": Trigger(
        "INSERT", LEADS, "REFERENCING NEW TABLE AS new_leads FOR EACH STATEMENT"
    ),
    "lead_update": Trigger(
        "UPDATE OF created_at, deleted_at",
        LEADS,
        "FOR EACH ROW",
        changed="OLD.created_at {ne} NEW.created_at OR OLD.deleted_at {ne} NEW.deleted_at",
    ),
    "lead_delete": Trigger("DELETE", LEADS, "FOR EACH ROW"),
    "move_insert": Trigger(
        "INSERT", HISTORY, "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT"
    ),
    "move_delete": Trigger(
        "DELETE", HISTORY, "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT"
    ),
    # Per row (SQLite) only an update of the columns the stays depend on counts; PostgreSQL's
    # statement-level trigger compares them in `_postgresql_move_statements`.
    "move_update": Trigger(
        "UPDATE",
        HISTORY,
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT",
        changed=" OR ".join(f"OLD.{k} {{ne}} NEW.{k}" for k in _MOVE_KEY.split(", ")),
        sqlite_event=f"UPDATE OF {_MOVE_KEY}",
    ),
}
_DECLARE = dict.fromkeys(
    ("lead", "move"), f"{LOOP_LEAD} bigint; new_ids bigint[]; olds {HISTORY}[];"
)
_PREFIX = "handoff_staycount"


def install_sql(vendor: str) -> list[str]:
    """The statements that create the triggers on `vendor`."""
    if vendor == "postgresql":
        statements = _lead_statements(vendor) | _postgresql_move_statements()
    else:
        statements = _lead_statements(vendor) | _sqlite_move_statements()
    return triggers.install_sql(_PREFIX, vendor, statements, _TRIGGERS, _DECLARE)


def drop_sql(vendor: str) -> list[str]:
    return triggers.drop_sql(_PREFIX, vendor, _TRIGGERS)


def rebuild_sql(vendor: str) -> list[str]:
    """Recount everything from the leads and their history, set-based."""
    everything = _contribution(
        f"SELECT {_LEAD_COLUMNS} FROM {LEADS}", f"SELECT {_HISTORY_COLUMNS} FROM {HISTORY}", vendor
    )
    return [f"DELETE FROM {STAYS}", _add(everything, None)]


def rebuild(conn: BaseDatabaseWrapper = connection) -> None:
    triggers.run(conn, rebuild_sql(conn.vendor))


def frozen_sql() -> dict[str, dict[str, list[str]]]:
    """Everything a migration installs, by vendor, whitespace squeezed: the text to paste into
    it (the SQL holds no string literal with runs of spaces)."""
    return {
        vendor: {
            part: [" ".join(statement.split()) for statement in statements(vendor)]
            for part, statements in (
                ("install", install_sql),
                ("drop", drop_sql),
                ("rebuild", rebuild_sql),
            )
        }
        for vendor in ("postgresql", "sqlite")
    }
