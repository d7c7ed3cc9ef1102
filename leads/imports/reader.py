"""Reading lead CSV files as a stream: encoding, delimiter, headers and physical line numbers."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from leads.intake import INTAKE_FIELDS

# Lead fields a CSV column may fill. `stage`, `created_at`, `stage_changed_at` and `owner` carry
# history over from another system; the rest are the fields of the intake API.
IMPORT_FIELDS = (
    *INTAKE_FIELDS,
    "stage",
    "created_at",
    "stage_changed_at",
    "owner",
)
IDENTITY_FIELDS = ("email", "phone", "external_id")
ATTRIBUTE = "attribute"  # the column goes into `attributes` under its header
IGNORE = "ignore"  # the column is not read
TARGETS = (*IMPORT_FIELDS, ATTRIBUTE, IGNORE)

# Headers people write for a field whose name they did not know.
_HEADER_ALIASES = {
    "e_mail": "email",
    "email_address": "email",
    "mail": "email",
    "firstname": "first_name",
    "lastname": "last_name",
    "surname": "last_name",
    "telephone": "phone",
    "phone_number": "phone",
    "mobile": "phone",
    "organization": "company",
    "organisation": "company",
    "title": "job_title",
    "zip": "postal_code",
    "zip_code": "postal_code",
    "postcode": "postal_code",
    "state": "region",
}
_SEPARATORS = re.compile(r"[\s\-]+")
_CHUNK = 1 << 20


class ImportFileError(Exception):
    """The file as a whole cannot be imported (no header, a repeated column, a bad mapping)."""


def header_key(header: str) -> str:
    """ " E-Mail " -> "e_mail": headers compared in any case, with stray spaces."""
    return _SEPARATORS.sub("_", header.strip().lower())


def field_for_header(header: str) -> str | None:
    key = header_key(header)
    key = _HEADER_ALIASES.get(key, key)
    return key if key in IMPORT_FIELDS else None


def detect_mapping(headers: list[str]) -> dict[str, str]:
    """Each column's target: the lead field its header names, else an attribute."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        field = field_for_header(header)
        if field and field not in taken:
            mapping[header] = field
            taken.add(field)
        else:
            mapping[header] = ATTRIBUTE if header else IGNORE
    return mapping


def apply_overrides(mapping: dict[str, str], overrides: dict[str, str]) -> dict[str, str]:
    """`--map CSVCOLUMN=target`: CSVCOLUMN is matched like headers (any case, stray spaces)."""
    by_key = {header_key(h): h for h in mapping}
    result = dict(mapping)
    for column, target in overrides.items():
        header = by_key.get(header_key(column))
        if header is None:
            raise ImportFileError(f"--map: the file has no column {column!r}.")
        result[header] = target.strip()
    return result


def check_mapping(mapping: dict[str, str]) -> None:
    seen: dict[str, str] = {}
    for header, target in mapping.items():
        if target not in TARGETS:
            raise ImportFileError(
                f"Column {header!r}: unknown target {target!r}; use a lead field, "
                f"{ATTRIBUTE!r} or {IGNORE!r}."
            )
        if target in IMPORT_FIELDS:
            if target in seen:
                raise ImportFileError(
                    f"Columns {seen[target]!r} and {header!r} both fill {target!r}."
                )
            seen[target] = header
    if not any(field in seen for field in IDENTITY_FIELDS):
        raise ImportFileError(
            "Map at least one column to email, phone or external_id: a lead needs one of them."
        )


@dataclass
class CsvSource:
    """A CSV file opened for streaming: detected encoding and delimiter, and its header row."""

    file: BinaryIO
    encoding: str
    delimiter: str
    headers: list[str]
    physical_lines: int

    @classmethod
    def open(cls, file: BinaryIO) -> CsvSource:
        """Detect the encoding (UTF-8 with or without BOM, else Latin-1) over the whole file,
        in chunks: a Latin-1 accent on the last line would break a UTF-8 read half-way."""
        file.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        encoding = "utf-8-sig"
        lines = 0
        last = b""
        while chunk := file.read(_CHUNK):
            lines += chunk.count(b"\n")
            last = chunk
            if encoding == "utf-8-sig":
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    encoding = "latin-1"
        if last and not last.endswith(b"\n"):
            lines += 1
        if encoding == "utf-8-sig":
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                encoding = "latin-1"
        file.seek(0)
        if b"\x00" in file.read(4096):
            raise ImportFileError("This is not a CSV file (it holds binary data).")
        file.seek(0)
        text = io.TextIOWrapper(file, encoding=encoding, newline="")
        header_line = text.readline()
        text.detach()
        if not header_line.strip():
            raise ImportFileError("The file is empty: the first line must name the columns.")
        delimiter = max(",;\t", key=header_line.count)
        headers = next(csv.reader([header_line], delimiter=delimiter))
        headers = [h.strip() for h in headers]
        keys = [header_key(h) for h in headers if h]
        repeated = {k for k in keys if keys.count(k) > 1}
        if repeated:
            raise ImportFileError(f"Repeated column names: {', '.join(sorted(repeated))}.")
        return cls(file, encoding, delimiter, headers, physical_lines=lines)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line, cells) for each data row, where `line` is the physical line the row starts on
        (the header is line 1); blank lines are skipped."""
        self.file.seek(0)
        text = io.TextIOWrapper(self.file, encoding=self.encoding, newline="")
        try:
            reader = csv.reader(text, delimiter=self.delimiter)
            next(reader, None)
            start = reader.line_num + 1
            for cells in reader:
                if any(cells):
                    yield start, cells
                start = reader.line_num + 1
        finally:
            text.detach()
