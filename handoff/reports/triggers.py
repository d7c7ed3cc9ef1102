"""What the trigger-kept rollups (handoff.reports.rollup and .stays) write alike.

Both keep counts per lead contribution: a trigger computes the changed lead's contribution before
and after the change and adds the difference (`add_sql`); the lead triggers do so from the lead's
row and its moves (`lead_statements`). Each rollup writes the statement every trigger runs; this
module wraps them the same way on both databases (`install_sql`): PostgreSQL gets a PL/pgSQL
function and a trigger that executes it, SQLite a trigger with the statement as its body. The installed SQL is frozen in migrations, so the text written
here must not change (tests/leadcrm/test_migrations.py and tests/handoff/test_reports_stays.py
compare it with what is installed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from django.db.backends.base.base import BaseDatabaseWrapper

LEADS = "leads_lead"
HISTORY = "leads_stagechange"
# The PL/pgSQL variable holding the lead's primary key in the move functions' per-lead loops
# (every PostgreSQL function declares it; the lead functions leave it unused).
LOOP_LEAD = "lead_pk"


def add_sql(table: str, key: str, order: str, after: str | None, before: str | None) -> str:
    """One statement adding (after - before), rows of (`key` columns, n), to the counts in
    `table`. Rows are written in one `order` so that two transactions never lock the same counts
    in opposite orders (`order` is also the unique key the counts conflict on)."""
    parts = []
    if after:
        parts.append(f"SELECT {key}, n FROM ({after}) a")
    if before:
        parts.append(f"SELECT {key}, -n AS n FROM ({before}) b")
    return f"""
        INSERT INTO {table} ({key}, n)
        SELECT {key}, n FROM (
            SELECT {key}, SUM(n) AS n
            FROM ({" UNION ALL ".join(parts)}) d
            GROUP BY {key}
        ) delta
        WHERE n <> 0
        ORDER BY {order}
        ON CONFLICT ({order}) DO UPDATE SET n = {table}.n + excluded.n
    """


def row_sql(record: str, columns: str) -> str:
    """A one-row SELECT of a trigger's NEW or OLD record."""
    return "SELECT " + ", ".join(f"{record}.{c} AS {c}" for c in columns.split(", "))


def lead_statements(
    vendor: str,
    add: Callable[[str | None, str | None], str],
    contribution: Callable[[str, str], str],
    lead_columns: str,
    history_columns: str,
) -> dict[str, str]:
    """The statements of the lead triggers: the lead's `contribution` (from SELECTs of its
    `lead_columns` and of its moves' `history_columns`) after the change less before it."""

    def history_of(lead_id: str) -> str:
        return f"SELECT {history_columns} FROM {HISTORY} WHERE lead_id = {lead_id}"

    new, old = row_sql("NEW", lead_columns), row_sql("OLD", lead_columns)
    statements = {
        "lead_insert": add(contribution(new, history_of("NEW.id")), None),
        "lead_update": add(
            contribution(new, history_of("NEW.id")), contribution(old, history_of("OLD.id"))
        ),
        "lead_delete": add(None, contribution(old, history_of("OLD.id"))),
    }
    if vendor == "postgresql":
        # New leads are counted per statement: a COPY or bulk insert of many leads (an import)
        # adds its counts in one grouped statement instead of one statement per row.
        statements["lead_insert"] = add(
            contribution(
                f"SELECT {lead_columns} FROM new_leads",
                f"SELECT {history_columns} FROM {HISTORY} "
                "WHERE lead_id IN (SELECT id FROM new_leads)",
            ),
            None,
        )
    return statements


class Trigger(NamedTuple):
    """When a trigger fires. `changed` ({ne} standing for the vendor's null-safe "differs"
    operator) limits a row-level trigger to the changes that matter; a statement-level one sees
    no OLD/NEW row, so it is left out there. `sqlite_event` replaces `event` on SQLite, where a
    trigger can name the columns an UPDATE must touch (PostgreSQL refuses a column list beside
    transition tables)."""

    event: str
    table: str
    level: str  # PostgreSQL's trigger level (SQLite's triggers are all per row)
    changed: str = ""
    sqlite_event: str = ""


def install_sql(
    prefix: str,
    vendor: str,
    statements: dict[str, str],
    triggers: dict[str, Trigger],
    declare: dict[str, str],
) -> list[str]:
    """The statements creating trigger `{prefix}_{name}` to run `statements[name]`; `declare`:
    the PL/pgSQL variables of the functions, by the name's first word (lead, move)."""
    sql = []
    for name, statement in statements.items():
        trigger, spec = f"{prefix}_{name}", triggers[name]
        if vendor == "postgresql":
            when = ""
            if spec.changed and "FOR EACH ROW" in spec.level:
                when = f"WHEN ({spec.changed.format(ne='IS DISTINCT FROM')})"
            sql.append(
                f"CREATE OR REPLACE FUNCTION {trigger}() RETURNS trigger LANGUAGE plpgsql "
                f"AS $$ DECLARE {declare[name.split('_')[0]]} BEGIN {statement}; RETURN NULL; END $$"
            )
            sql.append(
                f"CREATE TRIGGER {trigger} AFTER {spec.event} ON {spec.table} {spec.level} {when} "
                f"EXECUTE FUNCTION {trigger}()"
            )
        else:
            when = f"WHEN {spec.changed.format(ne='IS NOT')}" if spec.changed else ""
            sql.append(
                f"CREATE TRIGGER {trigger} AFTER {spec.sqlite_event or spec.event} ON {spec.table} "
                f"FOR EACH ROW {when} BEGIN {statement}; END"
            )
    return sql


def drop_sql(prefix: str, vendor: str, triggers: dict[str, Trigger]) -> list[str]:
    sql = []
    for name, spec in triggers.items():
        trigger = f"{prefix}_{name}"
        if vendor == "postgresql":
            sql += [
                f"DROP TRIGGER IF EXISTS {trigger} ON {spec.table}",
                f"DROP FUNCTION IF EXISTS {trigger}()",
            ]
        else:
            sql.append(f"DROP TRIGGER IF EXISTS {trigger}")
    return sql


def run(conn: BaseDatabaseWrapper, statements: list[str]) -> None:
    with conn.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
