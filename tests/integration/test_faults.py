"""Faults caused for real (issue 8): a private redis-server killed, stalled and started again,
and a Celery worker killed in the middle of a task.

Each test starts its own redis-server on a free port (never the shared one) and its own worker
against it and the test database, and points this process's Celery app and cache at it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from handoff.models import Assignment, RoutingRule
from handoff.services import sla_tick
from leadcrm.celery import app as celery_app
from leads import queueing
from leads.imports.jobs import import_job_start
from leads.models import Activity, ImportJob, Lead, LeadSource, Team
from scoring.models import ScoringVersion
from scoring.tasks import rescore_awaiting_leads_task
from tests.factories import LeadFactory
from tests.integration.conftest import ROOT, _test_database_url, wait_for
from tests.scoring.conftest import make_version

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DEMO = {"kind": "event", "name": "Demo requested", "activity_type": "demo_request", "points": 50}
# A request may wait for a socket timeout of a second or two while Redis is away, never more.
DOWN_BUDGET = 2.5
STALL_BUDGET = 3.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PrivateRedis:
    """A throw-away redis-server this test may kill, stop and start again on the same port."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.process: subprocess.Popen | None = None

    def url(self, db: int) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "/usr/bin/redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port, socket_timeout=1)
        assert wait_for(lambda: self._pings(client), timeout=10), "redis-server did not start"

    @staticmethod
    def _pings(client: redis.Redis) -> bool:
        try:
            return bool(client.ping())
        except redis.RedisError:
            return False

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait(timeout=10)

    def pause(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.resume()
            self.kill()


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    server = PrivateRedis()
    server.start()
    yield server
    server.stop()


@contextmanager
def _app_on(server: PrivateRedis, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Send this process's tasks to `server` and use it as the cache, as in production."""
    monkeypatch.setenv("CELERY_BROKER_URL", server.url(0))  # Celery reads it before its conf
    celery_app._after_fork()  # drop the connection pools to the shared broker
    celery_app.conf.task_always_eager = False
    monkeypatch.setattr(queueing, "_broker_down_until", 0.0)
    caches = {
        "default": {
            "BACKEND": "leadcrm.cache.FailSoftRedisCache",
            "LOCATION": server.url(1),
            "OPTIONS": {"socket_timeout": 1, "socket_connect_timeout": 1, "retry_after": 10},
        }
    }
    try:
        with override_settings(CACHES=caches, REDIS_RETRY_AFTER=10):
            yield
    finally:
        celery_app.conf.task_always_eager = True
        monkeypatch.undo()
        celery_app._after_fork()


def _forget_the_outage(monkeypatch: pytest.MonkeyPatch) -> None:
    """What 10 seconds do in production: this process asks Redis again."""
    monkeypatch.setattr(queueing, "_broker_down_until", 0.0)
    cache._cache._down_until = 0.0


class Worker:
    def __init__(self, server: PrivateRedis, name: str) -> None:
        env = {
            **os.environ,
            "DATABASE_URL": _test_database_url(),
            "DJANGO_SETTINGS_MODULE": "leadcrm.test_settings",
            "LEADCRM_EAGER": "0",
            "CELERY_BROKER_URL": server.url(0),
            "CACHE_URL": server.url(1),
            # A message a dead worker held is delivered again after this many seconds.
            "CELERY_VISIBILITY_TIMEOUT": "3",
        }
        self.log_path = ROOT / "var" / f"test-fault-worker-{name}.log"
        Path(self.log_path).parent.mkdir(exist_ok=True)
        self._log = open(self.log_path, "w")  # noqa: SIM115
        self.name = f"{name}-{os.getpid()}@faults"
        self.process = subprocess.Popen(
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
                self.name,
                "-Q",
                ",".join(settings.CELERY_QUEUE_NAMES),
            ],
            cwd=ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        ready = wait_for(
            lambda: (
                self.process.poll() is not None
                or bool(celery_app.control.ping(destination=[self.name], timeout=0.5))
            ),
            timeout=60,
        )
        assert ready and self.process.poll() is None, f"worker did not start: {self.log_path}"

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)
        self._log.close()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self._log.close()


@contextmanager
def worker_on(server: PrivateRedis, name: str) -> Iterator[Worker]:
    worker = Worker(server, name)
    try:
        yield worker
    finally:
        worker.stop()


def _timed(call) -> tuple[float, object]:
    started = time.monotonic()
    response = call()
    return time.monotonic() - started, response


def _warm_up(client) -> None:
    """Import the URLconf and its views (scipy, for fitting) before anything is timed."""
    assert client.get(reverse("leads:list")).status_code == 200


def _requests_while_redis_is_away(client, api_client, marketer, tag: str) -> dict[str, float]:
    """Intake, events, a web form, a move through the API and one through the page, and an
    import through its pages: each must answer at once and save. Returns their latencies."""
    source = LeadSource.objects.get_or_create(code="web")[0]
    latency: dict[str, float] = {}

    latency["POST /api/v1/leads/"], response = _timed(
        lambda: api_client.post(
            "/api/v1/leads/", {"email": f"{tag}-api@example.com", "source": "web"}, format="json"
        )
    )
    assert response.status_code == 201, response.content
    api_lead = Lead.objects.get(email=f"{tag}-api@example.com")

    latency["POST /api/v1/events/"], response = _timed(
        lambda: api_client.post(
            "/api/v1/events/",
            [{"lead": api_lead.pk, "type": "demo_request", "idempotency_key": f"{tag}-1"}],
            format="json",
        )
    )
    assert response.status_code == 201, response.content
    assert Activity.objects.filter(lead=api_lead, idempotency_key=f"{tag}-1").exists()

    latency["POST /f/<key>/ (web form)"], response = _timed(
        lambda: client.post(f"/f/{source.intake_key}/", {"email": f"{tag}-form@example.com"})
    )
    assert response.status_code in (200, 303), response.content
    form_lead = Lead.objects.get(email=f"{tag}-form@example.com")

    latency["POST /api/v1/leads/{id}/promote/"], response = _timed(
        lambda: api_client.post(f"/api/v1/leads/{api_lead.pk}/promote/")
    )
    assert response.status_code == 200, response.content

    latency["POST /leads/{id}/move/promote/ (page)"], response = _timed(
        lambda: client.post(
            reverse("leads:move", args=[form_lead.pk, "promote"]), {"expected_stage": "new"}
        )
    )
    assert response.status_code in (200, 302), response.content

    upload = SimpleUploadedFile(
        "faults.csv", f"Email;First Name\n{tag}-csv@example.com;Csv\n".encode(), "text/csv"
    )
    latency["POST /leads/imports/ (upload)"], response = _timed(
        lambda: client.post(reverse("leads:imports:upload"), {"file": upload})
    )
    assert response.status_code == 302, response.content
    job = ImportJob.objects.latest("pk")
    latency["POST /leads/imports/{id}/preview/ (start)"], response = _timed(
        lambda: client.post(
            reverse("leads:imports:preview", args=[job.pk]),
            {"column_0": "email", "column_1": "first_name"},
        )
    )
    assert response.status_code == 302, response.content
    latency["GET /leads/imports/{id}/"], response = _timed(
        lambda: client.get(reverse("leads:imports:detail", args=[job.pk]))
    )
    assert response.status_code == 200

    assert Lead.objects.get(pk=api_lead.pk).stage == "mql"
    assert Lead.objects.get(pk=form_lead.pk).stage == "mql"
    assert ImportJob.objects.get(pk=job.pk).status == ImportJob.Status.QUEUED
    return latency


def _report(title: str, latency: dict[str, float]) -> None:
    print(f"\n{title}")
    for name, seconds in latency.items():
        print(f"  {seconds * 1000:7.0f} ms  {name}")


def test_with_redis_killed_requests_save_and_the_sweep_catches_up_when_it_is_back(
    private_redis, monkeypatch, client, api, marketer
):
    make_version([DEMO], weights=(0, 1, 0), threshold=60)  # 50 points: scores, never promotes
    team = Team.objects.get_or_create(name="Inside Sales")[0]
    RoutingRule.objects.create(name="All", team=team, is_default=True)
    waiting_before = [LeadFactory(stage="new") for _ in range(3)]
    client.force_login(marketer)
    with _app_on(private_redis, monkeypatch):
        _warm_up(client)
        private_redis.kill()

        latency = _requests_while_redis_is_away(client, api(marketer), marketer, "down")
        for lead in waiting_before:  # e.g. leads imported by the command meanwhile
            queueing.enqueue(rescore_awaiting_leads_task, lead_ids=[lead.pk])

        _report("Redis killed:", latency)
        assert max(latency.values()) < DOWN_BUDGET, latency
        waiting = set(
            Lead.objects.filter(scoring_pending_since__isnull=False).values_list("pk", flat=True)
        )
        saved = set(Lead.objects.values_list("pk", flat=True))
        assert {lead.pk for lead in waiting_before} <= waiting
        assert waiting == saved  # every lead touched meanwhile is marked
        promoted = list(Lead.objects.filter(stage="mql").values_list("pk", flat=True))
        assert not Assignment.objects.filter(lead__in=promoted).exists()

        private_redis.start()  # the same port, empty: every queued message was lost
        with worker_on(private_redis, "sweeper"):
            _forget_the_outage(monkeypatch)
            started = time.monotonic()
            rescore_awaiting_leads_task.delay()  # what beat sends every minute
            assert wait_for(
                lambda: not Lead.objects.filter(scoring_pending_since__isnull=False).exists(),
                timeout=60,
            )
            caught_up = time.monotonic() - started
            scored = Lead.objects.filter(pk__in=waiting, scored_at__isnull=False).count()
            assert scored == len(waiting)
            api_lead = Lead.objects.get(email="down-api@example.com")
            assert api_lead.score == 50  # its event counted

            # The import whose message was never sent is sent again by its sweep.
            ImportJob.objects.update(created_at=timezone.now() - timedelta(minutes=5))
            from leads.tasks import resend_lost_import_jobs

            resend_lost_import_jobs.delay()
            assert wait_for(
                lambda: ImportJob.objects.latest("pk").status == ImportJob.Status.DONE,
                timeout=60,
            )
            assert Lead.objects.filter(email="down-csv@example.com").exists()

        # The MQLs made while Redis was down are routed by the SLA job.
        assert sla_tick().routed == len(promoted)
        assert Assignment.objects.filter(lead__in=promoted).count() == len(promoted)
    print(f"  {len(waiting)} leads were waiting; all scored {caught_up:.1f} s after the sweep")


def test_with_redis_stalled_requests_answer_within_seconds_and_save(
    private_redis, monkeypatch, client, api, marketer
):
    make_version([DEMO], weights=(0, 1, 0), threshold=60)
    client.force_login(marketer)
    with _app_on(private_redis, monkeypatch):
        _warm_up(client)
        private_redis.pause()  # SIGSTOP: connections hang instead of being refused
        try:
            latency = _requests_while_redis_is_away(client, api(marketer), marketer, "stall")
        finally:
            private_redis.resume()
        _report("Redis stalled (SIGSTOP):", latency)
        assert max(latency.values()) < STALL_BUDGET, latency
        waiting = Lead.objects.filter(scoring_pending_since__isnull=False).count()
        assert waiting == Lead.objects.count() == 2  # the import waits for its queue

        _forget_the_outage(monkeypatch)
        assert rescore_awaiting_leads_task.apply().get() == waiting  # the sweep, run here
        assert not Lead.objects.filter(scored_at__isnull=True).exists()
        assert Lead.objects.get(email="stall-api@example.com").score == 50


# Big enough that the import (about 10,000 rows/s) is still inside its transaction when the
# worker is killed.
ROWS = 100_000


def test_a_job_whose_worker_is_killed_is_delivered_again_and_completes(
    private_redis, monkeypatch, marketer
):
    # Only the import is under test: the rescoring of its leads would keep the worker busy.
    ScoringVersion.objects.update(status=ScoringVersion.Status.RETIRED)
    rows = "".join(f"killed{i}@example.com;Lead {i}\n" for i in range(ROWS))
    job = ImportJob(filename="big.csv", uploaded_by=marketer)
    job.file.save("fault-test.csv", ContentFile(f"Email;First Name\n{rows}".encode()))
    try:
        with _app_on(private_redis, monkeypatch):
            first = Worker(private_redis, "doomed")
            try:
                import_job_start(
                    job=job,
                    mapping={"Email": "email", "First Name": "first_name"},
                    skip_invalid=False,
                    dry_run=False,
                )
                assert wait_for(
                    lambda: ImportJob.objects.get(pk=job.pk).status == ImportJob.Status.RUNNING,
                    timeout=60,
                )
                time.sleep(0.3)  # into the import's transaction, seconds before its commit
                first.kill()  # SIGKILL: no goodbye, the message is still unacknowledged
                killed = time.monotonic()
            finally:
                first.stop()
            assert Lead.objects.count() == 0  # its transaction died with it

            with worker_on(private_redis, "heir"):
                assert wait_for(
                    lambda: ImportJob.objects.get(pk=job.pk).status == ImportJob.Status.DONE,
                    timeout=120,
                )
            print(
                f"\nWorker killed mid-import: done by the next one {time.monotonic() - killed:.0f} s later"
            )
        job.refresh_from_db()
        assert (job.created_count, job.rejected_count, job.processed_rows) == (ROWS, 0, ROWS)
        assert Lead.objects.count() == ROWS
    finally:
        job.file.delete(save=False)
        if job.report:
            job.report.delete(save=False)
