"""Who and when a report covers: a date window, the lead dimensions, and the time zone.

Every report takes the same keyword arguments (`ReportKwargs`) so a view, the API and a test can
hand one set of filters to all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, TypedDict

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection
from django.db.models import Q, QuerySet

from leads.models import Lead, LeadSource, ProductLine, StageChange, Team


class ReportKwargs(TypedDict, total=False):
    created_after: date
    created_before: date
    source: LeadSource | None
    product_line: ProductLine | None
    campaign: str
    team: Team | None
    owner: AbstractBaseUser | None
    worked_by: AbstractBaseUser | None
    accounts: str
    tz: tzinfo


# The account dimension: leads of companies already worked with, or new business.
ACCOUNT_CHOICES = {"existing": "Existing accounts", "new": "New business"}


@dataclass(frozen=True)
class ReportFilters:
    """A window of days (both ends inclusive, in `tz`) and the leads' dimensions."""

    created_after: date
    created_before: date
    source: LeadSource | None = None
    product_line: ProductLine | None = None
    campaign: str = ""
    team: Team | None = None
    owner: AbstractBaseUser | None = None
    # The leads this person owns now or made a move on: an SDR's figures keep the leads they
    # qualified and handed to a rep (crediting only the owner now would hide their work).
    worked_by: AbstractBaseUser | None = None
    accounts: str = ""  # "", or a key of ACCOUNT_CHOICES
    tz: tzinfo = field(default=UTC)

    @property
    def start(self) -> datetime:
        """The first instant of the window."""
        return datetime.combine(self.created_after, time.min, tzinfo=self.tz)

    @property
    def end(self) -> datetime:
        """The first instant after the window (exclusive)."""
        return datetime.combine(self.created_before + timedelta(days=1), time.min, tzinfo=self.tz)

    def dimensions(self) -> dict[str, Any]:
        """The chosen lead dimensions as {column: value}."""
        values = {
            "source_id": self.source.pk if self.source else None,
            "product_line_id": self.product_line.pk if self.product_line else None,
            "campaign": self.campaign or None,
            "team_id": self.team.pk if self.team else None,
            "owner_id": self.owner.pk if self.owner else None,
        }
        chosen = {column: value for column, value in values.items() if value is not None}
        if self.accounts in ACCOUNT_CHOICES:
            chosen["account_id__isnull"] = self.accounts == "new"
        return chosen

    @property
    def plain(self) -> bool:
        """Whether only the plain queries answer (the rollup counts every lead)."""
        return bool(self.dimensions()) or self.worked_by is not None

    def worked_q(self, prefix: str = "") -> Q:
        """The `worked_by` condition on the lead (`prefix`: the path to it), or everything."""
        if self.worked_by is None:
            return Q()
        moved = StageChange.objects.filter(by=self.worked_by).values("lead_id")
        return Q(**{f"{prefix}owner": self.worked_by}) | Q(**{f"{prefix}pk__in": moved})

    def leads(self) -> QuerySet[Lead]:
        """The cohort: alive leads created in the window with the chosen dimensions."""
        return Lead.objects.filter(
            self.worked_q(),
            created_at__gte=self.start,
            created_at__lt=self.end,
            **self.dimensions(),
        )

    def lead_dimensions(self, prefix: str = "lead__") -> dict[str, Any]:
        """The dimension filters for a query on a model related to the lead (the moves)."""
        return {f"{prefix}deleted_at__isnull": True} | {
            f"{prefix}{column}": value for column, value in self.dimensions().items()
        }

    def cohort_sql(self, alias: str = "l") -> tuple[str, list[Any]]:
        """The cohort as a WHERE clause on the leads table, for the reports written in SQL.

        Columns come from the fixed list above; every value travels as a parameter.
        """
        ops = connection.ops
        clauses = [
            f"{alias}.deleted_at IS NULL",
            f"{alias}.created_at >= %s",
            f"{alias}.created_at < %s",
        ]
        params: list[Any] = [
            ops.adapt_datetimefield_value(self.start),
            ops.adapt_datetimefield_value(self.end),
        ]
        for column, value in self.dimensions().items():
            if column.endswith("__isnull"):
                test = "IS NULL" if value else "IS NOT NULL"
                clauses.append(f"{alias}.{column.removesuffix('__isnull')} {test}")
                continue
            clauses.append(f"{alias}.{column} = %s")
            params.append(value)
        if self.worked_by is not None:
            clauses.append(
                f"({alias}.owner_id = %s OR EXISTS (SELECT 1 FROM "
                f"{StageChange._meta.db_table} w WHERE w.lead_id = {alias}.id AND w.by_id = %s))"
            )
            params += [self.worked_by.pk, self.worked_by.pk]
        return " AND ".join(clauses), params


def rate(part: int, whole: int) -> float | None:
    """part / whole, or None when nothing could convert."""
    return part / whole if whole else None
