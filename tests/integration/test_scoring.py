import threading
import time

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection
from django.utils import timezone

from leads.imports.jobs import import_job_start
from leads.models import Activity, ActivityType, ImportJob, Lead, StageChange
from scoring.activation import version_activate
from scoring.models import RescoreRun
from scoring.services import rescore_leads
from tests.factories import LeadFactory
from tests.integration.conftest import wait_for
from tests.scoring.conftest import make_version

DEMO = {"kind": "event", "name": "Demo requested", "activity_type": "demo_request", "points": 100}


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_rescorings_crossing_the_threshold_promote_once():
    make_version([DEMO], weights=(0, 1, 0), threshold=60)
    lead = LeadFactory(stage="new")
    Activity.objects.create(lead=lead, type=ActivityType.objects.get(code="demo_request"))
    start = threading.Barrier(8)

    def rescore() -> None:
        try:
            start.wait(timeout=30)
            rescore_leads([lead.pk])
        finally:
            connection.close()

    threads = [threading.Thread(target=rescore) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert StageChange.objects.filter(lead=lead, to_stage="mql").count() == 1
    assert Lead.objects.get(pk=lead.pk).stage == "mql"


@pytest.mark.postgres
@pytest.mark.worker
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_real_worker_rescores_a_lead_after_an_event(api, marketer, real_worker):
    cache.clear()
    make_version([DEMO], weights=(0, 1, 0), threshold=60)
    lead = LeadFactory(stage="new")
    sent = time.monotonic()

    response = api(marketer).post(
        "/api/v1/events/", {"lead": lead.pk, "type": "demo_request"}, format="json"
    )

    assert response.status_code == 201
    assert wait_for(lambda: Lead.objects.get(pk=lead.pk).stage == "mql", timeout=30)
    lead.refresh_from_db()
    assert lead.score == 100
    assert lead.scored_at <= timezone.now()
    assert time.monotonic() - sent < 30


@pytest.mark.postgres
@pytest.mark.worker
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_event_is_scored_while_a_large_import_runs(api, marketer, real_worker):
    """Imports run on the bulk pool: the live pool scores a new event meanwhile, in seconds."""
    make_version([DEMO], weights=(0, 1, 0), threshold=60)
    lead = LeadFactory(stage="new")
    rows = "".join(f"bulk{i}@example.com;Bulk {i}\n" for i in range(60_000))
    job = ImportJob(filename="big.csv", uploaded_by=marketer)
    job.file.save("queues-test.csv", ContentFile(f"Email;First Name\n{rows}".encode()))
    try:
        import_job_start(
            job=job,
            mapping={"Email": "email", "First Name": "first_name"},
            skip_invalid=False,
            dry_run=False,
        )
        assert wait_for(lambda: _status(job) == ImportJob.Status.RUNNING, timeout=30)
        sent = time.monotonic()

        response = api(marketer).post(
            "/api/v1/events/", {"lead": lead.pk, "type": "demo_request"}, format="json"
        )

        assert response.status_code == 201
        assert wait_for(lambda: Lead.objects.get(pk=lead.pk).score == 100, timeout=10)
        scored_after = time.monotonic() - sent
        assert _status(job) == ImportJob.Status.RUNNING, "the import should still be running"
        assert scored_after < 5
        assert wait_for(lambda: _status(job) == ImportJob.Status.DONE, timeout=120)
    finally:
        job.file.delete(save=False)
        if job.report:
            job.report.delete(save=False)


def _status(job: ImportJob) -> str:
    return ImportJob.objects.values_list("status", flat=True).get(pk=job.pk)


@pytest.mark.postgres
@pytest.mark.worker
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_real_worker_runs_the_rescoring_of_an_activated_version(real_worker):
    """run_rescore goes to the bulk queue and runs scoring.runs.rescore_run_execute there."""
    draft = make_version([DEMO], weights=(0, 1, 0), threshold=60, status="draft")
    keen, idle = LeadFactory(stage="new"), LeadFactory(stage="new")
    Activity.objects.create(lead=keen, type=ActivityType.objects.get(code="demo_request"))

    run = version_activate(version=draft, by=None)

    assert wait_for(lambda: RescoreRun.objects.get(pk=run.pk).status == "done", timeout=30)
    run.refresh_from_db()
    assert (run.done, run.total, run.promoted, run.message) == (2, 2, 1, "")
    assert Lead.objects.get(pk=keen.pk).stage == "mql"
    assert Lead.objects.get(pk=idle.pk).score == 0
