"""Paging a list without counting its matches: the lead list stays flat at a million leads.

A page reads one row more than it shows to know whether a next page exists; the number of
matches is known exactly only on the last page ("134 matches"), elsewhere the page says which
rows it shows ("1–50 of more"). A COUNT(*) of half a million leads costs more than the page, and
a rep's visible leads (their own or their team's unassigned ones) cannot be counted from one
index.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

MAX_PAGE = 10_000


@dataclass
class CountFreePage:
    """Where a page stands without a count: its number and whether another page follows (known
    from the one row read past it). The lead list's pages and handoff's are both this."""

    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_other_pages(self) -> bool:
        return self.has_next or self.has_previous


@dataclass
class Page(CountFreePage):
    object_list: list
    size: int

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1

    @property
    def start_index(self) -> int:
        return (self.number - 1) * self.size + 1 if self.object_list else 0

    @property
    def end_index(self) -> int:
        return (self.number - 1) * self.size + len(self.object_list)

    @property
    def count(self) -> int | None:
        """The number of matches, known on the last page only."""
        return None if self.has_next else self.end_index


def _number(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), MAX_PAGE))
    except ValueError:
        return 1


def page_without_count(queryset: QuerySet, number: str | None, size: int) -> Page:
    page = _number(number)
    start = (page - 1) * size
    rows = list(queryset[start : start + size + 1])
    return Page(object_list=rows[:size], number=page, size=size, has_next=len(rows) > size)
