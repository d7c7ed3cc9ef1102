"""The app's own 404 page whatever DEBUG is: a lead you may not see must not show Django's
technical 404, with the URL list, even in the demo.

Django answers an Http404 with its technical page when DEBUG is on. A 404 raised by a view is
caught here first and rendered with templates/404.html like in production; a URL that matches
no route never reaches a view, so its technical page (recognisable by its DEBUG notice) is
replaced on the way out. The API answers its own JSON 404s and is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.views.defaults import page_not_found

_TECHNICAL_MARK = b"DEBUG = True"


class FriendlyNotFoundMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            settings.DEBUG
            and response.status_code == 404
            and response.get("Content-Type", "").startswith("text/html")
            and not getattr(response, "streaming", False)
            and _TECHNICAL_MARK in response.content
        ):
            return page_not_found(request, Http404("No such page."))
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, Http404):
            return page_not_found(request, exception)
        return None
