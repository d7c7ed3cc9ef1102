"""The trap paths behind PgBouncer in transaction mode (README "Behind PgBouncer").

.ci/servers.sh starts a PgBouncer in transaction mode in front of the test cluster and exports
PGBOUNCER_URL. Each test here points the default connection at it, configured as
DATABASE_POOL_MODE=transaction configures it (leadcrm.pooling), and runs a path that would
break if it leaned on server session state: a full rescore (its aggregate table outlives a
transaction), the CSV export (a server-side cursor), intake under concurrency (advisory locks)
and an import (COPY, SET LOCAL, one long transaction). The PgBouncer hands out its server
connections round robin, so consecutive transactions of one client really do land on other
sessions (the first test makes sure of that: otherwise the others would pass by luck).
"""

import copy
import io
import os
import random
import threading
from urllib.parse import urlsplit

import psycopg
import pytest
from django.db import connection, connections
from django.urls import reverse

from leadcrm.pooling import configure_pool_mode
from leads import export
from leads.imports.service import leads_import
from leads.intake import lead_intake
from leads.models import Lead, Via
from scoring.agg_table import AGG_PREFIX
from tests.factories import LeadFactory
from tests.scoring.conftest import make_version
from tests.scoring.test_bulk import DEMO_RULE, assert_bulk_equals_engine, build

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.pgbouncer,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
_KEYS = ("HOST", "PORT", "OPTIONS", "DISABLE_SERVER_SIDE_CURSORS")


def _release_server_connections(name: str) -> None:
    """PgBouncer keeps its server connections to the test database open: without this the
    test run could not drop that database at the end. (Its console speaks the simple query
    protocol only: a client-side-binding cursor.)"""
    url = urlsplit(os.environ["PGBOUNCER_URL"])
    with psycopg.connect(
        host=url.hostname,
        port=url.port,
        user=url.username,
        dbname="pgbouncer",
        autocommit=True,
        cursor_factory=psycopg.ClientCursor,
    ) as console:
        console.execute(f"KILL {name}")
        console.execute(f"RESUME {name}")


def _open_server_connections(name: str, count: int = 4) -> None:
    """Have PgBouncer open `count` server connections to the test database (`count` clients in
    a transaction at once, then done): it hands them out round robin from then on."""
    url = urlsplit(os.environ["PGBOUNCER_URL"])
    clients = [
        psycopg.connect(host=url.hostname, port=url.port, user=url.username, dbname=name)
        for _ in range(count)
    ]
    try:
        for client in clients:
            client.execute("SELECT 1")
        for client in clients:
            client.commit()
    finally:
        for client in clients:
            client.close()


@pytest.fixture
def through_pgbouncer():
    """The default connection (of every thread) goes through PgBouncer for the test."""
    url = urlsplit(os.environ["PGBOUNCER_URL"])
    db = connection.settings_dict  # the dict every thread's connection reads
    saved = {key: copy.deepcopy(db[key]) for key in _KEYS if key in db}
    pooled = configure_pool_mode(db, mode="transaction", pg_options="")
    connection.close()
    db.update(
        HOST=url.hostname,
        PORT=url.port,
        OPTIONS=pooled["OPTIONS"],
        DISABLE_SERVER_SIDE_CURSORS=True,
    )
    try:
        _open_server_connections(db["NAME"])
        yield
    finally:
        connections.close_all()
        for key in _KEYS:
            db.pop(key, None)
        db.update(saved)
        _release_server_connections(db["NAME"])


def _one(sql: str) -> object:
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchone()[0]


def test_it_reaches_postgresql_through_pgbouncer_on_other_sessions_with_the_planner_settings(
    through_pgbouncer,
):
    assert _one("SHOW port") != str(urlsplit(os.environ["PGBOUNCER_URL"]).port)
    # Each statement is a transaction of its own: they run on several server sessions.
    assert len({_one("SELECT pg_backend_pid()") for _ in range(12)}) > 1
    # The settings the `options` startup parameter sends elsewhere (PgBouncer's connect_query).
    assert (_one("SHOW jit"), _one("SHOW random_page_cost")) == ("off", "1.1")
    assert connection.settings_dict["OPTIONS"].get("options") is None


def test_a_full_rescore_reads_its_aggregate_from_later_transactions(through_pgbouncer, monkeypatch):
    """The aggregate is made in one transaction and read by each batch's own: a TEMPORARY
    table would exist on one server session only ("relation ... does not exist")."""
    build(random.Random(11), 60)
    version = make_version([DEMO_RULE], weights=(0, 1, 0), auto_promote=False)

    assert assert_bulk_equals_engine(version, batch=10) == 60
    assert _one(f"SELECT count(*) FROM pg_tables WHERE tablename LIKE '{AGG_PREFIX}%%'") == 0


def test_the_export_streams_through_a_server_side_cursor(
    through_pgbouncer, client, manager, monkeypatch
):
    LeadFactory.create_batch(130)
    monkeypatch.setattr(export, "CHUNK_SIZE", 25)
    wrapper = type(connections["default"])
    real, named = wrapper.chunked_cursor, []

    def spy(self):
        named.append(self.in_atomic_block)
        return real(self)

    monkeypatch.setattr(wrapper, "chunked_cursor", spy)
    client.force_login(manager)

    response = client.get(reverse("leads:export"))

    lines = b"".join(response.streaming_content).decode().splitlines()
    assert len(lines) == 1 + 130
    # One server-side cursor, declared inside the export's own transaction (not WITH HOLD).
    assert named == [True]


def test_concurrent_intakes_of_one_phone_make_one_lead(through_pgbouncer):
    """The phone's advisory lock is a transaction lock: PgBouncer keeps a transaction on one
    server session, so it serializes the intakes as it does without PgBouncer."""
    start = threading.Barrier(8)
    errors: list[BaseException] = []

    def intake(n: int) -> None:
        try:
            start.wait(timeout=30)
            lead_intake(
                data={"phone": "+442079460018", "country": "GB", "first_name": f"Caller {n}"},
                by=None,
                via=Via.API,
            )
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=intake, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert Lead.objects.filter(phone="+442079460018").count() == 1


def test_an_import_runs_through_pgbouncer(through_pgbouncer, marketer):
    rows = "".join(f"pool{i}@example.com,020 {i:08d},GB,Lead {i}\n" for i in range(1_500))
    csv = f"email,phone,country,first_name\n{rows}".encode()

    report = leads_import(
        file=io.BytesIO(csv),
        mapping={
            "email": "email",
            "phone": "phone",
            "country": "country",
            "first_name": "first_name",
        },
        by=marketer,
        batch_size=500,
    )

    assert (report.created, report.rejected) == (1_500, 0)
    assert Lead.objects.get(email="pool12@example.com").phone == "+442000000012"
    assert not Lead.objects.filter(scored_at__isnull=True).exists()
