"""Paging a list without counting every match: the lead list stays flat at a million leads.

A page reads one row more than it shows (is there a next page?), and the number of matches is
counted only up to COUNT_CAP ("10,000+ matches"): a full COUNT(*) of half a million leads costs
more than the page itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

COUNT_CAP = 10_000


@dataclass
class CappedPage:
    object_list: list
    number: int
    has_next: bool
    count: int  # matches, counted up to COUNT_CAP
    capped: bool  # there are more than `count`

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_other_pages(self) -> bool:
        return self.has_next or self.has_previous

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1


def _number(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), COUNT_CAP))
    except ValueError:
        return 1


def capped_page(queryset: QuerySet, number: str | None, size: int) -> CappedPage:
    page = _number(number)
    start = (page - 1) * size
    rows = list(queryset[start : start + size + 1])
    # Counts at most COUNT_CAP + 1 rows: the database stops reading there. (Always run, so a
    # page costs the same queries however many leads match.)
    count = queryset.order_by()[: COUNT_CAP + 1].count()
    return CappedPage(
        object_list=rows[:size],
        number=page,
        has_next=len(rows) > size,
        count=min(count, COUNT_CAP),
        capped=count > COUNT_CAP,
    )
