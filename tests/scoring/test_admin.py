"""Scoring in the admin is a read-only record of activations."""

import pytest

from scoring.activation import version_activate
from scoring.models import ScoringVersion

pytestmark = pytest.mark.django_db


def test_activations_are_listed_read_only_in_the_admin(client, admin_user, marketer):
    model_version = ScoringVersion.objects.get(status="active")
    draft = model_version.copy_as_draft(by=marketer)
    version_activate(version=draft, by=marketer, note="Raised the threshold")
    client.force_login(admin_user)

    listing = client.get("/admin/scoring/scoringversion/")
    assert listing.status_code == 200
    assert "Raised the threshold" in listing.content.decode()
    assert "marketer" in listing.content.decode()

    page = client.get(f"/admin/scoring/scoringversion/{draft.pk}/change/")
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    assert client.get("/admin/scoring/scoringversion/add/").status_code == 403
    response = client.post(f"/admin/scoring/scoringversion/{draft.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert ScoringVersion.objects.filter(pk=draft.pk).exists()
