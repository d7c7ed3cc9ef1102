"""Reading the values other tools write: dates in their formats, stages by code, name or the
tool's label, sources in words, owners by username, e-mail or full name."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from django.contrib.auth import get_user_model
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.text import slugify

from leads.imports.reader import ImportFileError
from leads.models import LeadSource, Stage


class ValueInvalid(Exception):
    """One cell cannot be read; the message says why (without the field's name)."""


# --- dates -----------------------------------------------------------------------------------

# Formats no reader can take two ways. Dashed day-first dates are what European tools and the
# Olist data set write (nobody writes month-first with dashes); dotted ones are German/Swiss.
_UNAMBIGUOUS = (
    "%d-%m-%Y %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%d-%m-%Y",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%b %d, %Y %I:%M %p",  # Zoho and Salesforce show dates so: "Jan 15, 2024 10:30 AM"
    "%b %d, %Y %H:%M",
    "%b %d, %Y",
    "%d %b %Y %H:%M",
    "%d %b %Y",
)
# 1/15/2024, 15/01/2024 10:30, 1/15/2024, 10:30 AM (Salesforce report exports).
_SLASHED = re.compile(
    r"(\d{1,2})/(\d{1,2})/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?)?"
)
DAY_FIRST, MONTH_FIRST = "dmy", "mdy"
_FORMAT_HINT = 'give the format (--date-format "%d/%m/%Y" or "%m/%d/%Y", or on the preview page)'


def slashed_order(value: str) -> str | None:
    """DAY_FIRST or MONTH_FIRST when a slashed date tells its order, "" when it cannot (both
    parts 12 or less), None when the value is not a slashed date."""
    match = _SLASHED.fullmatch(value.strip())
    if not match:
        return None
    first, second = int(match[1]), int(match[2])
    if first > 12:
        return DAY_FIRST
    if second > 12:
        return MONTH_FIRST
    return ""


def date_order(values: Iterable[str]) -> str | None:
    """The day/month order of a file's slashed dates: the first value that tells decides (a
    later date against it is that row's error); a file whose slashed dates are all ambiguous
    (3/4/2024, no day over 12) is refused."""
    ambiguous = False
    for value in values:
        order = slashed_order(value)
        if order:
            return order
        ambiguous = ambiguous or order == ""
    if ambiguous:
        raise ImportFileError(
            "The dates could be day/month or month/day (like 03/04/2024, no day over 12): "
            f"{_FORMAT_HINT}."
        )
    return None


def date_format_problem(date_format: str) -> str:
    """What is wrong with a date format given for a file ("" when nothing is)."""
    if "%" not in date_format:
        return "Write the format with %d (day), %m (month), %Y (year), like %d/%m/%Y."
    try:  # strftime passes an unknown directive through; strptime refuses it
        datetime.strptime(datetime(2024, 1, 15, 13, 45).strftime(date_format), date_format)
    except ValueError:
        return f"{date_format!r} is not a date format: use %d (day), %m (month), %Y (year)."
    return ""


def _iso(value: str) -> datetime | date | None:
    try:
        return parse_datetime(value) or parse_date(value)
    except ValueError:
        return None


@dataclass
class DateReader:
    """A file's dates: `--date-format` when given, else ISO 8601 (with `Z`), the tools' own
    formats, and slashed dates in the file's order. A time without zone is UTC."""

    date_format: str = ""
    order: str | None = None

    def parse(self, value: str) -> datetime:
        parsed = self._parse(value.strip())
        if parsed is None:
            if self.date_format:
                hint = f"expected {self.date_format}"
            elif self.order and _SLASHED.fullmatch(value.strip()):
                order = "day/month" if self.order == DAY_FIRST else "month/day"
                hint = f"the file's other dates are {order}"
            else:
                hint = "use YYYY-MM-DD, or give the format: --date-format, or on the preview page"
            raise ValueInvalid(f"{value!r} is not a date ({hint})")
        if not isinstance(parsed, datetime):
            parsed = datetime.combine(parsed, time())
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)

    def _parse(self, value: str) -> datetime | date | None:
        if self.date_format:
            try:
                return datetime.strptime(value, self.date_format)
            except ValueError:
                # ISO 8601 cannot be misread: a file in another format may still hold some.
                return _iso(value)
        parsed = _iso(value)
        if parsed is not None:
            return parsed
        match = _SLASHED.fullmatch(value)
        if match:
            return self._slashed(value, match)
        for fmt in _UNAMBIGUOUS:
            try:
                return datetime.strptime(value, fmt)
            except ValueError:
                continue
        return None

    def _slashed(self, value: str, match: re.Match) -> datetime | None:
        order = self.order or slashed_order(value)
        if not order:
            raise ValueInvalid(f"{value!r} could be day/month or month/day: {_FORMAT_HINT}")
        day, month = (match[1], match[2]) if order == DAY_FIRST else (match[2], match[1])
        hour, minute, second = int(match[4] or 0), int(match[5] or 0), int(match[6] or 0)
        if match[7]:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if match[7].lower() == "pm" else 0)
        try:
            return datetime(int(match[3]), int(month), int(day), hour, minute, second)
        except ValueError:
            return None


# --- stages ----------------------------------------------------------------------------------


class StageReader:
    """A stage by code ("mql"), by LeadCRM's name ("Marketing Qualified Lead"), or by the other
    tool's label through `overrides` (--map-stage, the preview page) then the preset."""

    def __init__(self, preset_labels: dict[str, str], overrides: dict[str, str]) -> None:
        self.labels = {label.lower(): code for code, label in Stage.choices}
        self.labels.update(preset_labels)
        self.labels.update({code: code for code in Stage.values})
        self.labels.update({label.strip().lower(): code for label, code in overrides.items()})

    def parse(self, value: str) -> str:
        code = self.labels.get(value.strip().lower())
        if code is None:
            raise ValueInvalid(
                f'unknown stage {value!r} (map it: --map-stage "{value}=CODE", or on the '
                "preview page)"
            )
        return code


def check_stage_overrides(overrides: dict[str, str]) -> None:
    for label, code in overrides.items():
        if code not in Stage.values:
            raise ImportFileError(
                f"Stage {label!r}: {code!r} is not a stage code ({', '.join(Stage.values)})."
            )


# --- sources ---------------------------------------------------------------------------------

_CODE = re.compile(r"[-a-zA-Z0-9_]+")


def _source_key(text: str) -> str:
    """ "Organic Search", "organic_search" and "organic-search" are one source."""
    return slugify(text).replace("_", "-")


class SourceReader:
    """A source by code, else by name, else created: a code as given (lower case), or words
    given a code made of them ("Organic Search" -> organic-search) with the words as its name.
    Sources are few: all of them are read once per file."""

    def __init__(self, *, create: bool) -> None:
        self.create = create
        sources = list(LeadSource.objects.values_list("pk", "code", "name"))
        self.by_code = {code: pk for pk, code, _name in sources}
        # Codes first: a source whose code is "organic-search" wins over one named so.
        self.by_key: dict[str, int] = {}
        for pk, code, _name in sources:
            self.by_key.setdefault(_source_key(code), pk)
        for pk, _code, name in sources:
            if name:
                self.by_key.setdefault(_source_key(name), pk)
        self.cache: dict[str, int] = {}

    def parse(self, value: str) -> int:
        if value in self.cache:
            return self.cache[value]
        pk = self.by_code.get(value.lower()) or self.by_key.get(_source_key(value))
        if pk is None:
            pk = self._create(value)
        self.cache[value] = pk
        return pk

    def _create(self, value: str) -> int:
        if len(value) > 100:
            raise ValueInvalid("a source name has at most 100 characters")
        words = not _CODE.fullmatch(value)
        code = (_source_key(value) if words else value.lower())[:50].strip("-")
        if not code:
            raise ValueInvalid(f"{value!r} has no letters or digits to make a source code of")
        if not self.create:
            return 0  # the preview: tells nothing is wrong, writes nothing
        base, n = code, 2
        while code in self.by_code:
            code = f"{base[:46]}-{n}"
            n += 1
        source = LeadSource.objects.create(code=code, name=value)
        self.by_code[code] = self.by_key[_source_key(value)] = source.pk
        return source.pk


# --- owners ----------------------------------------------------------------------------------


class OwnerReader:
    """An owner by username, e-mail or full name ("Jane Doe"), among active users (few: read
    once per file). A name two users share names nobody."""

    def __init__(self) -> None:
        self.index: dict[str, int | None] = {}
        users = get_user_model().objects.filter(is_active=True)
        rows = users.values_list("pk", "username", "email", "first_name", "last_name")
        for pk, username, email, first, last in rows:
            keys = {username.lower()}
            if email:
                keys.add(email.lower())
            full = f"{first} {last}".strip().lower()
            if full:
                keys.add(" ".join(full.split()))
            for key in keys:
                self.index[key] = pk if self.index.get(key, pk) == pk else None

    def parse(self, value: str) -> int | None:
        """The user's id, or None for nobody known."""
        return self.index.get(" ".join(value.lower().split()))
