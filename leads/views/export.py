from __future__ import annotations

import csv
from collections.abc import Iterator
from itertools import chain

from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils import timezone

from leadcrm.replica import replica_reads
from leads.access import Perm, access_required
from leads.export import BOM, lead_csv_rows
from leads.filters import LeadFilter
from leads.selectors import lead_list


class _Echo:
    """A file-like object whose write() hands the line back, for streaming csv.writer output."""

    def write(self, value: str) -> str:
        return value


def _on_replica(lines: Iterator[str]) -> Iterator[str]:
    """The rows are read while the response streams, after the view returned: read them from
    the replica (when there is one) for as long as the stream lasts."""
    with replica_reads():
        yield from lines


@access_required(Perm.USE)
def lead_export_view(request: HttpRequest) -> HttpResponse:
    """The lead list as CSV: the same filters and the same visibility as the page; UTF-8 with
    a byte-order mark, so Excel shows "Zoë" and not "ZoÃ«"."""
    filterset = LeadFilter(
        request.GET, queryset=lead_list(request.user).order_by("-created_at", "-pk")
    )
    if not filterset.is_valid():
        # django-filter drops a filter it cannot read: ?owner=<a user who left> or a mistyped
        # date exported every lead the caller may see instead of the few asked for.
        problems = "; ".join(
            f"{name}: {' '.join(errors)}" for name, errors in filterset.errors.items()
        )
        return HttpResponse(
            f"Nothing exported: {problems}",
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    writer = csv.writer(_Echo())
    lines = chain([BOM], _on_replica(writer.writerow(row) for row in lead_csv_rows(filterset.qs)))
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="leads-{stamp}.csv"'
    return response
