"""The activity retention on PostgreSQL's monthly partitions: each month before the cutoff is
folded into summaries, then dropped with leads.partitions (not faked here)."""

import random
from datetime import UTC, datetime

import pytest
from django.db import connection

from leads.activity_retention import activities_retain
from leads.models import Activity, ActivityKey, ActivitySummary, ActivityType, Lead
from leads.partitions import DEFAULT_PARTITION, activity_partitions_ensure, partition_name
from scoring.engine import score_lead
from scoring.selectors import lead_facts, lead_values, version_spec
from tests.factories import UserFactory
from tests.integration.test_partitions import _partitions
from tests.scoring.conftest import make_version
from tests.scoring.folding import MONTHS, build_with_bursts
from tests.scoring.test_bulk import NOW, assert_bulk_equals_engine
from tests.scoring.test_kinds import EXAMPLES

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FIRST_MONTH = datetime(2025, 1, 1, tzinfo=UTC)  # build_with_bursts goes back 400 days from NOW
CUTOFF = datetime(2026, 3, 1, tzinfo=UTC)  # NOW (2026-06-01) less MONTHS (3)


def test_it_folds_and_drops_each_old_month_and_scores_stay_the_same():
    build_with_bursts(random.Random(20261205), 60)
    # The months of the generated history get their partitions (their rows leave DEFAULT).
    activity_partitions_ensure(FIRST_MONTH, ahead=17)
    old_months = {partition_name(datetime(2025, m, 1, tzinfo=UTC)) for m in range(1, 13)}
    assert old_months <= _partitions()
    lead = Lead.objects.order_by("pk").first()
    call = Activity.objects.create(
        lead=lead,
        type=ActivityType.objects.get(code="call"),
        occurred_at=datetime(2025, 2, 3, tzinfo=UTC),
        by=UserFactory(),
        note="Left a message",
    )
    keyed = Activity.objects.create(
        lead=lead,
        type=ActivityType.objects.get(code="page_view"),
        occurred_at=datetime(2025, 2, 4, tzinfo=UTC),
        idempotency_key="web-42",
    )
    ActivityKey.objects.create(key="web-42", activity_id=keyed.pk)
    rules = [{**r, "decays": False} for kind in sorted(EXAMPLES) for r in EXAMPLES[kind]]
    version = make_version(rules, weights=(40, 35, 25), auto_promote=False)
    spec = version_spec(version)
    leads = list(Lead.objects.select_related("source", "product_line").order_by("pk"))
    before = {
        each.pk: score_lead(lead_values(each), lead_facts(each.pk), spec, now=NOW) for each in leads
    }
    raw_before_cutoff = Activity.objects.filter(occurred_at__lt=CUTOFF, by__isnull=True).count()

    retained = activities_retain(NOW, months=MONTHS)

    assert retained.cutoff == CUTOFF
    assert retained.events == raw_before_cutoff > retained.summaries > 0
    assert not old_months & _partitions()
    assert partition_name(CUTOFF) in _partitions()
    assert not Activity.objects.filter(occurred_at__lt=CUTOFF, by__isnull=True).exists()
    # Logged work outlives its month, in DEFAULT; the dropped event's key went with it.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tableoid::regclass::text FROM leads_activity WHERE id = %s", [call.pk]
        )
        assert cursor.fetchone()[0] == DEFAULT_PARTITION
    assert Activity.objects.get(pk=call.pk).note == "Left a message"
    assert not ActivityKey.objects.filter(key="web-42").exists()
    assert ActivitySummary.objects.filter(count__gt=1).exists()
    for lead in leads:
        assert score_lead(lead_values(lead), lead_facts(lead.pk), spec, now=NOW) == before[lead.pk]
    assert assert_bulk_equals_engine(version, batch=50) == 60
    # A second run finds nothing left to fold.
    assert activities_retain(NOW, months=MONTHS) == (CUTOFF, 0, 0)
