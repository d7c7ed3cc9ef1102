"""Events per second stored through POST /api/v1/events/ at 1,000 events per request.

    DATABASE_URL=postgres://... .venv/bin/python bench/events.py [--events 100000] [--leads 5000]
        [--clients 1] [--no-scoring]

Requests go in-process through Django's full stack (middleware, token authentication, DRF
parsing and validation, leads.activities.activities_record) against the configured database.
Half the events name their lead by id, half by e-mail; each carries its own idempotency key.
Everything after the store runs as in production: the request queues one announce_activities
task (to an in-memory broker here), and a worker would fan it out to scoring; the web process's
share of the work is measured, the workers' is not. `--no-scoring` also disconnects the
receivers. `--clients N` posts from N processes at
once, as N web processes would. The bench's leads and events are deleted afterwards.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leadcrm.test_settings")
os.environ.setdefault("LEADCRM_EAGER", "0")
os.environ["CELERY_BROKER_URL"] = "memory://"

import django  # noqa: E402

django.setup()

from django.db import connection, connections  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

from leads.accounts import user_create_with_role  # noqa: E402
from leads.models import Activity, Lead  # noqa: E402
from leads.signals import activity_recorded, lead_saved  # noqa: E402

DOMAIN = "bench-events.invalid"
TYPES = ["page_view", "pricing_page_view", "email_open", "email_click", "content_download"]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--leads", type=int, default=5_000)
    parser.add_argument("--batch", type=int, default=1_000)
    parser.add_argument("--clients", type=int, default=1)
    parser.add_argument("--no-scoring", action="store_true")
    return parser.parse_args()


def make_leads(n: int) -> list[Lead]:
    """The bench's leads, after deleting those a stopped run left behind."""
    Lead.all_objects.filter(email__endswith="@" + DOMAIN).delete()
    return Lead.objects.bulk_create(Lead(email=f"lead{i}@{DOMAIN}") for i in range(n))


def event_bodies(leads: list[Lead], *, events: int, batch: int) -> list[list[dict]]:
    """The requests' bodies, built before the clock starts: `events` events in requests of
    `batch`, half naming their lead by id and half by (upper-cased) e-mail, each with a key of
    its own in this run, so that every event is stored once."""
    rng = random.Random(1)
    run = uuid.uuid4().hex[:8]
    bodies = []
    for start in range(0, events, batch):
        items = []
        for n in range(start, min(start + batch, events)):
            lead = leads[rng.randrange(len(leads))]
            item = {"lead": lead.pk} if n % 2 else {"email": lead.email.upper()}
            item.update(
                type=rng.choice(TYPES),
                occurred_at="2026-01-01T12:00:00Z",
                properties={"url": f"/page/{n % 50}", "n": n},
                idempotency_key=f"{run}-{n}",
            )
            items.append(item)
        bodies.append(items)
    return bodies


def post_all(client: APIClient, share: list[list[dict]]) -> None:
    for body in share:
        response = client.post("/api/v1/events/", body, format="json")
        assert response.status_code == 201, response.content[:500]


def post_from_clients(client: APIClient, bodies: list[list[dict]], clients: int) -> float:
    """Post every body from `clients` forked processes at once (as that many web processes
    would); the seconds from the first start to the last finish."""
    connections.close_all()  # each client process opens its own connection
    context = multiprocessing.get_context("fork")
    workers = [
        context.Process(target=post_all, args=(client, bodies[n::clients])) for n in range(clients)
    ]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    assert all(worker.exitcode == 0 for worker in workers)
    return elapsed


def main() -> None:
    args = parse_args()
    if args.no_scoring:
        activity_recorded.receivers.clear()
        lead_saved.receivers.clear()

    _user, token = user_create_with_role(username="bench-events", role="marketer")
    leads = make_leads(args.leads)
    bodies = event_bodies(leads, events=args.events, batch=args.batch)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")

    before = Activity.objects.count()
    elapsed = post_from_clients(client, bodies, args.clients)
    stored = Activity.objects.count() - before

    # A retry of the first request stores nothing: the keys are already there.
    retry = client.post("/api/v1/events/", bodies[0], format="json").json()

    Lead.all_objects.filter(email__endswith="@" + DOMAIN).delete()
    print(
        f"database: {connection.vendor}; scoring receivers: {not args.no_scoring}; "
        f"clients: {args.clients}"
    )
    print(
        f"{stored:,} events stored in {elapsed:.2f} s over {len(bodies)} requests of "
        f"{args.batch:,}: {stored / elapsed:,.0f} events/s "
        f"({elapsed / len(bodies) * 1000:.0f} ms per request)"
    )
    print(f"retry of the first request: stored {retry['stored']}, duplicates {retry['duplicates']}")


if __name__ == "__main__":
    main()
