"""A big import keeps PostgreSQL's statistics of leads_lead true (leads.imports.statistics) and its
phone lookups on the phone's own index (leads.imports.writer.leads_with_phones)."""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from leads.imports import statistics
from leads.imports.service import leads_import
from leads.imports.writer import leads_with_phones, no_bitmap_scans

pytestmark = pytest.mark.django_db


def _csv(rows: int, start: int = 0) -> io.BytesIO:
    lines = ["email,phone,country"]
    lines += [f"s{i}@example.com,020 {i:08d},GB" for i in range(start, start + rows)]
    return io.BytesIO("\n".join(lines).encode())


def _analyzes(queries: CaptureQueriesContext) -> int:
    return sum(q["sql"].startswith("ANALYZE") for q in queries.captured_queries)


@pytest.mark.postgres
def test_it_analyzes_the_table_each_time_the_import_has_doubled_it(monkeypatch):
    monkeypatch.setattr(statistics, "MIN_NEW_ROWS", 100)
    # The statistics knew no rows (the suite's earlier tests may have left autovacuum's figure).
    monkeypatch.setattr(statistics, "_known_rows", lambda: 0)
    with CaptureQueriesContext(connection) as queries:
        report = leads_import(file=_csv(250), batch_size=100)

    assert report.created == 250
    # Each batch takes its ids (nextval), then is written by COPY. ANALYZE runs after 100 rows
    # (the statistics knew none) and after 200 (they knew 100); not after 250.
    steps = [
        "batch" if q["sql"].startswith("SELECT nextval") else "analyze"
        for q in queries.captured_queries
        if q["sql"].startswith(("SELECT nextval", "ANALYZE"))
    ]
    assert steps == ["batch", "analyze", "batch", "analyze", "batch"]
    assert _analyzes(queries) == 2


@pytest.mark.postgres
def test_a_small_import_into_a_big_table_does_not_analyze(monkeypatch):
    monkeypatch.setattr(statistics, "_known_rows", lambda: 1_000_000)
    with CaptureQueriesContext(connection) as queries:
        report = leads_import(file=_csv(30), batch_size=10)

    assert report.created == 30 and _analyzes(queries) == 0


def test_elsewhere_than_postgresql_it_never_analyzes():
    if connection.vendor == "postgresql":
        pytest.skip("the SQLite tier's case")
    tracker = statistics.LeadStatistics()
    tracker.written(1_000_000)
    assert tracker.analyzed == 0 and not tracker.due()


# 12,000 leads with distinct phones, written by SQL (bulk_create would take a minute here).
_LEADS_SQL = """
    INSERT INTO leads_lead (email, phone, external_id, first_name, last_name, company, job_title,
        industry, country, region, city, postal_code, campaign, do_not_email, do_not_call,
        attributes, stage, score, score_demographic, score_behavioral, score_engagement,
        score_explanation, score_model_version, created_at, updated_at, stage_changed_at)
    SELECT 'p' || i || '@example.com', '+4420' || lpad(i::text, 8, '0'), '', '', '', '', '', '',
        'GB', '', '', '', '', false, false, '{}', 'new', 0, 0, 0, 0, '[]', '', now(), now(), now()
    FROM generate_series(1, 12000) AS i
"""


@pytest.mark.postgres
def test_the_phone_lookup_probes_the_phone_index_not_the_search_trigrams():
    with connection.cursor() as cursor:
        cursor.execute(_LEADS_SQL)
        cursor.execute("ANALYZE leads_lead")
        cursor.execute("SET LOCAL enable_seqscan = off")  # as the import does
    # A batch's 2,000 numbers, half of them known.
    phones = {f"+4420{i:08d}" for i in range(11_001, 13_001)}

    with no_bitmap_scans():  # (without it: Bitmap Index Scan on lead_phone_trgm)
        plan = leads_with_phones(phones).explain()
        found = {lead.phone for lead in leads_with_phones(phones)}

    assert "lead_phone_trgm" not in plan, plan.splitlines()[:3]
    assert found == {f"+4420{i:08d}" for i in range(11_001, 12_001)}
