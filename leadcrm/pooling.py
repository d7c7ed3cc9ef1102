"""Connecting through a pooler: PgBouncer in transaction mode (README "Behind PgBouncer").

In transaction mode PgBouncer hands each transaction whatever server connection is free, so
nothing may outlive a transaction on the server: no session settings (the `options` startup
parameter, which PgBouncer refuses outright), no session advisory locks, no temporary tables
used by a later transaction, no cursors declared WITH HOLD (Django's server-side cursors outside
a transaction). DATABASE_POOL_MODE=transaction configures the connections for that:

- server-side cursors off (Django then fetches a query's rows at once), except where the code
  asks for one inside its own transaction (leadcrm.cursors.stream_rows: the CSV export);
- no `options` startup parameter: the planner settings go on the database instead
  (ALTER DATABASE ... SET, or PgBouncer's connect_query, as .ci/servers.sh does).

The rest of the code keeps to the rules whatever the mode: advisory locks are transaction
locks (pg_advisory_xact_lock), settings are SET LOCAL / set_config(..., true), and the full
rescore's aggregate is an unlogged table named per run (scoring.services).

This module is imported by the settings: it must not import Django's database layer.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ImproperlyConfigured

SESSION = "session"
TRANSACTION = "transaction"
POOL_MODES = (SESSION, TRANSACTION)
# Planner settings sent with each new connection when connecting straight to PostgreSQL
# (leadcrm/settings.py says why).
DEFAULT_PG_OPTIONS = "-c jit=off -c random_page_cost=1.1"


def configure_pool_mode(
    database: dict[str, Any], *, mode: str, pg_options: str | None
) -> dict[str, Any]:
    """`database` (a PostgreSQL entry of DATABASES), set up for connecting in `mode`; a new dict.

    `pg_options` is PG_OPTIONS from the environment (None when unset). In transaction mode an
    explicit PG_OPTIONS is an error rather than silently dropped: PgBouncer would refuse every
    connection with "unsupported startup parameter: options"."""
    if mode not in POOL_MODES:
        raise ImproperlyConfigured(
            f"DATABASE_POOL_MODE must be one of {', '.join(POOL_MODES)}, not {mode!r}."
        )
    configured = {**database, "OPTIONS": dict(database.get("OPTIONS", {}))}
    if mode == SESSION:
        configured["OPTIONS"].setdefault("options", pg_options or DEFAULT_PG_OPTIONS)
        return configured
    if pg_options:
        raise ImproperlyConfigured(
            "PG_OPTIONS cannot be sent through PgBouncer in transaction mode (it refuses the "
            "`options` startup parameter): set them on the database instead, e.g. "
            "ALTER DATABASE leadcrm SET jit = off, or in PgBouncer's connect_query."
        )
    configured["OPTIONS"].pop("options", None)
    configured["DISABLE_SERVER_SIDE_CURSORS"] = True
    return configured
