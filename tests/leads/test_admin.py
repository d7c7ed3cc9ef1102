import pytest

from leads.models import Lead, StageChange
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def _post_action(client, action: str, leads, **extra):
    return client.post(
        "/admin/leads/lead/",
        {"action": action, "_selected_action": [lead.pk for lead in leads], **extra},
        follow=True,
    )


def test_promote_selected_reports_moved_and_refused(client, marketer):
    fresh, done = LeadFactory(stage="new"), LeadFactory(stage="won")
    client.force_login(marketer)

    response = _post_action(client, "promote_selected", [fresh, done])

    assert Lead.objects.get(pk=fresh.pk).stage == "mql"
    assert Lead.objects.get(pk=done.pk).stage == "won"
    text = response.content.decode()
    assert "1 lead(s) moved by promote" in text
    assert f"#{done.pk}" in text and "cannot be moved by promote" in text
    assert StageChange.objects.get(lead=fresh).via == "admin"


def test_accept_selected_follows_the_role_rules(client, marketer):
    lead = LeadFactory(stage="mql")
    client.force_login(marketer)

    response = _post_action(client, "accept_selected", [lead])

    assert Lead.objects.get(pk=lead.pk).stage == "mql"
    assert "may not accept" in response.content.decode()


def test_reject_asks_for_a_reason_then_moves(client, manager):
    leads = [LeadFactory(stage="mql"), LeadFactory(stage="tql")]
    client.force_login(manager)

    page = _post_action(client, "reject_selected", leads)
    assert page.status_code == 200
    assert b"give a reason" in page.content
    assert Lead.objects.filter(stage="mql").count() == 1

    _post_action(client, "reject_selected", leads, apply="1", reason="spam", note="bots")

    assert set(Lead.objects.values_list("stage", flat=True)) == {"disqualified"}
    assert set(StageChange.objects.values_list("reason__code", "note")) == {("spam", "bots")}


def test_history_is_read_only_in_the_admin(client, admin_user):
    lead = LeadFactory(stage="new")
    client.force_login(admin_user)
    _post_action(client, "promote_selected", [lead])
    change = StageChange.objects.get()

    assert client.get(f"/admin/leads/stagechange/{change.pk}/change/").status_code == 200
    client.post(f"/admin/leads/stagechange/{change.pk}/change/", {"note": "edited"})
    client.post(f"/admin/leads/stagechange/{change.pk}/delete/", {"post": "yes"})
    assert client.get("/admin/leads/stagechange/add/").status_code == 403
    change.refresh_from_db()
    assert change.note == ""


def test_stage_is_not_editable_on_the_lead_form(client, admin_user):
    lead = LeadFactory(stage="new")
    client.force_login(admin_user)

    page = client.get(f"/admin/leads/lead/{lead.pk}/change/")

    assert page.status_code == 200
    assert b'name="stage"' not in page.content


@pytest.mark.parametrize("role", ["sdr", "rep", "outsider"])
def test_non_staff_roles_cannot_use_the_admin(client, users, role):
    client.force_login(users[role])
    response = client.get("/admin/leads/lead/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_admins_set_each_reasons_cooldown_in_the_list(client, admin_user):
    from leads.models import Reason

    client.force_login(admin_user)
    page = client.get("/admin/leads/reason/").content.decode()
    assert "Cooldown days" in page
    reason = Reason.objects.get(code="bad_timing")
    assert 'name="form-0-cooldown_days"' in page  # editable in the list
    form = client.get(f"/admin/leads/reason/{reason.pk}/change/").content.decode()
    assert 'name="cooldown_days"' in form and 'value="90"' in form
