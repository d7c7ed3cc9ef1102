"""Login lockout and API request budgets that hold under attack and under parallel clients.

- Login (django-axes): failures count per username AND per client address, separately: one
  password sprayed over many usernames from one address is stopped by the address count, and
  a username attacked from many addresses by the username count. The address is the one
  leads.ratelimit.client_address trusts (PROXY_COUNT), so behind the TLS proxy each client is
  counted on its own instead of everyone sharing the proxy's address.
- Request budgets, one mechanism for the API and the public web form: DRF throttle classes
  whose count is one atomic increment in the shared cache (a fixed window). DRF's own throttles
  keep a list of request times and write it back (read, modify, write): parallel requests of
  one client read the same list and all pass, so the limit would not hold across processes.
  With Redis down the cache answers a miss (leadcrm/cache.py): every count starts at one and
  requests pass rather than fail.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.core.cache import cache
from django.db.models import Sum
from django.http import HttpRequest
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle, UserRateThrottle

from leads.ratelimit import client_address

if TYPE_CHECKING:
    from leads.models import LeadSource


class LoginLockoutHandler(AxesDatabaseHandler):
    """AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]: axes counts each separately and
    locks on the larger count against one limit. An office behind one address makes more
    honest mistakes than one person, so the address has its own, higher limit
    (AXES_ADDRESS_FAILURE_LIMIT); the username keeps AXES_FAILURE_LIMIT."""

    def get_failures(self, request, credentials: dict | None = None) -> int:
        by_username, by_address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        if by_address >= settings.AXES_ADDRESS_FAILURE_LIMIT:
            return max(by_username, settings.AXES_FAILURE_LIMIT)
        return by_username

    def reset_user_attempts(self, request, credentials: dict | None = None) -> int:
        """A successful login forgives that username's failures only: axes would also forget
        every failure from the address, so a sprayer could reset the count with an account of
        their own."""
        by_username = self.filter_user_attempts(request, credentials)[0]
        count, _ = by_username.delete()
        return count


class _AtomicThrottle:
    """A fixed window per rate's duration, counted with cache.add + cache.incr."""

    def allow_request(self, request, view) -> bool:
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        self.now = time.time()
        return self._count_hit() <= self.num_requests

    def _count_hit(self) -> int:
        """Count this request in its window; returns the window's count so far."""
        bucket = f"leadcrm:rate:{self.key}:{int(self.now // self.duration)}"
        cache.add(bucket, 0, timeout=self.duration + 1)
        try:
            return cache.incr(bucket)
        except ValueError:  # the bucket expired between add and incr: a new window starts
            cache.set(bucket, 1, timeout=self.duration + 1)
            return 1

    def wait(self) -> float:
        return self.duration - (self.now % self.duration)

    def get_ident(self, request) -> str:
        return client_address(request)


class AtomicUserRateThrottle(_AtomicThrottle, UserRateThrottle):
    pass


class AtomicAnonRateThrottle(_AtomicThrottle, AnonRateThrottle):
    pass


class WebFormThrottle(_AtomicThrottle, SimpleRateThrottle):
    """Posts to one source's public form from one client address: WEBFORM_RATE_LIMIT in each
    window of WEBFORM_RATE_WINDOW seconds (any length, which DRF's "N/period" rates cannot
    say)."""

    scope = "webform"

    def __init__(self, source: LeadSource) -> None:
        self.source = source
        super().__init__()

    def get_rate(self) -> str:
        return f"{settings.WEBFORM_RATE_LIMIT}/{settings.WEBFORM_RATE_WINDOW}s"

    def parse_rate(self, rate: str | None) -> tuple[int, int]:
        return settings.WEBFORM_RATE_LIMIT, settings.WEBFORM_RATE_WINDOW

    def get_cache_key(self, request: HttpRequest, view: object) -> str:
        return f"webform:{self.source.pk}:{self.get_ident(request)}"
