"""Smaller fixes from the walkthrough (issue 16): the score and its threshold, the weights
explained, rules in words, backtest versions to choose from."""

import pytest

from scoring.models import ScoringModel
from tests.factories import LeadFactory
from tests.scoring.conftest import make_version

pytestmark = pytest.mark.django_db

COUNTRIES = {
    "kind": "attribute",
    "name": "Home markets",
    "points": 10,
    "field": "country",
    "operator": "in",
    "value": ["US", "GB"],
}
SIZE = {
    "kind": "attribute",
    "name": "Mid-size",
    "points": 5,
    "field": "company_size",
    "operator": "between",
    "value": [50, 500],
}


def test_it_reads_score_and_threshold_and_explains_the_weights(client, marketer):
    make_version([], weights=(40, 35, 25), threshold=60)
    lead = LeadFactory(
        stage="new", score=71, score_demographic=80, score_behavioral=70, score_engagement=57
    )
    client.force_login(marketer)
    page = client.get(f"/leads/{lead.pk}/").content.decode()
    assert "· threshold 60" in page
    assert "Score = 40% of fit 80 + 35% of behaviour 70 + 25% of engagement 57 = 71" in page
    queue = client.get("/handoff/queue/").content.decode()
    assert "threshold 60" in queue and "of 60" not in queue


def test_it_shows_rule_values_as_words(client, marketer):
    draft = make_version([COUNTRIES, SIZE], status="draft")
    client.force_login(marketer)
    page = client.get(f"/scoring/versions/{draft.pk}/").content.decode()
    assert "is one of US, GB" in page
    assert "between (inclusive) 50 and 500" in page
    assert "[&#x27;US&#x27;" not in page and "['US'" not in page


def test_it_offers_the_models_versions_to_backtest(client, marketer):
    model = ScoringModel.objects.get(is_default=True)
    make_version([], status="draft")
    client.force_login(marketer)
    response = client.get(f"/scoring/models/{model.pk}/backtest/")
    choices = dict(response.context["form"].fields["compare"].choices)
    assert set(choices) - {""} == set(model.versions.values_list("number", flat=True))
    bad = client.get(f"/scoring/models/{model.pk}/backtest/", {"version": "99"})
    assert bad.status_code == 400
    assert "has no version 99" in bad.content.decode()
