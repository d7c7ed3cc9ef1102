"""Recording activities in bulk: the events API, web forms and imports call this."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from django.db import connection, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from leads.errors import DomainError
from leads.models import Activity, ActivityKey, ActivityType, Lead, Via
from leads.models.activity import EARLIEST_ACTIVITY
from leads.normalize import email_match_key
from leads.queueing import enqueue_on_commit
from leads.strict_input import is_whole_number
from leads.tasks import announce_activities

MAX_EVENTS = 1000


@dataclass
class EventIn:
    """One event as posted: a lead by id or by e-mail, a type code, and the rest."""

    type: str
    lead: int | None = None
    email: str = ""
    occurred_at: datetime | None = None
    properties: dict | None = None
    idempotency_key: str = ""


@dataclass
class RecordResult:
    received: int
    stored: int
    duplicates: int
    lead_ids: set[int]


_SLUG = re.compile(r"^[-a-zA-Z0-9_]+\Z")
MAX_PROPERTIES_JSON = 10_000
MAX_KEY = 200


def _event_time(value: datetime, horizon: datetime) -> tuple[datetime, str]:
    """(the time in UTC, "") or (value, why it is refused)."""
    if timezone.is_naive(value):
        value = timezone.make_aware(value, UTC)
    try:
        value = value.astimezone(UTC)
    except OverflowError:
        return value, "A date between 2000-01-01 and tomorrow."
    if value > horizon:
        return value, "An event cannot happen in the future (more than a day ahead)."
    if value < EARLIEST_ACTIVITY:
        return value, "An event cannot happen before 2000-01-01."
    return value, ""


def events_parse(items: Sequence[object]) -> tuple[list[EventIn], list[dict]]:
    """Posted events checked field by field: (events, errors naming each bad item's index).

    Written out rather than run through a DRF serializer: at 1,000 events per request DRF's
    per-field machinery costs more than storing them. EventSerializer documents the same shape.
    """
    events: list[EventIn] = []
    errors: list[dict] = []
    horizon = timezone.now() + timedelta(days=1)
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            errors.append({"index": index, "non_field_errors": ["An event is a JSON object."]})
            continue
        problems: dict[str, list[str]] = {}
        lead = item.get("lead")
        if isinstance(lead, str) and is_whole_number(lead):
            lead = int(lead)
        # Past 64 bits no id column holds it (SQLite raised OverflowError: a 500).
        if lead is not None and (
            isinstance(lead, bool) or not isinstance(lead, int) or not 1 <= lead < 2**63
        ):
            problems["lead"] = ["A lead id is a positive whole number."]
        email = item.get("email", "")
        if not isinstance(email, str) or len(email) > 254 or "\x00" in email:
            problems["email"] = ["An e-mail address of at most 254 characters."]
        elif lead is None and not email.strip():
            problems["lead"] = ["Give the lead's id or e-mail."]
        type_code = item.get("type")
        if not isinstance(type_code, str) or len(type_code) > 50 or not _SLUG.match(type_code):
            problems["type"] = ["An activity type code: letters, digits, - and _."]
        occurred_at, problem = _occurred_at(item.get("occurred_at"), horizon)
        if problem:
            problems["occurred_at"] = [problem]
        properties = item.get("properties", {})
        problem = _properties_problem(properties)
        if problem:
            problems["properties"] = [problem]
        key = item.get("idempotency_key", "")
        if not isinstance(key, str) or len(key) > MAX_KEY or "\x00" in key:
            problems["idempotency_key"] = [f"Text of at most {MAX_KEY} characters."]
        if problems:
            errors.append({"index": index, **problems})
            continue
        events.append(EventIn(type_code, lead, email, occurred_at, properties, key))
    return events, errors


def _occurred_at(value: object, horizon: datetime) -> tuple[datetime | None, str]:
    """(the event's time, "") or (None, what is wrong with it); None when not given."""
    if value is None:
        return None, ""
    try:
        parsed = parse_datetime(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None:
        return None, "A date and time in ISO 8601, e.g. 2026-01-05T10:00Z."
    return _event_time(parsed, horizon)


def _properties_problem(properties: object) -> str:
    if not isinstance(properties, dict):
        return "Properties are a JSON object."
    text = json.dumps(properties)
    if len(text) > MAX_PROPERTIES_JSON:
        return f"At most {MAX_PROPERTIES_JSON:,} characters of JSON."
    if "\\u0000" in text:
        return "NUL characters are not allowed."
    return ""


class EventsInvalid(DomainError):
    """Some events name an unknown type or lead; nothing was stored (400, with each event's
    errors by position)."""

    def __init__(self, errors: list[dict]):
        super().__init__("Some events are invalid; none was stored.")
        self.event_errors = errors

    def body(self) -> dict:
        return {"detail": self.message, "errors": self.event_errors}


def activities_record(
    *, events: Sequence[EventIn], leads: QuerySet[Lead], via: str = Via.API
) -> RecordResult:
    """Store the events all together or not at all.

    `leads` is what the sender may see: an event for any other lead is refused as unknown.
    A repeated idempotency key, in this batch or an earlier one, is stored once.
    """
    types = dict(ActivityType.objects.filter(active=True).values_list("code", "pk"))
    known_ids, by_email = _visible_leads(events, leads)
    errors: list[dict] = []
    rows: list[_Row] = []
    seen_keys: set[str] = set()
    now = timezone.now()
    for index, event in enumerate(events):
        type_id = types.get(event.type)
        lead_id, problems = _event_lead(event, known_ids, by_email)
        if type_id is None:
            problems = {"type": [f"Unknown activity type {event.type!r}."], **problems}
        if problems:
            errors.append({"index": index, **problems})
            continue
        key = event.idempotency_key
        if key and key in seen_keys:
            continue  # repeated in this batch: stored once
        seen_keys.add(key)
        rows.append(_Row(lead_id, type_id, event.occurred_at or now, event.properties or {}, key))
    if errors:
        raise EventsInvalid(errors)

    with transaction.atomic():
        stored_lead_ids = _insert(rows, via=via, now=now)
        lead_ids = set(stored_lead_ids)
        if lead_ids:
            # Queued once the rows are committed; see announce_activities.
            enqueue_on_commit(announce_activities, sorted(lead_ids), lead_ids=lead_ids)
    return RecordResult(
        received=len(events),
        stored=len(stored_lead_ids),
        duplicates=len(events) - len(stored_lead_ids),
        lead_ids=lead_ids,
    )


def _visible_leads(
    events: Sequence[EventIn], leads: QuerySet[Lead]
) -> tuple[set[int], dict[str, int]]:
    """(the events' lead ids the sender may see, their e-mails' lead ids), in one query."""
    ids = {e.lead for e in events if e.lead is not None}
    emails = {email_match_key(e.email) for e in events if e.lead is None and e.email}
    found = leads.filter(Q(pk__in=ids) | Q(email__in=emails)).values_list("pk", "email")
    known_ids: set[int] = set()
    by_email: dict[str, int] = {}
    for pk, email in found if ids or emails else ():
        if pk in ids:
            known_ids.add(pk)
        if email in emails:
            by_email[email] = pk
    return known_ids, by_email


def _event_lead(
    event: EventIn, known_ids: set[int], by_email: dict[str, int]
) -> tuple[int | None, dict[str, list[str]]]:
    """The lead an event is about, or what is wrong with how it names it."""
    if event.lead is not None:
        if event.lead in known_ids:
            return event.lead, {}
        return None, {"lead": [f"No lead {event.lead} visible to you."]}
    if event.email:
        lead_id = by_email.get(email_match_key(event.email))
        if lead_id is None:
            return None, {"email": [f"No lead with e-mail {event.email!r} visible to you."]}
        return lead_id, {}
    return None, {"lead": ["Give the lead's id or e-mail."]}


class _Row(NamedTuple):
    lead_id: int
    type_id: int
    occurred_at: datetime
    properties: dict
    idempotency_key: str


def _insert(rows: list[_Row], *, via: str, now: datetime) -> list[int]:
    """Insert the rows, skipping any whose idempotency key is already stored (a retry, or a
    concurrent post of the same key); returns the lead id of each row inserted.

    The keys go first into ActivityKey (its primary key decides: ON CONFLICT DO NOTHING
    RETURNING the new ones; a concurrent post of the same key waits on the index, then finds
    it taken), then the activities whose key was new or who have none, in the same transaction.
    """
    if connection.vendor == "postgresql":
        # One statement over arrays. bulk_create would spend ~0.2 ms per row preparing values.
        with connection.cursor() as cursor:
            cursor.execute(_INSERT_SQL, _insert_params(rows, via=via, now=now))
            return [lead_id for (lead_id,) in cursor.fetchall()]
    fresh_keys = _keys_claim([row.idempotency_key for row in rows if row.idempotency_key], now)
    fresh = [
        Activity(**row._asdict(), via=via, created_at=now)
        for row in rows
        if not row.idempotency_key or row.idempotency_key in fresh_keys
    ]
    Activity.objects.bulk_create(fresh, batch_size=1000)
    claimed = [ActivityKey(key=a.idempotency_key, activity_id=a.pk) for a in fresh]
    ActivityKey.objects.bulk_update([k for k in claimed if k.key], ["activity_id"])
    return [activity.lead_id for activity in fresh]


def _keys_claim(keys: list[str], now: datetime) -> set[str]:
    """The keys, not stored before, now stored (their activity id filled in afterwards)."""
    fresh: set[str] = set()
    table = ActivityKey._meta.db_table
    with connection.cursor() as cursor:
        for start in range(0, len(keys), 500):  # SQLite's bound-parameter limit
            batch = keys[start : start + 500]
            values = ", ".join(["(%s, 0, %s)"] * len(batch))
            cursor.execute(
                f"INSERT INTO {table} (key, activity_id, created_at) VALUES {values} "  # noqa: S608
                "ON CONFLICT DO NOTHING RETURNING key",
                [value for key in batch for value in (key, now)],
            )
            fresh.update(key for (key,) in cursor.fetchall())
    return fresh


# The keys are claimed with ids drawn from the activities' sequence, then the activities are
# inserted with those ids: those whose key someone already holds are left out.
_INSERT_SQL = f"""
    WITH t AS (
        SELECT * FROM unnest(%s::bigint[], %s::bigint[], %s::timestamptz[], %s::text[],
                             %s::text[], %s::text[], %s::timestamptz[])
            AS t(lead_id, type_id, occurred_at, properties, idempotency_key, via, created_at)
    ), fresh AS (
        INSERT INTO {ActivityKey._meta.db_table} (key, activity_id, created_at)
        SELECT idempotency_key,
               nextval('{Activity._meta.db_table}_id_seq'), created_at
        FROM t WHERE idempotency_key <> ''
        ON CONFLICT DO NOTHING
        RETURNING key, activity_id
    )
    INSERT INTO {Activity._meta.db_table}
        (id, lead_id, type_id, occurred_at, properties, idempotency_key, via, created_at)
    SELECT coalesce(fresh.activity_id,
                    nextval('{Activity._meta.db_table}_id_seq')),
           lead_id, type_id, occurred_at, properties::jsonb, idempotency_key, via, created_at
    FROM t LEFT JOIN fresh ON fresh.key = t.idempotency_key
    WHERE t.idempotency_key = '' OR fresh.key IS NOT NULL
    RETURNING lead_id
"""  # noqa: S608  (the table names come from the models, every value is a parameter)


def _insert_params(rows: list[_Row], *, via: str, now: datetime) -> list[list]:
    return [
        [row.lead_id for row in rows],
        [row.type_id for row in rows],
        [row.occurred_at for row in rows],
        [json.dumps(row.properties) for row in rows],
        [row.idempotency_key for row in rows],
        [via] * len(rows),
        [now] * len(rows),
    ]
