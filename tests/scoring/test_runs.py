"""scoring.runs.rescore_run_execute, which the run_rescore task and the `rescore` command call:
a run's status moves queued -> running -> done or failed, and a finished run is left alone."""

from io import StringIO
from unittest import mock

import pytest
from django.conf import settings
from django.core.management import call_command

from leads.models import Activity, ActivityType, Lead
from scoring import services, tasks
from scoring.models import RescoreRun
from scoring.runs import rescore_run_execute
from scoring.services import RescoreResult, rescore_version
from tests.factories import LeadFactory
from tests.scoring.conftest import make_version

pytestmark = pytest.mark.django_db

DEMO = {"kind": "event", "name": "Demo requested", "activity_type": "demo_request", "points": 50}


def _demo(lead: Lead) -> None:
    Activity.objects.create(lead=lead, type=ActivityType.objects.get(code="demo_request"))


def _broken(message: str = "database went away"):
    return mock.patch.object(services, "rescore_version", side_effect=RuntimeError(message))


def test_it_runs_a_queued_run_through_running_to_done():
    version = make_version([DEMO], weights=(0, 1, 0), threshold=40)
    keen, idle = LeadFactory(stage="new"), LeadFactory(stage="new")
    _demo(keen)
    run = RescoreRun.objects.create(version=version, message="Try 1 failed, trying again: x")
    assert run.status == RescoreRun.Status.QUEUED
    seen_while_running = []

    def watched(version, *, progress):
        seen_while_running.append(RescoreRun.objects.get(pk=run.pk).status)
        return rescore_version(version, progress=progress)

    with mock.patch.object(services, "rescore_version", side_effect=watched):
        finished = rescore_run_execute(run.pk)

    assert seen_while_running == [RescoreRun.Status.RUNNING]
    assert finished.pk == run.pk
    assert (finished.status, finished.done, finished.total, finished.promoted) == ("done", 2, 2, 1)
    assert finished.message == ""  # the earlier try's message goes once it is done
    assert finished.finished_at is not None
    assert finished == RescoreRun.objects.get(pk=run.pk)
    assert Lead.objects.get(pk=keen.pk).stage == "mql"
    assert Lead.objects.get(pk=idle.pk).score == 0


def test_it_records_progress_while_it_runs():
    version = make_version([DEMO], weights=(0, 1, 0))
    run = RescoreRun.objects.create(version=version)
    halfway = []

    def in_two_halves(version, *, progress):
        progress(500, 1000)
        halfway.append(RescoreRun.objects.values_list("done", "total").get(pk=run.pk))
        return RescoreResult(scored=1000, promoted=3)

    with mock.patch.object(services, "rescore_version", side_effect=in_two_halves):
        finished = rescore_run_execute(run.pk)

    assert halfway == [(500, 1000)]
    assert (finished.done, finished.total, finished.promoted) == (1000, 1000, 3)


def test_a_try_before_the_last_keeps_the_run_running_and_raises():
    run = RescoreRun.objects.create(version=make_version([DEMO]))

    with _broken(), pytest.raises(RuntimeError, match="database went away"):
        rescore_run_execute(run.pk, attempt=2, attempts=4)

    run.refresh_from_db()
    assert (run.status, run.message) == (
        "running",
        "Try 2 failed, trying again: database went away",
    )
    assert run.finished_at is None


def test_the_last_try_marks_the_run_failed_and_keeps_the_error():
    run = RescoreRun.objects.create(version=make_version([DEMO]))

    with _broken(), pytest.raises(RuntimeError):
        rescore_run_execute(run.pk, attempt=4, attempts=4)

    run.refresh_from_db()
    assert (run.status, run.message) == ("failed", "Failed after 4 tries: database went away")
    assert run.finished_at is not None


def test_a_single_try_that_fails_marks_the_run_failed():
    run = RescoreRun.objects.create(version=make_version([DEMO]))

    with _broken("disk full"), pytest.raises(RuntimeError):
        rescore_run_execute(run.pk)

    run.refresh_from_db()
    assert (run.status, run.message) == ("failed", "Failed: disk full")


def test_a_long_error_is_cut_to_a_thousand_characters():
    run = RescoreRun.objects.create(version=make_version([DEMO]))

    with _broken("x" * 5000), pytest.raises(RuntimeError):
        rescore_run_execute(run.pk)

    assert len(RescoreRun.objects.get(pk=run.pk).message) == 1000


@pytest.mark.parametrize("status", [RescoreRun.Status.DONE, RescoreRun.Status.FAILED])
def test_a_finished_run_is_not_run_again(status):
    version = make_version([DEMO], weights=(0, 1, 0))
    lead = LeadFactory()
    _demo(lead)
    run = RescoreRun.objects.create(version=version, status=status, done=7, message="kept")

    with mock.patch.object(services, "rescore_version") as rescore:
        finished = rescore_run_execute(run.pk)

    rescore.assert_not_called()
    assert (finished.status, finished.done, finished.message) == (status, 7, "kept")
    assert Lead.objects.get(pk=lead.pk).scored_at is None


def test_the_task_keeps_its_celery_name_queue_and_retries():
    assert tasks.run_rescore.name == "scoring.tasks.run_rescore"
    assert settings.CELERY_TASK_ROUTES["scoring.tasks.run_rescore"] == {"queue": "bulk"}
    assert (tasks.run_rescore.max_retries, tasks.run_rescore.acks_late) == (3, True)


def test_the_rescore_command_marks_a_run_that_fails_as_failed():
    make_version([DEMO])

    with _broken(), pytest.raises(RuntimeError):
        call_command("rescore", stdout=StringIO())

    (run,) = RescoreRun.objects.all()
    assert (run.reason, run.status, run.message) == (
        "command",
        "failed",
        "Failed: database went away",
    )


def test_rescore_version_tells_the_leads_scored_and_promoted_by_name():
    version = make_version([DEMO], weights=(0, 1, 0), threshold=40)
    _demo(LeadFactory(stage="new"))
    LeadFactory(stage="new")

    result = rescore_version(version)

    assert (result.scored, result.promoted) == (2, 1)
