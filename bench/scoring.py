"""Benchmark: a full rescore on PostgreSQL, the set-based path against one hand-written UPDATE.

    DATABASE_URL=postgres://postgres@127.0.0.1:55432/leadcrm_bench \
        .venv/bin/python bench/scoring.py --leads 1000000 --activities 10000000

Generates the leads and activities with generate_series INSERTs (once: reused while the counts
match), activates a bench version with rules of every kind on the default model, then times
scoring.services.rescore_version (what activation, `rescore` and the nightly decay run) and a
hand-written SQL aggregate UPDATE computing the same sub-scores and totals, checks that both
wrote the same numbers, and prints both times and their ratio. Goal: ratio <= 2, path <= 120 s.
It changes the database it is pointed at: use a database of its own.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leadcrm.settings")
os.environ.setdefault("DEBUG", "1")  # a local run needs no SECRET_KEY

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from leads.models import ActivityType, Lead  # noqa: E402
from scoring.engine import epoch  # noqa: E402
from scoring.models import Rule, ScoringModel, ScoringVersion  # noqa: E402
from scoring.services import rescore_version  # noqa: E402

HALF_LIFE_DAYS = 30
WEIGHTS = (40, 35, 25)
# (kind, name, field, operator, value, points, activity type, cap, decays)
RULES = [
    ("attribute", "Director", "job_title", "contains", "director", 15, "", None, False),
    ("attribute", "500+ employees", "company_size", "gte", 500, 25, "", None, False),
    ("attribute", "Core market", "country", "in", ["US", "GB", "DE"], 10, "", None, False),
    ("attribute", "Free e-mail", "email_domain", "in", ["gmail.com"], -10, "", None, False),
    ("attribute", "Enterprise", "attributes.segment", "equals", "enterprise", 10, "", None, False),
    ("event", "Demo", "", "", None, 40, "demo_request", 40, True),
    ("event", "Pricing", "", "", None, 10, "pricing_page_view", 30, True),
    ("event", "Download", "", "", None, 8, "content_download", 24, False),
    ("event", "Unsubscribed", "", "", None, -30, "unsubscribe", 30, False),
    ("engagement", "5-19 views", "page_views", "between", [5, 19], 20, "", None, False),
    ("engagement", "20+ views", "page_views", "gte", 20, 35, "", None, False),
    ("engagement", "3+ visits", "visits", "gte", 3, 20, "", None, False),
    ("engagement", "10+ minutes", "time_on_site", "gte", 600, 15, "", None, False),
    ("engagement", "Last week", "days_since_last_activity", "between", [0, 7], 30, "", None, False),
    ("engagement", "Silent 90+", "days_since_last_activity", "gte", 90, -20, "", None, False),
]
# Activity mix: each code appears as often as it should be drawn.
MIX = (
    ["page_view"] * 10
    + ["pricing_page_view"] * 2
    + ["email_open"] * 4
    + [
        "email_click",
        "content_download",
        "demo_request",
        "unsubscribe",
        "webinar_attended",
    ]
)


def insert_bench_leads(cursor, count: int, *, days: int, named: bool = False) -> None:
    """`count` MQLs with external ids bench-1..bench-N and the firmographics the bench rules
    score (titles, sizes, countries, segments), created over the last `days` days; `named` gives
    them a first and last name (bench/activities.py opens their pages)."""
    cursor.execute(
        """
        INSERT INTO leads_lead (email, phone, external_id, first_name, last_name, company,
            job_title, industry, company_size, country, region, city, postal_code,
            campaign, do_not_email, do_not_call, attributes, stage, score,
            score_demographic, score_behavioral, score_engagement, score_explanation,
            score_model_version, created_at, updated_at, stage_changed_at)
        SELECT 'bench' || g || '@' || (ARRAY['gmail.com','acme.example','corp.example'])[1 + g %% 3],
            '', 'bench-' || g,
            CASE WHEN %(named)s THEN 'First' || g ELSE '' END,
            CASE WHEN %(named)s THEN 'Last' ELSE '' END,
            'Company ' || (g %% 5000),
            (ARRAY['CEO','Marketing Director','Engineer','Student','Head of Sales','Analyst'])[1 + g %% 6],
            'Software',
            (ARRAY[5, 40, 120, 800, 2500, NULL])[1 + (g / 7) %% 6],
            (ARRAY['US','GB','DE','FR','BR'])[1 + (g / 3) %% 5], '', '', '', '', false, false,
            jsonb_build_object('segment', (ARRAY['enterprise','smb','mid'])[1 + (g / 11) %% 3]),
            'mql', 0, 0, 0, 0, '[]'::jsonb, '', now() - (g %% %(days)s) * interval '1 day',
            now(), now()
        FROM generate_series(1, %(count)s) AS g
        """,
        {"named": named, "days": days, "count": count},
    )


def generate(leads: int, activities: int) -> None:
    types = dict(ActivityType.objects.values_list("code", "pk"))
    mix = "ARRAY[" + ",".join(str(types[c]) for c in MIX) + "]"
    views = f"({types['page_view']}, {types['pricing_page_view']})"
    with connection.cursor() as cursor:
        cursor.execute("SELECT setseed(0.42)")
        for table in ("leads_activity", "leads_activitysummary"):  # summaries: bench/retention.py
            cursor.execute(
                f"DELETE FROM {table} WHERE lead_id IN (SELECT id FROM leads_lead WHERE external_id LIKE 'bench-%%')"
            )
        cursor.execute("DELETE FROM leads_lead WHERE external_id LIKE 'bench-%%'")
        insert_bench_leads(cursor, leads, days=180)
        # Skewed: a few leads are very active, many do little.
        cursor.execute(
            f"""
            WITH ids AS (
                SELECT array_agg(id ORDER BY id) AS a, count(*) AS n
                FROM leads_lead WHERE external_id LIKE 'bench-%%'
            )
            INSERT INTO leads_activity (lead_id, type_id, occurred_at, properties,
                idempotency_key, via, created_at)
            SELECT ids.a[1 + floor(ids.n * power(random(), 2))::int], t.type_id,
                now() - random() * interval '200 days',
                CASE WHEN t.type_id IN {views}
                     THEN jsonb_build_object('seconds', floor(random() * 300)::int)
                     ELSE '{{}}'::jsonb END,
                '', 'api', now()
            FROM ids, generate_series(1, %s) AS g
            CROSS JOIN LATERAL (
                SELECT ({mix})[1 + floor(random() * {len(MIX)})::int + (g * 0)] AS type_id
            ) AS t
            """,
            [activities],
        )
        cursor.execute("ANALYZE leads_lead")
        cursor.execute("ANALYZE leads_activity")


def bench_version() -> ScoringVersion:
    model = ScoringModel.objects.get(is_default=True)
    types = dict(ActivityType.objects.values_list("code", "pk"))
    with transaction.atomic():
        model.versions.filter(status="active").update(status="retired")
        version = ScoringVersion.objects.create(
            model=model,
            status="active",
            activated_at=timezone.now(),
            weight_demographic=WEIGHTS[0],
            weight_behavioral=WEIGHTS[1],
            weight_engagement=WEIGHTS[2],
            half_life_days=HALF_LIFE_DAYS,
            auto_promote=False,
            note="bench/scoring.py",
        )
        Rule.objects.bulk_create(
            Rule(
                version=version,
                kind=kind,
                name=name,
                position=i,
                field=field,
                operator=op,
                value=value,
                points=points,
                activity_type_id=types.get(activity),
                cap=cap,
                decays=decays,
            )
            for i, (kind, name, field, op, value, points, activity, cap, decays) in enumerate(RULES)
        )
    return version


def hand_written_update(now_epoch: int) -> int:
    """The same numbers as the bench version's rules, as one UPDATE written by hand."""
    t = dict(ActivityType.objects.values_list("code", "pk"))
    views = f"({t['page_view']}, {t['pricing_page_view']})"
    half_life = HALF_LIFE_DAYS * 86400
    age = f"GREATEST({now_epoch} - FLOOR(EXTRACT(EPOCH FROM occurred_at))::bigint, 0)"
    wd, wb, we = WEIGHTS
    sql = f"""
        WITH agg AS (
            SELECT lead_id,
                SUM(CASE WHEN type_id = {t["demo_request"]} THEN 40 * power(0.5, {age}::float8 / {half_life}) ELSE 0 END) AS demo,
                SUM(CASE WHEN type_id = {t["pricing_page_view"]} THEN 10 * power(0.5, {age}::float8 / {half_life}) ELSE 0 END) AS pricing,
                SUM(CASE WHEN type_id = {t["content_download"]} THEN 8 ELSE 0 END) AS downloads,
                SUM(CASE WHEN type_id = {t["unsubscribe"]} THEN -30 ELSE 0 END) AS unsub,
                SUM(CASE WHEN type_id IN {views} THEN 1 ELSE 0 END) AS views,
                COUNT(DISTINCT CASE WHEN type_id IN {views} THEN (occurred_at AT TIME ZONE 'UTC')::date END) AS visits,
                SUM(CASE WHEN type_id IN {views} AND jsonb_typeof(properties -> 'seconds') = 'number'
                         THEN TRUNC((properties ->> 'seconds')::numeric)::bigint ELSE 0 END) AS seconds,
                MAX(FLOOR(EXTRACT(EPOCH FROM occurred_at))::bigint) AS last
            FROM leads_activity GROUP BY lead_id
        ),
        raw AS (
            SELECT l.id,
                (CASE WHEN strpos(lower(l.job_title), 'director') > 0 THEN 15 ELSE 0 END
                 + CASE WHEN l.company_size >= 500 THEN 25 ELSE 0 END
                 + CASE WHEN lower(l.country) IN ('us', 'gb', 'de') THEN 10 ELSE 0 END
                 + CASE WHEN lower(split_part(l.email, '@', 2)) = 'gmail.com' AND strpos(l.email, '@') > 0 THEN -10 ELSE 0 END
                 + CASE WHEN jsonb_typeof(l.attributes -> 'segment') = 'string'
                         AND lower(l.attributes ->> 'segment') = 'enterprise' THEN 10 ELSE 0 END) AS d,
                (FLOOR(LEAST(COALESCE(a.demo, 0), 40) + 0.5)::int
                 + FLOOR(LEAST(COALESCE(a.pricing, 0), 30) + 0.5)::int
                 + FLOOR(LEAST(COALESCE(a.downloads, 0), 24) + 0.5)::int
                 + FLOOR(GREATEST(COALESCE(a.unsub, 0), -30) + 0.5)::int) AS b,
                (CASE WHEN COALESCE(a.views, 0) BETWEEN 5 AND 19 THEN 20 ELSE 0 END
                 + CASE WHEN COALESCE(a.views, 0) >= 20 THEN 35 ELSE 0 END
                 + CASE WHEN COALESCE(a.visits, 0) >= 3 THEN 20 ELSE 0 END
                 + CASE WHEN COALESCE(a.seconds, 0) >= 600 THEN 15 ELSE 0 END
                 + CASE WHEN a.last IS NOT NULL AND GREATEST({now_epoch} - a.last, 0) / 86400 <= 7 THEN 30 ELSE 0 END
                 + CASE WHEN a.last IS NULL OR GREATEST({now_epoch} - a.last, 0) / 86400 >= 90 THEN -20 ELSE 0 END) AS e
            FROM leads_lead l LEFT JOIN agg a ON a.lead_id = l.id
            WHERE l.deleted_at IS NULL
        ),
        s AS (
            SELECT id, LEAST(GREATEST(d, 0), 100) AS d, LEAST(GREATEST(b, 0), 100) AS b,
                   LEAST(GREATEST(e, 0), 100) AS e FROM raw
        )
        UPDATE leads_lead SET score_demographic = s.d, score_behavioral = s.b,
            score_engagement = s.e,
            score = (2 * ({wd} * s.d + {wb} * s.b + {we} * s.e) + {sum(WEIGHTS)}) / {2 * sum(WEIGHTS)}
        FROM s WHERE leads_lead.id = s.id
    """
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.rowcount


def checksum() -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT md5(string_agg(id || ':' || score || ':' || score_demographic || ':' "
            "|| score_behavioral || ':' || score_engagement, ',' ORDER BY id)) FROM leads_lead"
        )
        return cursor.fetchone()[0]


def reset_scores() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE leads_lead SET score = 0, score_demographic = 0, score_behavioral = 0, "
            "score_engagement = 0"
        )
        # As autovacuum would between two nightly rescores: each timed run starts on a table
        # without the reset's (and earlier runs') dead rows.
        cursor.execute("VACUUM ANALYZE leads_lead")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--activities", type=int, default=10_000_000)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("bench/scoring.py needs PostgreSQL: set DATABASE_URL=postgres://...")
    call_command("migrate", verbosity=0)
    existing = Lead.objects.filter(external_id__startswith="bench-").count()
    if Lead.all_objects.exclude(external_id__startswith="bench-").exists():
        sys.exit("This database holds leads other than the bench's: use a database of its own.")
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM leads_activity")
        activities = cursor.fetchone()[0]
    if (existing, activities) != (args.leads, args.activities):
        started = time.perf_counter()
        generate(args.leads, args.activities)
        print(
            f"generated {args.leads:,} leads and {args.activities:,} activities "
            f"in {time.perf_counter() - started:.1f} s"
        )
    version = bench_version()
    now = timezone.now().replace(microsecond=0)

    reset_scores()
    started = time.perf_counter()
    scored, _ = rescore_version(version, now=now)
    path_s = time.perf_counter() - started
    ours = checksum()

    reset_scores()
    started = time.perf_counter()
    updated = hand_written_update(epoch(now))
    hand_s = time.perf_counter() - started
    theirs = checksum()

    print(f"leads: {scored:,} scored by the set-based path, {updated:,} by the hand-written SQL")
    print(f"set-based path (rescore_version, with explanations): {path_s:.1f} s")
    print(f"hand-written aggregate UPDATE (numbers only):        {hand_s:.1f} s")
    print(f"ratio: {path_s / hand_s:.2f}x (goal <= 2x; path goal <= 120 s)")
    print(f"same numbers: {'yes' if ours == theirs else 'NO'}")
    if ours != theirs:
        sys.exit(1)


if __name__ == "__main__":
    main()
