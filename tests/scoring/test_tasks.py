from datetime import timedelta
from unittest import mock

import pytest
from celery.exceptions import Retry
from django.core.cache import cache
from django.utils import timezone
from kombu.exceptions import OperationalError

from leads import queueing
from leads.models import Activity, ActivityType, Lead
from scoring import services, tasks
from scoring.models import RescoreRun
from tests.factories import LeadFactory
from tests.scoring.conftest import make_version

pytestmark = pytest.mark.django_db

DEMO = {"kind": "event", "name": "Demo requested", "activity_type": "demo_request", "points": 50}


@pytest.fixture(autouse=True)
def _broker_up(monkeypatch):
    monkeypatch.setattr(queueing, "_broker_down_until", 0.0)


def _demo(lead: Lead) -> None:
    Activity.objects.create(lead=lead, type=ActivityType.objects.get(code="demo_request"))


def test_the_sweep_scores_the_leads_awaiting_scoring_and_clears_their_mark():
    make_version([DEMO], weights=(0, 1, 0), threshold=60)
    waiting = [LeadFactory(scoring_pending_since=timezone.now()) for _ in range(5)]
    for lead in waiting:
        _demo(lead)
    untouched = LeadFactory()
    _demo(untouched)

    with mock.patch.object(services, "AWAITING_CHUNK", 2):
        caught_up = tasks.rescore_awaiting_leads_task.apply().get()

    assert caught_up == 5
    for lead in Lead.objects.filter(pk__in=[w.pk for w in waiting]):
        assert (lead.score, lead.scoring_pending_since) == (50, None)
    untouched.refresh_from_db()
    assert untouched.scored_at is None


def test_the_sweep_chunks_the_waiting_leads(django_assert_max_num_queries):
    make_version([DEMO], weights=(0, 1, 0), threshold=60)
    for _ in range(5):
        LeadFactory(scoring_pending_since=timezone.now())

    with mock.patch.object(services, "rescore_leads", wraps=services.rescore_leads) as rescore:
        assert services.rescore_awaiting_leads(chunk=2) == 5

    assert [len(call.args[0]) for call in rescore.call_args_list] == [2, 2, 1]
    assert not Lead.objects.filter(scoring_pending_since__isnull=False).exists()


def test_a_lead_marked_again_while_the_sweep_runs_keeps_its_mark():
    make_version([DEMO], weights=(0, 1, 0), threshold=60)
    lead = LeadFactory(scoring_pending_since=timezone.now())
    later = timezone.now() + timedelta(seconds=5)

    def marked_again(ids):
        Lead.objects.filter(pk__in=ids).update(scoring_pending_since=later)
        return len(ids)

    with mock.patch.object(services, "rescore_leads", side_effect=marked_again):
        services.rescore_awaiting_leads()

    assert Lead.objects.get(pk=lead.pk).scoring_pending_since == later


def test_with_the_broker_down_a_rescore_is_marked_and_its_marker_dropped():
    lead = LeadFactory()
    down = OperationalError("Connection refused.")

    with mock.patch.object(tasks.rescore_leads_task, "apply_async", side_effect=down):
        tasks.schedule_rescore([lead.pk])

    assert Lead.objects.get(pk=lead.pk).scoring_pending_since is not None
    # Nothing was queued, so the next event must not be coalesced into nothing.
    assert cache.get(tasks.PENDING_KEY.format(lead.pk)) is None


def test_the_sweep_sends_again_a_rescoring_run_never_started():
    version = make_version([DEMO], weights=(0, 1, 0), threshold=60)
    lost = RescoreRun.objects.create(
        version=version, created_at=timezone.now() - timedelta(minutes=5)
    )
    fresh = RescoreRun.objects.create(version=version)

    with mock.patch.object(tasks.run_rescore, "apply_async") as apply_async:
        tasks.rescore_awaiting_leads_task.apply().get()

    apply_async.assert_called_once_with((lost.pk,), countdown=None)
    assert fresh.pk != lost.pk


def test_it_finds_the_rescoring_runs_lost_at_the_moment_given():
    version = make_version([DEMO], weights=(0, 1, 0), threshold=60)
    queued = RescoreRun.objects.create(version=version)
    started = RescoreRun.objects.create(version=version, status=RescoreRun.Status.RUNNING)
    created = queued.created_at

    assert services.rescore_runs_lost(now=created + timedelta(minutes=1)) == []
    assert services.rescore_runs_lost(now=created + timedelta(minutes=3)) == [queued.pk]
    assert started.pk not in services.rescore_runs_lost(now=created + timedelta(hours=1))


def test_running_a_rescoring_run_twice_gives_the_same_scores():
    version = make_version([DEMO], weights=(0, 1, 0), threshold=60)
    leads = [LeadFactory() for _ in range(3)]
    _demo(leads[0])
    run = RescoreRun.objects.create(version=version)

    tasks.run_rescore.apply(args=[run.pk])
    first = list(Lead.objects.order_by("pk").values_list("pk", "score", "stage"))
    RescoreRun.objects.filter(pk=run.pk).update(status=RescoreRun.Status.RUNNING)  # redelivered
    tasks.run_rescore.apply(args=[run.pk])

    assert list(Lead.objects.order_by("pk").values_list("pk", "score", "stage")) == first
    assert first[0][1] == 50
    assert RescoreRun.objects.get(pk=run.pk).status == RescoreRun.Status.DONE


def test_a_rescoring_run_that_always_fails_retries_with_backoff_then_shows_it_failed():
    version = make_version([DEMO], weights=(0, 1, 0), threshold=60)
    run = RescoreRun.objects.create(version=version)
    broken = mock.patch.object(
        services, "rescore_version", side_effect=RuntimeError("database went away")
    )

    with broken, pytest.raises(Retry) as first_try:
        tasks.run_rescore.apply(args=[run.pk], throw=True)
    run.refresh_from_db()
    assert first_try.value.when == 30
    assert run.status == RescoreRun.Status.RUNNING
    assert run.message == "Try 1 failed, trying again: database went away"

    with broken, pytest.raises(Retry) as third_try:
        tasks.run_rescore.apply(args=[run.pk], retries=2, throw=True)
    assert third_try.value.when == 120

    with broken, pytest.raises(RuntimeError):
        tasks.run_rescore.apply(args=[run.pk], retries=3, throw=True)  # the last one
    run.refresh_from_db()
    assert run.status == RescoreRun.Status.FAILED
    assert run.message == "Failed after 4 tries: database went away"
    assert run.finished_at is not None


def test_beat_runs_the_sweeps_every_minute():
    from leadcrm.celery import app

    schedule = app.conf.beat_schedule
    assert schedule["rescore-awaiting-leads"]["task"] == "scoring.tasks.rescore_awaiting_leads"
    assert schedule["resend-lost-import-jobs"]["task"] == "leads.tasks.resend_lost_import_jobs"
    minutes = schedule["rescore-awaiting-leads"]["schedule"].minute
    assert minutes == set(range(60))
