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

DOMAIN = "bench-events.invalid"
TYPES = ["page_view", "pricing_page_view", "email_open", "email_click", "content_download"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--leads", type=int, default=5_000)
    parser.add_argument("--batch", type=int, default=1_000)
    parser.add_argument("--clients", type=int, default=1)
    parser.add_argument("--no-scoring", action="store_true")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection, connections
    from rest_framework.test import APIClient

    from leads.accounts import user_create_with_role
    from leads.models import Activity, Lead
    from leads.signals import activity_recorded, lead_saved

    if args.no_scoring:
        activity_recorded.receivers.clear()
        lead_saved.receivers.clear()

    _user, token = user_create_with_role(username="bench-events", role="marketer")
    Lead.all_objects.filter(email__endswith="@" + DOMAIN).delete()
    leads = Lead.objects.bulk_create(Lead(email=f"lead{i}@{DOMAIN}") for i in range(args.leads))
    ids = [lead.pk for lead in leads]
    emails = [lead.email for lead in leads]
    rng = random.Random(1)
    run = uuid.uuid4().hex[:8]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")

    def batch(start: int) -> list[dict]:
        items = []
        for n in range(start, min(start + args.batch, args.events)):
            i = rng.randrange(args.leads)
            item = {"lead": ids[i]} if n % 2 else {"email": emails[i].upper()}
            item.update(
                type=rng.choice(TYPES),
                occurred_at="2026-01-01T12:00:00Z",
                properties={"url": f"/page/{n % 50}", "n": n},
                idempotency_key=f"{run}-{n}",
            )
            items.append(item)
        return items

    bodies = [batch(start) for start in range(0, args.events, args.batch)]

    def post_all(share: list[list[dict]]) -> None:
        for body in share:
            response = client.post("/api/v1/events/", body, format="json")
            assert response.status_code == 201, response.content[:500]

    before = Activity.objects.count()
    connections.close_all()  # each client process opens its own connection
    context = multiprocessing.get_context("fork")
    workers = [
        context.Process(target=post_all, args=(bodies[n :: args.clients],))
        for n in range(args.clients)
    ]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    assert all(worker.exitcode == 0 for worker in workers)
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
