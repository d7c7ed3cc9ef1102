"""One CSV row to the values of one lead, with the intake API's normalisation and limits."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError

from leads import normalize
from leads.fields import MAX_COMPANY_SIZE, trimmed_field_names
from leads.imports.reader import ATTRIBUTE, IGNORE, IMPORT_FIELDS, MAX_CELL
from leads.imports.values import (
    DateReader,
    OwnerReader,
    SourceReader,
    StageReader,
    ValueInvalid,
)
from leads.models import Lead, ProductLine
from leads.strict_input import is_whole_number

_TRUE = frozenset({"yes", "true", "y"})
_FALSE = frozenset({"no", "false", "n"})
_INT = re.compile(r"-?(0|[1-9]\d*)")  # "0123" is a code, kept as text
_FLOAT = re.compile(r"-?(0|[1-9]\d*)\.\d+")
# The usual shape of an address: a strict subset of what the intake check (normalize_email)
# accepts, checked in one step; anything else goes through normalize_email itself. A domain label
# with "--" in its third and fourth places is reserved (RFC 5890: only Punycode's "xn--" may).
_PLAIN_EMAIL = re.compile(
    r"[a-z0-9_%+-]+(?:\.[a-z0-9_%+-]+)*@"
    r"(?:(?![a-z0-9-]{2}--)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}"
)
_MAX_LENGTH = {name: Lead._meta.get_field(name).max_length for name in trimmed_field_names()}
_MAX_LENGTH["email"] = 254
# Phone numbers parsed per file, remembered (a switchboard number repeats; parsing costs 27 µs).
PHONE_CACHE_SIZE = 50_000


class RowInvalid(Exception):
    """A row that cannot be imported; `field` names the lead field at fault, if one is."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass
class LeadRow:
    """A valid row: lead field values (foreign keys as ids), its attributes, and what was kept
    aside (`notes`: a phone that could not be read, an unknown owner)."""

    line: int
    fields: dict[str, Any]
    attributes: dict[str, Any] = field(default_factory=dict)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (lead field, what happened)
    lead_id: int | None = None  # set once the row's new lead is written


def typed(value: str) -> Any:
    """An attribute cell keeps its type: whole and decimal numbers, yes/no and true/false."""
    lowered = value.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    if _INT.fullmatch(value):
        return int(value)
    if _FLOAT.fullmatch(value):
        return float(value)
    return value


def parse_bool(value: str) -> bool:
    lowered = value.lower()
    if lowered in _TRUE or lowered == "1":
        return True
    if lowered in _FALSE or lowered == "0":
        return False
    raise ValueInvalid(f"{value!r} is not yes/no or true/false")


class RowParser:
    """Validates rows against a mapping. Lookups (countries, sources, product lines, owners)
    are cached for the whole file, so a row costs no query once its values have been seen.
    With `create_sources=False` (the preview) nothing is written."""

    def __init__(
        self,
        headers: list[str],
        mapping: dict[str, str],
        *,
        stages: StageReader | None = None,
        dates: DateReader | None = None,
        create_sources: bool = True,
    ) -> None:
        self.columns = [
            (index, target, header, _MAX_LENGTH.get(target, 0))
            for index, header in enumerate(headers)
            if (target := mapping.get(header, IGNORE)) != IGNORE
        ]
        self.headers = {target: header for _i, target, header, _l in self.columns}
        self.width = len(headers)
        self.countries: dict[str, str | ValidationError] = {}
        self.product_lines = dict(ProductLine.objects.values_list("code", "pk"))
        self.stages = stages or StageReader({}, {})
        self.dates = dates or DateReader()
        self.sources = SourceReader(create=create_sources)
        self.owners: OwnerReader | None = None  # read on the first owner seen
        self.phones: dict[tuple[str, str], str | None] = {}
        self.readers: list[tuple[str, Callable[[str], Any]]] = [
            ("do_not_email", parse_bool),
            ("do_not_call", parse_bool),
            ("stage", self.stages.parse),
            ("created_at", self.dates.parse),
            ("stage_changed_at", self.dates.parse),
        ]

    def parse(self, line: int, cells: list[str]) -> LeadRow:
        row = self.read(line, cells)
        self.resolve(row)
        return row

    def read(self, line: int, cells: list[str]) -> LeadRow:
        """Every check of the row that needs no database, so the import can run it in a helper
        thread one batch ahead while its own thread writes (leads.imports.service)."""
        if len(cells) != self.width:
            if len(cells) > self.width:
                raise RowInvalid(f"{len(cells)} values but the header names {self.width} columns")
            cells = cells + [""] * (self.width - len(cells))
        row = LeadRow(line, {})
        for index, target, header, limit in self.columns:
            value = cells[index].strip()
            if not value:
                continue
            if len(value) > MAX_CELL:
                raise _invalid(target, f"longer than {MAX_CELL:,} characters", header)
            if target == ATTRIBUTE:
                row.attributes[header] = typed(value)
            elif limit and len(value) > limit:
                raise _invalid(target, f"longer than {limit} characters")
            else:
                row.fields[target] = value
        self._clean(row)
        return row

    def _clean(self, row: LeadRow) -> None:
        fields = row.fields
        if "email" in fields:
            fields["email"] = self._email(fields["email"])
        if "country" in fields:
            fields["country"] = self._country(fields["country"])
        if "phone" in fields:
            self._phone(row)
        if "company_size" in fields:
            fields["company_size"] = self._size(fields["company_size"])
        for name, reader in self.readers:
            if name in fields:
                try:
                    fields[name] = reader(fields[name])
                except ValueInvalid as exc:
                    raise _invalid(name, str(exc)) from None
        if "product_line" in fields:
            code = fields.pop("product_line")
            if code not in self.product_lines:
                raise _invalid("product_line", f"unknown product line {code!r}")
            fields["product_line_id"] = self.product_lines[code]
        # After the cells' own checks, so the preview can mark every bad cell of a row.
        if not any(fields.get(name) for name in ("email", "phone", "external_id")):
            unread = " (the phone could not be read)" if "phone" in dict(row.notes) else ""
            raise RowInvalid(f"a lead needs at least one of email, phone or external_id{unread}")

    def resolve(self, row: LeadRow) -> None:
        """The lookups that need the database, after read(), in the import's own thread (it
        holds the transaction): the owner (never fails the row), then the source."""
        fields = row.fields
        if "owner" in fields:
            self._owner(row)
        # Last: a source is created on first use, so only a row valid otherwise may create one.
        if "source" in fields:
            try:
                fields["source_id"] = self.sources.parse(fields.pop("source"))
            except ValueInvalid as exc:
                raise _invalid("source", str(exc)) from None

    def phone_pairs(self, batch: list[tuple[int, list[str]]]) -> Iterator[tuple[str, str]]:
        """(phone as written, country code) of a batch's rows, as _phone will look them up;
        rows whose country is unknown are left out (they are rejected before their phone)."""
        phone = next((i for i, target, _h, _l in self.columns if target == "phone"), None)
        country = next((i for i, target, _h, _l in self.columns if target == "country"), None)
        if phone is None:
            return
        for _line, cells in batch:
            raw = cells[phone].strip() if phone < len(cells) else ""
            if not raw:
                continue
            code = ""
            if country is not None and country < len(cells) and cells[country].strip():
                try:
                    code = self._country(cells[country].strip())
                except RowInvalid:
                    continue
            yield raw, code

    def prime_phones(self, pairs: list[tuple[str, str]], parsed: list[str | None]) -> None:
        """Numbers parsed elsewhere (the phone helper process), for _phone to find."""
        if len(self.phones) + len(pairs) > PHONE_CACHE_SIZE:
            self.phones.clear()
        self.phones.update(zip(pairs, parsed, strict=True))

    @staticmethod
    def _email(value: str) -> str:
        email = value.lower()
        # An IDN domain (xn--) is stored in Unicode, as intake stores it.
        if _PLAIN_EMAIL.fullmatch(email) and "xn--" not in email:
            return email
        try:
            return normalize.normalize_email(email)
        except ValidationError:
            raise _invalid("email", f"{email!r} is not a valid e-mail address") from None

    def _phone(self, row: LeadRow) -> None:
        """Read in the row's country. One that cannot be read never costs the row: it is kept
        as written in an attribute named after its column, and noted for the report. Parsing
        is cached per (value, country): exports repeat switchboard numbers a lot."""
        raw = row.fields.pop("phone")
        key = (raw, row.fields.get("country", ""))
        if key not in self.phones:
            if len(self.phones) >= PHONE_CACHE_SIZE:
                self.phones.clear()  # a file of distinct numbers: keep memory flat
            try:
                self.phones[key] = (
                    normalize.normalize_phone(raw, key[1]) if len(raw) <= 50 else None
                )
            except ValidationError:
                self.phones[key] = None
        phone = self.phones[key]
        header = self.headers["phone"]
        if phone:
            row.fields["phone"] = phone
            # The extension has no place in E.164: the cell as written keeps it for the rep.
            if extension := normalize.phone_extension(raw, key[1]):
                row.attributes[header] = raw
                row.notes.append(
                    ("phone", f"phone {raw!r}: extension {extension} kept in {header!r}")
                )
            return
        row.attributes[header] = raw
        row.notes.append(("phone", f"phone {raw!r} could not be read: kept in {header!r}"))

    def _country(self, value: str) -> str:
        if value not in self.countries:
            try:
                self.countries[value] = normalize.normalize_country(value)
            except ValidationError as exc:
                self.countries[value] = exc
        result = self.countries[value]
        if isinstance(result, ValidationError):
            raise _invalid("country", result.messages[0])
        return result

    @staticmethod
    def _size(value: str) -> int:
        digits = value.replace(",", "").replace("_", "").replace(" ", "")
        if not is_whole_number(digits) or int(digits) > MAX_COMPANY_SIZE:
            raise _invalid("company_size", f"{value!r} is not a whole number of employees")
        return int(digits)

    def _owner(self, row: LeadRow) -> None:
        """By username, e-mail or full name; one nobody is called is kept as an attribute and
        noted for the report (the lead stays unassigned)."""
        value = row.fields.pop("owner")
        if self.owners is None:
            self.owners = OwnerReader()
        owner = self.owners.parse(value)
        if owner is not None:
            row.fields["owner_id"] = owner
            return
        header = self.headers["owner"]
        row.attributes[header] = value
        row.notes.append(("owner", f"owner {value!r} is not a user here: kept in {header!r}"))


def _invalid(name: str, message: str, header: str = "") -> RowInvalid:
    return RowInvalid(f"{header or name}: {message}", field=header or name)


__all__ = ["IMPORT_FIELDS", "LeadRow", "RowInvalid", "RowParser", "typed"]
