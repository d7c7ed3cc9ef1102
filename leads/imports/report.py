"""What an import did: counts, rejected rows, values kept aside, merges, leads kept apart."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from leads.imports.rows import LeadRow
from leads.models import Lead

# Rejected rows, notes and merges kept on the report itself; all rejected rows go to `on_error`.
FIRST_ERRORS = 100
FIRST_MERGES = 1000


@dataclass
class RowError:
    line: int
    reason: str


@dataclass
class MergeNote:
    """A row merged into a lead (stored, or created by an earlier row), and what it filled."""

    line: int
    lead: Lead | LeadRow
    filled: list[str]

    @property
    def lead_id(self) -> int | None:
        return self.lead.pk if isinstance(self.lead, Lead) else self.lead.lead_id


@dataclass
class DuplicateNote:
    """A row kept apart from the lead it shares a phone with (their e-mails differ)."""

    line: int
    row: LeadRow
    other: Lead | LeadRow

    @property
    def lead_id(self) -> int | None:
        return self.row.lead_id

    @property
    def other_id(self) -> int | None:
        return self.other.pk if isinstance(self.other, Lead) else self.other.lead_id


@dataclass
class ImportReport:
    total: int = 0  # physical lines after the header: an estimate for progress bars
    rows: int = 0
    created: int = 0
    merged: int = 0
    rejected: int = 0
    saved: bool = False
    preset: str = ""
    errors: list[RowError] = field(default_factory=list)
    # Values kept aside (an unreadable phone, an unknown owner): the row was imported.
    noted: int = 0
    notes: list[RowError] = field(default_factory=list)
    merges: list[MergeNote] = field(default_factory=list)
    duplicates: list[DuplicateNote] = field(default_factory=list)
    lead_ids: array = field(default_factory=lambda: array("q"))


@dataclass
class RowOutcome:
    """One line of the downloadable report: a row merged or kept apart, and into which lead."""

    line: int
    outcome: str  # "merged" or "kept apart"
    lead_id: int | None
    detail: str
