"""Benchmark: stage changes delivered as webhooks to a local receiver through a real worker.

    DATABASE_URL=postgres://postgres@127.0.0.1:55432/leadcrm_bench \
    CELERY_BROKER_URL=redis://127.0.0.1:6379/4 CACHE_URL=redis://127.0.0.1:6379/5 \
        .venv/bin/python bench/webhooks.py --moves 10000

Creates --moves / 2 leads, then moves each new -> mql (a marketer's promote) -> tql (an SDR's
qualify) through leads.services.lead_move, one transaction each, from --clients threads as
fast as they can; a subscription to lead.stage_changed points at an http.server receiver on
127.0.0.1 in a process of its own. One worker (prefork, --concurrency processes) delivers them. Routing
of the new MQLs is left out (its task would share the worker) unless --with-routing. A move's
latency runs from just before lead_move is called to the arrival of its delivery. Prints the moves'
rate, the delivery rate, and p50/p95/p99 of move-to-delivery. Bounded: --timeout seconds at
most, 127.0.0.1 servers only; its leads and subscription are deleted at the end.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import secrets
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TextIO

from load_checks import percentile
from local_servers import require_local_servers

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leadcrm.settings")
os.environ.setdefault("DEBUG", "1")  # a local run needs no SECRET_KEY
# The receiver is on 127.0.0.1: allowed for this process and the worker it starts.
os.environ["WEBHOOKS_ALLOW_PRIVATE_ADDRESSES"] = "1"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connections  # noqa: E402
from django.db.models import Avg, Count  # noqa: E402

from handoff.receivers import handoff_on_stage_change  # noqa: E402
from handoff.webhooks.models import (  # noqa: E402
    Event,
    WebhookAttempt,
    WebhookDelivery,
    WebhookSubscription,
)
from leadcrm.celery import app as celery_app  # noqa: E402
from leads.accounts import user_create_with_role  # noqa: E402
from leads.models import Action, Lead, Stage  # noqa: E402
from leads.roles import Role  # noqa: E402
from leads.services import lead_move  # noqa: E402
from leads.signals import lead_stage_changed  # noqa: E402
from tests.handoff.webhooks.receiver import Receiver  # noqa: E402

PREFIX = "wh-bench-"


def make_leads(n: int) -> list[Lead]:
    Lead.all_objects.filter(external_id__startswith=PREFIX).delete()
    Lead.objects.bulk_create(
        Lead(external_id=f"{PREFIX}{i}", email=f"whbench{i}@example.com", stage=Stage.NEW)
        for i in range(n)
    )
    return list(Lead.objects.filter(external_id__startswith=PREFIX).order_by("pk"))


def start_worker(concurrency: int, log) -> subprocess.Popen:
    worker = subprocess.Popen(
        [
            sys.executable, "-m", "celery", "-A", "leadcrm", "worker",
            "--concurrency", str(concurrency), "--without-gossip", "--without-mingle",
            "--loglevel", "WARNING", "-n", "bench-webhooks@%h",
            "-Q", ",".join(settings.CELERY_QUEUE_NAMES),
        ],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not celery_app.control.ping(timeout=1):
        if worker.poll() is not None or time.monotonic() > deadline:
            worker.kill()
            sys.exit(f"The worker did not start; see {log.name}")
    return worker


def _serve(conn) -> None:
    with Receiver() as receiver:
        conn.send(receiver.url)
        while (asked := conn.recv()) != "stop":
            if asked == "count":
                conn.send(len(receiver.received))
            else:
                conn.send([(got.at, got.body) for got in receiver.received])


class ReceiverProcess:
    """The receiver in a process of its own: the clients' moves do not slow its answers."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child,), daemon=True)
        self.url = ""

    def count(self) -> int:
        self.conn.send("count")
        return self.conn.recv()

    def arrivals(self) -> list[tuple[float, bytes]]:
        self.conn.send("all")
        return self.conn.recv()

    def __enter__(self) -> ReceiverProcess:
        connections.close_all()  # the child never uses the parent's database connections
        self.process.start()
        self.url = self.conn.recv()
        return self

    def __exit__(self, *exc) -> None:
        self.conn.send("stop")
        self.process.join(timeout=10)


def report(moved: dict[tuple[int, str], float], receiver: ReceiverProcess, spent: float) -> None:
    arrivals: dict[tuple[int, str], float] = {}
    received = receiver.arrivals()
    for at, body in received:
        payload = json.loads(body)
        key = (payload["data"]["id"], payload["data"]["change"]["to"])
        arrivals.setdefault(key, at)
    latencies = [arrivals[key] - at for key, at in moved.items() if key in arrivals]
    first = min(moved.values())
    last = max(arrivals.values()) if arrivals else first
    print(f"moves: {len(moved)} in {spent:.1f} s ({len(moved) / spent:.0f}/s)")
    print(
        f"delivered: {len(latencies)} of {len(moved)} in {last - first:.1f} s "
        f"({len(latencies) / max(last - first, 1e-9):.0f}/s); requests received: "
        f"{len(received)}"
    )
    if latencies:
        print(
            f"move to delivery: p50 {percentile(latencies, 0.5):.3f} s, "
            f"p95 {percentile(latencies, 0.95):.3f} s, p99 {percentile(latencies, 0.99):.3f} s, "
            f"max {max(latencies):.3f} s"
        )
    counts = (
        WebhookDelivery.objects.filter(subscription__url=receiver.url)
        .values("status")
        .order_by()
        .annotate(n=Count("pk"))
    )
    print("deliveries by status:", {row["status"]: row["n"] for row in counts})
    http = WebhookAttempt.objects.filter(delivery__subscription__url=receiver.url).aggregate(
        ms=Avg("duration_ms")
    )
    print(f"HTTP time per attempt (mean): {http['ms'] or 0:.1f} ms")
    print("load average (1, 5, 15 min): {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--moves", type=int, default=10_000, help="stage changes (even)")
    parser.add_argument("--concurrency", type=int, default=2, help="worker processes")
    parser.add_argument("--clients", type=int, default=4, help="threads making the moves")
    parser.add_argument("--with-routing", action="store_true", help="route each new MQL too")
    parser.add_argument("--timeout", type=float, default=900.0)
    return parser.parse_args()


def make_moves(
    leads: list[Lead], *, marketer: User, sdr: User, clients: int, deadline: float
) -> tuple[dict[tuple[int, str], float], float]:
    """Promote and then qualify every lead from `clients` threads until `deadline` (monotonic);
    when each (lead, new stage) move began (epoch seconds, to hold against the receiver's
    arrival times), and the seconds all the moves took."""
    moved: dict[tuple[int, str], float] = {}
    begin = time.monotonic()

    def client(share: list[Lead]) -> None:
        # Every lead promoted, then every lead qualified: a lead's two moves are far
        # apart, as in real use (its second delivery seldom waits for its first).
        steps = [(Action.PROMOTE, marketer, Stage.MQL), (Action.QUALIFY, sdr, Stage.TQL)]
        try:
            for action, by, to in steps:
                for lead in share:
                    if time.monotonic() > deadline:
                        return
                    moved[(lead.pk, to)] = time.time()
                    lead_move(lead=lead, action=action, by=by)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=client, args=(leads[i::clients],)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return moved, time.monotonic() - begin


def stop_worker(worker: subprocess.Popen, log: TextIO) -> None:
    worker.terminate()
    try:
        worker.wait(timeout=60)
    except subprocess.TimeoutExpired:
        worker.kill()  # never leave a worker behind on the broker
        worker.wait()
    log.close()


def main() -> None:
    args = parse_args()
    require_local_servers("bench/webhooks.py")
    started = time.monotonic()
    if not args.with_routing:
        lead_stage_changed.disconnect(handoff_on_stage_change)
    call_command("migrate", verbosity=0)
    marketer, _ = user_create_with_role(username="wh-bench-marketer", role=Role.MARKETER)
    sdr, _ = user_create_with_role(username="wh-bench-sdr", role=Role.SDR)
    leads = make_leads(args.moves // 2)
    celery_app.control.purge()
    (ROOT / "var").mkdir(exist_ok=True)
    log = open(ROOT / "var" / "bench-webhooks-worker.log", "w")  # noqa: SIM115
    worker = start_worker(args.concurrency, log)
    with ReceiverProcess() as receiver:
        subscription = WebhookSubscription.objects.create(
            url=receiver.url, events=[Event.LEAD_STAGE_CHANGED], secret=secrets.token_hex(16)
        )
        try:
            moved, spent = make_moves(
                leads,
                marketer=marketer,
                sdr=sdr,
                clients=args.clients,
                deadline=started + args.timeout / 2,
            )
            while receiver.count() < len(moved) and time.monotonic() - started < args.timeout:
                time.sleep(0.5)
            report(moved, receiver, spent)
        finally:
            stop_worker(worker, log)
            subscription.delete()
            Lead.all_objects.filter(external_id__startswith=PREFIX).delete()


if __name__ == "__main__":
    main()
