"""Health probes for the orchestrator: `/healthz` (the process answers) and `/readyz` (what it
needs is reachable).

They are answered by a middleware at the top of the stack, before the host check, sessions,
authentication, the HTTPS redirect, login lockouts and rate limits: a probe comes from the
orchestrator with the pod's address as its host, over plain HTTP, many times a minute, and must
neither be refused for that nor count against anyone's budget nor create a session.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from django.conf import settings
from django.db import DatabaseError, connections
from django.http import HttpRequest, HttpResponse

from leadcrm.celery import app
from leads.queueing import QUEUE_ERRORS

HEALTH_PATH = "/healthz"
READY_PATH = "/readyz"
# A probe that takes longer than this is as bad as a failed one (the orchestrator's own timeout
# is usually 1-5 s); each dependency gets this long to answer.
CHECK_TIMEOUT = 2


def check_database(alias: str) -> None:
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_broker() -> None:
    with app.connection_for_write(settings.CELERY_BROKER_URL) as conn:
        conn.ensure_connection(max_retries=0, timeout=CHECK_TIMEOUT)


def readiness() -> dict[str, str]:
    """Each dependency of this process, "ok" or why not."""
    checks: dict[str, Callable[[], None]] = {
        alias: (lambda alias=alias: check_database(alias)) for alias in settings.DATABASES
    }
    if settings.CELERY_BROKER_URL and not settings.CELERY_TASK_ALWAYS_EAGER:
        checks["broker"] = check_broker
    found = {}
    for name, check in checks.items():
        try:
            check()
        except (DatabaseError, *QUEUE_ERRORS) as exc:
            found[name] = f"unavailable: {type(exc).__name__}"
        else:
            found[name] = "ok"
    return found


def _json(body: dict, status: int) -> HttpResponse:
    response = HttpResponse(json.dumps(body), status=status, content_type="application/json")
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        path = request.path_info.rstrip("/")
        if path == HEALTH_PATH:
            return _json({"status": "ok"}, 200)
        if path == READY_PATH:
            started = time.monotonic()
            checks = readiness()
            ready = all(state == "ok" for state in checks.values())
            body = {
                "status": "ok" if ready else "unavailable",
                "checks": checks,
                "ms": round((time.monotonic() - started) * 1000),
            }
            return _json(body, 200 if ready else 503)
        return self.get_response(request)
