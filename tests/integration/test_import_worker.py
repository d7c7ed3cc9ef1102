import pytest
from django.core.files.base import ContentFile

from leads.imports.jobs import import_job_start
from leads.models import ImportJob, Lead
from leads.tasks import run_import_job
from tests.integration.conftest import wait_for

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_real_worker_runs_an_import_job_once(real_worker, marketer):
    rows = "".join(f"lead{i}@example.com;Lead {i};{i % 7}\n" for i in range(3_000))
    job = ImportJob(filename="leads.csv", uploaded_by=marketer)
    job.file.save("worker-test.csv", ContentFile(f"Email;First Name;Seats\n{rows}".encode()))
    try:
        import_job_start(
            job=job,
            mapping={"Email": "email", "First Name": "first_name", "Seats": "attribute"},
            skip_invalid=False,
            dry_run=False,
        )

        assert wait_for(
            lambda: ImportJob.objects.get(pk=job.pk).status == ImportJob.Status.DONE, timeout=60
        )
        job.refresh_from_db()
        assert (job.created_count, job.rejected_count, job.processed_rows) == (3_000, 0, 3_000)
        assert Lead.objects.count() == 3_000
        assert Lead.objects.get(email="lead10@example.com").attributes == {"Seats": 3}
        # Scoring hears of the import once it commits and scores every lead in chunks.
        assert wait_for(lambda: not Lead.objects.filter(scored_at__isnull=True).exists())

        # A second delivery of the task finds the job done and imports nothing again.
        finished_at = job.finished_at
        assert run_import_job.apply(args=[job.pk]).get() == ImportJob.Status.DONE
        job.refresh_from_db()
        assert job.finished_at == finished_at
        assert Lead.objects.count() == 3_000
    finally:
        job.file.delete(save=False)
        if job.report:
            job.report.delete(save=False)


def test_a_real_worker_imports_a_big_file_with_phones_read_by_its_helper_process(
    real_worker, marketer
):
    """20,000 rows with phones: the worker's process starts a helper for them (or, where it may
    not start children, parses in line); either way every number is read as in line."""
    rows = "".join(f"big{i}@example.com,020 {i:08d},GB\n" for i in range(20_000))
    job = ImportJob(filename="big.csv", uploaded_by=marketer)
    job.file.save("worker-phones.csv", ContentFile(f"email,phone,country\n{rows}".encode()))
    try:
        import_job_start(
            job=job,
            mapping={"email": "email", "phone": "phone", "country": "country"},
            skip_invalid=False,
            dry_run=False,
        )

        assert wait_for(
            lambda: ImportJob.objects.get(pk=job.pk).status == ImportJob.Status.DONE, timeout=180
        )
        job.refresh_from_db()
        assert (job.created_count, job.rejected_count, job.noted_count) == (20_000, 0, 0)
        assert Lead.objects.get(email="big12345@example.com").phone == "+442000012345"
    finally:
        job.file.delete(save=False)
        if job.report:
            job.report.delete(save=False)
