"""A recycled lead whose score crosses the threshold again comes back: promoted by the score and
routed again, or waiting in the marketer's queue when its model does not auto-promote."""

import pytest

from handoff.models import Assignment
from leads.models import StageChange
from scoring.models import ScoringModel
from scoring.services import promote_if_crossed
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def version():
    return ScoringModel.objects.get(is_default=True).active_version


def test_an_auto_promoting_model_brings_a_recycled_lead_back_as_an_mql_and_routes_it(
    version, default_rule, web, marketer, django_capture_on_commit_callbacks
):
    version.auto_promote, version.threshold = True, 60
    version.save()
    lead = LeadFactory(stage="nurture", score=65)
    with django_capture_on_commit_callbacks(execute=True):
        assert promote_if_crossed(lead=lead, old_score=40, version=version)
    lead.refresh_from_db()
    assert lead.stage == "mql" and lead.owner is not None
    assert Assignment.objects.open().get(lead=lead).owner == lead.owner
    page = web(marketer).get(f"/leads/{lead.pk}/").content.decode()
    assert "new MQL cycle" in page


def test_without_auto_promotion_it_waits_for_review(version, web, marketer):
    version.auto_promote, version.threshold = False, 60
    version.save()
    lead = LeadFactory(stage="nurture", score=65)
    assert not promote_if_crossed(lead=lead, old_score=40, version=version)
    response = web(marketer).get("/handoff/queue/", {"stage": "nurture"})
    assert [row.pk for row in response.context["page"].rows] == [lead.pk]
    assert not StageChange.objects.filter(lead=lead).exists()
