"""Django's Redis cache, made to fail soft: a stopped or stalled Redis is a cache miss.

What the cache holds here can be lost: rescoring's coalescing markers (a miss queues one more
rescore), rate-limit counters (a miss lets the request through), import progress (a miss shows
0%). So a request must not fail, nor wait, because Redis does: an error is logged and answered as
a miss, and for the next few seconds this process does not ask Redis at all, so that a stalled
server costs one request its socket timeout (leadcrm/settings.py), not every cache call.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import cached_property
from typing import Any

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

# What each call answers while Redis is away: a miss, or "nothing stored".
_MISSES: dict[str, Callable[..., Any]] = {
    "get": lambda key, default=None, *a, **kw: default,
    "add": lambda *a, **kw: True,  # "added": the caller goes on as for a fresh key
    "set": lambda *a, **kw: None,
    "touch": lambda *a, **kw: False,
    "delete": lambda *a, **kw: False,
    "get_many": lambda *a, **kw: {},
    "has_key": lambda *a, **kw: False,
    "set_many": lambda *a, **kw: None,
    "delete_many": lambda *a, **kw: None,
    "clear": lambda *a, **kw: False,
}


def _missing_key(*args: Any, **kwargs: Any) -> Any:
    raise ValueError("Redis is unavailable: the key is treated as missing.")


_MISSES["incr"] = _missing_key


class _FailSoftClient:
    def __init__(self, client: Any, retry_after: float) -> None:
        self._client = client
        self._retry_after = retry_after
        self._down_until = 0.0

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._client, name)
        miss = _MISSES.get(name)
        if miss is None:
            return method

        def call(*args: Any, **kwargs: Any) -> Any:
            if time.monotonic() < self._down_until:
                return miss(*args, **kwargs)
            try:
                return method(*args, **kwargs)
            except RedisError as exc:
                log.warning("Cache unavailable (%s: %s); treating it as empty", type(exc), exc)
                self._down_until = time.monotonic() + self._retry_after
                return miss(*args, **kwargs)

        return call


class FailSoftRedisCache(RedisCache):
    """settings.CACHES backend; OPTIONS["retry_after"]: seconds to skip Redis after an error."""

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        options = dict(params.get("OPTIONS", {}))
        self._retry_after = float(options.pop("retry_after", 10))
        super().__init__(server, {**params, "OPTIONS": options})

    @cached_property
    def _cache(self) -> Any:
        return _FailSoftClient(self._class(self._servers, **self._options), self._retry_after)
