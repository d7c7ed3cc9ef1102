"""Phone numbers of the next batch read in a second process while this one writes the current
batch: parsing (libphonenumber, about 27 µs a number) is the import's biggest CPU cost, and the
database's writing leaves the other core idle. Used for big files only; anywhere a child process
cannot start (a daemonic Celery worker process), the import parses in line as before."""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor

from django.core.exceptions import ValidationError

from leads.normalize import normalize_phone

logger = logging.getLogger(__name__)

# Below this many rows a second process costs more to start (about 0.2 s) than it saves.
PARALLEL_MIN_ROWS = 20_000
MAX_PHONE = 50

Pair = tuple[str, str]  # (the phone as written, the row's country code)


def parse_phones(pairs: list[Pair]) -> list[str | None]:
    """E.164 for each (phone, country), None for one that cannot be read (as RowParser)."""
    parsed: list[str | None] = []
    for raw, country in pairs:
        try:
            parsed.append(normalize_phone(raw, country) if len(raw) <= MAX_PHONE else None)
        except ValidationError:
            parsed.append(None)
    return parsed


class PhoneReader:
    """One helper process. `spawn`: a forked child would share the parent's database socket."""

    def __init__(self) -> None:
        self.pool = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn")
        )

    @classmethod
    def start(cls) -> PhoneReader | None:
        try:
            reader = cls()
            reader.pool.submit(parse_phones, []).result(timeout=30)  # started and answering
        except Exception:
            logger.info("import: no helper process for phone numbers; parsing in line")
            return None
        return reader

    def submit(self, pairs: Iterable[Pair]) -> tuple[list[Pair], Future]:
        pairs = list(dict.fromkeys(pairs))  # each distinct number once
        return pairs, self.pool.submit(parse_phones, pairs)

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
