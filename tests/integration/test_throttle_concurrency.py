"""The API's per-user budget holds exactly under parallel clients (PostgreSQL + Redis): 16
threads sending 200 requests with one token get exactly the budget through."""

import threading
import time

import pytest
from django.conf import settings
from django.db import connection
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BUDGET = 50


def _wait_for_a_fresh_window() -> None:
    # The budget is per clock minute: start well inside one so the run does not straddle two.
    if time.time() % 60 > 45:
        time.sleep(60 - time.time() % 60 + 0.5)


def test_the_user_budget_holds_exactly_under_16_parallel_clients(marketer, monkeypatch):
    if "Redis" not in settings.CACHES["default"]["BACKEND"]:
        pytest.fail("needs the shared Redis cache: set CACHE_URL=redis://...")
    from leads.api_tokens import token_issue

    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "user", f"{BUDGET}/min")
    token = token_issue(user=marketer)
    statuses: list[int] = []
    lock = threading.Lock()
    _wait_for_a_fresh_window()
    start = threading.Barrier(16)

    def client(_n: int) -> None:
        try:
            api = APIClient(HTTP_AUTHORIZATION=f"Token {token}")
            start.wait(timeout=30)
            mine = [api.get("/api/v1/reasons/").status_code for _ in range(200 // 16 + 1)]
            with lock:
                statuses.extend(mine)
        finally:
            connection.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert len(statuses) == 16 * (200 // 16 + 1)
    assert statuses.count(200) == BUDGET
    assert statuses.count(429) == len(statuses) - BUDGET
