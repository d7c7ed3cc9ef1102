"""The guard of the benches that start a Celery worker of their own (bench/realtime.py,
bench/webhooks.py): PostgreSQL and a Redis broker, both on this machine, so that a bench never
floods a shared or production server with its events and tasks."""

from __future__ import annotations

import os
import sys
from urllib.parse import urlsplit

from django.db import connection

LOCAL = {"127.0.0.1", "localhost", "::1"}


def _local(url: str) -> bool:
    return urlsplit(url).hostname in LOCAL


def require_local_servers(script: str) -> None:
    """Exit with what to set unless the database is PostgreSQL and both it and the broker are
    on 127.0.0.1."""
    broker = os.environ.get("CELERY_BROKER_URL", "")
    if connection.vendor != "postgresql" or not broker:
        sys.exit("Set DATABASE_URL=postgres://... and CELERY_BROKER_URL=redis://...")
    if not (_local(broker) and _local(os.environ["DATABASE_URL"])):
        sys.exit(f"{script} only talks to servers on 127.0.0.1.")
