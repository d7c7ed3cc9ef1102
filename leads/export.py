"""Leads as CSV rows: every field, streamed, safe to open in a spreadsheet."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime

from django.db.models import QuerySet

from leads.models import Lead

# (column, lookup): the lead's own fields, then what the list page shows about it.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("email", "email"),
    ("first_name", "first_name"),
    ("last_name", "last_name"),
    ("phone", "phone"),
    ("company", "company"),
    ("job_title", "job_title"),
    ("industry", "industry"),
    ("company_size", "company_size"),
    ("country", "country"),
    ("region", "region"),
    ("city", "city"),
    ("postal_code", "postal_code"),
    ("source", "source__code"),
    ("product_line", "product_line__code"),
    ("campaign", "campaign"),
    ("external_id", "external_id"),
    ("do_not_email", "do_not_email"),
    ("do_not_call", "do_not_call"),
    ("attributes", "attributes"),
    ("stage", "stage"),
    ("owner", "owner__username"),
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

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection, OWASP):
# such a cell is written with a leading apostrophe, which spreadsheets show as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CHUNK_SIZE = 2000


def csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def lead_csv_rows(leads: QuerySet[Lead]) -> Iterator[list[object]]:
    """The header, then one row per lead, read in chunks: memory stays flat on a million leads."""
    yield [name for name, _ in COLUMNS]
    lookups = [lookup for _, lookup in COLUMNS]
    for row in leads.values_list(*lookups).iterator(chunk_size=CHUNK_SIZE):
        yield [csv_cell(value) for value in row]
