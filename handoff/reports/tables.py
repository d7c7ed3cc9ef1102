"""The reports as tables: what a page shows beside its charts and what its CSV export holds.

Each table carries its own definition, printed under it, so every number says what it counts.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from io import StringIO
from typing import Any

from handoff.reports.definitions import FLOW_KINDS
from handoff.reports.flow import DefinitionChange, Flow
from handoff.reports.funnel import Funnel, Rejection
from handoff.reports.quality import DIMENSIONS, PersonRow, QualityRow
from handoff.reports.velocity import FIRST_RESPONSE, StageTime
from leads.export import spreadsheet_safe
from leads.models import Reason, Stage


@dataclass
class Column:
    title: str
    kind: str = "text"  # text, count, rate or duration: how the page formats the cell


@dataclass
class Table:
    slug: str
    title: str
    columns: list[Column]
    rows: list[list[Any]]
    definition: str
    meta: dict[str, Any] = field(default_factory=dict)

    def column(self, title: str) -> list[Any]:
        """The values of the column titled `title`, top to bottom."""
        index = [c.title for c in self.columns].index(title)
        return [row[index] for row in self.rows]

    def cells(self) -> Iterable[list[tuple[str, str]]]:
        """Each row's cells as shown on the page, with their column's kind."""
        kinds = [c.kind for c in self.columns]
        for row in self.rows:
            yield [(display(v, k), k) for v, k in zip(row, kinds, strict=True)]


def display(value: Any, kind: str) -> str:
    """A cell as the page shows it: counts with thousands separators, rates as percentages,
    durations in minutes, hours or days."""
    if value is None or value == "":
        return "—"
    if kind == "count":
        return f"{value:,}"
    if kind == "rate":
        return f"{value:.1%}"
    if kind == "duration":
        if value < 3600:
            return f"{value / 60:.0f} min"
        if value < 48 * 3600:
            return f"{value / 3600:.1f} h"
        return f"{value / 86400:.1f} d"
    return str(value)


def csv_cell(value: Any) -> str:
    """A cell as text, with a leading ' on anything a spreadsheet would run as a formula."""
    return spreadsheet_safe("" if value is None else str(value))


def to_csv(table: Table) -> str:
    out = StringIO()
    writer = csv.writer(out)
    writer.writerow([csv_cell(c.title) for c in table.columns])
    writer.writerows([csv_cell(v) for v in row] for row in table.rows)
    return out.getvalue()


def _stage(code: str) -> str:
    return Stage(code).label if code in Stage.values else code


def funnel_tables(funnel: Funnel) -> list[Table]:
    return [
        Table(
            "stages",
            "Funnel stages",
            [Column("Stage"), Column("Reached", "count"), Column("In it now", "count")],
            [[_stage(s.stage), s.reached, s.current] for s in funnel.stages],
            "Reached: leads created in the window that entered the stage at least once, from the "
            "stage history (a lead recycled and promoted again counts once). In it now: those "
            "leads whose current stage it is.",
        ),
        Table(
            "conversion",
            "Conversion",
            [
                Column("From"),
                Column("To"),
                Column("Converted", "count"),
                Column("Of", "count"),
                Column("Rate", "rate"),
            ],
            [
                [_stage(c.from_stage), _stage(c.to_stage), c.converted, c.of, c.rate]
                for c in funnel.conversions
            ]
            + [["All leads", _stage(Stage.WON), funnel.won, funnel.leads, funnel.lead_to_won]],
            "Of the cohort's leads that reached the first stage, the share that also reached the "
            "second, whenever it happened. TQL is optional: MQL to SAL counts every accepted "
            "MQL, through TQL or not. The last row is the overall lead-to-customer rate.",
        ),
        rejections_table(funnel.rejections),
        rejection_categories_table(funnel.rejections),
    ]


def rejections_table(rejections: list[Rejection]) -> Table:
    categories = dict(Reason.Category.choices)
    # The reject and disqualify lists share reasons under one label ("Duplicate of another
    # lead" for both actions): one row each, whatever the action (the API keeps the codes).
    merged: dict[tuple[str, str], int] = {}
    for r in rejections:
        merged[(r.label, r.category)] = merged.get((r.label, r.category), 0) + r.count

    def most_first(reason: tuple[str, str]) -> tuple[int, str]:
        label, _category = reason
        return -merged[reason], label

    rows = [
        (label, category, merged[label, category])
        for label, category in sorted(merged, key=most_first)
    ]
    return Table(
        "rejections",
        "Rejections by reason",
        [Column("Reason"), Column("Category"), Column("Moves", "count")],
        [[label, categories.get(category, category), n] for label, category, n in rows],
        "Moves of the cohort's leads to nurture or disqualified, by the reason given (sales' "
        "rejections of MQLs and TQLs, later recycles and disqualifications). A lead rejected "
        "twice counts twice. Not qualified and not reachable are separate categories.",
    )


def rejection_categories_table(rejections: list[Rejection]) -> Table:
    categories = dict(Reason.Category.choices)
    totals: dict[str, int] = {}
    for r in rejections:
        totals[r.category] = totals.get(r.category, 0) + r.count
    return Table(
        "rejection-categories",
        "Rejections by category",
        [Column("Category"), Column("Moves", "count")],
        [
            [categories.get(category, category), totals[category]]
            for category in sorted(totals, key=lambda category: -totals[category])
        ],
        "The rejections above summed by their reason's category.",
    )


def flow_table(flow: Flow) -> Table:
    return Table(
        "flow",
        f"Moves per {flow.period}",
        [Column(flow.period.title())] + [Column(label, "count") for label in FLOW_KINDS.values()],
        [[row.period.isoformat(), *row.counts.values()] for row in flow.rows],
        f"Moves made in the window, per {flow.period} ({'starting Monday, ' if flow.period == 'week' else ''}"
        f"in {flow.filters.tz}), by leads with the chosen filters whenever they were created. "
        "New MQLs include re-promoted ones; rejected counts moves from MQL or TQL to nurture "
        "or disqualified. The first and last periods may be partial.",
    )


def definition_changes_table(changes: list[DefinitionChange]) -> Table:
    return Table(
        "definition-changes",
        "Definition changes",
        [Column("Activated"), Column("Scoring model"), Column("MQL threshold"), Column("Note")],
        [[c.at.strftime("%Y-%m-%d %H:%M"), c.label, c.threshold, c.note] for c in changes],
        "Scoring-model versions activated in the window. Each may change how many leads "
        "become MQLs: read a jump in the trends against them (the dashed lines on the chart).",
    )


def _field_table(
    slug: str,
    title: str,
    label: tuple[Column, Callable[[Any], Any]],
    fields: dict[str, Column],
    items: Iterable[Any],
    definition: str,
) -> Table:
    """A table of one row per item: its label (the first column and how to read it), then
    the item's attributes named by `fields`, each in its column."""
    label_column, label_of = label
    return Table(
        slug,
        title,
        [label_column, *fields.values()],
        [[label_of(item), *(getattr(item, name) for name in fields)] for item in items],
        definition,
    )


def velocity_table(times: list[StageTime]) -> Table:
    return _field_table(
        "velocity",
        "Time in stage",
        (
            Column("Stage"),
            lambda t: "First response" if t.stage == FIRST_RESPONSE else _stage(t.stage),
        ),
        {
            "stays": Column("Stays", "count"),
            "median_seconds": Column("Median", "duration"),
            "p90_seconds": Column("90th percentile", "duration"),
        },
        times,
        "For the leads created in the window: a stay runs from a move into the stage to the "
        "lead's next move; stays still open are left out. First response runs from a lead's "
        "first entry to MQL to the next move (accepted, rejected or qualified to TQL). "
        "Percentiles are continuous (interpolated). Durations in the CSV are seconds.",
    )


# What an empty value of a dimension means, instead of "(none)".
EMPTY_LABEL = {
    "source": "No source",
    "product_line": "No product line",
    "campaign": "No campaign",
    "team": "No team",
    "owner": "Unassigned now",
}


# QualityRow's figures, in the order the quality tables show them.
QUALITY_FIELDS = {
    "leads": Column("Leads", "count"),
    "mql": Column("MQLs", "count"),
    "accepted": Column("Accepted", "count"),
    "acceptance_rate": Column("MQL → SAL", "rate"),
    "sal": Column("SALs", "count"),
    "won": Column("Won", "count"),
    "won_rate": Column("SAL → won", "rate"),
}


def quality_table(dimension: str, rows: list[QualityRow]) -> Table:
    title = DIMENSIONS[dimension].title
    return _field_table(
        f"quality-{dimension.replace('_', '-')}",
        f"Acceptance and wins by {title.lower()}",
        (Column(title), lambda r: r.label or r.key or EMPTY_LABEL[dimension]),
        QUALITY_FIELDS,
        rows,
        f"Leads created in the window, by their {title.lower()} now. MQL → SAL: of the leads "
        "that became MQLs, the share sales accepted. SAL → won: of the accepted leads, the "
        "share won. Each lead counts once per stage however often it reached it.",
    )


# PersonRow's move counts, in the order the people table shows them, with their titles.
PERSON_MOVES = {
    "qualified_tql": "Qualified to TQL",
    "accepted": "Accepted",
    "rejected": "Rejected",
    "qualified_sql": "Qualified to SQL",
    "won": "Won",
    "recycled": "Recycled or disqualified",
}


def people_table(rows: list[PersonRow]) -> Table:
    """Moves per person who made them (handoff.reports.quality.moves_by_person)."""
    return _field_table(
        "quality-people",
        "Moves by the person who made them",
        (Column("Person"), lambda r: r.username),
        {name: Column(title, "count") for name, title in PERSON_MOVES.items()},
        rows,
        "Moves made on the leads created in the window, credited to whoever made each move "
        "(an SDR's qualifications and rejections to the SDR, an accept to the accepting rep), "
        "whoever owns the lead now. Automatic and imported moves are not credited to anyone.",
    )


def sla_table(by: str, rows: list) -> Table:
    """Response-time compliance per team or rep (rows: handoff.selectors.Compliance)."""
    title = "Team" if by == "team" else "Rep"
    return _field_table(
        f"sla-{'team' if by == 'team' else 'rep'}",
        f"Response-time targets by {title.lower()}",
        (Column(title), lambda r: r.key),
        {
            "assigned": Column("Routed", "count"),
            "answered_in_time": Column("Answered in time", "count"),
            "answered_late": Column("Answered late", "count"),
            "overdue_open": Column("Overdue, unanswered", "count"),
            "rate": Column("Within target", "rate"),
        },
        rows,
        "Leads routed in the window. A lead is answered by its first accept, reject or TQL "
        "move; in time when that came before the due time its routing rule set (business hours "
        "of the team). Within target: answered in time, of those answered or overdue; leads "
        "still inside their time are counted as routed only.",
    )
