"""Reports read from a PostgreSQL streaming replica when one is configured.

With DATABASE_REPLICA_URL set, the database alias "replica" exists. Nothing reads from it unless
asked: a view (or any block of code) wrapped in `reads_from_replica` sends its reads there through
`ReplicaRouter`, while every write, and every read outside such a block, goes to the primary. So
a page that must see its own write simply is not wrapped. When the replica does not answer, the
block reads from the primary instead (and this process does not try the replica again for
REPLICA_RETRY_AFTER seconds).
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from django.conf import settings
from django.db import DatabaseError, connections

log = logging.getLogger(__name__)

REPLICA = "replica"
_reading_from: ContextVar[str | None] = ContextVar("leadcrm_read_alias", default=None)
_replica_down_until = 0.0

F = TypeVar("F", bound=Callable[..., Any])


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES and settings.REPLICA_READS


def _replica_answers() -> bool:
    global _replica_down_until
    if time.monotonic() < _replica_down_until:
        return False
    try:
        connections[REPLICA].ensure_connection()
    except DatabaseError as exc:
        log.warning("The read replica does not answer (%s); reading from the primary", exc)
        _replica_down_until = time.monotonic() + settings.REPLICA_RETRY_AFTER
        return False
    return True


@contextmanager
def replica_reads() -> Iterator[str]:
    """Reads inside the block go to the replica when it answers; yields the alias used."""
    alias = REPLICA if replica_configured() and _replica_answers() else "default"
    token = _reading_from.set(alias)
    try:
        yield alias
    finally:
        _reading_from.reset(token)


def reads_from_replica(view: F) -> F:
    """Decorate a view (or function) whose reads may come from the replica."""

    @functools.wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        with replica_reads():
            return view(*args, **kwargs)

    return wrapped  # type: ignore[return-value]


def read_alias() -> str:
    """The alias reads of the current block go to ("default" outside `replica_reads`)."""
    return _reading_from.get() or "default"


def replica_lag_seconds() -> float | None:
    """How far the replica's data is behind the primary's, in seconds; None when reads do not
    come from the replica now. Zero when it has replayed everything the primary wrote (the replay
    timestamp alone would grow while the primary is idle). The primary's insert position counts
    commits not yet flushed (synchronous_commit=off), which the written position would miss."""
    if read_alias() != REPLICA:
        return None
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT pg_current_wal_insert_lsn()::text")
            primary_lsn = cursor.fetchone()[0]
        return _behind(primary_lsn, time.monotonic() + REPLAY_GRACE)
    except DatabaseError as exc:
        log.warning("Could not measure the replica's lag: %s", exc)
        return None


# How long a replica a few WAL records short of the primary may take to replay them before it
# counts as behind. The gap is then measured as the age of its last replayed commit, which after
# an idle spell is the idle time, not the lag: without this grace a report page read the moment
# the primary wrote anything (a commit, or its own background records) said "up to N min behind".
REPLAY_GRACE = 0.2


def _behind(primary_lsn: str, deadline: float) -> float:
    while True:
        with connections[REPLICA].cursor() as cursor:
            cursor.execute(
                "SELECT pg_wal_lsn_diff(%s::pg_lsn, pg_last_wal_replay_lsn()) <= 0,"
                " EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())",
                [primary_lsn],
            )
            caught_up, behind = cursor.fetchone()
        if caught_up or behind is None:
            return 0.0
        if time.monotonic() >= deadline:
            return max(0.0, float(behind))
        time.sleep(0.02)


def replica_lag_notice() -> str:
    """A sentence for report pages when the replica lags more than REPLICA_LAG_NOTICE seconds."""
    lag = replica_lag_seconds()
    if lag is None or lag <= settings.REPLICA_LAG_NOTICE:
        return ""
    return f"These figures may be up to {_duration(lag)} behind: the reporting database is catching up."


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{round(seconds)} s"
    if seconds < 7200:
        return f"{round(seconds / 60)} min"
    return f"{seconds / 3600:.1f} h"


class ReplicaRouter:
    """Reads go where `replica_reads` says; writes and migrations always to the primary."""

    def db_for_read(self, model: type, **hints: Any) -> str | None:
        return _reading_from.get()

    def db_for_write(self, model: type, **hints: Any) -> str:
        return "default"

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool:
        return True  # one database, seen twice

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool:
        return db == "default"
