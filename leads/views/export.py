from __future__ import annotations

import csv
from itertools import chain

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils import timezone

from leads.export import BOM, lead_csv_rows
from leads.filters import LeadFilter
from leads.roles import role_of
from leads.selectors import lead_list


class _Echo:
    """A file-like object whose write() hands the line back, for streaming csv.writer output."""

    def write(self, value: str) -> str:
        return value


@login_required
def lead_export_view(request: HttpRequest) -> HttpResponse:
    """The lead list as CSV: the same filters and the same visibility as the page; UTF-8 with
    a byte-order mark, so Excel shows "Zoë" and not "ZoÃ«"."""
    if role_of(request.user) is None:
        raise PermissionDenied("Your account has no role yet; ask an admin to give you one.")
    filterset = LeadFilter(
        request.GET, queryset=lead_list(request.user).order_by("-created_at", "-pk")
    )
    writer = csv.writer(_Echo())
    lines = chain([BOM], (writer.writerow(row) for row in lead_csv_rows(filterset.qs)))
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="leads-{stamp}.csv"'
    return response
