"""Reading lead CSV files as a stream: encoding, delimiter, headers and physical line numbers."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, Protocol

from leads.fields import header_synonyms, import_field_names

# Lead fields a CSV column may fill (leads/fields.py): the intake fields, and `stage`,
# `created_at`, `stage_changed_at` and `owner` to carry history over from another system.
IMPORT_FIELDS = import_field_names()
IDENTITY_FIELDS = ("email", "phone", "external_id")
ATTRIBUTE = "attribute"  # the column goes into `attributes` under its header
IGNORE = "ignore"  # the column is not read
TARGETS = (*IMPORT_FIELDS, ATTRIBUTE, IGNORE)

# Headers people write for a field, in any CSV (keys as header_key makes them; each field's
# words are in leads/fields.py). Tool-specific names live in presets.py.
HEADER_SYNONYMS = header_synonyms()
# "Country/Region", "No. of Employees", "E-Mail": any run of spaces and punctuation is one "_".
_SEPARATORS = re.compile(r"[\s\-/.()#:]+")
_CHUNK = 1 << 20
# Caps that keep one upload from holding a web worker: the mapping form posts one select per
# column (Django refuses more than DATA_UPLOAD_MAX_NUMBER_FIELDS = 1,000 fields), Excel's own
# cell limit is 32,767 characters, and csv.field_size_limit (131,072) would raise on more.
MAX_COLUMNS = 500
MAX_CELL = 32_767
MAX_LINE = 1_000_000
# Rows the preview page shows (and the upload form reads, so the preview cannot fail).
PREVIEW_ROWS = 10


class ImportFileError(Exception):
    """The file as a whole cannot be imported (no header, a repeated column, a bad mapping)."""


def header_key(header: str) -> str:
    """ " E-Mail " -> "e_mail", "Country/Region" -> "country_region": headers compared in any
    case, with stray spaces and punctuation."""
    return _SEPARATORS.sub("_", header.strip().lower()).strip("_")


def field_for_header(header: str) -> str | None:
    key = header_key(header)
    key = HEADER_SYNONYMS.get(key, key)
    return key if key in IMPORT_FIELDS else None


class ColumnNamer(Protocol):
    def column_target(self, header: str) -> str | None: ...


def detect_mapping(headers: list[str], preset: ColumnNamer | None = None) -> dict[str, str]:
    """Each column's target: what the preset says of its header, else the lead field its header
    names, else an attribute. The first column for a field fills it; later ones are attributes."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        field = preset.column_target(header) if preset else None
        if field is None:
            field = field_for_header(header)
        if field == ATTRIBUTE:
            mapping[header] = ATTRIBUTE
        elif field and field not in taken:
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
        # Read no more than the cap: a 10 MB header line is refused, not parsed.
        header_line = text.readline(MAX_LINE + 1)
        text.detach()
        if not header_line.strip():
            raise ImportFileError("The file is empty: the first line must name the columns.")
        if len(header_line) > MAX_LINE:
            raise ImportFileError(
                f"Line 1 (the header) is longer than {MAX_LINE:,} characters: "
                "this does not look like a lead file."
            )
        delimiter = max(",;\t", key=header_line.count)
        headers = _header_cells(header_line, delimiter)
        return cls(file, encoding, delimiter, headers, physical_lines=lines)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line, cells) for each data row, where `line` is the physical line the row starts on
        (the header is line 1); blank lines are skipped. A row longer than MAX_LINE characters
        stops the file with its line number (ImportFileError)."""
        self.file.seek(0)
        text = io.TextIOWrapper(self.file, encoding=self.encoding, newline="")
        try:
            reader = csv.reader(text, delimiter=self.delimiter)
            start = 1
            try:
                next(reader, None)
                start = reader.line_num + 1
                for cells in reader:
                    if any(cells):
                        if sum(map(len, cells)) > MAX_LINE:
                            raise ImportFileError(
                                f"Line {start}: longer than {MAX_LINE:,} characters."
                            )
                        yield start, cells
                    start = reader.line_num + 1
            except csv.Error as exc:
                # A cell over csv.field_size_limit (131,072 characters), or a NUL byte.
                raise ImportFileError(
                    f"Line {start}: cannot be read ({exc}); a cell holds at most "
                    f"{MAX_CELL:,} characters."
                ) from None
        finally:
            text.detach()


def _header_cells(line: str, delimiter: str) -> list[str]:
    """The header row's names, refused when there are too many or repeated ones (any case,
    stray spaces): counted in one pass, so 40,000 columns cost milliseconds, not seconds."""
    try:
        headers = [h.strip() for h in next(csv.reader([line], delimiter=delimiter))]
    except csv.Error as exc:
        raise ImportFileError(f"Line 1 (the header) cannot be read: {exc}.") from None
    if len(headers) > MAX_COLUMNS:
        raise ImportFileError(
            f"Line 1 names {len(headers):,} columns; at most {MAX_COLUMNS} can be imported. "
            "Remove the columns you do not need."
        )
    too_long = next((h for h in headers if len(h) > 200), None)
    if too_long is not None:
        raise ImportFileError(f"Line 1: the column name {too_long[:40]!r}... is too long.")
    counts = Counter(header_key(h) for h in headers if h)
    repeated = sorted(key for key, n in counts.items() if n > 1)
    if repeated:
        raise ImportFileError(f"Repeated column names: {', '.join(repeated)}.")
    return headers
