"""Leads as CSV rows people open in a spreadsheet: every field, source and owner by name, each
attribute in its own column, streamed, safe against formulas without mangling phones."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from django.db import connection
from django.db.models import QuerySet

from leadcrm.cursors import stream_rows
from leads.fields import exported_fields
from leads.models import Lead

# (column, lookup): the lead's own fields (leads/fields.py), then what the list page shows about
# it. The source is written by name (leads/fields.py) with its code beside it, the owner by name
# with the username beside it.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    *exported_fields(),
    ("source_code", "source__code"),
    ("stage", "stage"),
    ("owner", "owner__first_name"),  # with the last name, else the username (see below)
    ("owner_username", "owner__username"),
    ("team", "team__name"),
    ("score", "score"),
    ("score_demographic", "score_demographic"),
    ("score_behavioral", "score_behavioral"),
    ("score_engagement", "score_engagement"),
    ("score_model_version", "score_model_version"),
    ("created_at", "created_at"),
    ("updated_at", "updated_at"),
    ("stage_changed_at", "stage_changed_at"),
)
_EXTRA = ("owner__last_name", "attributes")
# Attribute columns at most, the most a spreadsheet reader wants to scroll through.
MAX_ATTRIBUTE_COLUMNS = 200

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection, OWASP):
# such a cell is written with a leading apostrophe, which spreadsheets show as text. A number or
# an E.164 phone ("+14155550038", "-12.5") computes nothing and is left as it is.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]\d+(?:\.\d+)?")

# Excel on Windows reads a CSV as the machine's code page unless it starts with a byte-order mark.
BOM = "\ufeff"
CHUNK_SIZE = 2000


def spreadsheet_safe(text: str) -> str:
    """`text` as a spreadsheet shows it rather than runs it: a leading apostrophe on anything
    it would read as a formula. The lead export and the report tables both write cells with it."""
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    return spreadsheet_safe(value) if isinstance(value, str) else value


def attribute_keys(leads: QuerySet[Lead]) -> list[str]:
    """The attribute names the leads use, sorted: one query, however many leads."""
    ids_sql, params = leads.order_by().values("pk").query.sql_with_params()
    table = Lead._meta.db_table
    if connection.vendor == "postgresql":
        sql = (
            f"SELECT DISTINCT jsonb_object_keys(attributes) AS k FROM {table} "  # noqa: S608
            f"WHERE id IN ({ids_sql}) ORDER BY k LIMIT %s"
        )
    else:
        sql = (
            f"SELECT DISTINCT j.key AS k FROM {table}, json_each({table}.attributes) j "  # noqa: S608
            f"WHERE {table}.id IN ({ids_sql}) ORDER BY k LIMIT %s"
        )
    with connection.cursor() as cursor:
        # The table name is the model's; the lead ids come from the ORM's own SQL and params.
        cursor.execute(sql, [*params, MAX_ATTRIBUTE_COLUMNS])
        return [key for (key,) in cursor.fetchall()]


def lead_csv_rows(leads: QuerySet[Lead]) -> Iterator[list[object]]:
    """The header, then one row per lead, read in chunks: memory stays flat on a million leads.
    Each attribute has its own column, named after it (prefixed where it repeats a field)."""
    keys = attribute_keys(leads)
    fields = {name for name, _ in COLUMNS}
    yield [name for name, _ in COLUMNS] + [
        f"attribute: {key}" if key in fields else key for key in keys
    ]
    lookups = [lookup for _, lookup in COLUMNS] + list(_EXTRA)
    names = [name for name, _ in COLUMNS]
    owner_at, username_at = names.index("owner"), names.index("owner_username")
    source_at, code_at = names.index("source"), names.index("source_code")
    for row in stream_rows(leads.values_list(*lookups), chunk_size=CHUNK_SIZE):
        values = list(row[: len(COLUMNS)])
        last_name, attributes = row[len(COLUMNS) :]
        full_name = f"{values[owner_at] or ''} {last_name or ''}".strip()
        values[owner_at] = full_name or values[username_at]
        values[source_at] = values[source_at] or values[code_at]  # a source without a name
        attributes = attributes or {}
        values.extend(attributes.get(key) for key in keys)
        yield [csv_cell(value) for value in values]
