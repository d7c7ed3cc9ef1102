"""Writing a batch of valid rows: each merges into the lead it duplicates, or becomes a new
lead; one lookup query per identity kind, one bulk insert and one bulk update per batch."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection
from django.db.models import BooleanField, F, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Lower
from django.db.models.lookups import In
from django.utils import timezone

from leads.imports.insert import insert_new_leads, lead_from_row
from leads.imports.report import (
    FIRST_MERGES,
    DuplicateNote,
    ImportReport,
    MergeNote,
    RowOutcome,
)
from leads.imports.rows import LeadRow
from leads.models import Lead, LeadChange, Via
from leads.services import HistoryStep, leads_create_with_history

History = Callable[[LeadRow], list[HistoryStep]]
# LeadChange rows written per bulk insert.
BATCH_SIZE = 2000
# Columns that describe the lead's past: they shape a new lead's history, a merge ignores them.
_HISTORY_FIELDS = frozenset({"stage", "created_at", "stage_changed_at"})
# Foreign keys arrive as ids; bulk_update wants the field names.
_FIELD_NAMES = {"source_id": "source", "product_line_id": "product_line", "owner_id": "owner"}
# Which row field an identity key comes from (a field dropped when another lead holds it).
_KEY_FIELDS = {"e": "email", "x": "external_id"}


def _keys(values: dict[str, Any]) -> list[tuple[Hashable, ...]]:
    """The identities a lead is matched on: e-mail, phone, and external id within its source."""
    keys: list[tuple[Hashable, ...]] = []
    if values.get("email"):
        keys.append(("e", values["email"]))
    if values.get("phone"):
        keys.append(("p", values["phone"]))
    if values.get("external_id"):
        keys.append(("x", values.get("source_id"), values["external_id"]))
    return keys


def _lead_keys(lead: Lead) -> list[tuple[Hashable, ...]]:
    values = {"email": lead.email, "phone": lead.phone, "external_id": lead.external_id}
    return _keys({**values, "source_id": lead.source_id})


class BatchWriter:
    def __init__(
        self,
        *,
        by: AbstractBaseUser | None,
        history: History,
        report: ImportReport,
        on_outcome: Callable[[RowOutcome], None] | None = None,
    ):
        self.by = by
        self.history = history
        self.report = report
        self.on_outcome = on_outcome
        self.batch_merges: list[MergeNote] = []

    def write(self, rows: list[LeadRow]) -> None:
        # Identity -> the stored lead (Lead) or the new lead of an earlier row (its LeadRow).
        index: dict[tuple[Hashable, ...], Lead | LeadRow] = dict(self._existing(rows))
        new: list[LeadRow] = []
        apart: list[DuplicateNote] = []
        updated: dict[int, Lead] = {}
        update_fields: set[str] = set()
        merges: list[LeadChange] = []
        self.batch_merges: list[MergeNote] = []
        for row in rows:
            keys = _keys(row.fields)
            target, sharing_phone = _match(row, keys, index)
            if target is None:
                new.append(row)
                if sharing_phone is not None:
                    apart.append(DuplicateNote(row.line, row, sharing_phone))
                for key in keys:
                    index.setdefault(key, row)
                continue
            for key in keys:
                # An e-mail or external id held by another lead stays with that lead.
                holder = index.get(key)
                if key[0] in _KEY_FIELDS and holder is not None and holder is not target:
                    row.fields.pop(_KEY_FIELDS[key[0]], None)
            self.report.merged += 1
            if isinstance(target, LeadRow):
                self._note_merge(MergeNote(row.line, target, _fill_row(target, row)))
                for key in _keys(target.fields):
                    index[key] = target
                continue
            changed = _fill(target, row)
            self._note_merge(MergeNote(row.line, target, changed))
            if changed:
                updated[target.pk] = target
                update_fields.update(changed)
            merges.append(self._merge_change(target, row.line, changed))
            for key in _lead_keys(target):
                index[key] = target
        if new:
            self._create(new)
        if updated:
            self._save_updated(updated, update_fields)
        merges.extend(self._flag(apart))
        LeadChange.objects.bulk_create(merges, batch_size=BATCH_SIZE)
        if self.on_outcome is not None:
            _tell(self.on_outcome, self.batch_merges, apart)

    def _merge_change(self, target: Lead, line: int, changed: list[str]) -> LeadChange:
        """The audit row of an import line merged into a stored lead."""
        return LeadChange(
            lead=target,
            kind=LeadChange.Kind.MERGE,
            new_value=", ".join(changed)[:200],
            by=self.by,
            via=Via.IMPORT,
            note=f"Import line {line} matched this lead"
            + (f"; updated {', '.join(changed)}." if changed else "; nothing new."),
        )

    def _save_updated(self, updated: dict[int, Lead], update_fields: set[str]) -> None:
        """Save the stored leads that merged rows filled in, in bulk."""
        now = timezone.now()
        for lead in updated.values():
            lead.updated_at = now
        Lead.objects.bulk_update(
            list(updated.values()), [*sorted(update_fields), "updated_at"], batch_size=500
        )
        self.report.lead_ids.extend(updated)

    def _note_merge(self, merge: MergeNote) -> None:
        self.batch_merges.append(merge)
        if len(self.report.merges) < FIRST_MERGES:
            self.report.merges.append(merge)

    def _flag(self, apart: list[DuplicateNote]) -> list[LeadChange]:
        """Each lead kept apart from one sharing its phone says so on its timeline; the
        duplicates review (same phone) lists the pair for a person to decide."""
        changes = []
        for note in apart:
            if len(self.report.duplicates) < FIRST_MERGES:
                self.report.duplicates.append(note)
            changes.append(
                LeadChange(
                    lead_id=note.lead_id,
                    kind=LeadChange.Kind.IMPORT,
                    new_value=f"possible duplicate of lead {note.other_id}",
                    by=self.by,
                    via=Via.IMPORT,
                    note=(
                        f"Import line {note.line} shares its phone with lead {note.other_id} "
                        "but not its e-mail: kept as a lead of its own, a possible duplicate "
                        "to review."
                    ),
                )
            )
        return changes

    def _create(self, rows: list[LeadRow]) -> None:
        with_history, histories, plain = [], [], []
        for row in rows:
            steps = self.history(row)
            if steps:
                with_history.append(row)
                histories.append((lead_from_row(row), steps))
            else:
                plain.append(row)
        if histories:
            # The one writer of imported stages and their history rows.
            leads = leads_create_with_history(histories, via=Via.IMPORT)
            ids = [lead.pk for lead in leads]
            for row, pk in zip(with_history, ids, strict=True):
                row.lead_id = pk
            self.report.lead_ids.extend(ids)
        if plain:
            ids = insert_new_leads(plain)
            for row, pk in zip(plain, ids, strict=True):
                row.lead_id = pk
            self.report.lead_ids.extend(ids)
        self.report.created += len(rows)

    @staticmethod
    def _existing(rows: list[LeadRow]) -> dict[tuple[Hashable, ...], Lead]:
        """The leads already stored that rows of this batch match: one query per identity."""
        emails, phones, with_source, without_source = set(), set(), set(), set()
        sources = set()
        for row in rows:
            values = row.fields
            if values.get("email"):
                emails.add(values["email"])
            if values.get("phone"):
                phones.add(values["phone"])
            if values.get("external_id"):
                if values.get("source_id"):
                    with_source.add(values["external_id"])
                    sources.add(values["source_id"])
                else:
                    without_source.add(values["external_id"])
        # Unordered: the default order (-created_at) would lure the planner into walking the
        # created_at index while the statistics still think the table empty (a big first import).
        found: dict[int, Lead] = {}
        if emails:
            # LOWER(email) IN (...) AND email <> '': served by the unique index lead_email_unique_ci.
            query = Lead.objects.filter(_in("LOWER(email)", Lower("email"), emails))
            found.update((lead.pk, lead) for lead in query.exclude(email="").order_by())
        if phones:
            with no_bitmap_scans():
                found.update((lead.pk, lead) for lead in leads_with_phones(phones))
        if with_source or without_source:
            # Served by the unique index lead_source_external_id_unique (source, external_id).
            match = (
                _in("source_id", F("source_id"), sources)
                & _in("external_id", F("external_id"), with_source)
            ) | (Q(source__isnull=True) & _in("external_id", F("external_id"), without_source))
            query = Lead.objects.filter(match).exclude(external_id="")
            found.update((lead.pk, lead) for lead in query.order_by())
        index: dict[tuple[Hashable, ...], Lead] = {}
        for lead in sorted(found.values(), key=lambda lead: (lead.created_at, lead.pk)):
            for key in _lead_keys(lead):
                index.setdefault(key, lead)
        return index


def leads_with_phones(phones: set[str]) -> QuerySet[Lead]:
    """Served by the partial index lead_phone (phone <> ''), under no_bitmap_scans(): the
    search's trigram index lead_phone_trgm also answers `=`, and once the statistics know the
    table (leads.imports.statistics) the planner took it for these lookups, where 2,000 numbers'
    trigrams match nearly every lead (30 s a batch at 100,000 leads). It serves bitmap scans
    only, so with them off the lookup probes lead_phone."""
    return Lead.objects.filter(_in("phone", F("phone"), phones)).exclude(phone="").order_by()


@contextmanager
def no_bitmap_scans() -> Iterator[None]:
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        try:
            yield
        finally:
            cursor.execute("SET LOCAL enable_bitmapscan = on")


def _in(column: str, expression: Lower | F, values: set) -> Q:
    """`expression IN values`. On PostgreSQL written `= ANY(%s)` with one array parameter: with
    2,000 values per batch, 2,000 placeholders cost more to send and to plan than the lookup."""
    if connection.vendor == "postgresql":
        # `column` is one of this module's constants; the values travel as a parameter.
        sql = f"{column} = ANY(%s)"
        return Q(RawSQL(sql, [list(values)], output_field=BooleanField()))  # noqa: S611
    return Q(In(expression, list(values)))


def _tell(
    on_outcome: Callable[[RowOutcome], None], merges: list[MergeNote], apart: list[DuplicateNote]
) -> None:
    """Every merged row and lead kept apart, once their leads have ids."""
    for merge in merges:
        detail = f"filled {', '.join(merge.filled)}" if merge.filled else "nothing new"
        on_outcome(RowOutcome(merge.line, "merged", merge.lead_id, detail))
    for note in apart:
        detail = f"shares its phone with lead {note.other_id}, not its e-mail"
        on_outcome(RowOutcome(note.line, "kept apart", note.lead_id, detail))


def _email_of(lead: Lead | LeadRow) -> str:
    return lead.email if isinstance(lead, Lead) else lead.fields.get("email", "")


def _match(
    row: LeadRow, keys: list[tuple[Hashable, ...]], index: dict
) -> tuple[Lead | LeadRow | None, Lead | LeadRow | None]:
    """(the lead the row merges into or None, the lead it was kept apart from or None).

    An e-mail or external id match merges. A phone match alone merges only when the e-mails do
    not differ: two colleagues behind one switchboard are two people, so the row
    becomes a lead of its own, flagged as a possible duplicate of the phone's holder.
    """
    strong = [index[key] for key in keys if key[0] != "p" and key in index]
    phone = next((index[key] for key in keys if key[0] == "p" and key in index), None)
    email = row.fields.get("email", "")
    if phone is not None and email and _email_of(phone) not in ("", email):
        if not strong:
            return None, phone
        phone = None
    matches = strong if phone is None else [*strong, phone]
    if not matches:
        return None, None
    stored = [m for m in matches if isinstance(m, Lead)]
    # Like intake: the oldest lead wins, so repeated imports land in one place.
    target = min(stored, key=lambda m: (m.created_at, m.pk)) if stored else matches[0]
    return target, None


def _fill_row(target: LeadRow, row: LeadRow) -> list[str]:
    """A duplicate within the file fills the empty values of the new lead it repeats."""
    changed = []
    for name, value in row.fields.items():
        if name in _HISTORY_FIELDS or value in ("", None, False):
            continue
        if target.fields.get(name) in ("", None, False):
            target.fields[name] = value
            changed.append(_FIELD_NAMES.get(name, name))
    missing = {k: v for k, v in row.attributes.items() if k not in target.attributes}
    if missing:
        target.attributes.update(missing)
        changed.append("attributes")
    return changed


def _fill(lead: Lead, row: LeadRow) -> list[str]:
    """Fill the lead's empty fields and missing attributes from the row; return what changed."""
    changed = []
    for name, value in row.fields.items():
        if name in _HISTORY_FIELDS:
            continue
        if getattr(lead, name) in ("", None, False) and value not in ("", None, False):
            setattr(lead, name, value)
            changed.append(_FIELD_NAMES.get(name, name))
    missing = {k: v for k, v in row.attributes.items() if k not in lead.attributes}
    if missing:
        lead.attributes = {**lead.attributes, **missing}
        changed.append("attributes")
    return changed
