"""Each person sees dates in their own time zone (Profile.time_zone, else settings.TIME_ZONE).

The zone is read from the profile once, at login, and kept in the session, so that pages
spend no query on it.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from handoff.models import Profile

SESSION_KEY = "leadcrm_time_zone"


def remember_time_zone(request: HttpRequest, name: str) -> None:
    request.session[SESSION_KEY] = name


@receiver(user_logged_in)
def time_zone_on_login(sender, request: HttpRequest | None, user, **kwargs) -> None:
    if request is not None and hasattr(request, "session"):
        name = Profile.objects.filter(user=user).values_list("time_zone", flat=True).first()
        remember_time_zone(request, name or "")


class TimeZoneMiddleware:
    """Activates the signed-in person's time zone for the request (templates and forms)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = getattr(request, "session", None)
        name = session.get(SESSION_KEY) if session is not None else None
        try:
            zone = zoneinfo.ZoneInfo(name) if name else None
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            zone = None
        if zone is None:
            timezone.deactivate()
        else:
            timezone.activate(zone)
        return self.get_response(request)
