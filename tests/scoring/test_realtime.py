from unittest import mock

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone

from leads.models import Lead, StageChange
from scoring import tasks
from scoring.services import rescore_leads
from tests.factories import LeadFactory
from tests.scoring.conftest import make_version

pytestmark = pytest.mark.django_db

DEMO = {
    "kind": "event",
    "name": "Demo requested",
    "activity_type": "demo_request",
    "points": 50,
    "decays": True,
}
DIRECTOR = {
    "kind": "attribute",
    "name": "Director",
    "field": "job_title",
    "operator": "contains",
    "value": "director",
    "points": 100,
}


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


def post_events(api, user, lead, n=1, type_="demo_request"):
    return api(user).post("/api/v1/events/", [{"lead": lead.pk, "type": type_}] * n, format="json")


def test_an_event_rescores_the_lead(api, marketer, django_capture_on_commit_callbacks):
    make_version([DEMO], weights=(0, 1, 0), threshold=90)
    lead = LeadFactory()

    with django_capture_on_commit_callbacks(execute=True):
        post_events(api, marketer, lead)

    lead.refresh_from_db()
    assert (lead.score, lead.score_behavioral) == (50, 50)
    assert lead.score_explanation == [
        {"rule": "Demo requested", "category": "behavioral", "points": 50}
    ]
    assert lead.score_model_version == "Default v2"


def test_crossing_the_threshold_promotes_once_by_the_system(
    api, marketer, django_capture_on_commit_callbacks
):
    make_version([DEMO], weights=(0, 1, 0), threshold=60)
    lead = LeadFactory(stage="new")

    with django_capture_on_commit_callbacks(execute=True):
        post_events(api, marketer, lead)  # 50: under
    with django_capture_on_commit_callbacks(execute=True):
        post_events(api, marketer, lead)  # 100: crosses
    with django_capture_on_commit_callbacks(execute=True):
        post_events(api, marketer, lead)  # still over: no second move

    lead.refresh_from_db()
    assert lead.stage == "mql"
    (move,) = StageChange.objects.filter(lead=lead)
    assert (move.from_stage, move.to_stage, move.by, move.via) == ("new", "mql", None, "system")
    assert (move.score, move.score_model_version) == (100, "Default v2")


def test_without_auto_promote_the_lead_waits_for_review(
    api, marketer, django_capture_on_commit_callbacks
):
    make_version([DEMO], weights=(0, 1, 0), threshold=40, auto_promote=False)
    lead = LeadFactory(stage="new")

    with django_capture_on_commit_callbacks(execute=True):
        post_events(api, marketer, lead)

    lead.refresh_from_db()
    assert (lead.stage, lead.score) == ("new", 50)


def test_a_lead_posted_through_the_api_is_scored(api, marketer, django_capture_on_commit_callbacks):
    make_version([DIRECTOR], weights=(1, 0, 0), threshold=100)

    with django_capture_on_commit_callbacks(execute=True):
        response = api(marketer).post(
            "/api/v1/leads/",
            {"email": "d@acme.example", "job_title": "IT Director"},
            format="json",
        )

    lead = Lead.objects.get(pk=response.json()["id"])
    assert lead.score == 100
    assert lead.stage == "mql"  # a new lead at the threshold is promoted on arrival


def test_a_burst_of_events_for_one_lead_queues_one_rescoring():
    lead = LeadFactory()
    with mock.patch.object(tasks.rescore_leads_task, "apply_async") as queued:
        for _ in range(1000):
            tasks.schedule_rescore([lead.pk])
        assert queued.call_count == 1
        tasks.rescore_leads_task.run([lead.pk])  # the queued run starts: the marker is cleared
        tasks.schedule_rescore([lead.pk])
        assert queued.call_count == 2


def test_the_leads_of_one_batch_of_events_are_rescored_together(
    api, marketer, django_capture_on_commit_callbacks
):
    make_version([DEMO], weights=(0, 1, 0), threshold=90)
    leads = LeadFactory.create_batch(3)
    with (
        mock.patch.object(tasks.rescore_leads_task, "apply_async") as queued,
        django_capture_on_commit_callbacks(execute=True),
    ):
        api(marketer).post(
            "/api/v1/events/",
            [{"lead": lead.pk, "type": "demo_request"} for lead in leads * 2],
            format="json",
        )
    queued.assert_called_once_with(
        (sorted(lead.pk for lead in leads),), countdown=tasks.COALESCE_SECONDS
    )

    assert tasks.rescore_leads_task.run(sorted(lead.pk for lead in leads)) == 3
    rescored = Lead.objects.filter(pk__in=[x.pk for x in leads])
    assert {(x.score, x.stage) for x in rescored} == {(100, "mql")}  # two demos each


def test_decay_lowers_points_by_the_half_life_and_does_not_demote():
    make_version([DEMO], weights=(0, 1, 0), threshold=40, half_life=30)
    lead = LeadFactory(stage="new")
    with time_machine.travel("2026-03-01 09:00Z", tick=False):
        lead.activities.create(type_id=_type("demo_request"), occurred_at=timezone.now())
        rescore_leads([lead.pk])
    lead.refresh_from_db()
    assert (lead.score, lead.stage) == (50, "mql")

    with time_machine.travel("2026-03-31 09:00Z", tick=False):
        assert tasks.decay_scores() == 1
    lead.refresh_from_db()
    assert (lead.score, lead.stage) == (25, "mql")

    with time_machine.travel("2026-04-30 09:00Z", tick=False):
        tasks.decay_scores()
    lead.refresh_from_db()
    assert lead.score == 13  # 12.5 rounds up
    assert lead.scored_at == timezone.now().replace(
        year=2026, month=4, day=30, hour=9, minute=0, second=0, microsecond=0
    )


def test_a_lead_recycled_above_the_threshold_must_cross_it_again(
    api, marketer, rep, django_capture_on_commit_callbacks
):
    make_version([DEMO], weights=(0, 1, 0), threshold=60, half_life=10)
    lead = LeadFactory(stage="nurture", score=80)

    with django_capture_on_commit_callbacks(execute=True):
        post_events(api, marketer, lead)
    lead.refresh_from_db()
    assert lead.stage == "nurture"  # 80 -> 50: no crossing

    with django_capture_on_commit_callbacks(execute=True):
        post_events(api, marketer, lead)
    lead.refresh_from_db()
    assert lead.stage == "mql"  # 50 -> 100: crossed again
    assert StageChange.objects.filter(lead=lead, to_stage="mql").count() == 1


def _type(code: str) -> int:
    from leads.models import ActivityType

    return ActivityType.objects.get(code=code).pk


def test_rescoring_a_missing_lead_does_nothing():
    assert rescore_leads([987654]) == 0
