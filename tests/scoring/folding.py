"""Leads whose old activities the retention folds (tests of scoring with summaries)."""

import random
from datetime import timedelta

from leads.activity_retention import activities_retain
from leads.models import Activity, ActivitySummary, ActivityType, Lead
from tests.scoring.test_bulk import NOW, TYPES, build

# Everything before 2026-03-01 is folded (NOW is 2026-06-01): most of build()'s activities.
MONTHS = 3


def build_with_bursts(rng: random.Random, count: int) -> None:
    """build()'s leads and activities, and for half the leads a burst of activities of one type
    on one day (as a visit's page views come), so that summaries fold many activities each."""
    build(rng, count)
    types = dict(ActivityType.objects.values_list("code", "pk"))
    rows = []
    for lead in Lead.objects.all():
        if rng.random() < 0.5:
            continue
        code = rng.choice(TYPES)
        day = (NOW - timedelta(days=rng.randint(95, 400))).replace(hour=0, minute=0, second=0)
        asset = rng.choice([None, "ebook", "datasheet"])
        for _ in range(rng.randint(2, 8)):
            props = {"seconds": rng.choice([rng.randint(0, 600), rng.random() * 90])}
            if asset:
                props["asset"] = asset
            at = day + timedelta(seconds=rng.randint(0, 86399), microseconds=rng.randint(0, 9))
            rows.append(Activity(lead=lead, type_id=types[code], occurred_at=at, properties=props))
    Activity.objects.bulk_create(rows)


def fold() -> int:
    """Fold and drop the activities before the retention's cutoff; the summaries written."""
    retained = activities_retain(NOW, months=MONTHS)
    assert retained.events > retained.summaries > 0
    assert ActivitySummary.objects.filter(count__gt=1).exists()
    return retained.summaries
