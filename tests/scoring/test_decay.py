from datetime import datetime, timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from leadcrm.celery import app as celery_app
from leads.models import ActivityType, Lead
from scoring import tasks
from scoring.engine import score_lead
from scoring.models import ScoringModel
from scoring.selectors import (
    is_below_threshold,
    lead_facts,
    lead_values,
    version_spec,
    with_score_status,
)
from scoring.services import rescore_leads, scores_decay
from tests.factories import LeadFactory, ProductLineFactory
from tests.scoring.conftest import make_version

pytestmark = pytest.mark.django_db

DEMO = {
    "kind": "event",
    "name": "Demo requested",
    "activity_type": "demo_request",
    "points": 80,
    "decays": True,
}
DOWNLOAD = {
    "kind": "event",
    "name": "Download",
    "activity_type": "content_download",
    "points": 10,
    "cap": 30,
    "decays": True,
}


def _type(code: str) -> int:
    return ActivityType.objects.get(code=code).pk


def test_it_halves_decaying_points_every_half_life_for_every_lead():
    version = make_version([DEMO, DOWNLOAD], weights=(0, 1, 0), threshold=50, half_life=10)
    with time_machine.travel("2026-03-01 09:00Z", tick=False):
        leads = [LeadFactory(stage="new") for _ in range(6)]
        for i, lead in enumerate(leads):
            lead.activities.create(type_id=_type("demo_request"), occurred_at=timezone.now())
            for d in range(i):
                lead.activities.create(
                    type_id=_type("content_download"),
                    occurred_at=timezone.now() - timedelta(days=d),
                )
            rescore_leads([lead.pk])
    assert Lead.objects.filter(stage="mql").count() == 6

    with time_machine.travel("2026-03-11 09:00Z", tick=False):
        assert tasks.decay_scores() == 6
        spec, now = version_spec(version), timezone.now()
        for lead in Lead.objects.all():
            expected = score_lead(lead_values(lead), lead_facts(lead.pk), spec, now=now)
            assert lead.score == expected.total
            assert lead.score_explanation == expected.explanation
    first = Lead.objects.get(pk=leads[0].pk)
    assert first.score == 40  # 80 halved after one half-life
    assert first.stage == "mql"  # not demoted


def _demo_requester_scored_on_march_1st() -> Lead:
    """A lead whose one demo request (80 points, a one-day half-life) is scored on 1 March."""
    make_version([DEMO], weights=(0, 1, 0), threshold=50, half_life=1)
    with time_machine.travel("2026-03-01 09:00Z", tick=False):
        lead = LeadFactory(stage="new")
        lead.activities.create(type_id=_type("demo_request"), occurred_at=timezone.now())
        rescore_leads([lead.pk])
    return lead


def test_it_decays_at_the_moment_it_is_given():
    lead = _demo_requester_scored_on_march_1st()
    two_half_lives_on = datetime.fromisoformat("2026-03-03T09:00+00:00")
    assert scores_decay(now=two_half_lives_on) == 1
    lead.refresh_from_db()
    assert (lead.score, lead.stage) == (20, "mql")


def test_decay_is_the_nightly_beat_job():
    entry = celery_app.conf.beat_schedule["decay-scores"]
    assert entry["task"] == tasks.decay_scores.name


def test_the_command_decays_like_the_nightly_job():
    lead = _demo_requester_scored_on_march_1st()
    with time_machine.travel("2026-03-03 09:00Z", tick=False):
        call_command("decay_scores", stdout=None)
    lead.refresh_from_db()
    assert (lead.score, lead.stage) == (20, "mql")


def test_an_mql_under_the_threshold_shows_it():
    make_version([], threshold=60)
    line = ProductLineFactory(code="crm")
    own = ScoringModel.objects.create(name="CRM", product_line=line)
    make_version([], threshold=30, model=own)
    under = LeadFactory(stage="mql", score=40)
    own_line = LeadFactory(stage="mql", score=40, product_line=line)  # over its own 30
    fresh = LeadFactory(stage="new", score=10)  # not promoted: nothing to show
    over = LeadFactory(stage="tql", score=70)

    assert [is_below_threshold(x) for x in (under, own_line, fresh, over)] == [
        True,
        False,
        False,
        False,
    ]
    annotated = {x.pk: x for x in with_score_status(Lead.objects.all())}
    assert annotated[under.pk].below_threshold and annotated[under.pk].score_threshold == 60
    assert annotated[own_line.pk].score_threshold == 30
    assert not any(annotated[x.pk].below_threshold for x in (own_line, fresh, over))


def test_the_lead_page_and_list_show_below_threshold(client, marketer):
    make_version([], threshold=60)
    lead = LeadFactory(stage="mql", score=40)
    client.force_login(marketer)

    page = client.get(lead.get_absolute_url()).content.decode()
    listing = client.get("/leads/?stage=mql").content.decode()

    assert "below threshold 60" in page
    assert "below threshold 60" in listing


def test_the_list_reads_thresholds_once(client, marketer, django_assert_max_num_queries):
    make_version([], threshold=60)
    client.force_login(marketer)
    LeadFactory.create_batch(3, stage="mql", score=10)
    with django_assert_max_num_queries(20) as few:
        client.get("/leads/?stage=mql")
    LeadFactory.create_batch(30, stage="mql", score=10)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/leads/?stage=mql")
    assert response.content.decode().count("below threshold 60") == 33


def test_the_lead_page_shows_the_score_breakdown(client, marketer):
    make_version(
        [
            {
                "kind": "attribute",
                "name": "Director",
                "field": "job_title",
                "operator": "contains",
                "value": "director",
                "points": 30,
            },
            DEMO,
        ],
        weights=(1, 1, 1),
        threshold=90,
    )
    lead = LeadFactory(job_title="IT Director")
    lead.activities.create(type_id=_type("demo_request"), occurred_at=timezone.now())
    rescore_leads([lead.pk])

    page = as_marketer(client, marketer).get(lead.get_absolute_url()).content.decode()

    assert "Fit 30 · Behaviour 80 · Engagement 0" in page
    # Each rule's points in its sub-score, and its share of the score (points x weight / 3).
    assert (
        '<td>Director</td><td>Fit</td><td class="text-end">30</td><td class="text-end">10.00</td>'
        in page
    )
    assert (
        '<td>Demo requested</td><td>Behaviour</td><td class="text-end">80</td>'
        '<td class="text-end">26.67</td>' in page
    )
    assert "data-total>37<" in page  # 36.67 and 0.33 of rounding


def as_marketer(client, marketer):
    client.force_login(marketer)
    return client
