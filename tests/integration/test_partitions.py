"""The activity table's monthly partitions on PostgreSQL (leads 0022, leads.partitions)."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from leads.models import Activity, ActivityKey, ActivityType
from leads.partitions import (
    DEFAULT_PARTITION,
    Partition,
    activity_partition_drop,
    activity_partitions,
    activity_partitions_ensure,
    add_months,
    month_start,
    partition_name,
)
from leads.tasks import activity_partitions_ensure_task
from tests.factories import LeadFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _scalar(sql: str, params: list | None = None):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def _home(activity_id: int) -> str:
    """The partition holding the activity."""
    return _scalar(
        "SELECT tableoid::regclass::text FROM leads_activity WHERE id = %s", [activity_id]
    )


def _partitions() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT inhrelid::regclass::text FROM pg_inherits "
            "WHERE inhparent = 'leads_activity'::regclass"
        )
        return {name for (name,) in cursor.fetchall()}


def _activity(lead, at: datetime, **fields) -> Activity:
    page_view = ActivityType.objects.get(code=fields.pop("code", "page_view"))
    return Activity.objects.create(lead=lead, type=page_view, occurred_at=at, **fields)


def test_it_partitions_the_activities_by_month_with_a_default():
    now = timezone.now()
    expected = {partition_name(add_months(month_start(now), n)) for n in range(4)}
    assert _partitions() >= expected | {DEFAULT_PARTITION}
    lead = LeadFactory()
    this_month = _activity(lead, now)
    long_ago = _activity(lead, datetime(2001, 3, 4, tzinfo=UTC))
    assert _home(this_month.pk) == partition_name(month_start(now))
    assert _home(long_ago.pk) == DEFAULT_PARTITION
    # Django's sequence reset and flush find the id sequence (OWNED BY, not an identity column).
    assert _scalar("SELECT pg_get_serial_sequence('leads_activity', 'id')") == (
        "public.leads_activity_id_seq"
    )


def test_it_moves_the_rows_ids_keys_and_sequence_when_migrating():
    lead = LeadFactory()
    page_view = ActivityType.objects.get(code="page_view")
    executor = MigrationExecutor(connection)
    executor.migrate([("leads", "0021_workday_team_owner_statistics")])
    assert _scalar("SELECT count(*) FROM pg_partitioned_table") == 0
    with connection.cursor() as cursor:
        for at, key in [("2024-05-06T10:00Z", "k-1"), ("2026-01-02T10:00Z", ""), (None, "k-3")]:
            cursor.execute(
                "INSERT INTO leads_activity (lead_id, type_id, occurred_at, properties, "
                "idempotency_key, via, created_at) VALUES (%s, %s, coalesce(%s, now()), '{}', "
                "%s, 'api', now())",
                [lead.pk, page_view.pk, at, key],
            )
        cursor.execute("SELECT id, occurred_at FROM leads_activity ORDER BY id")
        before = cursor.fetchall()

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    with connection.cursor() as cursor:
        cursor.execute("SELECT id, occurred_at FROM leads_activity ORDER BY id")
        assert cursor.fetchall() == before
    assert "leads_activity_p2024_05" in _partitions()
    assert _home(before[0][0]) == "leads_activity_p2024_05"
    assert dict(ActivityKey.objects.values_list("key", "activity_id")) == {
        "k-1": before[0][0],
        "k-3": before[2][0],
    }
    fresh = _activity(lead, timezone.now())
    assert fresh.pk == before[-1][0] + 1


def test_it_moves_a_months_rows_out_of_default_when_creating_its_partition():
    lead = LeadFactory()
    later = add_months(month_start(timezone.now()), 6) + timedelta(days=2)
    waiting = _activity(lead, later)
    assert _home(waiting.pk) == DEFAULT_PARTITION

    created = activity_partitions_ensure(timezone.now(), ahead=6)

    assert partition_name(month_start(later)) in {partition.name for partition in created}
    assert _home(waiting.pk) == partition_name(month_start(later))
    assert Activity.objects.filter(pk=waiting.pk).exists()
    assert activity_partitions_ensure(timezone.now(), ahead=6) == []  # nothing twice


def test_the_daily_task_creates_the_next_months():
    last = partition_name(add_months(month_start(timezone.now()), 3))
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE leads_activity DETACH PARTITION {last}")
        cursor.execute(f"DROP TABLE {last}")

    assert activity_partitions_ensure_task() == [last]
    assert last in _partitions()


def test_it_drops_a_month_keeping_logged_work_and_dropping_the_events_keys(rep):
    lead = LeadFactory()
    past = datetime(2019, 4, 10, tzinfo=UTC)
    [partition] = activity_partitions_ensure(past, ahead=0)
    assert partition == Partition(
        "leads_activity_p2019_04", past.replace(day=1), add_months(past.replace(day=1), 1)
    )
    event = _activity(lead, past, idempotency_key="ev-1")
    ActivityKey.objects.create(key="ev-1", activity_id=event.pk)
    call = _activity(lead, past, code="call", by=rep, outcome="connected", note="Talked")
    other = _activity(lead, datetime(2019, 5, 1, tzinfo=UTC))  # DEFAULT: not the month's

    with transaction.atomic():  # as the retention task runs it: inside its transaction
        assert partition in activity_partitions(before=datetime(2019, 5, 1, tzinfo=UTC))
        kept = activity_partition_drop(partition)

    assert kept == 1
    assert "leads_activity_p2019_04" not in _partitions()
    assert not Activity.objects.filter(pk=event.pk).exists()
    assert not ActivityKey.objects.filter(key="ev-1").exists()
    assert Activity.objects.get(pk=call.pk).note == "Talked"
    assert _home(call.pk) == DEFAULT_PARTITION
    assert Activity.objects.filter(pk=other.pk).exists()


def test_it_lists_only_the_months_wholly_before_the_cutoff():
    now = timezone.now()
    activity_partitions_ensure(datetime(2020, 1, 15, tzinfo=UTC), ahead=1)
    listed = activity_partitions(before=datetime(2020, 2, 15, tzinfo=UTC))
    assert [partition.name for partition in listed] == ["leads_activity_p2020_01"]
    everything = activity_partitions(before=add_months(month_start(now), 10))
    assert [p.start for p in everything] == sorted(p.start for p in everything)
    assert DEFAULT_PARTITION not in {partition.name for partition in everything}


def test_it_refuses_to_drop_what_is_not_a_monthly_partition():
    with pytest.raises(ValueError, match="Not a monthly activity partition"):
        activity_partition_drop(
            Partition(
                DEFAULT_PARTITION,
                datetime(2000, 1, 1, tzinfo=UTC),
                datetime(2000, 2, 1, tzinfo=UTC),
            )
        )
    assert DEFAULT_PARTITION in _partitions()


def test_the_command_lists_the_partitions_and_ensures_the_next_months(capsys):
    lead = LeadFactory()
    _activity(lead, timezone.now())
    call_command("activity_partitions", "--ensure", "--ahead", "5", "--exact")
    out = capsys.readouterr().out
    assert partition_name(add_months(month_start(timezone.now()), 5)) in out
    assert re.search(rf"{partition_name(month_start(timezone.now()))}\s+1 rows", out)


def _subplan_loops(plan: dict) -> list[int]:
    found = [plan["Actual Loops"]] if plan.get("Subplan Name", "").startswith("SubPlan") else []
    for child in plan.get("Plans", []):
        found += _subplan_loops(child)
    return found


def test_an_inbox_reads_each_leads_latest_activity_once_per_lead_not_per_activity():
    """Each run of the latest-activity subquery reads every monthly partition: per activity row
    (2,000 for a busy lead) an inbox of 50 leads took 1.6 s at 36 partitions, per lead 0.09 s."""
    from django.test.utils import CaptureQueriesContext

    from leads.worklog import work_summaries

    busy, quiet = LeadFactory(), LeadFactory()
    start = timezone.now() - timedelta(days=90)
    for n in range(30):
        _activity(busy, start + timedelta(days=n * 3))
    _activity(quiet, start)

    with CaptureQueriesContext(connection) as queries:
        summaries = work_summaries([busy, quiet])

    assert summaries[busy.pk].last_activity_at == start + timedelta(days=87)
    latest_sql = queries.captured_queries[0]["sql"]  # then the calls since the stage entry
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + latest_sql)
        plan = cursor.fetchone()[0][0]["Plan"]
    loops = _subplan_loops(plan)
    assert loops and max(loops) <= 2, loops
