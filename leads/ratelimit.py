"""A fixed-window rate limit on the shared cache (Redis in production, so every web process
counts together)."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The client's address. Behind PROXY_COUNT reverse proxies, each appending to
    X-Forwarded-For, the client is that many entries from the right: anything further left was
    written by the client and cannot be trusted."""
    proxies = settings.PROXY_COUNT
    if proxies:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [a for a in forwarded if a]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def rate_limit_hit(key: str, *, limit: int, window: int) -> bool:
    """Count one hit on `key`; True when this hit is over `limit` in the current window."""
    bucket = f"leadcrm:rate:{key}:{int(time.time() // window)}"
    cache.add(bucket, 0, timeout=window + 1)
    try:
        count = cache.incr(bucket)
    except ValueError:  # the bucket expired between add and incr: a new window starts
        cache.set(bucket, 1, timeout=window + 1)
        count = 1
    return count > limit
