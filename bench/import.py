"""Rows per second of the CSV lead import on PostgreSQL, next to a raw COPY of the same rows.

    DATABASE_URL=postgres://... .venv/bin/python bench/import.py [--rows 1000000]

Generates a CSV (e-mail, names, company, title, country, phone, source and two attribute
columns), imports it with leads.imports.service.leads_import, then COPYs the same file into a
temporary table with the same unique lower(email) index, and prints both rates and their ratio.
Last, the floor: those copied rows, already clean, inserted into leads_lead by one SQL statement,
the most any import into the real table (its indexes and triggers) could reach.
Both run inside a transaction that is rolled back, so the database is left as it was.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leadcrm.test_settings")

# Local numbers, unique per row (a repeated phone would merge rows instead of creating leads).
COUNTRIES = [("GB", "020 {:08d}"), ("US", "(212) {:03d}-{:04d}"), ("DE", "030 {:08d}")]
TITLES = ["CTO", "Head of Marketing", "Director of Sales", "Engineer", "Buyer", "Owner"]
SOURCES = ["webinar", "paid_search", "organic_search", "referral", "trade_show"]


def write_csv(path: Path, rows: int, *, phones: float = 1.0, seed: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("email,first_name,last_name,company,job_title,country,phone,source,Plan,Seats\n")
        for i in range(rows):
            country, phone = COUNTRIES[i % 3]
            phone = phone.format(i // 10_000, i % 10_000) if country == "US" else phone.format(i)
            if rng.random() >= phones:
                phone = ""
            out.write(
                f"lead{i}@example{i % 97}.com,First{i},Last{i},Company {i % 5000},"
                f"{rng.choice(TITLES)},{country},{phone},"
                f"{rng.choice(SOURCES)},{rng.choice(('basic', 'pro'))},{rng.randint(1, 500)}\n"
            )


def copy_rate(path: Path, rows: int) -> float:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            # A plain (logged) table like leads_lead, not a TEMP one that skips the WAL; it goes
            # with the rolled-back transaction.
            "CREATE TABLE bench_copy (email text, first_name text, last_name text, "
            "company text, job_title text, country text, phone text, source text, plan text, "
            "seats text)"
        )
        cursor.execute("CREATE UNIQUE INDEX ON bench_copy (lower(email))")
        started = time.perf_counter()
        with (
            path.open("rb") as data,
            cursor.cursor.copy("COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true)") as copy,
        ):
            while chunk := data.read(1 << 20):
                copy.write(chunk)
        elapsed = time.perf_counter() - started
        cursor.execute("SELECT count(*) FROM bench_copy")
        assert cursor.fetchone()[0] == rows
    return rows / elapsed


# The same rows already clean, written straight into leads_lead by SQL alone: what its columns,
# 16 indexes and triggers cost, with no Python per row. No import into this table can beat it.
FLOOR_SQL = """
    INSERT INTO leads_lead (email, phone, external_id, first_name, last_name, company, job_title,
        industry, country, region, city, postal_code, campaign, do_not_email, do_not_call,
        attributes, stage, score, score_demographic, score_behavioral, score_engagement,
        score_explanation, score_model_version, created_at, updated_at, stage_changed_at)
    SELECT lower(email), phone, '', first_name, last_name, company, job_title, '', country, '',
        '', '', '', false, false, jsonb_build_object('Plan', plan, 'Seats', seats::int), 'new',
        0, 0, 0, 0, '[]', '', now(), now(), now()
    FROM bench_copy
"""


def floor_rate(rows: int) -> float:
    """Rows per second of FLOOR_SQL, from the table copy_rate filled (same transaction)."""
    from django.db import connection

    with connection.cursor() as cursor:
        started = time.perf_counter()
        cursor.execute(FLOOR_SQL)
        elapsed = time.perf_counter() - started
        assert cursor.rowcount == rows
    return rows / elapsed


def import_rate(path: Path, rows: int) -> tuple[float, float]:
    """Rows per second, and the import's own CPU microseconds per row (this process only: the
    wall-clock rate also waits for PostgreSQL, and for the CPU on a shared machine)."""
    from leads.imports.service import leads_import

    started, cpu = time.perf_counter(), time.process_time()
    with path.open("rb") as data:
        report = leads_import(file=data)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert report.created == rows and report.saved, (report.created, report.errors[:3])
    return rows / elapsed, cpu / rows * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument(
        "--phones", type=float, default=1.0, help="share of rows with a phone number (0..1)"
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    if connection.vendor != "postgresql":
        sys.exit("bench/import.py needs PostgreSQL: set DATABASE_URL=postgres://...")
    call_command("migrate", verbosity=0)
    with connection.cursor() as cursor:
        # Earlier runs were rolled back: clear their dead rows so each run starts alike.
        cursor.execute("VACUUM ANALYZE leads_lead")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "leads.csv"
        write_csv(path, args.rows, phones=args.phones)
        size = path.stat().st_size / 1e6
        print(f"{args.rows:,} rows ({args.phones:.0%} with a phone number), {size:.0f} MB CSV")
        with transaction.atomic():
            imported, cpu_per_row = import_rate(path, args.rows)
            transaction.set_rollback(True)
        with transaction.atomic():
            copied = copy_rate(path, args.rows)
            floor = floor_rate(args.rows)
            transaction.set_rollback(True)
    print(f"import_leads service: {imported:>9,.0f} rows/s ({cpu_per_row:.0f} µs CPU per row)")
    print(f"raw COPY:             {copied:>9,.0f} rows/s")
    print(f"ratio: {imported / copied:.2f} of COPY")
    print(
        f"floor: the same rows, already clean, INSERT ... SELECT into leads_lead: "
        f"{floor:,.0f} rows/s = {floor / copied:.2f} of COPY"
    )
    print(f"import / floor: {imported / floor:.2f} (goal >= 0.50)")
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
