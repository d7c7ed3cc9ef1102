"""Recording activities in bulk: the events API, web forms and imports call this."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from leads.models import Activity, ActivityType, Lead, Via
from leads.signals import activity_recorded

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


class EventsInvalid(Exception):
    """Some events name an unknown type or lead; nothing was stored."""

    def __init__(self, errors: list[dict]):
        super().__init__(f"{len(errors)} invalid event(s)")
        self.errors = errors


def activities_record(
    *, events: Sequence[EventIn], leads: QuerySet[Lead], via: str = Via.API
) -> RecordResult:
    """Store the events all together or not at all.

    `leads` is what the sender may see: an event for any other lead is refused as unknown.
    A repeated idempotency key, in this batch or an earlier one, is stored once.
    """
    types = dict(ActivityType.objects.filter(active=True).values_list("code", "pk"))
    ids = {e.lead for e in events if e.lead is not None}
    emails = {e.email.strip().lower() for e in events if e.lead is None and e.email}
    known_ids = set(leads.filter(pk__in=ids).values_list("pk", flat=True)) if ids else set()
    by_email = dict(leads.filter(email__in=emails).values_list("email", "pk")) if emails else {}

    errors: list[dict] = []
    rows: list[Activity] = []
    seen_keys: set[str] = set()
    batch_duplicates = 0
    now = timezone.now()
    for index, event in enumerate(events):
        problems: dict[str, list[str]] = {}
        type_id = types.get(event.type)
        if type_id is None:
            problems["type"] = [f"Unknown activity type {event.type!r}."]
        if event.lead is not None:
            lead_id = event.lead if event.lead in known_ids else None
            if lead_id is None:
                problems["lead"] = [f"No lead {event.lead} visible to you."]
        elif event.email:
            lead_id = by_email.get(event.email.strip().lower())
            if lead_id is None:
                problems["email"] = [f"No lead with e-mail {event.email!r} visible to you."]
        else:
            lead_id = None
            problems["lead"] = ["Give the lead's id or e-mail."]
        if problems:
            errors.append({"index": index, **problems})
            continue
        key = event.idempotency_key
        if key and key in seen_keys:
            batch_duplicates += 1
            continue
        seen_keys.add(key)
        rows.append(
            Activity(
                lead_id=lead_id,
                type_id=type_id,
                occurred_at=event.occurred_at or now,
                properties=event.properties or {},
                idempotency_key=key,
                via=via,
                created_at=now,
            )
        )
    if errors:
        raise EventsInvalid(errors)

    keys = [row.idempotency_key for row in rows if row.idempotency_key]
    with transaction.atomic():
        stored_before = (
            set(
                Activity.objects.filter(idempotency_key__in=keys).values_list(
                    "idempotency_key", flat=True
                )
            )
            if keys
            else set()
        )
        fresh = [
            row
            for row in rows
            if not row.idempotency_key or row.idempotency_key not in stored_before
        ]
        # ignore_conflicts: a concurrent post of the same key between the read above and this
        # insert is dropped by the unique index instead of failing the batch.
        Activity.objects.bulk_create(fresh, batch_size=1000, ignore_conflicts=bool(keys))
        lead_ids = {row.lead_id for row in fresh}
        if lead_ids:
            transaction.on_commit(
                lambda: activity_recorded.send(sender=Activity, lead_ids=lead_ids)
            )
    return RecordResult(
        received=len(events),
        stored=len(fresh),
        duplicates=batch_duplicates + len(rows) - len(fresh),
        lead_ids=lead_ids,
    )
