"""The SDR's "Handed over" list: the leads they qualified to TQL, whose they are now and what
became of them: the SDR keeps sight of a lead after it goes to a rep."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from handoff import selectors
from handoff.views.common import page_of
from leads.access import Perm, access_required


@access_required(Perm.HANDED_OVER)
def handed_over(request: HttpRequest) -> HttpResponse:
    page = page_of(selectors.handed_over(request.user), request.GET.get("page"))
    return render(request, "handoff/handed_over.html", {"page": page})
