"""One CSV row to the values of one lead, with the intake API's normalisation and limits."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.utils.dateparse import parse_date, parse_datetime

from leads import normalize
from leads.imports.reader import ATTRIBUTE, IGNORE, IMPORT_FIELDS
from leads.intake import TEXT_FIELDS
from leads.models import Lead, LeadSource, ProductLine, Stage

_TRUE = frozenset({"yes", "true", "y"})
_FALSE = frozenset({"no", "false", "n"})
_INT = re.compile(r"-?(0|[1-9]\d*)")  # "0123" is a code, kept as text
_FLOAT = re.compile(r"-?(0|[1-9]\d*)\.\d+")
# Day-first dates as European exports (and the Olist data set) write them; ISO 8601 first.
# The usual shape of an address: a strict subset of what Django's e-mail validator accepts, checked
# in one step; anything else goes through normalize_email (the intake API's check) itself.
_PLAIN_EMAIL = re.compile(
    r"[a-z0-9_%+-]+(?:\.[a-z0-9_%+-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}"
)
_DAY_FIRST = ("%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%d-%m-%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y")
_MAX_LENGTH = {name: Lead._meta.get_field(name).max_length for name in TEXT_FIELDS}
_MAX_LENGTH["email"] = 254


class RowInvalid(Exception):
    pass


@dataclass
class LeadRow:
    """A valid row: lead field values (foreign keys as ids) and its attributes."""

    line: int
    fields: dict[str, Any]
    attributes: dict[str, Any] = field(default_factory=dict)


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
    raise RowInvalid(f"{value!r} is not yes/no or true/false")


def parse_when(value: str) -> datetime:
    """ISO 8601 or day-first dates; a time without zone is UTC, a date alone is midnight UTC."""
    try:
        parsed: datetime | date | None = parse_datetime(value) or parse_date(value)
    except ValueError:
        parsed = None
    if parsed is None:
        for fmt in _DAY_FIRST:
            try:
                parsed = datetime.strptime(value, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        raise RowInvalid(f"{value!r} is not a date (use YYYY-MM-DD or DD-MM-YYYY)")
    if not isinstance(parsed, datetime):
        parsed = datetime.combine(parsed, time())
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class RowParser:
    """Validates rows against a mapping. Lookups (countries, sources, product lines, owners)
    are cached for the whole file, so a row costs no query once its values have been seen."""

    def __init__(self, headers: list[str], mapping: dict[str, str]) -> None:
        self.columns = [
            (index, target, header, _MAX_LENGTH.get(target, 0))
            for index, header in enumerate(headers)
            if (target := mapping.get(header, IGNORE)) != IGNORE
        ]
        self.width = len(headers)
        self.countries: dict[str, str | ValidationError] = {}
        self.sources: dict[str, int] = {}
        self.product_lines = dict(ProductLine.objects.values_list("code", "pk"))
        self.owners: dict[str, int | None] = {}

    def parse(self, line: int, cells: list[str]) -> LeadRow:
        if len(cells) != self.width:
            if len(cells) > self.width:
                raise RowInvalid(f"{len(cells)} values but the header names {self.width} columns")
            cells = cells + [""] * (self.width - len(cells))
        fields: dict[str, Any] = {}
        attributes: dict[str, Any] = {}
        for index, target, header, limit in self.columns:
            value = cells[index].strip()
            if not value:
                continue
            if target == ATTRIBUTE:
                attributes[header] = typed(value)
            elif limit and len(value) > limit:
                raise _invalid(target, f"longer than {limit} characters")
            else:
                fields[target] = value
        self._clean(fields)
        return LeadRow(line, fields, attributes)

    def _clean(self, fields: dict[str, Any]) -> None:
        if "email" in fields:
            email = fields["email"].lower()
            # An IDN domain (xn--) is stored in Unicode, as intake stores it.
            if _PLAIN_EMAIL.fullmatch(email) and "xn--" not in email:
                fields["email"] = email
            else:
                try:
                    fields["email"] = normalize.normalize_email(email)
                except ValidationError:
                    raise _invalid("email", f"{email!r} is not a valid e-mail address") from None
        if "country" in fields:
            fields["country"] = self._country(fields["country"])
        if "phone" in fields:
            if len(fields["phone"]) > 50:
                raise _invalid("phone", "longer than 50 characters")
            try:
                fields["phone"] = normalize.normalize_phone(
                    fields["phone"], fields.get("country", "")
                )
            except ValidationError as exc:
                raise _invalid("phone", exc.messages[0]) from None
        if not any(fields.get(name) for name in ("email", "phone", "external_id")):
            raise RowInvalid("a lead needs at least one of email, phone or external_id")
        if "company_size" in fields:
            fields["company_size"] = self._size(fields["company_size"])
        for name in ("do_not_email", "do_not_call"):
            if name in fields:
                try:
                    fields[name] = parse_bool(fields[name])
                except RowInvalid as exc:
                    raise _invalid(name, str(exc)) from None
        if "stage" in fields:
            stage = fields["stage"].lower()
            if stage not in Stage.values:
                raise _invalid("stage", f"unknown stage {fields['stage']!r}")
            fields["stage"] = stage
        for name in ("created_at", "stage_changed_at"):
            if name in fields:
                try:
                    fields[name] = parse_when(fields[name])
                except RowInvalid as exc:
                    raise _invalid(name, str(exc)) from None
        if "product_line" in fields:
            code = fields.pop("product_line")
            if code not in self.product_lines:
                raise _invalid("product_line", f"unknown product line {code!r}")
            fields["product_line_id"] = self.product_lines[code]
        if "owner" in fields:
            fields["owner_id"] = self._owner(fields.pop("owner"))
        # Last: a source is created on first use, so only a row valid otherwise may create one.
        if "source" in fields:
            fields["source_id"] = self._source(fields.pop("source"))

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
        if not digits.isdigit() or int(digits) > 10_000_000:
            raise _invalid("company_size", f"{value!r} is not a whole number of employees")
        return int(digits)

    def _owner(self, username: str) -> int:
        if username not in self.owners:
            self.owners[username] = (
                get_user_model()
                .objects.filter(username=username, is_active=True)
                .values_list("pk", flat=True)
                .first()
            )
        owner = self.owners[username]
        if owner is None:
            raise _invalid("owner", f"no user {username!r}")
        return owner

    def _source(self, value: str) -> int:
        code = value.lower()
        if code not in self.sources:
            try:
                validate_slug(code)
            except ValidationError:
                raise _invalid(
                    "source", "a source code has letters, digits, hyphens and underscores only"
                ) from None
            if len(code) > 50:
                raise _invalid("source", "longer than 50 characters")
            source, _ = LeadSource.objects.get_or_create(code=code, defaults={"name": code})
            self.sources[code] = source.pk
        return self.sources[code]


def _invalid(name: str, message: str) -> RowInvalid:
    return RowInvalid(f"{name}: {message}")


__all__ = ["IMPORT_FIELDS", "LeadRow", "RowInvalid", "RowParser", "typed"]
