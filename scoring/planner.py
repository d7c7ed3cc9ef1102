"""Keeping PostgreSQL's planner informed before scoring's set-based work on many leads."""

from django.db import connection

from leads.models import Activity, Lead, StageChange


def refresh_statistics() -> None:
    """Bring the statistics of the leads, their activities and history up to date.

    Freshly filled tables (a bulk import, the demo) have none yet; the planner then guesses one
    row each and picks plans that take minutes instead of seconds. ANALYZE samples a bounded
    number of rows, so it stays cheap on any size."""
    if connection.vendor == "postgresql":
        tables = ", ".join(m._meta.db_table for m in (Lead, Activity, StageChange))
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {tables}")
