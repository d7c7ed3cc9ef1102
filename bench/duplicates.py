"""Time the duplicates review's queries on PostgreSQL with a million leads.

    DATABASE_URL=postgres://... .venv/bin/python bench/duplicates.py [--leads 1000000] [--explain]

Inserts the leads with one INSERT ... SELECT (about 1 in 50 shares a phone, a name at an e-mail
domain, or a name at a company with another), runs ANALYZE, then times the first and a deep page
of each rule as the page runs them (groups, then their members). Everything happens in a
transaction that is rolled back, so the database is left as it was.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leadcrm.test_settings")

# When i % 50 is 1, lead i has lead i-1's phone; 2: lead i-1's name at its e-mail domain;
# 3: lead i-3's name at its company (i-3 is an ordinary lead).
INSERT = """
INSERT INTO leads_lead (
    email, phone, external_id, first_name, last_name, company, job_title, industry,
    country, region, city, postal_code, campaign, do_not_email, do_not_call, attributes,
    stage, score, score_demographic, score_behavioral, score_engagement, score_explanation,
    score_model_version, created_at, updated_at, stage_changed_at
)
SELECT
    'lead' || i || '@' || CASE WHEN i %% 50 = 2 THEN 'd' || (i - 1) ELSE 'd' || i END || '.example',
    '+1415' || lpad(CASE WHEN i %% 50 = 1 THEN i - 1 ELSE i END::text, 7, '0'),
    '', 'First' || CASE i %% 50 WHEN 2 THEN i - 1 WHEN 3 THEN i - 3 ELSE i END,
    'Last' || CASE i %% 50 WHEN 2 THEN i - 1 WHEN 3 THEN i - 3 ELSE i END,
    'Company ' || CASE WHEN i %% 50 = 3 THEN i - 3 ELSE i END,
    '', '', 'US', '', '', '', '', false, false, '{}', 'new', 0, 0, 0, 0, '[]', '',
    now(), now(), now()
FROM generate_series(1, %s) AS i
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--explain", action="store_true", help="print the plans too")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection, transaction

    from leads.duplicates import DuplicateRule, duplicate_groups
    from leads.models import Lead

    with transaction.atomic():
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(INSERT, [args.leads])
            cursor.execute("ANALYZE leads_lead")
        print(f"{args.leads:,} leads inserted in {time.perf_counter() - started:.1f} s")
        for rule in DuplicateRule:
            for page in (1, 50):
                started = time.perf_counter()
                found = duplicate_groups(Lead.objects.all(), rule=rule, page=page)
                ms = (time.perf_counter() - started) * 1000
                print(
                    f"{rule.label:32} page {page:3}: {len(found.groups)} groups, "
                    f"{sum(len(g.leads) for g in found.groups)} leads in {ms:.0f} ms"
                )
        if args.explain:
            from django.db.models import Count

            from leads.duplicates import _KEYS, _ROWS

            for rule in DuplicateRule:
                names = list(_KEYS[rule])
                query = (
                    Lead.objects.filter(_ROWS[rule])
                    .annotate(**_KEYS[rule])
                    .values(*names)
                    .annotate(size=Count("pk"))
                    .filter(size__gt=1)
                    .order_by(*names)[:21]
                )
                print(f"-- {rule.label}\n{query.explain(analyze=True)}")
        transaction.set_rollback(True)


if __name__ == "__main__":
    main()
