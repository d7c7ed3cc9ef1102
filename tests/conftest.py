"""Shared fixtures: one user per role plus an outsider without a role, in one sales team.

Tests marked `postgres` or `worker` need the real servers. They are skipped when the servers
are not configured, unless LEADCRM_REQUIRE_SERVERS=1 (set by .ci/run's integration run), where a
missing server fails the test instead: CI never passes by skipping them.
"""

import os

import pytest
from django.core.cache import cache
from django.db import connection
from rest_framework.test import APIClient

from leads.accounts import user_create_with_role
from leads.roles import Role
from tests.factories import UserFactory

REQUIRE_SERVERS = os.environ.get("LEADCRM_REQUIRE_SERVERS") == "1"


def _missing(reason: str) -> None:
    if REQUIRE_SERVERS:
        pytest.fail(f"{reason} (LEADCRM_REQUIRE_SERVERS=1 forbids skipping)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _servers(request) -> None:
    if request.node.get_closest_marker("postgres") and connection.vendor != "postgresql":
        _missing("needs PostgreSQL: set DATABASE_URL=postgres://...")
    if request.node.get_closest_marker("worker") and not os.environ.get("CELERY_BROKER_URL"):
        _missing("needs Redis and a Celery worker: set CELERY_BROKER_URL=redis://...")
    if request.node.get_closest_marker("replica") and not os.environ.get("DATABASE_REPLICA_URL"):
        _missing("needs a PostgreSQL streaming replica: set DATABASE_REPLICA_URL=postgres://...")
    if request.node.get_closest_marker("pgbouncer") and not os.environ.get("PGBOUNCER_URL"):
        _missing("needs a PgBouncer in transaction mode: set PGBOUNCER_URL=postgres://...")


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits, throttles and coalescing markers live in the cache: each test starts clean."""
    cache.clear()
    yield
    cache.clear()


def _user(username: str, role: Role, team: str | None = "Inside Sales"):
    user, _ = user_create_with_role(username=username, role=role, password="secret-pass", team=team)
    return user


@pytest.fixture
def marketer(db):
    return _user("marketer", Role.MARKETER, None)


@pytest.fixture
def sdr(db):
    return _user("sdr", Role.SDR)


@pytest.fixture
def rep(db):
    return _user("rep", Role.REP)


@pytest.fixture
def rep2(db):
    return _user("rep2", Role.REP)


@pytest.fixture
def manager(db):
    return _user("manager", Role.MANAGER)


@pytest.fixture
def admin_user(db):
    return _user("admin", Role.ADMIN, None)


@pytest.fixture
def outsider(db):
    """Signed in, but in no role: sees nothing."""
    return UserFactory(username="outsider")


@pytest.fixture
def users(marketer, sdr, rep, rep2, manager, admin_user, outsider) -> dict:
    return {
        "marketer": marketer,
        "sdr": sdr,
        "rep": rep,
        "rep2": rep2,
        "manager": manager,
        "admin": admin_user,
        "outsider": outsider,
    }


@pytest.fixture
def api():
    def client_for(user=None) -> APIClient:
        client = APIClient()
        if user is not None:
            client.force_authenticate(user)
        return client

    return client_for


@pytest.fixture
def rate_window():
    """Rate limits count per clock window (a minute): start the test at a window's start, so
    requests that straddle two windows never reset the count mid-test. The clock still runs."""
    import time

    import time_machine

    start = (int(time.time()) // 3600 + 1) * 3600 + 1  # one second into a coming hour
    with time_machine.travel(start, tick=True):
        yield
