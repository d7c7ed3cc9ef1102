"""An import job's progress in the cache (leads.imports.progress): read by name, cached as the
plain (rows, total, reported at) tuple it always was, and a value cached by older code (or one
it cannot read) never fails a progress page."""

import pickle
import time

import pytest
from django.core.cache import cache
from django.urls import reverse

from leads.imports.jobs import import_job_progress
from leads.imports.progress import (
    _PROGRESS_KEY,
    ImportProgress,
    last_progress_at,
    progress_of,
    progress_report,
    progress_report_read,
)
from leads.models import ImportJob
from tests.leads.test_import_views import make_job

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _cache_as_old_code(job_id: int, value) -> None:
    cache.set(_PROGRESS_KEY.format(job_id), value, 3600)


def _progress_bar(client, job: ImportJob) -> str:
    response = client.get(reverse("leads:imports:progress", args=[job.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_it_reads_the_progress_reported_by_name():
    before = time.time()
    progress_report(7, 500, 2000)

    report = progress_report_read(7)

    assert (report.rows, report.total) == (500, 2000)
    assert before <= report.reported_at <= time.time()
    assert progress_of(7) == ImportProgress(rows=500, total=2000)
    assert last_progress_at(7) == report.reported_at


def test_it_caches_a_plain_tuple_that_older_code_reads_as_before():
    progress_report(7, 500, 2000)

    cached = cache.get(_PROGRESS_KEY.format(7))

    # What the code before it cached, and what it read by position: no class of ours pickled.
    assert type(cached) is tuple
    assert b"leads.imports" not in pickle.dumps(cached)
    assert (cached[0], cached[1]) == (500, 2000)
    assert cached[2] > 0


def test_a_tuple_cached_by_older_code_shows_on_the_progress_page(client, marketer):
    client.force_login(marketer)
    job = make_job(marketer, status=ImportJob.Status.RUNNING)
    _cache_as_old_code(job.pk, (500, 2000, 1_700_000_000.0))

    bar = _progress_bar(client, job)

    assert 'aria-valuenow="25"' in bar
    assert "500 of about 2,000 rows" in bar
    assert last_progress_at(job.pk) == 1_700_000_000.0


def test_a_pair_without_a_time_reads_as_never_reported_at(client, marketer):
    client.force_login(marketer)
    job = make_job(marketer, status=ImportJob.Status.RUNNING)
    _cache_as_old_code(job.pk, (500, 2000))

    assert "500 of about 2,000 rows" in _progress_bar(client, job)
    assert last_progress_at(job.pk) == 0.0


@pytest.mark.parametrize("value", ["500/2000", (500,), (1, 2, 3, 4), ("many", 2000, 0.0), None])
def test_a_value_it_cannot_read_shows_no_progress_rather_than_failing(client, marketer, value):
    client.force_login(marketer)
    job = make_job(marketer, status=ImportJob.Status.RUNNING)
    _cache_as_old_code(job.pk, value)

    assert 'aria-valuenow="0"' in _progress_bar(client, job)
    assert progress_of(job.pk) == ImportProgress(rows=0, total=0)
    assert last_progress_at(job.pk) == 0.0


def test_a_finished_job_tells_its_totals_by_name(marketer):
    job = make_job(marketer, status=ImportJob.Status.DONE, processed_rows=3, total_rows=4)

    progress = import_job_progress(job)

    assert (progress.rows, progress.total) == (3, 4)
