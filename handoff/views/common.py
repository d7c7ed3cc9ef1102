"""What every handoff page shares: paging without a COUNT, row links, time left. Who may open
which page is leads.access's (`access_required`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.urls import reverse

from leads.paging import CountFreePage
from leads.strict_input import BadParameter, query_int

PAGE_SIZE = 50


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


@dataclass
class Page(CountFreePage):
    """One page of rows. Fetches one row more than it shows to know whether there is a next
    page, so a queue over a million leads never counts them all."""

    rows: list


# Past this a page number is a typo or a probe: 10 million rows at 100 a page.
MAX_PAGE = 100_000


def page_number(value: str | None) -> int:
    """A page number from the query string; 404 for anything but 1..MAX_PAGE."""
    try:
        return query_int(value, name="page", default=1, low=1, high=MAX_PAGE)
    except BadParameter as exc:
        raise Http404(str(exc)) from exc


def page_of(queryset: QuerySet, number: str | None, size: int = PAGE_SIZE) -> Page:
    page = page_number(number)
    start = (page - 1) * size
    rows = list(queryset[start : start + size + 1])
    return Page(rows=rows[:size], number=page, has_next=len(rows) > size)


def time_left(due: datetime | None, now: datetime) -> str:
    """'2 h 5 min left', 'overdue by 1 d 3 h'."""
    if due is None:
        return ""
    seconds = int(abs((due - now).total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        text = f"{days} d {hours} h"
    elif hours:
        text = f"{hours} h {minutes} min"
    else:
        text = f"{minutes} min"
    return f"{text} left" if due > now else f"overdue by {text}"


_PK = 987654321
_ONE_ARG = frozenset({"handoff:reassign", "handoff:promote", "leads:detail"})


@lru_cache(maxsize=16)
def _pattern(name: str) -> str:
    """A URL as a format string. reverse() for every row and button cost as much as the rest
    of a 50-row page; each pattern is resolved once per process instead."""
    args = [_PK] if name in _ONE_ARG else [_PK, "ACTION"]
    return reverse(name, args=args).replace(str(_PK), "{pk}").replace("ACTION", "{action}")


def url_for(name: str, pk: int, action: str = "") -> str:
    return _pattern(name).format(pk=pk, action=action)
