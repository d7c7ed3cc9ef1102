"""Reports read from the streaming replica; everything else, and every write, from the primary.

Runs against the real replica .ci/servers.sh starts (pg_basebackup -R), with its replay paused to
make the difference visible: data written on the primary after the pause is not on the replica.
"""

import threading
import time

import pytest
from django.conf import settings
from django.db import connections
from django.urls import reverse
from django.utils import timezone

from leadcrm import replica
from leads.models import Lead
from tests.factories import LeadFactory
from tests.integration.conftest import wait_for

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.replica,
    pytest.mark.django_db(
        transaction=True,
        serialized_rollback=True,
        # Without a replica configured the tests skip (the `replica` marker): name only the
        # databases that exist, or the test database setup itself fails first.
        databases=[alias for alias in ("default", "replica") if alias in settings.DATABASES],
    ),
]

FUNNEL = reverse("api-reports-funnel")


def _one(alias: str, sql: str):
    with connections[alias].cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchone()[0]


def _caught_up() -> bool:
    # The insert position, not pg_current_wal_lsn(): with synchronous_commit=off (as CI runs the
    # primary) a commit may still sit in the WAL buffers, before the written position.
    primary = _one("default", "SELECT pg_current_wal_insert_lsn()::text")
    return _one("replica", f"SELECT pg_last_wal_replay_lsn() >= '{primary}'::pg_lsn")


@pytest.fixture
def replica_on(settings):
    settings.REPLICA_READS = True
    settings.REPLICA_LAG_NOTICE = 1
    replica._replica_down_until = 0.0
    assert wait_for(_caught_up, timeout=30)
    yield
    _one("replica", "SELECT pg_wal_replay_resume()::text")
    replica._replica_down_until = 0.0


@pytest.fixture
def paused(replica_on):
    _one("replica", "SELECT pg_wal_replay_pause()::text")
    assert wait_for(lambda: _one("replica", "SELECT pg_get_wal_replay_pause_state()") == "paused")
    yield
    _one("replica", "SELECT pg_wal_replay_resume()::text")


def _today() -> dict[str, str]:
    day = timezone.now().date().isoformat()
    return {"created_after": day, "created_before": day}


def _cohort(api, user) -> int:
    response = api(user).get(FUNNEL, _today())
    assert response.status_code == 200, response.content
    return response.json()["cohort"]["leads"]


def test_the_funnel_api_reads_the_replica(api, manager, paused):
    LeadFactory()  # committed on the primary, not replayed on the paused replica

    assert Lead.objects.count() == 1
    assert _cohort(api, manager) == 0

    _one("replica", "SELECT pg_wal_replay_resume()::text")
    assert wait_for(_caught_up, timeout=30)
    assert _cohort(api, manager) == 1


def test_the_report_page_says_how_far_behind_the_replica_is(client, manager, paused):
    LeadFactory()
    time.sleep(1.5)  # past REPLICA_LAG_NOTICE
    client.force_login(manager)

    response = client.get(reverse("reports:funnel"), _today())

    assert response.status_code == 200
    assert b"data-replica-lag" in response.content
    assert b"behind" in response.content


def _resume_replay_after(seconds: float) -> threading.Timer:
    def resume() -> None:
        try:
            _one("replica", "SELECT pg_wal_replay_resume()::text")
        finally:
            connections["replica"].close()

    timer = threading.Timer(seconds, resume)
    timer.start()
    return timer


def test_a_replica_a_moment_short_of_the_primary_is_not_behind_by_its_idle_time(
    manager, paused, monkeypatch
):
    # The replica has not replayed the last commit yet, and the one before is 1.5 s old: that age
    # is how long the primary was idle, not how far behind the replica is. It replays within the
    # grace (0.3 s here, given 10 s so a busy machine cannot fail the test), so it is not behind.
    monkeypatch.setattr(replica, "REPLAY_GRACE", 10.0)
    time.sleep(1.5)
    LeadFactory()
    timer = _resume_replay_after(0.3)
    try:
        with replica.replica_reads():
            lag = replica.replica_lag_seconds()
    finally:
        timer.join()

    assert lag == 0.0


def test_a_caught_up_replica_shows_no_notice(client, manager, replica_on):
    client.force_login(manager)
    LeadFactory()
    assert wait_for(_caught_up, timeout=30)
    time.sleep(1.5)  # an idle primary: the last replayed transaction grows old, the data does not

    response = client.get(reverse("reports:funnel"), _today())

    assert response.status_code == 200
    assert b"data-replica-lag" not in response.content


def test_pages_that_show_what_was_just_written_read_the_primary(client, manager, paused):
    lead = LeadFactory(owner=manager)
    client.force_login(manager)

    assert client.get(reverse("leads:detail", args=[lead.pk])).status_code == 200


def test_writes_inside_a_replica_block_go_to_the_primary(paused):
    with replica.replica_reads() as alias:
        assert alias == "replica"
        lead = LeadFactory()
        assert Lead.objects.filter(pk=lead.pk).exists() is False  # read: the paused replica
    assert Lead.objects.filter(pk=lead.pk).exists()  # written: the primary


def test_an_unreachable_replica_falls_back_to_the_primary(api, manager, paused):
    LeadFactory()
    connections["replica"].close()
    port = connections["replica"].settings_dict["PORT"]
    connections["replica"].settings_dict["PORT"] = 9  # nothing listens there
    try:
        assert _cohort(api, manager) == 1
        with replica.replica_reads() as alias:
            assert alias == "default"
    finally:
        connections["replica"].close()
        connections["replica"].settings_dict["PORT"] = port


def test_the_export_streams_from_the_replica(client, manager, paused):
    LeadFactory(email="late@example.com")
    client.force_login(manager)

    response = client.get(reverse("leads:export"))

    body = b"".join(response.streaming_content).decode()
    assert "late@example.com" not in body

    _one("replica", "SELECT pg_wal_replay_resume()::text")
    assert wait_for(_caught_up, timeout=30)
    response = client.get(reverse("leads:export"))
    assert "late@example.com" in b"".join(response.streaming_content).decode()
