"""Funnel reports for managers: the cohort funnel, flow in a period, velocity and quality.

Reads only: every report takes the same filters (`ReportKwargs`) and returns plain data that the
pages, the CSV export and the API present.
"""

from handoff.reports.filters import ReportFilters, ReportKwargs
from handoff.reports.flow import definition_changes, flow_report
from handoff.reports.funnel import funnel_report
from handoff.reports.quality import moves_by_person, quality_report
from handoff.reports.velocity import velocity_report

__all__ = [
    "ReportFilters",
    "ReportKwargs",
    "definition_changes",
    "flow_report",
    "funnel_report",
    "moves_by_person",
    "quality_report",
    "velocity_report",
]
