import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from leads.models import Activity, Lead, StageChange
from scoring.engine import score_lead
from scoring.selectors import lead_facts, lead_values, version_for, version_spec

pytestmark = pytest.mark.django_db


def seed(n: int = 300, s: int = 3) -> None:
    call_command("seed_demo", "--leads", str(n), "--seed", str(s), stdout=io.StringIO())


def test_the_demo_leads_get_activities_and_real_explained_scores():
    seed()
    moves = StageChange.objects.count()

    assert Activity.objects.count() > 300
    leads = list(Lead.objects.all()[:40])
    for lead in leads:
        version = version_for(lead)
        expected = score_lead(
            lead_values(lead), lead_facts(lead.pk), version_spec(version), now=lead.scored_at
        )
        assert (lead.score, lead.score_explanation) == (expected.total, expected.explanation)
        assert lead.score_model_version == "Default v1"
        assert lead.scored_at <= timezone.now()
    assert sum(1 for lead in leads if lead.score_explanation) > 30
    assert StageChange.objects.count() == moves  # scoring the demo promotes nobody


def test_keener_demo_leads_did_more_before_their_mql():
    seed(600)
    won = Activity.objects.filter(lead__stage="won", type__code="demo_request").count()
    won_leads = Lead.objects.filter(stage="won").count()
    dq = Activity.objects.filter(lead__stage="disqualified", type__code="demo_request").count()
    dq_leads = Lead.objects.filter(stage="disqualified").count()
    assert won / won_leads > 2 * dq / dq_leads


def test_the_demo_activities_are_the_same_for_the_same_seed():
    seed(100, 5)
    first = sorted(
        map(str, Activity.objects.values_list("lead__external_id", "type__code", "properties"))
    )
    Activity.objects.all().delete()
    Lead.all_objects.all().delete()
    seed(100, 5)
    again = sorted(
        map(str, Activity.objects.values_list("lead__external_id", "type__code", "properties"))
    )
    assert first == again
