"""Domain errors in one place: one base exception carrying its HTTP status, message and field
errors; one DRF exception handler and one helper for pages turn it into an answer.

Services raise a `DomainError` subclass (MoveForbidden, EditConflict, IntakeConflict...); views
never map them by hand: the API's handler is leads.api.errors.api_exception_handler, pages call
`page_refusal`, and `server_error` is the project's handler500. A database that cannot be reached (OperationalError, InterfaceError) or
a broker a request needs is a 503 with `Retry-After`, as JSON for the API, not an HTML 500.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from django.contrib import messages
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views import defaults
from kombu.exceptions import OperationalError as BrokerError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# Seconds a client should wait before trying again after a 503: a restarting database or
# Redis is usually back within this.
RETRY_AFTER = 30
UNAVAILABLE = (
    "The service is briefly unavailable (its database or queue cannot be reached); "
    "please try again shortly."
)
# What a database or broker that is down, restarting or unreachable raises.
SERVICE_DOWN: tuple[type[BaseException], ...] = (
    OperationalError,
    InterfaceError,
    BrokerError,
    RedisConnectionError,
    RedisTimeoutError,
)


class DomainError(Exception):
    """A refusal the caller should hear: its HTTP status, a message, and field errors."""

    status = 400

    def __init__(
        self,
        message: str,
        *,
        errors: dict[str, list[str]] | None = None,
        status: int | None = None,
        **extra: Any,
    ):
        super().__init__(message)
        self.message = message
        self.errors: dict[str, list[str]] = errors or {}
        if status is not None:
            self.status = status
        # More for the body (e.g. a move's current stage); None values are left out.
        self.extra = {k: v for k, v in extra.items() if v is not None}

    def body(self) -> dict[str, Any]:
        return {"detail": self.message, **self.extra, **self.errors}


class Forbidden(DomainError):
    """The caller's role may not do this (403)."""

    status = 403


class NotFound(DomainError):
    """No such object visible to the caller (404): never says whether it exists."""

    status = 404


class Conflict(DomainError):
    """The object is not in a state that allows this, or another holds the identity (409)."""

    status = 409


def is_service_down(exc: BaseException | None) -> bool:
    return isinstance(exc, SERVICE_DOWN)


def unavailable_json() -> JsonResponse:
    response = JsonResponse({"detail": UNAVAILABLE}, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    return response


def page_refusal(request: HttpRequest, exc: DomainError, *, back: Any) -> HttpResponse:
    """A page's answer to a domain error: a refused role gets the 403 page, a missing object
    the 404 page; a bad or conflicting request goes `back` (a URL, a URL name or a model
    instance) with the message shown there."""
    if exc.status == 404:
        return render(request, "404.html", status=404)
    if exc.status == 403:
        return render(request, "403.html", {"exception": exc.message}, status=403)
    if exc.status == 409:
        messages.warning(request, exc.message + " Nothing was changed.")
    else:
        messages.error(request, exc.message)
    return redirect(back)


def _wants_json(request: HttpRequest) -> bool:
    """The API, and clients that post or ask for JSON (a web form's script)."""
    return (
        request.path.startswith("/api/")
        or request.content_type == "application/json"
        or "application/json" in request.headers.get("Accept", "")
    )


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: an unreachable database or broker anywhere (a middleware, a view) is a 503
    with Retry-After (JSON for the API); any other uncaught error stays a plain 500."""
    exc = sys.exc_info()[1]
    if is_service_down(exc):
        if _wants_json(request):
            return unavailable_json()
        response = HttpResponse(UNAVAILABLE, status=503, content_type="text/plain; charset=utf-8")
        response["Retry-After"] = str(RETRY_AFTER)
        return response
    if _wants_json(request):
        return JsonResponse({"detail": "Server error."}, status=500)
    return defaults.server_error(request)
