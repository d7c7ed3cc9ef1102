"""Benchmark: the report pages' server time on PostgreSQL with a million leads.

    DATABASE_URL=postgres://postgres@127.0.0.1:55432/leadcrm_bench \
        .venv/bin/python bench/reports.py [--leads 1000000] [--days 730] [--runs 7]

Fills the database (migrated first) with `--leads` leads created evenly over the last `--days`
days and about 3.8 stage moves each, written with generate_series INSERTs (set-based SQL, a
minute or two for a million leads). The data is kept between runs with the same --leads; the
lead tables are emptied first only when they hold nothing but benchmark leads. Then it signs a
manager in with Django's test Client and prints the median and best server time of each report
page at its default window (the last 90 days) and of the funnel API, and of the velocity
report in another time zone and over the whole history. Goal: at most 500 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leadcrm.test_settings")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.backends.utils import CursorWrapper  # noqa: E402
from django.db.models import Model  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from handoff.reporting_models import ReportCount, StayCount  # noqa: E402
from handoff.reports import rollup, stays  # noqa: E402
from leads.accounts import user_create_with_role  # noqa: E402
from leads.models import Lead, LeadSource, ProductLine, Reason, StageChange, Team  # noqa: E402
from leads.roles import Role  # noqa: E402

SOURCES = ["website", "paid_search", "organic_search", "webinar", "social", "referral", "email"]
LINES = ["crm", "analytics", "payments"]
CAMPAIGNS = ["spring-launch", "q3-webinar-series", "retargeting", "partner-week", ""]
TEAMS = ["Inside Sales", "Field Sales", "Partners"]
REPS = 12
# Lead paths, picked by id % 10: (stage, reason code, hours after the previous move).
PATHS: list[list[tuple[str, str, float]]] = [
    [("disqualified", "dq_spam", 30)],
    [("mql", "", 20), ("nurture", "no_answer", 40)],
    [("mql", "", 5), ("disqualified", "no_need", 10)],
    [("mql", "", 8), ("sal", "", 6), ("sql", "", 120), ("won", "", 400)],
    [
        ("mql", "", 12),
        ("tql", "", 20),
        ("sal", "", 30),
        ("sql", "", 200),
        ("lost", "lost_price", 500),
    ],
    [
        ("mql", "", 3),
        ("sal", "", 50),
        ("nurture", "recycle_timing", 300),
        ("mql", "", 900),
        ("sal", "", 9),
    ],
    [
        ("mql", "", 30),
        ("tql", "", 4),
        ("nurture", "bad_timing", 15),
        ("mql", "", 700),
        ("sal", "", 12),
        ("sql", "", 90),
        ("won", "", 300),
    ],
    [("mql", "", 60), ("sal", "", 2)],
    [("mql", "", 1), ("sal", "", 20), ("sql", "", 60), ("won", "", 250)],
    [
        ("mql", "", 16),
        ("nurture", "no_budget", 3),
        ("mql", "", 400),
        ("sal", "", 7),
        ("sql", "", 30),
        ("won", "", 99),
    ],
]


def _columns(model: type[Model], sql: dict[str, str]) -> tuple[str, str, list]:
    """Column names and select expressions for an INSERT ... SELECT: the given SQL for some
    columns, the field's default (as a parameter) for the rest."""
    names, exprs, params = [], [], []
    for f in model._meta.concrete_fields:
        if f.primary_key:
            continue
        names.append(f.column)
        if f.column in sql:
            exprs.append(sql[f.column].replace("%", "%%"))  # a modulo, not a placeholder
        else:
            exprs.append("%s")
            params.append(f.get_db_prep_save(f.get_default(), connection))
    return ", ".join(names), ", ".join(exprs), params


def _ids(model: type[Model], key: str, values: list[str]) -> str:
    """A SQL array of the rows' ids in the order of `values`."""
    by_key = dict(model.objects.filter(**{f"{key}__in": values}).values_list(key, "pk"))
    return "ARRAY[" + ",".join(str(by_key[v]) for v in values) + "]"


def generate(leads: int, days: int) -> None:
    """The catalog, the reps, `leads` leads over the last `days` days and their stage moves."""
    for code in SOURCES:
        LeadSource.objects.get_or_create(code=code, defaults={"name": code.title()})
    for code in LINES:
        ProductLine.objects.get_or_create(code=code, defaults={"name": code.title()})
    reps = [
        user_create_with_role(username=f"bench-rep{i}", role=Role.REP, team=TEAMS[i % 3])[0]
        for i in range(REPS)
    ]
    with connection.cursor() as cursor:
        insert_leads(cursor, leads, days, rep_ids=[r.pk for r in reps])
        moves = insert_moves(cursor)
    print(f"  {moves:,} stage moves", flush=True)


def insert_leads(cursor: CursorWrapper, leads: int, days: int, *, rep_ids: list[int]) -> None:
    """One INSERT ... SELECT of the leads: lead i follows path i % 10 (its stage is that path's
    last), the catalog and the reps taken in turn, created evenly over the window."""
    reps = "ARRAY[" + ",".join(str(pk) for pk in rep_ids) + "]"
    sources, lines, teams = (
        _ids(LeadSource, "code", SOURCES),
        _ids(ProductLine, "code", LINES),
        _ids(Team, "name", TEAMS),
    )
    campaigns = "ARRAY[" + ",".join(f"'{c}'" for c in CAMPAIGNS) + "]"
    # Each path's last stage, and whether it reached sales (an owner then).
    final = "CASE i % 10 " + " ".join(f"WHEN {n} THEN '{p[-1][0]}'" for n, p in enumerate(PATHS))
    owned = (
        "i % 10 IN ("
        + ",".join(str(n) for n, p in enumerate(PATHS) if any(s == "sal" for s, _, _ in p))
        + ")"
    )
    names, exprs, params = _columns(
        Lead,
        {
            "external_id": "'bench-' || i",
            "first_name": "'Lead'",
            "last_name": "i::text",
            "company": "'Company ' || (i % 5000)",
            "source_id": f"({sources})[1 + i % {len(SOURCES)}]",
            "product_line_id": f"({lines})[1 + (i / 7) % {len(LINES)}]",
            "campaign": f"({campaigns})[1 + (i / 3) % {len(CAMPAIGNS)}]",
            "stage": final + " END",
            "owner_id": f"CASE WHEN {owned} THEN ({reps})[1 + (i / 11) % {REPS}] END",
            "team_id": f"({teams})[1 + ((i / 11) % {REPS}) % 3]",
            "score": "i % 101",
            # Evenly over the window, oldest first.
            "created_at": f"now() - make_interval(secs => ({leads} - i) * {days * 86400.0 / leads})",
            "updated_at": "now()",
            "stage_changed_at": "now()",
        },
    )
    cursor.execute(
        f"INSERT INTO {Lead._meta.db_table} ({names}) SELECT {exprs} "
        f"FROM generate_series(1, %s) AS i",
        [*params, leads],
    )


def insert_moves(cursor: CursorWrapper) -> int:
    """One INSERT ... SELECT of every lead's stage moves along its path (PATHS as a VALUES
    table joined on id % 10); the number of moves."""
    steps = []
    reasons = dict(Reason.objects.values_list("code", "pk"))
    for n, path in enumerate(PATHS):
        previous, hours = "new", 0.0
        for number, (stage, reason, after) in enumerate(path):
            entered, hours = hours, hours + after
            steps.append(
                f"({n}, {number}, '{previous}', '{stage}', {reasons[reason] if reason else 'NULL'}, {hours}, {entered})"
            )
            previous = stage
    names, exprs, params = _columns(
        StageChange,
        {
            "lead_id": "l.id",
            "from_stage": "p.from_stage",
            "to_stage": "p.to_stage",
            "via": "'import'",
            "reason_id": "p.reason_id",
            "score": "l.score",
            # Spread each path's timing by the lead: 0.5x to 2.5x the path's hours.
            "at": "l.created_at + make_interval(secs => p.hours * 3600 * (0.5 + (l.id % 9) / 4.0))",
            # The previous step's `at` (the lead's creation for the first).
            "entered_at": (
                "l.created_at + make_interval(secs => p.entered * 3600 * (0.5 + (l.id % 9) / 4.0))"
            ),
        },
    )
    cursor.execute(
        f"""INSERT INTO {StageChange._meta.db_table} ({names})
        SELECT {exprs}
        FROM {Lead._meta.db_table} l
        JOIN (VALUES {", ".join(steps)}) AS p(path, step, from_stage, to_stage, reason_id, hours, entered)
            ON p.path = mod(l.id, 10)
        ORDER BY l.id, p.step""",
        params,
    )
    return cursor.rowcount


def ensure_data(leads: int, days: int) -> None:
    have = Lead.all_objects.count()
    bench = Lead.all_objects.filter(external_id__startswith="bench-").count()
    if have == bench == leads:
        print(f"Using the {leads:,} benchmark leads already there.")
        return
    if have != bench:
        sys.exit("The database holds leads that are not benchmark leads: use an empty database.")
    with connection.cursor() as cursor:
        cursor.execute(
            f"TRUNCATE {ReportCount._meta.db_table}, {StayCount._meta.db_table}, "
            f"{StageChange._meta.db_table}, "
            f"{Lead._meta.db_table} RESTART IDENTITY CASCADE"
        )
    print(f"Generating {leads:,} leads over {days} days...", flush=True)
    started = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        # The rollups' triggers would recount each lead's history per statement; one set-based
        # rebuild afterwards gives the same counts far sooner (tests/handoff/test_reports_rollup,
        # test_reports_stays).
        cursor.execute("SET LOCAL session_replication_role = replica")
        generate(leads, days)
        cursor.execute("SET LOCAL session_replication_role = origin")
        rollup.rebuild()
        stays.rebuild()
    print(f"  done in {time.perf_counter() - started:.0f} s; vacuum analyze...", flush=True)
    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM ANALYZE {Lead._meta.db_table}")
        cursor.execute(f"VACUUM ANALYZE {StageChange._meta.db_table}")
        cursor.execute(f"VACUUM ANALYZE {ReportCount._meta.db_table}")
        cursor.execute(f"VACUUM ANALYZE {StayCount._meta.db_table}")


def timed(client: Client, url: str, runs: int) -> tuple[float, float, int]:
    client.get(url)  # warm the caches once
    times = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times), min(times), len(queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=730, help="history length")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("The benchmark needs PostgreSQL: set DATABASE_URL=postgres://...")
    call_command("migrate", verbosity=0)
    ensure_data(args.leads, args.days)
    moves = StageChange.objects.count()
    manager, _ = user_create_with_role(username="bench-manager", role=Role.MANAGER)
    client = Client()
    client.force_login(manager)
    print(f"\n{args.leads:,} leads, {moves:,} stage moves; median (best) of {args.runs} runs:")
    everything = (timezone.localdate() - timedelta(days=args.days)).isoformat()
    for url in [
        "/reports/",
        "/reports/?period=month",
        "/reports/velocity/",
        # The velocity rollup reads whole UTC days; a zone's partial days come from the moves.
        "/reports/velocity/?tz=America/New_York",
        f"/reports/velocity/?created_after={everything}",
        "/reports/quality/",
        "/api/v1/reports/funnel/",
        # Filtered views run the plain queries: a seventh of the leads, and one rep's leads.
        "/reports/?source=website",
        "/reports/?owner=bench-rep3",
    ]:
        median, best, queries = timed(client, url, args.runs)
        verdict = "ok" if median <= 500 else "over 500 ms"
        print(f"  {url:45} {median:7.0f} ms ({best:.0f})  {queries} queries  {verdict}")


if __name__ == "__main__":
    main()
