"""Server time of the queues, the inbox, the lead list and its search on a big database.

    DATABASE_URL=postgres://postgres@127.0.0.1:55432/leadcrm_bench \\
        .venv/bin/python bench/queues.py --leads 1000000 --runs 7

Fills the database once (set-based: INSERT ... SELECT generate_series) with --leads leads spread
over every stage, --reps sales people in one team, and the open MQLs'/TQLs' assignments; a
second run reuses them (--reset starts again). Then renders each page with Django's test Client
(force_login, the whole request: middleware, queries, template) and prints the median of
--runs runs and the number of queries. The goal is under 100 ms each (150 ms for a search).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leadcrm.test_settings")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.backends.utils import CursorWrapper  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from leads.accounts import user_create_with_role  # noqa: E402
from leads.models import Lead, Team  # noqa: E402

# Out of every 100 leads: the stage mix of a busy funnel.
STAGES = [("new", 35), ("nurture", 15), ("mql", 8), ("tql", 3), ("sal", 6), ("sql", 4)] + [
    ("won", 5),
    ("lost", 10),
    ("disqualified", 14),
]
OWNED = ("mql", "tql", "sal", "sql", "won", "lost")


MARKETER_START = "/leads/?stage=new&stage=nurture&ordering=-score"


def stage_case() -> str:
    """SQL mapping i % 100 to a stage with the mix above."""
    parts, upto = [], 0
    for stage, share in STAGES:
        upto += share
        parts.append(f"WHEN mod(i, 100) < {upto} THEN '{stage}'")
    return "CASE " + " ".join(parts) + " END"


def bench_users(reps: int) -> tuple[dict, list]:
    """The marketer, and `reps` sales people in one team (every fifth an SDR); the users the
    pages are timed as (by role) and the owners the leads are spread over."""
    users = {"marketer": user_create_with_role(username="bench-marketer", role="marketer")[0]}
    people = []
    for k in range(reps):
        role = "sdr" if k % 5 == 0 else "rep"
        people.append(
            user_create_with_role(username=f"bench-{role}-{k}", role=role, team="Bench Sales")[0]
        )
    users["sdr"] = next(p for p in people if p.username.startswith("bench-sdr"))
    users["rep"] = next(p for p in people if p.username.startswith("bench-rep"))
    return users, people


def fill(n: int, reps: int) -> dict:
    """The users by role, after adding the leads (and their assignments) up to `n`."""
    users, people = bench_users(reps)
    team = Team.objects.get(name="Bench Sales")
    have = Lead.all_objects.filter(external_id__startswith="bench-").count()
    if have >= n:
        print(f"reusing {have:,} bench leads")
        return users
    print(f"inserting {n - have:,} leads …", flush=True)
    started = time.perf_counter()
    with connection.cursor() as cursor:
        insert_leads(cursor, [p.pk for p in people], team.pk, first=have + 1, last=n)
        insert_assignments(cursor)
        # A phone on one lead in ten, so a phone search has an index to read.
        cursor.execute(
            "UPDATE leads_lead SET phone = '+1415' || lpad((id % 10000000)::text, 7, '0') "
            "WHERE external_id LIKE 'bench-%' AND id % 10 = 0 AND phone = ''"
        )
        cursor.execute("ANALYZE leads_lead")
        cursor.execute("ANALYZE handoff_assignment")
    print(f"… in {time.perf_counter() - started:.0f} s", flush=True)
    return users


def bench_source(cursor: CursorWrapper) -> int:
    """A lead source for the leads: the first one there, or a new one in an empty database."""
    cursor.execute("SELECT id FROM leads_leadsource ORDER BY id LIMIT 1")
    row = cursor.fetchone()
    if row is None:
        cursor.execute(
            "INSERT INTO leads_leadsource (code, name, intake_key, thank_you_url, created_at) "
            "VALUES ('bench', 'Bench', md5(random()::text), '', now()) RETURNING id"
        )
        row = cursor.fetchone()
    return row[0]


def insert_leads(
    cursor: CursorWrapper, ids: list[int], team: int, *, first: int, last: int
) -> None:
    """Leads number `first` to `last` in one INSERT ... SELECT: the stage mix above, the leads
    past marketing owned by the sales people in turn, and created over the last six months."""
    owners = "ARRAY[" + ",".join(map(str, ids)) + "]::bigint[]"
    cursor.execute(
        f"""
        INSERT INTO leads_lead (
            email, phone, external_id, first_name, last_name, company, job_title, industry,
            country, region, city, postal_code, source_id, campaign, do_not_email,
            do_not_call, attributes, stage, owner_id, team_id, score, score_demographic,
            score_behavioral, score_engagement, score_explanation, score_model_version,
            created_at, updated_at, stage_changed_at)
        SELECT 'bench' || i || '@example.com', '', 'bench-' || i, 'First' || mod(i, 977),
            'Last' || mod(i, 991), 'Company ' || mod(i, 5003), 'Manager', 'Software',
            (ARRAY['US','GB','DE','FR','BR','ES','NL'])[1 + mod(i, 7)], '', '', '', %s,
            (ARRAY['spring','q3','retargeting',''])[1 + mod(i, 4)], false, false, '{{}}',
            s.stage,
            CASE WHEN s.stage IN {OWNED!r} THEN ({owners})[1 + mod(i / 100, {len(ids)})] END,
            CASE WHEN s.stage IN {OWNED!r} THEN %s END,
            mod(i * 7919, 101), mod(i * 31, 101), mod(i * 17, 101), mod(i * 13, 101), '[]', '',
            now() - make_interval(secs => mod(i * 7.919, 15552000)),
            now(), now() - make_interval(secs => mod(i * 3.1, 864000))
        FROM generate_series(%s::bigint, %s::bigint) AS i,
             LATERAL (SELECT {stage_case()} AS stage) AS s
        """,
        [bench_source(cursor), team, first, last],
    )


def insert_assignments(cursor: CursorWrapper) -> None:
    """An open assignment for each bench MQL and TQL that has none: the queues' and inboxes'
    rows, due 8 to 55 hours after the lead entered its stage."""
    cursor.execute(
        """
        INSERT INTO handoff_assignment (lead_id, owner_id, team_id, stage, fast_lane,
            sla_restarted, assigned_at, due_at)
        SELECT id, owner_id, team_id, stage, false, false, stage_changed_at,
               stage_changed_at + make_interval(hours => 8 + (id % 48)::int)
        FROM leads_lead
        WHERE external_id LIKE 'bench-%' AND stage IN ('mql', 'tql')
          AND NOT EXISTS (SELECT 1 FROM handoff_assignment a WHERE a.lead_id = leads_lead.id)
        """
    )


def reset() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM handoff_assignment WHERE lead_id IN "
            "(SELECT id FROM leads_lead WHERE external_id LIKE 'bench-%')"
        )
        cursor.execute("DELETE FROM leads_lead WHERE external_id LIKE 'bench-%'")


def measure(client: Client, url: str, runs: int) -> tuple[float, float, float, int]:
    """Median wall time and CPU time of this process, the database time of one more run (ms),
    and its query count. On a
    busy machine the wall time also counts waiting for a core; CPU time plus the database's
    share is what the request itself costs."""
    client.get(url)  # warm the connection, caches and templates
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    database = sum(float(q["time"]) for q in queries.captured_queries) * 1000
    return statistics.median(wall), statistics.median(cpu), database, len(queries.captured_queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=50, help="sales people in the team")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--reset", action="store_true", help="delete the bench leads first")
    parser.add_argument(
        "--only", default="", help="time only the pages whose name contains this (e.g. 'rep')"
    )
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL to a PostgreSQL database.")
    call_command("migrate", verbosity=0)
    if args.reset:
        reset()
    users = fill(args.leads, args.reps)
    total = Lead.objects.count()
    print(f"{total:,} leads; median of {args.runs} runs, server time of the whole request")
    pages = [
        ("marketer queue", users["marketer"], "/handoff/queue/"),
        ("marketer queue, filtered", users["marketer"], "/handoff/queue/?country=DE&score_min=70"),
        ("SDR queue", users["sdr"], "/handoff/inbox/"),
        ("rep inbox", users["rep"], "/handoff/inbox/"),
        # The lead list: every page flat in data size (leads.paging: no full count).
        ("lead list, marketer start", users["marketer"], MARKETER_START),
        ("lead list, newest", users["marketer"], "/leads/"),
        ("lead list, rep", users["rep"], "/leads/?stage=mql&stage=tql&stage=sal&ordering=-score"),
        # Search (leads.search): trigram GIN indexes on the folded name/company/e-mail and phone.
        ("search full name", users["marketer"], "/leads/?search=last34+first12"),
        ("search company word", users["marketer"], "/leads/?search=company+4242"),
        ("search e-mail", users["marketer"], "/leads/?search=bench12345%40example.com"),
        ("search e-mail domain", users["marketer"], "/leads/?search=example.com"),
        ("search phone digits", users["marketer"], "/leads/?search=%28415%29+055-5010"),
        ("search no match", users["marketer"], "/leads/?search=garc%C3%ADa"),
        ("search as a rep", users["rep"], "/leads/?search=first12"),
    ]
    for name, user, url in pages:
        if args.only not in name:
            continue
        client = Client()
        client.force_login(user)
        wall, cpu, database, queries = measure(client, url, args.runs)
        mine = Lead.objects.filter(owner=user).count() if "inbox" in url else None
        extra = f", {mine:,} leads owned" if mine is not None else ""
        print(
            f"{name:26} {wall:6.1f} ms wall = {cpu:5.1f} ms CPU + {database:5.1f} ms in "
            f"{queries} queries + waiting for a core{extra}"
        )
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
