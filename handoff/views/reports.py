"""The report pages: the funnel dashboard, velocity and quality, each with its CSV exports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any, NamedTuple

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from handoff.reports import (
    definition_changes,
    flow_report,
    funnel_report,
    moves_by_person,
    quality_report,
    velocity_report,
)
from handoff.reports.access import ReportScope, report_scope
from handoff.reports.attempts import unbacked_not_reachable, unbacked_table
from handoff.reports.definitions import FLOW_KINDS
from handoff.reports.filters import ReportFilters, ReportKwargs
from handoff.reports.forms import ReportFilterForm
from handoff.reports.funnel import funnel_rejections
from handoff.reports.tables import (
    Table,
    definition_changes_table,
    flow_table,
    funnel_tables,
    people_table,
    quality_table,
    rejection_categories_table,
    rejections_table,
    sla_table,
    to_csv,
    velocity_table,
)
from handoff.selectors import sla_compliance
from leadcrm.replica import reads_from_replica, replica_lag_notice
from leads.access import Perm, access_required

REFUSED = "Your account has no role yet; ask an admin to give you one."


def _funnel_page(kwargs: ReportKwargs, scope: ReportScope, period: str) -> dict[str, Any]:
    funnel = funnel_report(**kwargs)
    flow = flow_report(period=period, **kwargs)
    changes = definition_changes(**kwargs)
    return {
        "funnel": funnel,
        "tables": [*funnel_tables(funnel), flow_table(flow), definition_changes_table(changes)],
        "charts": {
            "funnel": {
                "type": "bar",
                "labels": [s.stage.upper() for s in funnel.stages],
                "series": {
                    "Reached": [s.reached for s in funnel.stages],
                    "In it now": [s.current for s in funnel.stages],
                },
            },
            "flow": {
                "type": "line",
                "labels": [row.period.isoformat() for row in flow.rows],
                "series": {
                    label: [row.counts[kind] for row in flow.rows]
                    for kind, label in FLOW_KINDS.items()
                },
                "markers": [
                    {"at": c.at.date().isoformat(), "label": c.label, "note": c.note}
                    for c in changes
                ],
                "period": period,
            },
        },
    }


def _velocity_page(kwargs: ReportKwargs, scope: ReportScope, period: str) -> dict[str, Any]:
    times = velocity_report(**kwargs)
    table = velocity_table(times)
    return {
        "tables": [table],
        "charts": {
            "velocity": {
                "type": "bar",
                "labels": table.column("Stage"),
                "series": {
                    "Median (hours)": [_hours(t.median_seconds) for t in times],
                    "90th percentile (hours)": [_hours(t.p90_seconds) for t in times],
                },
            }
        },
    }


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600, 1)


def _quality_page(kwargs: ReportKwargs, scope: ReportScope, period: str) -> dict[str, Any]:
    by_dimension = quality_report(dimensions=scope.dimensions, **kwargs)
    tables = [quality_table(d, rows) for d, rows in by_dimension.items()]
    refusals = funnel_rejections(ReportFilters(**kwargs))
    source = tables[0]
    people = (
        [people_table(moves_by_person(only=None if scope.people else scope.owner, **kwargs))]
        if scope.sales
        else []
    )
    return {
        "tables": [
            *tables,
            *people,
            rejections_table(refusals),
            rejection_categories_table(refusals),
            # Names teams and reps: a sales table (reps see their own leads' only).
            *(
                [unbacked_table(unbacked_not_reachable(ReportFilters(**kwargs)))]
                if scope.sales
                else []
            ),
            *(_sla_tables(kwargs, scope) if scope.sales else []),
        ],
        "charts": {
            "acceptance": {
                "type": "bar",
                "labels": source.column(source.columns[0].title),
                "series": {
                    "MQL → SAL %": [_percent(v) for v in source.column("MQL → SAL")],
                    "SAL → won %": [_percent(v) for v in source.column("SAL → won")],
                },
            }
        },
    }


def _sla_tables(kwargs: ReportKwargs, scope: ReportScope) -> list[Table]:
    """Response-time compliance of the leads routed in the window: per team and rep for those
    who see people, otherwise the viewer's own."""
    tz = kwargs.get("tz") or timezone.get_current_timezone()
    start = datetime.combine(kwargs["created_after"], time.min, tzinfo=tz)
    end = datetime.combine(kwargs["created_before"] + timedelta(days=1), time.min, tzinfo=tz)
    return [
        sla_table(
            by,
            sla_compliance(start=start, end=end, now=timezone.now(), by=by, owner=scope.owner),
        )
        for by in (("team", "owner") if scope.people else ("owner",))
    ]


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


class ReportPage(NamedTuple):
    title: str
    # The page's own context from the filters, the reader's scope and the period.
    build: Callable[[ReportKwargs, ReportScope, str], dict[str, Any]]


PAGES: dict[str, ReportPage] = {
    "funnel": ReportPage("Funnel", _funnel_page),
    "velocity": ReportPage("Velocity", _velocity_page),
    "quality": ReportPage("Quality", _quality_page),
}


def _build(request: HttpRequest, page: str) -> tuple[dict[str, Any], int] | HttpResponse:
    """The page's context and status, or the refusal."""
    if page not in PAGES:
        raise Http404("No such report.")
    scope = report_scope(request.user)
    if scope is None:
        raise PermissionDenied(REFUSED)
    if page == "velocity" and not scope.sales:
        raise PermissionDenied("Velocity is a sales report.")
    form = ReportFilterForm(request.GET, scope=scope)
    context: dict[str, Any] = {
        "form": form,
        "scope": scope,
        "page": page,
        "pages": [
            (slug, report.title)
            for slug, report in PAGES.items()
            if slug != "velocity" or scope.sales
        ],
        "title": PAGES[page].title,
        "query": request.GET.urlencode(),
    }
    if not form.is_valid():
        return context, 400
    context["filters"] = form.report_kwargs()
    context.update(PAGES[page].build(context["filters"], scope, form.cleaned_data["period"]))
    return context, 200


@access_required(Perm.USE)
@reads_from_replica
def report_page(request: HttpRequest, page: str = "funnel") -> HttpResponse:
    built = _build(request, page)
    if isinstance(built, HttpResponse):
        return built
    context, status = built
    context["replica_notice"] = replica_lag_notice()
    return render(request, "handoff/reports/page.html", context, status=status)


@access_required(Perm.USE)
@reads_from_replica
def report_export(request: HttpRequest, page: str, table: str) -> HttpResponse:
    """One table of a page as CSV, for the same filters."""
    built = _build(request, page)
    if isinstance(built, HttpResponse):
        return built
    context, status = built
    if status != 200:
        return HttpResponse("Bad filters: " + context["form"].errors.as_text(), status=400)
    found: Table | None = next((t for t in context["tables"] if t.slug == table), None)
    if found is None:
        raise Http404("No such table.")
    filters = context["filters"]
    filename = f"{table}_{filters['created_after']}_{filters['created_before']}.csv"
    response = HttpResponse(to_csv(found), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
