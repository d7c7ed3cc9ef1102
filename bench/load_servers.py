"""The servers bench/load.py drives: a fresh database, gunicorn and a Celery worker as
subprocesses, on 127.0.0.1 with production settings."""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
MANAGE = [sys.executable, str(ROOT / "manage.py")]


def server_env(args: argparse.Namespace) -> dict[str, str]:
    """Production settings (DEBUG off) on 127.0.0.1 with every throttle out of the way."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "leadcrm.settings",
        "DATABASE_URL": args.database_url,
        "CELERY_BROKER_URL": args.broker_url,
        "CACHE_URL": args.cache_url,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "API_RATE_USER": "1000000/min",
        "API_RATE_ANON": "1000000/min",
        "WEBFORM_RATE_LIMIT": "1000000",
        "AXES_FAILURE_LIMIT": "1000",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "WARNING",
    }


def database_recreate(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not re.fullmatch(r"leadcrm_\w+", name):
        sys.exit(f"bench/load.py drops its database: give one named leadcrm_*, not {name!r}.")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def manage(env: dict[str, str], *command: str) -> str:
    done = subprocess.run(
        [*MANAGE, *command], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode:
        sys.exit(f"manage.py {' '.join(command)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def start(command: list[str], env: dict[str, str], log_name: str) -> subprocess.Popen:
    (ROOT / "var").mkdir(exist_ok=True)
    log = open(ROOT / "var" / log_name, "w")  # noqa: SIM115 (closed with the process)
    # A session of its own: Ctrl-C reaches only this script, which then stops the whole group.
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )


def stop(process: subprocess.Popen) -> None:
    """SIGTERM to the parent (a warm shutdown: it stops its own children), SIGKILL to the
    whole group after 30 s, then to any stragglers."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # pool children outliving their parent


def start_servers(args: argparse.Namespace, env: dict[str, str]) -> list[subprocess.Popen]:
    """gunicorn on args.port and one Celery worker serving every queue."""
    from django.conf import settings

    gunicorn = [sys.executable, "-m", "gunicorn", "leadcrm.wsgi"]
    gunicorn += ["--bind", f"127.0.0.1:{args.port}", "--workers", str(args.web_workers)]
    worker = [sys.executable, "-m", "celery", "-A", "leadcrm", "worker"]
    worker += ["--concurrency", str(args.worker_concurrency), "--without-gossip"]
    worker += ["--without-mingle", "--loglevel", "INFO", "-n", "load@%h"]
    worker += ["-Q", ",".join(settings.CELERY_QUEUE_NAMES)]
    return [
        start([*gunicorn, "--timeout", "60"], env, "load-gunicorn.log"),
        start(worker, env, "load-worker.log"),
    ]


def wait_until_up(
    args: argparse.Namespace, processes: list[subprocess.Popen], ready: Callable[[], bool]
) -> None:
    """Up when the worker answers, the demo's queued work is done and `ready` (the web server
    serves); exits when a server died or a minute passed."""
    import redis

    from leadcrm.celery import app as celery_app

    deadline = time.monotonic() + 60
    broker = redis.Redis.from_url(args.broker_url)
    while not (celery_app.control.ping(timeout=1) and broker.llen("celery") == 0 and ready()):
        if any(p.poll() is not None for p in processes) or time.monotonic() > deadline:
            sys.exit("The servers did not start; see var/load-gunicorn.log, var/load-worker.log")
        time.sleep(0.5)
