"""Who may use the Django admin (the access walker in test_access.py leaves it out)."""

import pytest
from django.contrib import admin

from leads.models import LeadChange, StageChange

pytestmark = pytest.mark.django_db

HISTORY_MODELS = [StageChange, LeadChange]


@pytest.mark.parametrize("role", ["sdr", "rep", "outsider"])
@pytest.mark.parametrize("url", ["/admin/", "/admin/leads/lead/", "/admin/leads/stagechange/"])
def test_non_staff_are_sent_to_the_admin_login(client, users, role, url):
    client.force_login(users[role])
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_anonymous_is_sent_to_the_admin_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("model", HISTORY_MODELS)
@pytest.mark.parametrize("role", ["marketer", "manager", "admin"])
def test_history_has_no_add_change_or_delete_for_anyone(rf, users, role, model):
    request = rf.get("/admin/")
    request.user = users[role]
    model_admin = admin.site._registry[model]
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request)
    assert not model_admin.has_delete_permission(request)
