"""Benchmark: scoring with the activity retention's summaries, on bench/scoring.py's database.

    DATABASE_URL=postgres://postgres@127.0.0.1:55432/leadcrm_bench \
        .venv/bin/python bench/retention.py --fold-months 3

Times the real-time rescore of 100 leads (scoring.services.rescore_leads, the median of
--runs, the most active leads: the slowest) and a full rescore (rescore_version); then, with
--fold-months, folds the raw activities older than that (leads.activity_retention, by DELETE on
an unpartitioned table), times the fold, checks that every lead's score is unchanged up to the
documented decay approximation, and times both again. Run bench/scoring.py first (it generates
the leads and activities and activates the bench version). It changes the database it is
pointed at: use a database of its own.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leadcrm.settings")
os.environ.setdefault("DEBUG", "1")  # a local run needs no SECRET_KEY

import django

django.setup()

from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.utils import timezone  # noqa: E402

from leads.activity_retention import activities_retain  # noqa: E402
from leads.models import Activity, ActivitySummary, Lead  # noqa: E402
from scoring.selectors import active_versions  # noqa: E402
from scoring.services import rescore_leads, rescore_version  # noqa: E402


def timings(ids: list[int], runs: int, now) -> tuple[float, float]:
    """(median ms of a real-time rescore of `ids`, s of a full rescore)."""
    rescore_leads(ids, now=now)  # warm
    spans = []
    for _ in range(runs):
        started = time.perf_counter()
        rescore_leads(ids, now=now)
        spans.append((time.perf_counter() - started) * 1000)
    version = active_versions().get(model__is_default=True)
    started = time.perf_counter()
    rescore_version(version, now=now, promote=False)
    return statistics.median(spans), time.perf_counter() - started


def scores() -> dict[int, tuple[int, int, int, int]]:
    return {
        pk: rest
        for pk, *rest in Lead.objects.values_list(
            "pk", "score_demographic", "score_behavioral", "score_engagement", "score"
        )
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fold-months", type=int, default=0)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("bench/retention.py needs PostgreSQL: set DATABASE_URL=postgres://...")
    now = timezone.now().replace(microsecond=0)
    busiest = list(
        Activity.objects.values("lead")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .values_list("lead", flat=True)[:100]
    )
    raw = Activity.objects.count()
    realtime_ms, full_s = timings(busiest, args.runs, now)
    print(f"{raw:,} raw activities, {ActivitySummary.objects.count():,} summaries")
    print(f"real-time rescore of the 100 busiest leads: {realtime_ms:.1f} ms (median)")
    print(f"full rescore: {full_s:.1f} s")
    if not args.fold_months:
        return
    before = scores()
    started = time.perf_counter()
    retained = activities_retain(now, months=args.fold_months)
    fold_s = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE leads_activity")
        cursor.execute("ANALYZE leads_activitysummary")
    print(
        f"folded {retained.events:,} activities before {retained.cutoff:%Y-%m-%d} into "
        f"{retained.summaries:,} summaries in {fold_s:.1f} s"
    )
    realtime_ms, full_s = timings(busiest, args.runs, now)
    after = scores()
    changed = [pk for pk in before if before[pk] != after[pk]]
    worst = max(
        (abs(a - b) for pk in changed for a, b in zip(before[pk], after[pk], strict=True)),
        default=0,
    )
    print(
        f"{Activity.objects.count():,} raw activities, {ActivitySummary.objects.count():,} summaries"
    )
    print(f"real-time rescore of the 100 busiest leads: {realtime_ms:.1f} ms (median)")
    print(f"full rescore: {full_s:.1f} s")
    print(
        f"leads whose score moved (decay read at the day's last event): {len(changed):,}, "
        f"by at most {worst} points"
    )


if __name__ == "__main__":
    main()
