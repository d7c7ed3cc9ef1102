"""Benchmark: event to new score through a real Celery worker on Redis, at a steady rate.

    DATABASE_URL=postgres://postgres@127.0.0.1:55432/leadcrm_bench \
    CELERY_BROKER_URL=redis://127.0.0.1:6379/4 CACHE_URL=redis://127.0.0.1:6379/5 \
        .venv/bin/python bench/realtime.py --rate 200 --events 2000

Starts one worker process (prefork, 2 processes) serving every queue, or with --during-import
ROWS a live pool and a bulk pool as in production's Procfile while a CSV import of ROWS rows runs
on the bulk pool. Records activities for a pool of leads the
way POST /api/v1/events/ does (leads.activities.activities_record: store, then the
activity_recorded signal on commit queues the coalesced rescoring), in requests of --batch
events as an event API client sends them, and watches the leads' `scored_at`. An event's latency runs from just before it is recorded to the first moment its
lead is seen scored at or after that instant. Prints p50/p95/p99 (goal: p95 <= 1 s). Bounded:
--events in all, --timeout seconds at most from the first event, 127.0.0.1 servers only. Give
it a database of its own: an import run leaves its leads there.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from load_checks import percentile
from local_servers import require_local_servers

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leadcrm.settings")
os.environ.setdefault("DEBUG", "1")  # a local run needs no SECRET_KEY

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connections  # noqa: E402

from leadcrm.celery import app as celery_app  # noqa: E402
from leads.activities import EventIn, activities_record  # noqa: E402
from leads.imports.jobs import import_job_progress, import_job_start  # noqa: E402
from leads.models import ImportJob, Lead, Via  # noqa: E402
from scoring.models import RescoreRun  # noqa: E402
from scoring.selectors import active_versions  # noqa: E402
from scoring.tasks import run_rescore  # noqa: E402

TYPES = ["page_view", "pricing_page_view", "content_download", "email_click", "demo_request"]
# An event sent: its lead, and the epoch time just before it was recorded.
SentEvent = tuple[int, float]


def make_leads(n: int) -> list[int]:
    Lead.all_objects.filter(external_id__startswith="rt-").delete()
    Lead.objects.bulk_create(
        Lead(external_id=f"rt-{i}", email=f"rt{i}@example.com", stage="sal") for i in range(n)
    )
    return list(Lead.objects.filter(external_id__startswith="rt-").values_list("pk", flat=True))


class Watcher(threading.Thread):
    """Polls the pool's scored_at and records when each new score is first seen."""

    def __init__(self, lead_ids: list[int], every: float = 0.01):
        super().__init__(daemon=True)
        self.lead_ids, self.every = lead_ids, every
        self.seen: dict[int, list[tuple[float, float]]] = {i: [] for i in lead_ids}
        self.stop = threading.Event()

    def run(self) -> None:
        last: dict[int, datetime | None] = {}
        try:
            while not self.stop.is_set():
                rows = Lead.objects.filter(pk__in=self.lead_ids).values_list("pk", "scored_at")
                observed = time.time()
                for pk, scored_at in rows:
                    if scored_at is not None and scored_at != last.get(pk):
                        last[pk] = scored_at
                        self.seen[pk].append((observed, scored_at.timestamp()))
                time.sleep(self.every)
        finally:
            connections.close_all()

    def latency(self, pk: int, at: float) -> float | None:
        """Seconds from `at` to the first sighting of a score of lead `pk` computed at or after
        `at` (None: not seen yet)."""
        return next((seen - at for seen, scored in self.seen[pk] if scored >= at), None)


def start_worker(name: str, queues: list[str], *, concurrency: int, nice: int) -> subprocess.Popen:
    log = open(ROOT / "var" / f"bench-realtime-{name}.log", "w")  # noqa: SIM115
    return subprocess.Popen(
        [
            *(["nice", "-n", str(nice)] if nice else []),
            sys.executable,
            "-m",
            "celery",
            "-A",
            "leadcrm",
            "worker",
            "--concurrency",
            str(concurrency),
            "--without-gossip",
            "--without-mingle",
            "--loglevel",
            "WARNING",
            "-n",
            f"{name}@%h",
            "-Q",
            ",".join(queues),
        ],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: stopped with its pool's processes
    )


def start_import(rows: int, head: int) -> ImportJob:
    """Queue an import of `rows` new leads (as the upload page does) and wait until it has
    read `head` rows: until then it parses its file and writes nothing."""
    user = get_user_model().objects.filter(
        is_superuser=True
    ).first() or get_user_model().objects.create_superuser("bench-rt", password=None)
    # New e-mails and ids each run: the imported leads are left in the database (deleting a
    # million leads through Django's cascade takes longer than the run), and a later run must
    # import new leads, not merge into these.
    run = secrets.token_hex(3)
    body = "".join(f"rtimp{run}-{i}@example.com;Import {i};rtimp-{run}-{i}\n" for i in range(rows))
    job = ImportJob(filename="bench.csv", uploaded_by=user)
    job.file.save(
        "bench-realtime.csv", ContentFile(f"Email;First Name;External Id\n{body}".encode())
    )
    import_job_start(
        job=job,
        mapping={"Email": "email", "First Name": "first_name", "External Id": "external_id"},
        skip_invalid=False,
        dry_run=False,
    )
    while import_job_progress(job := ImportJob.objects.get(pk=job.pk)).rows < head:
        if job.status in (ImportJob.Status.DONE, ImportJob.Status.FAILED):
            sys.exit(f"The import ended before it had read {head:,} rows: {job.message}")
        time.sleep(0.1)
    return job


def start_rescore(head: int) -> RescoreRun:
    """Queue a full rescore of the active version (as activating it does) and wait until it has
    scored `head` leads."""
    version = active_versions().order_by("pk").first()
    if version is None:
        sys.exit("No active scoring version to rescore.")
    run = RescoreRun.objects.create(version=version, reason="bench")
    run_rescore.delay(run.pk)
    while (run := RescoreRun.objects.get(pk=run.pk)).done < head:
        if run.status in (RescoreRun.Status.DONE, RescoreRun.Status.FAILED):
            sys.exit(f"The rescore ended before it had scored {head:,} leads: {run.message}")
        time.sleep(0.1)
    return run


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rate", type=float, default=200.0, help="events per second")
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--leads", type=int, default=500)
    parser.add_argument("--batch", type=int, default=20, help="events per request")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument(
        "--during-import",
        type=int,
        default=0,
        metavar="ROWS",
        help="run a CSV import of ROWS rows on a separate bulk worker pool meanwhile",
    )
    parser.add_argument(
        "--import-head",
        type=int,
        default=50_000,
        metavar="ROWS",
        help="with --during-import: start the events once the import has read this many rows",
    )
    parser.add_argument(
        "--during-rescore",
        action="store_true",
        help="run a full rescore of the active version on a separate bulk worker pool meanwhile",
    )
    parser.add_argument(
        "--rescore-head",
        type=int,
        default=20_000,
        metavar="LEADS",
        help="with --during-rescore: start the events once it has scored this many leads",
    )
    parser.add_argument(
        "--bulk-nice",
        type=int,
        default=0,
        help="with --during-import: the bulk pool's niceness (the Procfile's bulkworker line)",
    )
    return parser.parse_args()


def worker_pools(args: argparse.Namespace) -> dict[str, tuple[list[str], int, int]]:
    """The worker pools to start: name -> (queues, processes, niceness)."""
    if args.during_import or args.during_rescore:
        # Production's layout (Procfile): a live pool of 2 and a bulk pool of 1, on separate
        # queues, the bulk pool at --bulk-nice.
        return {
            "bench-live": ([q for q in settings.CELERY_QUEUE_NAMES if q != "bulk"], 2, 0),
            "bench-bulk": (["bulk"], 1, args.bulk_nice),
        }
    return {"bench-rt": (list(settings.CELERY_QUEUE_NAMES), 2, 0)}


def wait_until_ready(workers: list[subprocess.Popen]) -> None:
    """Wait (a minute at most) until every worker answers a ping: events sent earlier would
    count the worker's start-up in their latency."""
    deadline = time.monotonic() + 60
    while len(celery_app.control.ping(timeout=1)) < len(workers):
        if any(w.poll() is not None for w in workers) or time.monotonic() > deadline:
            sys.exit("A worker did not start; see var/bench-realtime-*.log")


def stop_workers(workers: list[subprocess.Popen]) -> None:
    for worker in workers:
        worker.terminate()
    for worker in workers:
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            # A warm shutdown waits for the task at hand (the rest of a full rescore).
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()


@dataclass
class BulkWork:
    """The import and the full rescore on the bulk pool meanwhile (None when not asked for),
    and how far each had got when the events began and when they ended."""

    job: ImportJob | None = None
    rescore: RescoreRun | None = None
    rows_at_start: int = 0
    rows_at_end: int = 0
    rescored_at_end: int = 0

    def start(self, args: argparse.Namespace) -> None:
        """Start what was asked for and wait until each is well under way (its head). Fills
        `self` as it goes: a failed rescore start still leaves the import's file to delete."""
        if args.during_import:
            waited = time.monotonic()
            self.job = start_import(args.during_import, args.import_head)
            print(
                f"the import read its first {args.import_head:,} rows in {time.monotonic() - waited:.0f} s"
            )
            self.rows_at_start = import_job_progress(self.job).rows
        if args.during_rescore:
            waited = time.monotonic()
            self.rescore = start_rescore(args.rescore_head)
            print(
                f"the rescore scored its first {self.rescore.done:,} leads in {time.monotonic() - waited:.0f} s"
            )

    def mark_end(self) -> None:
        """Note how far each had got: called as the last event is sent."""
        self.rows_at_end = import_job_progress(self.job).rows if self.job is not None else 0
        self.rescored_at_end = (
            RescoreRun.objects.get(pk=self.rescore.pk).done if self.rescore else 0
        )

    def report(self, rows: int) -> None:
        """Print how far each got while the events were sent; wait for the import to end and
        print its time."""
        if self.rescore is not None:
            print(
                f"full rescore on the bulk pool: leads {self.rescore.done:,} to "
                f"{self.rescored_at_end:,} of {self.rescore.total:,} scored while the events "
                "were sent"
            )
        if (job := self.job) is None:
            return
        print(
            f"import of {rows:,} rows on the bulk pool: rows "
            f"{self.rows_at_start:,} to {self.rows_at_end:,} read while the events were sent"
        )
        job.refresh_from_db()
        while job.status not in (ImportJob.Status.DONE, ImportJob.Status.FAILED):
            time.sleep(1)
            job.refresh_from_db()
        print(f"import {job.status} in {(job.finished_at - job.started_at).total_seconds():.0f} s")


def send_events(lead_ids: list[int], args: argparse.Namespace) -> tuple[list[SentEvent], float]:
    """Record --events events on random leads of the pool, --batch per request at --rate
    events per second, for half of --timeout at most: each event's (lead, epoch time just
    before its request), and the monotonic time the sending began."""
    rng = random.Random(1)
    leads = Lead.objects.all()
    sent: list[SentEvent] = []
    per_tick = max(1, args.batch)
    tick = per_tick / args.rate
    begin = time.monotonic()
    while len(sent) < args.events and time.monotonic() - begin < args.timeout / 2:
        due = begin + (len(sent) / per_tick) * tick
        pause = due - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        batch = rng.sample(lead_ids, min(per_tick, args.events - len(sent)))
        at = time.time()
        activities_record(
            events=[EventIn(type=rng.choice(TYPES), lead=pk) for pk in batch],
            leads=leads,
            via=Via.API,
        )
        sent += [(pk, at) for pk in batch]
    return sent, begin


def await_scores(
    watcher: Watcher, sent: list[SentEvent], *, tail: int, until: float
) -> list[float | None]:
    """Wait until the last `tail` events are seen scored (or the monotonic time `until`), stop
    the watcher, and return each event's latency (None: never seen scored)."""
    while time.monotonic() < until:
        if all(watcher.latency(pk, at) is not None for pk, at in sent[-tail:]):
            break
        time.sleep(0.2)
    time.sleep(0.5)
    watcher.stop.set()
    watcher.join()
    return [watcher.latency(pk, at) for pk, at in sent]


def print_latencies(
    sent: list[SentEvent], sending: float, latencies: list[float | None], runs: int
) -> None:
    done = [x for x in latencies if x is not None]
    print(
        f"events: {len(sent)} over {sending:.1f} s ({len(sent) / sending:.0f}/s), "
        f"{len({pk for pk, _ in sent})} leads; rescoring runs seen: {runs}"
    )
    print(f"scored: {len(done)}, never seen scored: {len(sent) - len(done)}")
    if done:
        print(
            f"event to new score: p50 {percentile(done, 0.5):.3f} s, "
            f"p95 {percentile(done, 0.95):.3f} s, p99 {percentile(done, 0.99):.3f} s, "
            f"max {max(done):.3f} s (goal p95 <= 1 s)"
        )


def main() -> None:
    args = parse_args()
    require_local_servers("bench/realtime.py")
    if not os.environ.get("CACHE_URL", "").startswith("redis://"):
        sys.exit("Set CACHE_URL=redis://...: the coalescing marker is shared with the worker.")
    call_command("migrate", verbosity=0)
    lead_ids = make_leads(args.leads)
    cache.clear()
    celery_app.control.purge()
    (ROOT / "var").mkdir(exist_ok=True)
    workers = [
        start_worker(name, queues, concurrency=concurrency, nice=nice)
        for name, (queues, concurrency, nice) in worker_pools(args).items()
    ]
    bulk = BulkWork()
    try:
        wait_until_ready(workers)
        bulk.start(args)
        watcher = Watcher(lead_ids)
        watcher.start()
        sent, begin = send_events(lead_ids, args)
        sending = time.monotonic() - begin
        bulk.mark_end()
        latencies = await_scores(
            watcher, sent, tail=max(1, args.batch) * 4, until=begin + args.timeout
        )
        print_latencies(sent, sending, latencies, sum(len(v) for v in watcher.seen.values()))
        bulk.report(args.during_import)
    finally:
        stop_workers(workers)
        if bulk.job is not None:
            bulk.job.file.delete(save=False)
        Lead.all_objects.filter(external_id__startswith="rt-").delete()
        if bulk.job is not None:
            print(f"The {args.during_import:,} imported leads stay in the database (rtimp-*).")


if __name__ == "__main__":
    main()
