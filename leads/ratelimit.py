"""Who the client is, for rate limits and login lockouts (leads/throttling.py, django-axes)."""

from __future__ import annotations

from django.conf import settings
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
