"""Benchmark: real-time scoring and the lead page on a partitioned activity table of 100M rows.

    createdb -h 127.0.0.1 -p 55432 -U postgres leadcrm_bench_acts
    DATABASE_URL=postgres://postgres@127.0.0.1:55432/leadcrm_bench_acts \
        nice .venv/bin/python bench/activities.py --activities 100000000 --leads 1000000

Migrates the database it is pointed at (use one of its own), then generates --leads leads and
--activities activities spread evenly over --months months up to now, one monthly partition at
a time (INSERT ... SELECT generate_series straight into the month's partition, with the
indexes and foreign keys dropped during the load and built again after it, as the migration
builds them). The mix is bench/scoring.py's (page views carry seconds); one lead in a thousand
has a rep's logged calls, and one "heavy" lead has --heavy events (default 2,000) over the
months. A load whose counts match is reused (--reload forces a new one).

Then it times, as the median of --runs runs (whole time, including Django):
- real-time scoring: scoring.services.rescore_leads (what the real-time task runs for a
  coalesced burst) for 100 random leads, and for 1 lead;
- the lead page: GET /leads/<id>/ through Django's test Client as a manager and as the
  owning rep, for a typical lead (about activities/leads events) and the heavy lead;
- with --full-rescore: scoring.services.rescore_version over every lead (once).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leadcrm.settings")
os.environ.setdefault("DEBUG", "1")  # a local run needs no SECRET_KEY

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from leads.accounts import user_create_with_role  # noqa: E402
from leads.models import ActivityType  # noqa: E402
from leads.partitions import add_months, month_start, partition_name  # noqa: E402
from leads.roles import Role  # noqa: E402
from scoring import services  # noqa: E402
from scoring.models import ScoringVersion  # noqa: E402


def _load_bench_scoring():
    """bench/scoring.py as a module (bench/ is not a package): its rules, lead mix and leads."""
    spec = importlib.util.spec_from_file_location(
        "bench_scoring", Path(__file__).with_name("scoring.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH_SCORING = _load_bench_scoring()
MIX = BENCH_SCORING.MIX
TABLE = "leads_activity"
# What the migration builds on the parent (leads 0022), dropped during the load.
PRIMARY_KEY = f"ALTER TABLE {TABLE} ADD CONSTRAINT {TABLE}_pkey PRIMARY KEY (id, occurred_at)"


def _log(message: str) -> None:
    print(f"[{datetime.now(UTC):%H:%M:%S}] {message}", flush=True)


def _execute(sql: str, params: list | None = None) -> int:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def _scalar(sql: str, params: list | None = None):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def _schema() -> tuple[list[str], list[str]]:
    """(the parent's index DDL, its foreign keys' DDL), as the database has them."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = %s AND indexname <> %s",
            [TABLE, f"{TABLE}_pkey"],
        )
        # pg_indexes says "ON ONLY" for a partitioned index: built so, it would stay on the
        # parent alone (invalid), with no index on any partition.
        indexes = [sql.replace(" ON ONLY ", " ON ") for (sql,) in cursor.fetchall()]
        cursor.execute(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid = %s::regclass AND contype = 'f'",
            [TABLE],
        )
        keys = [f"ALTER TABLE {TABLE} ADD CONSTRAINT {n} {d}" for n, d in cursor.fetchall()]
    return indexes, keys


def _drop_schema(indexes: list[str], keys: list[str]) -> None:
    for sql in keys:
        _execute(f"ALTER TABLE {TABLE} DROP CONSTRAINT {sql.split()[5]}")
    for sql in indexes:
        _execute(f"DROP INDEX {sql.split()[2]}")
    _execute(f"ALTER TABLE {TABLE} DROP CONSTRAINT {TABLE}_pkey")


def load(leads: int, activities: int, months: int, heavy: int) -> None:
    _execute("SET maintenance_work_mem = '512MB'")
    _execute("SET work_mem = '64MB'")
    _execute("SELECT setseed(0.42)")
    _execute(f"TRUNCATE {TABLE}, leads_activitykey")
    _execute("DELETE FROM leads_lead WHERE external_id LIKE 'bench-%%'")
    started = time.monotonic()
    _insert_leads(leads)
    _log(f"{leads:,} leads in {time.monotonic() - started:.0f} s")
    indexes, keys = _schema()
    _drop_schema(indexes, keys)
    now = timezone.now()
    first = add_months(month_start(now), -(months - 1))
    for offset in range(months + 3):
        start = add_months(first, offset)
        name = partition_name(start)
        if not _scalar("SELECT to_regclass(%s) IS NOT NULL", [name]):
            _execute(
                f"CREATE TABLE {name} PARTITION OF {TABLE} FOR VALUES FROM "
                f"('{start.isoformat()}') TO ('{add_months(start, 1).isoformat()}')"
            )
    low, high = _scalar("SELECT min(id) FROM leads_lead"), _scalar("SELECT max(id) FROM leads_lead")
    types = dict(ActivityType.objects.values_list("code", "pk"))
    per_month = activities // months
    for offset in range(months):
        start = add_months(first, offset)
        end = min(add_months(start, 1), now)
        begun = time.monotonic()
        _insert_month(partition_name(start), start, end, per_month, low, high, types)
        _log(f"{partition_name(start)}: {per_month:,} rows in {time.monotonic() - begun:.0f} s")
    _insert_heavy_and_work(heavy, first, now, low, high, types)
    begun = time.monotonic()
    for sql in [PRIMARY_KEY, *indexes, *keys]:
        _execute(sql)
        _log(f"{sql[:70]}... built ({time.monotonic() - begun:.0f} s so far)")
    _execute(f"SELECT setval('{TABLE}_id_seq', (SELECT max(id) FROM {TABLE}))")
    _execute(f"ANALYZE {TABLE}")
    _execute("ANALYZE leads_lead")
    _log(f"loaded in {time.monotonic() - started:.0f} s")


def _insert_leads(count: int) -> None:
    with connection.cursor() as cursor:
        BENCH_SCORING.insert_bench_leads(cursor, count, days=900, named=True)


def _insert_month(
    name: str,
    start: datetime,
    end: datetime,
    count: int,
    low: int,
    high: int,
    types: dict[str, int],
) -> None:
    """One month's events, each for a lead drawn at random, straight into its partition."""
    mix = "ARRAY[" + ",".join(str(types[code]) for code in MIX) + "]"
    views = f"({types['page_view']}, {types['pricing_page_view']})"
    _execute(
        f"""
        INSERT INTO {name} (id, lead_id, type_id, occurred_at, properties, idempotency_key,
            via, created_at, note, outcome)
        SELECT nextval('{TABLE}_id_seq'), %s + floor(random() * %s)::bigint, t.type_id, t.at,
            CASE WHEN t.type_id IN {views}
                 THEN jsonb_build_object('seconds', floor(random() * 300)::int,
                                         'url', '/page/' || (g %% 50))
                 ELSE '{{}}'::jsonb END,
            '', 'api', t.at, '', ''
        FROM generate_series(1, %s) AS g
        CROSS JOIN LATERAL (
            SELECT ({mix})[1 + floor(random() * {len(MIX)})::int + (g * 0)] AS type_id,
                   %s::timestamptz + random() * (%s::timestamptz - %s::timestamptz) AS at
        ) AS t
        """,
        [low, high - low + 1, count, start, end, start],
    )


def _insert_heavy_and_work(
    heavy: int, first: datetime, now: datetime, low: int, high: int, types: dict[str, int]
) -> None:
    """The heavy lead's events, and a rep's logged calls on one lead in a thousand."""
    rep = _bench_user("bench-rep", Role.REP)
    heavy_id = low  # bench-1
    views = types["page_view"]
    _execute(
        f"""
        INSERT INTO {TABLE} (id, lead_id, type_id, occurred_at, properties, idempotency_key,
            via, created_at, note, outcome)
        SELECT nextval('{TABLE}_id_seq'), %s, %s, at, jsonb_build_object('seconds', 30), '',
            'api', at, '', ''
        FROM (SELECT %s::timestamptz + random() * (%s::timestamptz - %s::timestamptz) AS at
              FROM generate_series(1, %s)) AS g
        """,
        [heavy_id, views, first, now, first, heavy],
    )
    _execute(
        f"""
        INSERT INTO {TABLE} (id, lead_id, type_id, occurred_at, properties, idempotency_key,
            via, created_at, note, outcome, by_id)
        SELECT nextval('{TABLE}_id_seq'), l.id, %s, at, '{{}}', '', 'web', at,
            'Called about the pricing page', 'connected', %s
        FROM (SELECT id, %s::timestamptz + random() * (%s::timestamptz - %s::timestamptz) AS at
              FROM leads_lead WHERE id BETWEEN %s AND %s AND id %% 1000 = 0) AS l
        """,
        [types["call"], rep.pk, first, now, first, low, high],
    )
    _execute("UPDATE leads_lead SET owner_id = %s WHERE id %% 1000 = 0 OR id = %s", [rep.pk, low])


def _bench_user(username: str, role: str):
    from django.contrib.auth import get_user_model

    found = get_user_model().objects.filter(username=username).first()
    if found:
        return found
    user, _ = user_create_with_role(
        username=username, role=role, password=None, team="Inside Sales"
    )
    return user


def _median(run: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _bench_version() -> ScoringVersion:
    """bench/scoring.py's version (rules of every kind), active on the default model."""
    return BENCH_SCORING.bench_version()


def _loaded(leads: int, activities: int) -> bool:
    have_leads = _scalar("SELECT count(*) FROM leads_lead WHERE external_id LIKE 'bench-%%'")
    # The planner's row estimate: counting 100M rows would take minutes.
    have = _scalar(
        "SELECT coalesce(sum(c.reltuples), 0)::bigint FROM pg_inherits i "
        "JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = %s::regclass",
        [TABLE],
    )
    return have_leads == leads and abs(have - activities) < activities * 0.05


def measure(runs: int, full: bool, heavy: int) -> None:
    version = _bench_version()
    low = _scalar("SELECT min(id) FROM leads_lead WHERE external_id LIKE 'bench-%%'")
    high = _scalar("SELECT max(id) FROM leads_lead WHERE external_id LIKE 'bench-%%'")
    rng = random.Random(7)
    services.rescore_leads([low])  # warm the caches and the connection
    burst = _median(lambda: services.rescore_leads(rng.sample(range(low, high + 1), 100)), runs)
    one = _median(lambda: services.rescore_leads([rng.randint(low, high)]), runs)
    print(f"real-time rescore, 100 random leads: {burst * 1000:.0f} ms (median of {runs})")
    print(f"real-time rescore, 1 random lead:    {one * 1000:.0f} ms (median of {runs})")
    heavy_id = low
    typical_id = 1000 * rng.randint(low // 1000 + 1, high // 1000)  # a rep's, with a call
    counts = {
        lead_id: _scalar(f"SELECT count(*) FROM {TABLE} WHERE lead_id = %s", [lead_id])
        for lead_id in (typical_id, heavy_id)
    }
    manager = _bench_user("bench-manager", Role.MANAGER)
    rep = _bench_user("bench-rep", Role.REP)
    with override_settings(ALLOWED_HOSTS=["testserver"]):
        for user in (manager, rep):
            client = Client()
            client.force_login(user)
            for label, lead_id in (("typical", typical_id), ("heavy", heavy_id)):

                def page(lead_id: int = lead_id, client: Client = client) -> None:
                    response = client.get(f"/leads/{lead_id}/")
                    assert response.status_code == 200, response.status_code

                page()
                took = _median(page, runs)
                print(
                    f"lead page as {user.username.removeprefix('bench-')}, {label} lead "
                    f"({counts[lead_id]:,} events): {took * 1000:.0f} ms (median of {runs})"
                )
    if full:
        started = time.perf_counter()
        services.rescore_version(version)
        print(f"full rescore of every lead: {time.perf_counter() - started:.0f} s (once)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--activities", type=int, default=100_000_000)
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--months", type=int, default=36)
    parser.add_argument("--heavy", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--reload", action="store_true", help="generate again even if loaded")
    parser.add_argument("--full-rescore", action="store_true")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("bench/activities.py needs PostgreSQL: set DATABASE_URL to a database of its own.")
    # The server's backend is a process of its own: nice it like this one (shared cores).
    os.system(f"renice -n 10 -p {_scalar('SELECT pg_backend_pid()')} >/dev/null")  # noqa: S605
    call_command("migrate", verbosity=0)
    if args.reload or not _loaded(args.leads, args.activities):
        load(args.leads, args.activities, args.months, args.heavy)
    partitions = _scalar(f"SELECT count(*) FROM pg_inherits WHERE inhparent = '{TABLE}'::regclass")
    size = _scalar(
        "SELECT pg_size_pretty(sum(pg_total_relation_size(relid))) "
        f"FROM pg_partition_tree('{TABLE}')"
    )
    print(
        f"{args.activities:,} activities, {args.leads:,} leads, {partitions} partitions "
        f"(table size on disk: {size}); load average {os.getloadavg()[0]:.2f}"
    )
    measure(args.runs, args.full_rescore, args.heavy)
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
