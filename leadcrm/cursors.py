"""Reading a big query's rows a chunk at a time, directly or behind PgBouncer in transaction mode."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db import connections, transaction
from django.db.models import QuerySet


def stream_rows(rows: QuerySet[Any], *, chunk_size: int) -> Iterator[Any]:
    """The rows of `rows`, fetched `chunk_size` at a time through a server-side cursor, so
    memory stays flat however many there are.

    Where server-side cursors are off (DATABASE_POOL_MODE=transaction, leadcrm/pooling.py)
    Django would fetch every row at once: a million-lead export would sit in memory. Django
    declares its cursor WITH HOLD only outside a transaction (a cursor that outlives its
    transaction, which a transaction pooler cannot keep); inside one the cursor lives and dies
    with the transaction, on the one server connection PgBouncer gives it. So the rows are read
    in a transaction of their own, for as long as the caller iterates."""
    alias = rows.db
    if not connections[alias].settings_dict.get("DISABLE_SERVER_SIDE_CURSORS"):
        yield from rows.iterator(chunk_size=chunk_size)
        return
    with transaction.atomic(using=alias):
        # QuerySet.iterator() reads the setting and would fetch everything; _iterator() is the
        # same reader with the chunked fetch asked for explicitly.
        yield from rows._iterator(use_chunked_fetch=True, chunk_size=chunk_size)
