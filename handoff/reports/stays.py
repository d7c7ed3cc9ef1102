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
(handoff/migrations/0012_velocity_stay_rollup.py, written by `frozen_sql()`): changing the SQL
here needs a new migration that installs the new text and rebuilds.
"""

from __future__ import annotations

from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper

from handoff.reports.definitions import FIRST_RESPONSE, VELOCITY_STAGES
from leads.models import Stage

LEADS = "leads_lead"
HISTORY = "leads_stagechange"
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
    parts = []
    if after:
        parts.append(f"SELECT stage, day, seconds, n FROM ({after}) a")
    if before:
        parts.append(f"SELECT stage, day, seconds, -n AS n FROM ({before}) b")
    return f"""
        INSERT INTO {STAYS} (stage, day, seconds, n)
        SELECT stage, day, seconds, n FROM (
            SELECT stage, day, seconds, SUM(n) AS n
            FROM ({" UNION ALL ".join(parts)}) d
            GROUP BY stage, day, seconds
        ) delta
        WHERE n <> 0
        ORDER BY day, stage, seconds
        ON CONFLICT (day, stage, seconds) DO UPDATE SET n = {STAYS}.n + excluded.n
    """


def _row(record: str, columns: str) -> str:
    """A one-row SELECT of a trigger's NEW or OLD record."""
    return "SELECT " + ", ".join(f"{record}.{c} AS {c}" for c in columns.split(", "))


def _history_of(lead_id: str) -> str:
    return f"SELECT {_HISTORY_COLUMNS} FROM {HISTORY} WHERE lead_id = {lead_id}"


def _lead(lead_id: str) -> str:
    return f"SELECT {_LEAD_COLUMNS} FROM {LEADS} WHERE id = {lead_id}"


def _lead_statements(vendor: str) -> dict[str, str]:
    c = _contribution
    new, old = _row("NEW", _LEAD_COLUMNS), _row("OLD", _LEAD_COLUMNS)
    statements = {
        "lead_insert": _add(c(new, _history_of("NEW.id"), vendor), None),
        "lead_update": _add(
            c(new, _history_of("NEW.id"), vendor), c(old, _history_of("OLD.id"), vendor)
        ),
        "lead_delete": _add(None, c(old, _history_of("OLD.id"), vendor)),
    }
    if vendor == "postgresql":
        # Per statement: an import of many leads adds its counts in one grouped statement.
        statements["lead_insert"] = _add(
            c(
                f"SELECT {_LEAD_COLUMNS} FROM new_leads",
                f"SELECT {_HISTORY_COLUMNS} FROM {HISTORY} "
                "WHERE lead_id IN (SELECT id FROM new_leads)",
                vendor,
            ),
            None,
        )
    return statements


def _postgresql_move_statements() -> dict[str, str]:
    """PostgreSQL fires these after the whole statement, with its rows in transition tables: for
    each lead the statement touched, its stays with the history now and with the history before
    (now, less the statement's new rows, plus its old rows). Looping over the leads keeps every
    query on one lead's few rows through the indexes (see rollup.py). The transition tables are
    read once, grouped by lead into arrays (`new_ids`, `olds`): a lookup in them per lead would
    scan them whole for each lead, quadratic in an import's size (4,000 moves took 15 s)."""
    c, v = _contribution, "postgresql"
    now = _history_of("lid")
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
            f"FOR lid, new_ids, olds IN SELECT * FROM ({leads}) t ORDER BY 1 LOOP "
            f"{_add(c(_lead('lid'), now, v), c(_lead('lid'), before, v))}; END LOOP"
        )
        for name, leads in touched.items()
    }


def _sqlite_move_statements() -> dict[str, str]:
    """SQLite fires each row's trigger right after that row is written."""
    c, v = _contribution, "sqlite"
    old = _row("OLD", _HISTORY_COLUMNS)  # NEW rows are read from the table itself

    def delta(lead_id: str, before: str, lead_filter: str = "") -> str:
        lead = _lead(lead_id) + lead_filter
        return _add(c(lead, _history_of(lead_id), v), c(lead, before, v))

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


# trigger name -> (event, table, PostgreSQL's trigger level)
_TRIGGERS = {
    "lead_insert": ("INSERT", LEADS, "REFERENCING NEW TABLE AS new_leads FOR EACH STATEMENT"),
    "lead_update": ("UPDATE OF created_at, deleted_at", LEADS, "FOR EACH ROW"),
    "lead_delete": ("DELETE", LEADS, "FOR EACH ROW"),
    "move_insert": ("INSERT", HISTORY, "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT"),
    "move_delete": ("DELETE", HISTORY, "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT"),
    "move_update": (
        "UPDATE",
        HISTORY,
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT",
    ),
}
_LEAD_CHANGED = "OLD.created_at {ne} NEW.created_at OR OLD.deleted_at {ne} NEW.deleted_at"
_MOVE_CHANGED = " OR ".join(f"OLD.{k} IS NOT NEW.{k}" for k in _MOVE_KEY.split(", "))


def install_sql(vendor: str) -> list[str]:
    """The statements that create the triggers on `vendor`."""
    if vendor == "postgresql":
        statements = _lead_statements(vendor) | _postgresql_move_statements()
    else:
        statements = _lead_statements(vendor) | _sqlite_move_statements()
    sql = []
    for name, statement in statements.items():
        event, table, level = _TRIGGERS[name]
        trigger = f"handoff_staycount_{name}"
        if vendor == "postgresql":
            when = ""
            if name == "lead_update":
                when = f"WHEN ({_LEAD_CHANGED.format(ne='IS DISTINCT FROM')})"
            sql.append(
                f"CREATE OR REPLACE FUNCTION {trigger}() RETURNS trigger LANGUAGE plpgsql "
                f"AS $$ DECLARE lid bigint; new_ids bigint[]; olds {HISTORY}[]; BEGIN {statement}; RETURN NULL; END $$"
            )
            sql.append(
                f"CREATE TRIGGER {trigger} AFTER {event} ON {table} {level} {when} "
                f"EXECUTE FUNCTION {trigger}()"
            )
        else:
            when = ""
            if name == "lead_update":
                when = f"WHEN {_LEAD_CHANGED.format(ne='IS NOT')}"
            elif name == "move_update":
                event, when = f"UPDATE OF {_MOVE_KEY}", f"WHEN {_MOVE_CHANGED}"
            sql.append(
                f"CREATE TRIGGER {trigger} AFTER {event} ON {table} FOR EACH ROW {when} "
                f"BEGIN {statement}; END"
            )
    return sql


def drop_sql(vendor: str) -> list[str]:
    sql = []
    for name, (_event, table, _level) in _TRIGGERS.items():
        trigger = f"handoff_staycount_{name}"
        if vendor == "postgresql":
            sql += [
                f"DROP TRIGGER IF EXISTS {trigger} ON {table}",
                f"DROP FUNCTION IF EXISTS {trigger}()",
            ]
        else:
            sql.append(f"DROP TRIGGER IF EXISTS {trigger}")
    return sql


def rebuild_sql(vendor: str) -> list[str]:
    """Recount everything from the leads and their history, set-based."""
    everything = _contribution(
        f"SELECT {_LEAD_COLUMNS} FROM {LEADS}", f"SELECT {_HISTORY_COLUMNS} FROM {HISTORY}", vendor
    )
    return [f"DELETE FROM {STAYS}", _add(everything, None)]


def _run(conn: BaseDatabaseWrapper, statements: list[str]) -> None:
    with conn.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def install_triggers(conn: BaseDatabaseWrapper) -> None:
    _run(conn, install_sql(conn.vendor))


def drop_triggers(conn: BaseDatabaseWrapper) -> None:
    _run(conn, drop_sql(conn.vendor))


def rebuild(conn: BaseDatabaseWrapper = connection) -> None:
    _run(conn, rebuild_sql(conn.vendor))


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
