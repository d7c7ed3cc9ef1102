"""Importing leads from a CSV file: validate each row, merge it into the lead it duplicates or
create it, in batches, all or nothing."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import IO, Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection, transaction
from django.db.models import BooleanField, F, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Lower
from django.db.models.lookups import In
from django.utils import timezone

from leads.imports.insert import insert_new_leads, lead_from_row
from leads.imports.reader import CsvSource, apply_overrides, check_mapping, detect_mapping
from leads.imports.rows import LeadRow, RowInvalid, RowParser
from leads.models import Lead, LeadChange, Stage, Via
from leads.services import HistoryStep, leads_create_with_history
from leads.signals import leads_imported

# Rows per batch: one lookup query per identity kind, one bulk insert and one bulk update each.
BATCH_SIZE = 2000
# Rejected rows kept on the report itself; all of them go to `on_error`.
FIRST_ERRORS = 100

# Columns that describe the lead's past: they shape a new lead's history, a merge ignores them.
_HISTORY_FIELDS = frozenset({"stage", "created_at", "stage_changed_at"})
# Foreign keys arrive as ids; bulk_update wants the field names.
_FIELD_NAMES = {"source_id": "source", "product_line_id": "product_line", "owner_id": "owner"}
# Which row field an identity key comes from (a field dropped when another lead holds it).
_KEY_FIELDS = {"e": "email", "x": "external_id"}


@dataclass
class RowError:
    line: int
    reason: str


@dataclass
class ImportReport:
    total: int = 0  # physical lines after the header: an estimate for progress bars
    rows: int = 0
    created: int = 0
    merged: int = 0
    rejected: int = 0
    saved: bool = False
    errors: list[RowError] = field(default_factory=list)
    lead_ids: array = field(default_factory=lambda: array("q"))


History = Callable[[LeadRow], list[HistoryStep]]
OnError = Callable[[RowError], None]
OnProgress = Callable[[ImportReport], None]


def imported_history(row: LeadRow) -> list[HistoryStep]:
    """A `stage` column: one imported move into that stage, on `stage_changed_at` if given,
    else when the lead was created (`created_at`, or now)."""
    stage = row.fields.get("stage")
    if not stage or stage == Stage.NEW:
        return []
    at = row.fields.get("stage_changed_at") or row.fields.get("created_at") or timezone.now()
    return [HistoryStep(to_stage=stage, at=at)]


def leads_import(
    *,
    file: IO[bytes],
    mapping: dict[str, str] | None = None,
    overrides: dict[str, str] | None = None,
    by: AbstractBaseUser | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
    history: History = imported_history,
    on_error: OnError | None = None,
    on_progress: OnProgress | None = None,
    batch_size: int = BATCH_SIZE,
) -> ImportReport:
    """Import a lead CSV. Raises ImportFileError when the file as a whole is unusable.

    `mapping` is CSV header -> target (a lead field, "attribute" or "ignore"); without one it is
    detected from the headers, then `overrides` (`--map`) apply. Without `skip_invalid` a single
    bad row saves nothing; every bad row is still reported. A dry run counts what the import
    would create and merge, and saves nothing.
    """
    source = CsvSource.open(file)
    mapping = apply_overrides(mapping or detect_mapping(source.headers), overrides or {})
    check_mapping(mapping)
    report = ImportReport(total=max(source.physical_lines - 1, 0))

    def reject(line: int, reason: str) -> None:
        report.rejected += 1
        error = RowError(line, reason)
        if len(report.errors) < FIRST_ERRORS:
            report.errors.append(error)
        if on_error is not None:
            on_error(error)

    # All or nothing in one transaction rather than a validating pass and a writing pass: a good
    # file is read once, the lookups of later batches see the leads of earlier ones (duplicates
    # within the file merge), a crash half-way leaves nothing behind (the import task simply
    # runs again), and PostgreSQL holds a million-row transaction without trouble. After the
    # first bad row (without skip_invalid) the rest is only validated, to report every bad line.
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # The identity lookups must probe their indexes. PostgreSQL plans them with the
            # table's statistics, which know nothing of the rows this transaction adds: on a big
            # first import it would scan the whole growing table for every batch instead.
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL enable_seqscan = off")
        parser = RowParser(source.headers, mapping)
        writer = _BatchWriter(by=by, history=history, report=report)
        for batch in _batches(source.rows(), batch_size):
            valid = []
            for line, cells in batch:
                try:
                    valid.append(parser.parse(line, cells))
                except RowInvalid as exc:
                    reject(line, str(exc))
            report.rows += len(batch)
            if skip_invalid or not report.rejected:
                writer.write(valid)
            if on_progress is not None:
                on_progress(report)
        report.saved = not dry_run and (skip_invalid or not report.rejected)
        if not report.saved:
            transaction.set_rollback(True)
        elif report.lead_ids:
            lead_ids = report.lead_ids
            transaction.on_commit(lambda: leads_imported.send(sender=Lead, lead_ids=lead_ids))
    if not report.saved:
        report.lead_ids = array("q")
    if report.rejected and not skip_invalid:
        report.created = report.merged = 0  # writing stopped at the first bad row
    return report


def _batches(rows: Iterable[tuple[int, list[str]]], size: int) -> Iterator[list]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


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


class _BatchWriter:
    def __init__(self, *, by: AbstractBaseUser | None, history: History, report: ImportReport):
        self.by = by
        self.history = history
        self.report = report

    def write(self, rows: list[LeadRow]) -> None:
        # Identity -> the stored lead (Lead) or the new lead of an earlier row (its LeadRow).
        index: dict[tuple[Hashable, ...], Lead | LeadRow] = dict(self._existing(rows))
        new: list[LeadRow] = []
        updated: dict[int, Lead] = {}
        update_fields: set[str] = set()
        merges: list[LeadChange] = []
        for row in rows:
            keys = _keys(row.fields)
            matches = [index[key] for key in keys if key in index]
            if not matches:
                new.append(row)
                for key in keys:
                    index[key] = row
                continue
            stored = [m for m in matches if isinstance(m, Lead)]
            # Like intake: the oldest lead wins, so repeated imports land in one place.
            target = min(stored, key=lambda m: (m.created_at, m.pk)) if stored else matches[0]
            for key in keys:
                # An e-mail or external id held by another lead stays with that lead.
                holder = index.get(key)
                if key[0] in _KEY_FIELDS and holder is not None and holder is not target:
                    row.fields.pop(_KEY_FIELDS[key[0]], None)
            self.report.merged += 1
            if isinstance(target, LeadRow):
                _fill_row(target, row)
                for key in _keys(target.fields):
                    index[key] = target
                continue
            changed = _fill(target, row)
            if changed:
                updated[target.pk] = target
                update_fields.update(changed)
            merges.append(
                LeadChange(
                    lead=target,
                    kind=LeadChange.Kind.MERGE,
                    new_value=", ".join(changed)[:200],
                    by=self.by,
                    via=Via.IMPORT,
                    note=f"Import line {row.line} matched this lead"
                    + (f"; updated {', '.join(changed)}." if changed else "; nothing new."),
                )
            )
            for key in _lead_keys(target):
                index[key] = target
        if new:
            self._create(new)
        if updated:
            now = timezone.now()
            for lead in updated.values():
                lead.updated_at = now
            Lead.objects.bulk_update(
                list(updated.values()), [*sorted(update_fields), "updated_at"], batch_size=500
            )
            self.report.lead_ids.extend(updated)
        LeadChange.objects.bulk_create(merges, batch_size=BATCH_SIZE)

    def _create(self, rows: list[LeadRow]) -> None:
        with_history, plain = [], []
        for row in rows:
            steps = self.history(row)
            if steps:
                with_history.append((lead_from_row(row), steps))
            else:
                plain.append(row)
        if with_history:
            # The one writer of imported stages and their history rows.
            leads = leads_create_with_history(with_history, via=Via.IMPORT)
            self.report.lead_ids.extend(lead.pk for lead in leads)
        if plain:
            self.report.lead_ids.extend(insert_new_leads(plain))
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
            # Served by the partial index lead_phone (phone <> '').
            query = Lead.objects.filter(_in("phone", F("phone"), phones)).exclude(phone="")
            found.update((lead.pk, lead) for lead in query.order_by())
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


def _in(column: str, expression: Lower | F, values: set) -> Q:
    """`expression IN values`. On PostgreSQL written `= ANY(%s)` with one array parameter: with
    2,000 values per batch, 2,000 placeholders cost more to send and to plan than the lookup."""
    if connection.vendor == "postgresql":
        # `column` is one of this module's constants; the values travel as a parameter.
        sql = f"{column} = ANY(%s)"
        return Q(RawSQL(sql, [list(values)], output_field=BooleanField()))  # noqa: S611
    return Q(In(expression, list(values)))


def _fill_row(target: LeadRow, row: LeadRow) -> None:
    """A duplicate within the file fills the empty values of the new lead it repeats."""
    for name, value in row.fields.items():
        if name not in _HISTORY_FIELDS and target.fields.get(name) in ("", None, False):
            target.fields[name] = value
    for key, value in row.attributes.items():
        target.attributes.setdefault(key, value)


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
