import socket
import time

import pytest

from leadcrm.cache import FailSoftRedisCache


@pytest.fixture
def unreachable() -> FailSoftRedisCache:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return FailSoftRedisCache(
        f"redis://127.0.0.1:{port}/0",
        {"OPTIONS": {"socket_timeout": 1, "socket_connect_timeout": 1, "retry_after": 60}},
    )


def test_with_redis_away_every_call_is_a_miss_instead_of_an_error(unreachable):
    assert unreachable.get("key", "default") == "default"
    assert unreachable.add("key", 1) is True  # "fresh": rescoring is queued, not coalesced
    assert unreachable.get_many(["a", "b"]) == {}
    assert unreachable.set("key", 1) is None
    assert unreachable.delete_many(["a"]) is None
    with pytest.raises(ValueError):
        unreachable.incr("key")  # a missing key, as for an expired rate-limit window


def test_after_an_error_it_leaves_redis_alone_for_a_while(unreachable, monkeypatch):
    unreachable.get("key")
    client = unreachable._cache._client
    monkeypatch.setattr(client, "get", lambda *a, **kw: pytest.fail("asked Redis again"))

    started = time.monotonic()
    assert unreachable.get("key", 7) == 7
    assert time.monotonic() - started < 0.1


def test_redis_is_asked_again_once_the_pause_is_over(unreachable, monkeypatch):
    unreachable.get("key")
    unreachable._cache._down_until = 0.0
    monkeypatch.setattr(unreachable._cache._client, "get", lambda key, default: "back")

    assert unreachable.get("key") == "back"
