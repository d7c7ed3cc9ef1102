"""Keeping PostgreSQL's planner informed before scoring's set-based work on many leads."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection
from django.db.backends.utils import CursorWrapper

from leads.models import Activity, ActivitySummary, Lead, StageChange


def refresh_statistics() -> None:
    """Bring the statistics of the leads, their activities (and summaries: the retention fills
    that table in bulk) and history up to date.

    Freshly filled tables (a bulk import, the demo) have none yet; the planner then guesses one
    row each and picks plans that take minutes instead of seconds. ANALYZE samples a bounded
    number of rows, so it stays cheap on any size."""
    if connection.vendor == "postgresql":
        tables = ", ".join(m._meta.db_table for m in (Lead, Activity, ActivitySummary, StageChange))
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {tables}")


@contextmanager
def planner_settings(cursor: CursorWrapper, **settings: str) -> Iterator[None]:
    """PostgreSQL settings for the statements inside the block, then those there before.

    SET LOCAL alone would hold to the end of an enclosing transaction (leaving a savepoint does
    not end it), so a caller's later statements would plan with these too. After an error the
    savepoint's rollback puts them back."""
    names = list(settings)
    cursor.execute("SELECT " + ", ".join(["current_setting(%s)"] * len(names)), names)
    previous = cursor.fetchone()
    for name, value in settings.items():
        cursor.execute("SELECT set_config(%s, %s, true)", [name, value])
    yield
    for name, value in zip(names, previous, strict=True):
        cursor.execute("SELECT set_config(%s, %s, true)", [name, value])
