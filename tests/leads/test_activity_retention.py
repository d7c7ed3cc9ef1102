"""Activity retention: old raw events folded into per-lead daily summaries, then dropped."""

from datetime import UTC, datetime, timedelta
from typing import NamedTuple

import pytest
from django.db import connection
from django.urls import reverse

from leads import activity_retention
from leads.activity_retention import (
    activities_fold,
    activities_retain,
    retention_cutoff,
)
from leads.deletion import lead_erase
from leads.merging import leads_merge, leads_unmerge
from leads.models import Activity, ActivitySummary, ActivityType, Lead
from leads.recycling import cooling_q, engaged_since
from leads.tasks import activities_retain_task
from leads.worklog import last_activity_at
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


def event(lead: Lead, code: str, at: datetime, by=None, **properties) -> Activity:
    return Activity.objects.create(
        lead=lead,
        type=ActivityType.objects.get(code=code),
        occurred_at=at,
        properties=properties,
        by=by,
    )


def test_it_starts_the_retention_at_the_start_of_a_month():
    assert retention_cutoff(NOW, 3) == datetime(2026, 9, 1, tzinfo=UTC)
    assert retention_cutoff(NOW, 12) == datetime(2025, 12, 1, tzinfo=UTC)
    assert retention_cutoff(datetime(2026, 2, 28, 23, 59, tzinfo=UTC), 14) == datetime(
        2024, 12, 1, tzinfo=UTC
    )
    assert retention_cutoff(NOW, 0) is None
    assert retention_cutoff(datetime(2027, 1, 31, tzinfo=UTC), 1) == datetime(
        2026, 12, 1, tzinfo=UTC
    )


def test_it_folds_a_days_events_of_a_type_and_properties_into_one_summary():
    lead = LeadFactory()
    day = datetime(2026, 3, 5, tzinfo=UTC)
    event(lead, "page_view", day + timedelta(hours=1), seconds=30, path="/a")
    event(lead, "page_view", day + timedelta(hours=2), seconds=12.9, path="/a")
    event(lead, "page_view", day + timedelta(hours=23, minutes=59), seconds=-1.5, path="/a")
    event(lead, "page_view", day + timedelta(hours=3), seconds="x", path="/a")  # not a number
    event(lead, "page_view", day + timedelta(hours=4), seconds=True, path="/a")  # nor this
    event(lead, "page_view", day + timedelta(days=1), seconds=5, path="/a")  # the next day
    event(lead, "content_download", day + timedelta(hours=5), asset="ebook")
    event(lead, "content_download", day + timedelta(hours=6), asset="datasheet")

    written = activities_fold(day, day + timedelta(days=2))

    rows = {
        (s.type.code, s.day.isoformat(), tuple(sorted(s.properties.items()))): (
            s.count,
            s.seconds,
            s.last_at,
        )
        for s in ActivitySummary.objects.select_related("type")
    }
    assert written == len(rows) == 6
    assert rows == {
        # 30 + 12 + -1 (whole seconds, truncated toward zero, as time on site reads them)
        ("page_view", "2026-03-05", (("path", "/a"),)): (
            3,
            41,
            day + timedelta(hours=23, minutes=59),
        ),
        ("page_view", "2026-03-05", (("path", "/a"), ("seconds", "x"))): (
            1,
            0,
            day + timedelta(hours=3),
        ),
        ("page_view", "2026-03-05", (("path", "/a"), ("seconds", True))): (
            1,
            0,
            day + timedelta(hours=4),
        ),
        ("page_view", "2026-03-06", (("path", "/a"),)): (1, 5, day + timedelta(days=1)),
        ("content_download", "2026-03-05", (("asset", "ebook"),)): (1, 0, day + timedelta(hours=5)),
        ("content_download", "2026-03-05", (("asset", "datasheet"),)): (
            1,
            0,
            day + timedelta(hours=6),
        ),
    }
    # Folding deletes nothing: the retention drops the range in the same transaction.
    assert Activity.objects.count() == 8


def test_it_folds_only_the_range_and_never_logged_work(rep):
    lead = LeadFactory()
    start, end = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC)
    event(lead, "page_view", start - timedelta(microseconds=1))
    event(lead, "page_view", start)
    event(lead, "page_view", end - timedelta(microseconds=1))
    event(lead, "page_view", end)
    event(lead, "call", start + timedelta(days=2), by=rep)

    assert activities_fold(start, end) == 2
    assert sorted(ActivitySummary.objects.values_list("day", "count")) == [
        (start.date(), 1),
        ((end - timedelta(days=1)).date(), 1),
    ]


def test_it_deletes_only_raw_events_before_the_cutoff_and_keeps_logged_work(rep):
    lead, other = LeadFactory(), LeadFactory()
    cutoff = datetime(2026, 10, 1, tzinfo=UTC)
    old = [
        event(lead, "page_view", datetime(2025, 1, 31, 23, tzinfo=UTC), seconds=10),
        event(lead, "page_view", datetime(2025, 1, 31, 22, tzinfo=UTC), seconds=20),
        event(lead, "demo_request", datetime(2026, 6, 15, tzinfo=UTC)),
        event(other, "email_click", cutoff - timedelta(seconds=1)),
    ]
    kept = [
        event(lead, "page_view", cutoff),
        event(other, "email_click", NOW),
        event(lead, "call", datetime(2025, 1, 5, tzinfo=UTC), by=rep),  # logged work stays
    ]

    retained = activities_retain(NOW, months=2)

    assert retained.cutoff == cutoff
    assert (retained.summaries, retained.events) == (3, len(old))
    assert set(Activity.objects.all()) == set(kept)
    assert sorted(ActivitySummary.objects.values_list("lead_id", "count", "seconds")) == sorted(
        [(lead.pk, 2, 30), (lead.pk, 1, 0), (other.pk, 1, 0)]
    )
    # A second run finds nothing left to fold: nothing is counted twice.
    assert activities_retain(NOW, months=2) == (cutoff, 0, 0)
    assert ActivitySummary.objects.count() == 3


def test_it_keeps_everything_when_the_retention_is_off(settings):
    settings.ACTIVITY_RETENTION_MONTHS = 0
    lead = LeadFactory()
    event(lead, "page_view", datetime(2020, 1, 1, tzinfo=UTC))
    assert activities_retain(NOW) == (None, 0, 0)
    assert Activity.objects.count() == 1
    assert not ActivitySummary.objects.exists()


def test_it_runs_daily_from_the_task_with_the_setting(settings):
    settings.ACTIVITY_RETENTION_MONTHS = 1
    lead = LeadFactory()
    event(lead, "page_view", datetime(2020, 1, 1, tzinfo=UTC))
    fresh = event(lead, "page_view", datetime.now(UTC))
    result = activities_retain_task.delay().get()
    assert result["summaries"] == 1 and result["events"] == 1
    assert list(Activity.objects.all()) == [fresh]
    assert activities_retain_task.name == "leads.tasks.activities_retain"
    assert settings.CELERY_TASK_ROUTES[activities_retain_task.name] == {"queue": "bulk"}


class _Partition(NamedTuple):
    name: str
    start: datetime
    end: datetime


def test_it_folds_then_drops_each_partition_before_the_cutoff(monkeypatch):
    """On a partitioned table each old month is folded, then its partition dropped (the
    partitions' own functions are faked here, to run on SQLite too; with the real ones on
    PostgreSQL: tests/integration/test_retention_partitions.py)."""
    lead = LeadFactory()
    march = _Partition(
        "leads_activity_202603", datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC)
    )
    april = _Partition("leads_activity_202604", march.end, datetime(2026, 5, 1, tzinfo=UTC))
    event(lead, "page_view", march.start + timedelta(days=3))
    event(lead, "page_view", april.start + timedelta(days=3))
    # In no month's partition (PostgreSQL keeps it in the DEFAULT one): folded by DELETE.
    stray = event(lead, "email_click", datetime(2020, 1, 1, tzinfo=UTC))
    kept = event(lead, "email_click", datetime(2026, 6, 1, tzinfo=UTC))
    calls = []

    def partitions(*, before: datetime) -> list[_Partition]:
        calls.append(("list", before))
        return [march, april]

    def drop(partition: _Partition) -> None:
        # Called after the fold, inside its transaction.
        assert connection.in_atomic_block
        calls.append(("drop", partition.name, ActivitySummary.objects.count()))
        Activity.objects.filter(
            occurred_at__gte=partition.start, occurred_at__lt=partition.end, by__isnull=True
        ).delete()

    monkeypatch.setattr(activity_retention, "activity_partitions", partitions)
    monkeypatch.setattr(activity_retention, "activity_partition_drop", drop)
    monkeypatch.setattr(activity_retention, "is_partitioned", lambda: True)

    retained = activities_retain(NOW, months=6)

    assert retained == (datetime(2026, 6, 1, tzinfo=UTC), 3, 3)
    assert calls == [
        ("list", datetime(2026, 6, 1, tzinfo=UTC)),
        ("drop", "leads_activity_202603", 1),
        ("drop", "leads_activity_202604", 2),
    ]
    assert list(Activity.objects.all()) == [kept]
    assert ActivitySummary.objects.filter(day=stray.occurred_at.date()).get().count == 1


def test_it_carries_the_summaries_through_a_merge_and_its_undo(manager):
    keep, away = LeadFactory(), LeadFactory()
    event(away, "page_view", datetime(2025, 2, 1, tzinfo=UTC))
    event(keep, "page_view", datetime(2025, 2, 2, tzinfo=UTC))
    activities_retain(NOW, months=1)
    theirs = ActivitySummary.objects.get(lead=away)

    merge = leads_merge(keep=keep, merge_away=away, by=manager)

    theirs.refresh_from_db()
    assert (theirs.lead_id, theirs.moved_from_id) == (keep.pk, away.pk)
    assert ActivitySummary.objects.filter(lead=keep).count() == 2

    leads_unmerge(merge=merge, by=manager)

    theirs.refresh_from_db()
    assert (theirs.lead_id, theirs.moved_from_id) == (away.pk, None)
    assert ActivitySummary.objects.get(lead=keep).moved_from_id is None


def test_it_sends_back_on_undo_a_summary_folded_after_the_merge(manager):
    keep, away = LeadFactory(), LeadFactory()
    event(away, "page_view", datetime(2025, 2, 1, tzinfo=UTC))
    event(keep, "page_view", datetime(2025, 2, 1, 5, tzinfo=UTC))
    merge = leads_merge(keep=keep, merge_away=away, by=manager)
    activities_retain(NOW, months=1)  # the moved activity folds apart from the kept lead's
    assert ActivitySummary.objects.filter(lead=keep).count() == 2

    leads_unmerge(merge=merge, by=manager)

    assert ActivitySummary.objects.get(lead=away).count == 1
    assert ActivitySummary.objects.get(lead=keep).count == 1


def test_it_empties_the_summaries_of_an_erased_lead(admin_user):
    person = LeadFactory()
    event(person, "content_download", datetime(2025, 1, 1, tzinfo=UTC), asset="ebook")
    event(person, "page_view", datetime(2025, 1, 1, tzinfo=UTC), seconds=40, email="a@b.example")
    bystander = LeadFactory()
    event(bystander, "content_download", datetime(2025, 1, 1, tzinfo=UTC), asset="ebook")
    activities_retain(NOW, months=1)

    lead_erase(lead=person, by=admin_user)

    assert list(
        ActivitySummary.objects.filter(lead=person).values_list("properties", "seconds")
    ) == [({}, 0), ({}, 0)]
    assert ActivitySummary.objects.get(lead=bystander).properties == {"asset": "ebook"}


def test_it_counts_folded_activities_as_the_last_activity_and_as_engagement():
    lead = LeadFactory(stage="nurture")
    at = datetime(2025, 3, 3, 12, tzinfo=UTC)
    event(lead, "email_click", at)
    activities_retain(NOW, months=1)
    assert not Activity.objects.exists()

    assert last_activity_at(lead) == at
    assert engaged_since(lead, at - timedelta(days=1))
    assert not engaged_since(lead, at)
    Lead.objects.filter(pk=lead.pk).update(
        stage_changed_at=at - timedelta(days=1), recycle_after=NOW + timedelta(days=9)
    )
    assert not Lead.objects.filter(cooling_q(NOW), pk=lead.pk).exists()
    Lead.objects.filter(pk=lead.pk).update(stage_changed_at=at)
    assert Lead.objects.filter(cooling_q(NOW), pk=lead.pk).exists()


def test_it_says_on_the_timeline_how_many_earlier_events_were_summarised(client, manager):
    lead = LeadFactory()
    for hour in range(3):
        event(lead, "page_view", datetime(2025, 1, 20, hour, tzinfo=UTC))
    event(lead, "email_click", datetime(2025, 8, 9, tzinfo=UTC))
    client.force_login(manager)
    url = reverse("leads:detail", args=[lead.pk])
    assert "summarised for scoring" not in client.get(url).content.decode()

    activities_retain(NOW, months=1)

    page = client.get(url).content.decode()
    assert "4 earlier events (before Sep 2025) summarised for scoring." in page
