"""Likely duplicates, found set-based: one GROUP BY per rule, never lead-by-lead comparisons.

Groups are read in the order of the grouping key, which is the order of the index serving each
rule (lead_phone, lead_dupe_name_domain, lead_dupe_name_company): PostgreSQL walks the index,
aggregates as it goes and stops after a page of groups, so the first pages stay fast on a
million leads. Pages are counted with "is there a next one" rather than a total, which would
aggregate the whole table on every view.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db import models
from django.db.models import Count, F, Q, QuerySet, Window
from django.db.models.functions import Lower, RowNumber

from leads.models import Lead
from leads.models.lead import EMAIL_DOMAIN

PAGE_SIZE = 20
# A group with more members than this shows the first ones (and says how many there are).
MAX_MEMBERS_SHOWN = 20


class DuplicateRule(models.TextChoices):
    PHONE = "phone", "Same phone"
    NAME_DOMAIN = "name_domain", "Same name, same e-mail domain"
    NAME_COMPANY = "name_company", "Same name, same company"


# Each rule: the grouping keys (in the serving index's column order) and the rows it considers
# (implying the index's condition, so the planner may use it).
_KEYS: dict[str, dict[str, models.Expression]] = {
    DuplicateRule.PHONE: {"dupe_phone": F("phone")},
    DuplicateRule.NAME_DOMAIN: {
        "dupe_last": Lower("last_name"),
        "dupe_first": Lower("first_name"),
        "dupe_domain": EMAIL_DOMAIN,
    },
    DuplicateRule.NAME_COMPANY: {
        "dupe_last": Lower("last_name"),
        "dupe_first": Lower("first_name"),
        "dupe_company": Lower("company"),
    },
}
_ROWS: dict[str, Q] = {
    DuplicateRule.PHONE: ~Q(phone=""),
    DuplicateRule.NAME_DOMAIN: ~Q(last_name="") & ~Q(first_name="") & ~Q(email=""),
    DuplicateRule.NAME_COMPANY: ~Q(last_name="") & ~Q(first_name="") & ~Q(company=""),
}


@dataclass
class DuplicateGroup:
    key: tuple[str, ...]
    size: int
    leads: list[Lead]


@dataclass
class DuplicatePage:
    rule: DuplicateRule
    number: int
    groups: list[DuplicateGroup]
    has_next: bool


def duplicate_groups(
    leads: QuerySet[Lead], *, rule: DuplicateRule, page: int = 1, page_size: int = PAGE_SIZE
) -> DuplicatePage:
    """A page of groups of `leads` alike under `rule`, each with its leads, oldest first.

    Two queries whatever the number of leads: the groups, then the leads of this page's groups.
    """
    keys = _KEYS[rule]
    names = list(keys)
    start = (page - 1) * page_size
    found = list(
        leads.filter(_ROWS[rule])
        .annotate(**keys)
        .values(*names)
        .annotate(size=Count("pk"))
        .filter(size__gt=1)
        .order_by(*names)[start : start + page_size + 1]
    )
    has_next = len(found) > page_size
    found = found[:page_size]
    if not found:
        return DuplicatePage(rule, page, [], has_next)
    match = reduce(or_, (Q(**{name: row[name] for name in names}) for row in found))
    # The first members of each group only: a group of thousands (a shared switchboard number)
    # must not crowd out the others.
    members = (
        leads.filter(_ROWS[rule])
        .annotate(**keys)
        .filter(match)
        .annotate(
            place=Window(
                RowNumber(),
                partition_by=[F(name) for name in names],
                order_by=[F("created_at").asc(), F("pk").asc()],
            )
        )
        .filter(place__lte=MAX_MEMBERS_SHOWN)
        .select_related("owner", "source")
        .order_by(*names, "created_at", "pk")
    )
    by_key: dict[tuple, list[Lead]] = {}
    for lead in members:
        by_key.setdefault(tuple(getattr(lead, name) for name in names), []).append(lead)
    groups = []
    for row in found:
        key = tuple(row[name] for name in names)
        if key in by_key:  # a lead merged between the two queries can empty a group
            groups.append(DuplicateGroup(key=key, size=row["size"], leads=by_key[key]))
    return DuplicatePage(rule, page, groups, has_next)
