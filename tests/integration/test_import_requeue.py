"""Re-sending an import job that looks stuck never imports it twice (PostgreSQL row locks)."""

import threading
from datetime import timedelta
from unittest import mock

import pytest
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.utils import timezone

from leads.imports.running import import_job_run
from leads.models import ImportJob, Lead
from leads.tasks import resend_lost_import_jobs

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def running_job(tmp_path, settings) -> ImportJob:
    settings.MEDIA_ROOT = tmp_path
    job = ImportJob(
        filename="leads.csv",
        mapping={"email": "email"},
        status=ImportJob.Status.RUNNING,
        started_at=timezone.now() - timedelta(minutes=30),
    )
    job.file.save("leads.csv", ContentFile(b"email\na@example.com\nb@example.com\n"))
    return job


def test_a_job_a_live_worker_holds_is_skipped_and_one_whose_worker_died_runs_once(
    tmp_path, settings
):
    job = running_job(tmp_path, settings)
    holding, release = threading.Event(), threading.Event()

    def live_worker() -> None:
        # What import_job_run holds for the whole import: the job's row, locked.
        try:
            with transaction.atomic():
                ImportJob.objects.select_for_update().get(pk=job.pk)
                holding.set()
                release.wait(timeout=30)
        finally:
            connection.close()  # a killed worker's connection goes, and its lock with it

    worker = threading.Thread(target=live_worker)
    worker.start()
    assert holding.wait(timeout=10)
    try:
        sent = []
        with mock.patch(
            "leads.tasks.enqueue", side_effect=lambda task, pk: sent.append(pk) or True
        ):
            resend_lost_import_jobs()
        assert sent == [job.pk]  # it looks stuck: no progress for 30 minutes

        second = import_job_run(job_id=job.pk)  # the re-sent task, while the worker lives

        assert second.status == ImportJob.Status.RUNNING
        assert not Lead.objects.exists()
    finally:
        release.set()
        worker.join(timeout=10)

    third = import_job_run(job_id=job.pk)  # re-sent after the worker died

    assert (third.status, third.created_count) == (ImportJob.Status.DONE, 2)
    assert Lead.objects.count() == 2
    assert import_job_run(job_id=job.pk).created_count == 2  # and never again
    assert Lead.objects.count() == 2
