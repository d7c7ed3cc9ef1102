"""Keeping the planner's picture of leads_lead true while a big import fills it.

Each batch looks up its rows' e-mails, phones and external ids with `= ANY(array)`. PostgreSQL
plans those lookups with the table's statistics, which know nothing of the rows this transaction
has added: on a big first import (statistics of an empty table) it judged the unique
lower(email) index worthless and scanned a whole other index of the growing table for every
batch instead, 356 ms a batch at 100,000 rows and ten times that at a million (the import went
quadratic). ANALYZE inside the transaction counts the transaction's own new rows, so running it
whenever the table has doubled since the statistics were taken keeps every lookup on its index:
about eight runs for a million rows into an empty table, none for an import small next to the
table.
"""

from __future__ import annotations

from django.db import connection

from leads.models import Lead

# Below this many new rows a scan costs less than an ANALYZE (about 0.1 to 1 s).
MIN_NEW_ROWS = 10_000
STATISTICS_TARGET = 10


def _known_rows() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [_table()])
        (rows,) = cursor.fetchone()
    return max(int(rows), 0)  # -1: never analyzed


def _table() -> str:
    return Lead._meta.db_table


class LeadStatistics:
    """Call `written(n)` after each batch; it runs ANALYZE when the table has doubled."""

    def __init__(self) -> None:
        self.enabled = connection.vendor == "postgresql"
        self.known = _known_rows() if self.enabled else 0
        self.added = 0
        self.analyzed = 0  # times ANALYZE ran (the tests read it)

    def due(self) -> bool:
        return self.enabled and self.added >= max(MIN_NEW_ROWS, self.known)

    def written(self, rows: int) -> None:
        self.added += rows
        if not self.due():
            return
        with connection.cursor() as cursor:
            # A sample of 3,000 rows (the default 30,000 took ten times as long, 1.2 s at 50,000
            # rows): enough to tell an index probe from a scan. Autovacuum analyzes the table
            # again in full soon after the import commits (it changed by far more than 10 %).
            cursor.execute("SET LOCAL default_statistics_target = %s", [STATISTICS_TARGET])
            # Takes a SHARE UPDATE EXCLUSIVE lock until the import commits: it only keeps
            # autovacuum and schema changes off leads_lead meanwhile, not reads or writes.
            cursor.execute(f"ANALYZE {connection.ops.quote_name(_table())}")
            cursor.execute("SET LOCAL default_statistics_target TO DEFAULT")
        self.known += self.added
        self.added = 0
        self.analyzed += 1
