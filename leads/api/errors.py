"""The API's one exception handler (REST_FRAMEWORK["EXCEPTION_HANDLER"]).

Kept apart from leads.errors: DRF's views module reads the permission setting when imported,
and that setting points at leads.access, which raises leads.errors' exceptions.
"""

from __future__ import annotations

import logging

from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler
from rest_framework.views import set_rollback

from leads.errors import RETRY_AFTER, UNAVAILABLE, DomainError, is_service_down

logger = logging.getLogger(__name__)


def api_exception_handler(exc: Exception, context: dict) -> Response | None:
    """REST_FRAMEWORK's EXCEPTION_HANDLER: domain errors and an unreachable database or broker
    become JSON answers; everything else as DRF does (None: a real bug, a 500)."""
    if isinstance(exc, DomainError):
        set_rollback()
        return Response(exc.body(), status=exc.status)
    if is_service_down(exc):
        logger.warning("API request failed, a server is unreachable: %r", exc)
        response = Response({"detail": UNAVAILABLE}, status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        return response
    return drf_exception_handler(exc, context)
