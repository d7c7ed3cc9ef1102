"""leads.partitions where the activity table is not partitioned (SQLite: the unit tier), and how
the daily task is scheduled and routed. The partitions themselves: tests/integration."""

from datetime import UTC, datetime

import pytest
from django.core.management import call_command
from django.db import connection

from leadcrm.celery import app
from leads.partitions import (
    Partition,
    activity_partition_drop,
    activity_partitions,
    activity_partitions_ensure,
    add_months,
    month_start,
    partition_name,
)
from leads.tasks import activity_partitions_ensure_task

pytestmark = pytest.mark.django_db


def test_months_are_counted_in_utc_across_years():
    start = month_start(datetime(2026, 12, 31, 23, 30, tzinfo=UTC))
    assert (start, add_months(start, 1), add_months(start, -12)) == (
        datetime(2026, 12, 1, tzinfo=UTC),
        datetime(2027, 1, 1, tzinfo=UTC),
        datetime(2025, 12, 1, tzinfo=UTC),
    )
    assert partition_name(add_months(start, 3)) == "leads_activity_p2027_03"


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the unpartitioned case")
def test_everything_is_a_no_op_on_a_plain_table(capsys):
    march = Partition(
        "leads_activity_p2026_03",
        datetime(2026, 3, 1, tzinfo=UTC),
        datetime(2026, 4, 1, tzinfo=UTC),
    )
    assert activity_partitions(before=datetime(2030, 1, 1, tzinfo=UTC)) == []
    assert activity_partitions_ensure(datetime(2026, 3, 5, tzinfo=UTC)) == []
    assert activity_partition_drop(march) == 0
    assert activity_partitions_ensure_task() == []
    call_command("activity_partitions", "--ensure")
    assert "not partitioned" in capsys.readouterr().out


def test_the_daily_task_is_scheduled_on_the_bulk_queue():
    [entry] = [
        e
        for e in app.conf.beat_schedule.values()
        if e["task"] == "leads.tasks.activity_partitions_ensure"
    ]
    assert entry["schedule"].hour == {1}
    route = app.amqp.router.route({}, activity_partitions_ensure_task.name)
    assert route["queue"].name == "bulk"


def test_the_command_refuses_a_silly_horizon(capsys):
    with pytest.raises(SystemExit) as stopped:
        call_command("activity_partitions", "--ensure", "--ahead", "-1")
    assert stopped.value.code == 2
    assert "--ahead must be between 0 and 24." in capsys.readouterr().err
