"""A real Celery worker for the tests marked `worker`.

The worker is a separate process started once per session against the test database (the same
PostgreSQL database pytest-django created) and the Redis broker from CELERY_BROKER_URL.
"""

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings
from django.db import connection

from leadcrm.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[2]


def _test_database_url(variable: str = "DATABASE_URL") -> str:
    if not os.environ.get(variable):
        return ""
    parts = urlsplit(os.environ[variable])
    return urlunsplit(parts._replace(path="/" + connection.settings_dict["NAME"]))


# Two workers, as production runs separate pools (Procfile): one for live work, one for the
# long jobs, so a test can show that a running import does not hold up the scoring of an event.
WORKER_POOLS = {
    "tests-live": ("celery", "realtime", "handoff", "webhooks"),
    "tests-bulk": ("bulk",),
}


def _start_worker(name: str, queues: tuple[str, ...], env: dict) -> subprocess.Popen:
    log = open(ROOT / "var" / f"test-worker-{name}.log", "w")  # noqa: SIM115
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "leadcrm",
            "worker",
            "--pool",
            "solo",
            "--without-gossip",
            "--without-mingle",
            "--loglevel",
            "INFO",
            "-n",
            f"{name}@%h",
            "-Q",
            ",".join(queues),
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup, django_db_blocker):
    if not os.environ.get("CELERY_BROKER_URL") or connection.vendor != "postgresql":
        yield None  # the `worker` marker's check skips or fails the test
        return
    assert set(settings.CELERY_QUEUE_NAMES) == {q for qs in WORKER_POOLS.values() for q in qs}
    celery_app.control.purge()
    env = {
        **os.environ,
        "DATABASE_URL": _test_database_url(),
        "DATABASE_REPLICA_URL": _test_database_url("DATABASE_REPLICA_URL"),
        "DJANGO_SETTINGS_MODULE": "leadcrm.test_settings",
        "LEADCRM_EAGER": "0",
    }
    (ROOT / "var").mkdir(exist_ok=True)
    workers = [_start_worker(name, queues, env) for name, queues in WORKER_POOLS.items()]
    deadline = time.monotonic() + 60
    while len(celery_app.control.ping(timeout=1)) < len(workers):
        if any(w.poll() is not None for w in workers) or time.monotonic() > deadline:
            for worker in workers:
                worker.kill()
            pytest.fail("The Celery workers did not start; see var/test-worker-*.log")
    yield workers
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.wait(timeout=30)


@pytest.fixture
def real_worker(request, celery_worker_process):
    """Send tasks to the broker (not in-process) for this test, to the session's worker."""
    if celery_worker_process is None:
        pytest.fail("worker tests must be marked `worker` so they skip without the servers")
    celery_app.conf.task_always_eager = False
    yield celery_worker_process
    # Tasks the test set off (a rescoring after an import, routing after a move) must finish
    # before the test database is flushed: a worker still writing deadlocks with the flush.
    busy: list[str] = []
    drained = wait_for(lambda: not _worker_busy(busy), timeout=60, every=0.2)
    celery_app.conf.task_always_eager = True
    if not drained:
        pytest.fail(
            f"The worker was still busy 60 s after the test ({busy[-1]}); see var/test-worker-*.log"
        )


def _worker_busy(seen: list[str]) -> str:
    """What keeps the workers busy ("" when idle: no message waiting, none being run, held or
    scheduled); also appended to `seen`, for the failure message."""
    with celery_app.connection_for_write() as conn:
        client = conn.default_channel.client
        waiting = {queue: client.llen(queue) for queue in settings.CELERY_QUEUE_NAMES}
    busy = ", ".join(f"{count} waiting in {queue}" for queue, count in waiting.items() if count)
    if not busy:
        inspect = celery_app.control.inspect(timeout=1.0)
        for name in ("active", "reserved", "scheduled"):
            state = getattr(inspect, name)()
            if state is None:
                busy = f"no worker answered `inspect {name}`"
                break
            held = {worker: len(tasks) for worker, tasks in state.items() if tasks}
            if held:
                busy = f"{name}: {held}"
                break
    seen.append(busy)
    return busy


def wait_for(condition, *, timeout: float = 30.0, every: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return condition()
