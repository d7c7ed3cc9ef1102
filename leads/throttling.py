"""Login lockout and API request budgets that hold under attack and under parallel clients.

- Login (django-axes): failures count per username AND per client address, separately: one
  password sprayed over many usernames from one address is stopped by the address count, and
  a username attacked from many addresses by the username count. The address is the one
  leads.ratelimit.client_address trusts (PROXY_COUNT), so behind the TLS proxy each client is
  counted on its own instead of everyone sharing the proxy's address.
- API throttles: DRF's throttles keep a list of request times and write it back (read, modify,
  write): parallel requests of one client read the same list and all pass. These count with
  one atomic increment in the shared cache (leads.ratelimit.rate_limit_hit), so the limit holds
  exactly across processes.
"""

from __future__ import annotations

import time

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from leads.ratelimit import client_address, rate_limit_hit


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
        return not rate_limit_hit(self.key, limit=self.num_requests, window=self.duration)

    def wait(self) -> float:
        return self.duration - (self.now % self.duration)

    def get_ident(self, request) -> str:
        return client_address(request)


class AtomicUserRateThrottle(_AtomicThrottle, UserRateThrottle):
    pass


class AtomicAnonRateThrottle(_AtomicThrottle, AnonRateThrottle):
    pass
