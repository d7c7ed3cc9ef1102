from datetime import timedelta
from unittest import mock

import pytest
from celery.exceptions import Retry
from django.core.files.base import ContentFile
from django.db import OperationalError
from django.utils import timezone

from leads import queueing
from leads.imports.jobs import import_job_progress, import_job_start
from leads.imports.progress import progress_report
from leads.imports.running import import_job_run, import_jobs_lost
from leads.models import ImportJob, Lead
from leads.tasks import resend_lost_import_jobs, run_import_job

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def queued_job(content: str, *, status=ImportJob.Status.QUEUED, **fields) -> ImportJob:
    job = ImportJob(filename="leads.csv", status=status, mapping={"email": "email"}, **fields)
    job.file.save("leads.csv", ContentFile(content.encode()), save=False)
    job.save()
    return job


def test_a_finished_job_is_not_run_again():
    job = queued_job("email\na@example.com\nb@example.com\n")

    assert run_import_job.apply(args=[job.pk]).get() == ImportJob.Status.DONE
    Lead.objects.all().delete()
    assert run_import_job.apply(args=[job.pk]).get() == ImportJob.Status.DONE

    assert not Lead.objects.exists()  # the second run did nothing
    job.refresh_from_db()
    assert (job.created_count, job.processed_rows, job.total_rows) == (2, 2, 2)
    assert import_job_progress(job) == (2, 2)


def test_a_job_left_running_by_a_dead_worker_starts_over():
    job = queued_job("email\na@example.com\n", status=ImportJob.Status.RUNNING)

    import_job_run(job_id=job.pk)

    job.refresh_from_db()
    assert (job.status, job.created_count) == (ImportJob.Status.DONE, 1)


def test_a_job_still_in_preview_is_not_run():
    job = queued_job("email\na@example.com\n", status=ImportJob.Status.PREVIEW)

    import_job_run(job_id=job.pk)

    assert not Lead.objects.exists()


def test_an_unreadable_file_fails_the_job_with_a_message():
    job = queued_job("")

    import_job_run(job_id=job.pk)

    job.refresh_from_db()
    assert job.status == ImportJob.Status.FAILED
    assert "The file is empty" in job.message


def test_a_dry_run_job_counts_and_saves_nothing(django_capture_on_commit_callbacks):
    job = queued_job("email\na@example.com\n", status=ImportJob.Status.PREVIEW)

    with django_capture_on_commit_callbacks(execute=True):
        import_job_start(job=job, mapping={"email": "email"}, skip_invalid=False, dry_run=True)

    job.refresh_from_db()
    assert (job.status, job.created_count, job.message) == (
        ImportJob.Status.DONE,
        1,
        "Dry run: nothing was saved.",
    )
    assert not Lead.objects.exists()


def test_starting_a_job_twice_queues_it_once(django_capture_on_commit_callbacks):
    job = queued_job("email\na@example.com\n", status=ImportJob.Status.PREVIEW)

    with django_capture_on_commit_callbacks() as callbacks:
        import_job_start(job=job, mapping={"email": "email"}, skip_invalid=False, dry_run=False)
        import_job_start(job=job, mapping={"email": "email"}, skip_invalid=False, dry_run=False)

    assert len(callbacks) == 1


def test_a_job_whose_database_keeps_failing_retries_with_backoff_then_shows_it_failed():
    job = queued_job("email\na@example.com\n")
    lost = OperationalError("server closed the connection unexpectedly")

    with mock.patch("leads.imports.running.leads_import", side_effect=lost):
        with pytest.raises(Retry) as first_try:
            run_import_job.apply(args=[job.pk], throw=True)
        assert first_try.value.when == 10
        with pytest.raises(Retry) as third_try:
            run_import_job.apply(args=[job.pk], retries=2, throw=True)
        assert third_try.value.when == 40
        with pytest.raises(OperationalError):
            run_import_job.apply(args=[job.pk], retries=3, throw=True)

    job.refresh_from_db()
    assert job.status == ImportJob.Status.FAILED
    assert job.message == "The import failed: server closed the connection unexpectedly"
    assert not Lead.objects.exists()


def test_a_job_whose_message_was_lost_is_sent_again(monkeypatch):
    monkeypatch.setattr(queueing, "_broker_down_until", 0.0)
    lost = queued_job("email\na@example.com\n")
    ImportJob.objects.filter(pk=lost.pk).update(created_at=timezone.now() - timedelta(minutes=5))
    just_queued = queued_job("email\nb@example.com\n")

    assert resend_lost_import_jobs.apply().get() == 1

    assert ImportJob.objects.get(pk=lost.pk).status == ImportJob.Status.DONE
    assert ImportJob.objects.get(pk=just_queued.pk).status == ImportJob.Status.QUEUED


def test_a_job_left_running_by_a_killed_worker_is_sent_again(monkeypatch):
    monkeypatch.setattr(queueing, "_broker_down_until", 0.0)
    stuck = queued_job("email\na@example.com\n", status=ImportJob.Status.RUNNING)
    ImportJob.objects.filter(pk=stuck.pk).update(started_at=timezone.now() - timedelta(minutes=6))

    assert resend_lost_import_jobs.apply().get() == 1

    stuck.refresh_from_db()
    assert (stuck.status, stuck.created_count) == (ImportJob.Status.DONE, 1)


def test_it_finds_the_jobs_lost_at_the_moment_given():
    queued = queued_job("email\na@example.com\n")
    running = queued_job("email\nb@example.com\n", status=ImportJob.Status.RUNNING)
    ImportJob.objects.filter(pk=running.pk).update(started_at=queued.created_at)
    created = queued.created_at

    assert import_jobs_lost(now=created + timedelta(minutes=1)) == []
    assert import_jobs_lost(now=created + timedelta(minutes=3)) == [queued.pk]
    assert sorted(import_jobs_lost(now=created + timedelta(minutes=6))) == [queued.pk, running.pk]


def test_a_running_job_still_reporting_progress_or_just_started_is_left_alone(monkeypatch):
    monkeypatch.setattr(queueing, "_broker_down_until", 0.0)
    long_import = queued_job("email\na@example.com\n", status=ImportJob.Status.RUNNING)
    ImportJob.objects.filter(pk=long_import.pk).update(
        started_at=timezone.now() - timedelta(minutes=30)
    )
    progress_report(long_import.pk, 100_000, 1_000_000)
    just_started = queued_job("email\nb@example.com\n", status=ImportJob.Status.RUNNING)
    ImportJob.objects.filter(pk=just_started.pk).update(started_at=timezone.now())

    assert resend_lost_import_jobs.apply().get() == 0

    assert not Lead.objects.exists()
