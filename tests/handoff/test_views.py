"""Every handoff page: who may open it, and what each role sees."""

import pytest

from handoff.models import Notification, RoutingRule
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

# (url, the roles that may open it); everyone else with a role or none gets 403.
PAGES = [
    ("/handoff/queue/", {"marketer", "admin"}),
    ("/handoff/rejected/", {"marketer", "manager", "admin"}),
    ("/handoff/inbox/", {"sdr", "rep", "rep2", "manager", "admin"}),
    ("/handoff/routing/check/", {"manager", "admin"}),
    ("/handoff/notifications/", {"marketer", "sdr", "rep", "rep2", "manager", "admin"}),
    ("/handoff/notifications/settings/", {"marketer", "sdr", "rep", "rep2", "manager", "admin"}),
]
POSTS = [
    ("/handoff/queue/promote/", {"marketer", "admin"}),
    ("/handoff/queue/{pk}/promote/", {"marketer", "admin"}),
    ("/handoff/inbox/{pk}/move/accept/", {"sdr", "rep", "rep2", "manager", "admin"}),
    ("/handoff/inbox/{pk}/reassign/", {"manager", "admin"}),
    ("/handoff/notifications/read/", {"marketer", "sdr", "rep", "rep2", "manager", "admin"}),
]


@pytest.mark.parametrize(("url", "allowed"), PAGES)
def test_every_page_sends_anonymous_users_to_login(client, url, allowed):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize(("url", "allowed"), PAGES)
def test_every_page_refuses_the_roles_it_is_not_for(web, users, url, allowed):
    for name, user in users.items():
        status = web(user).get(url).status_code
        assert status == (200 if name in allowed else 403), (name, status)


@pytest.mark.parametrize(("url", "allowed"), POSTS)
def test_every_post_refuses_anonymous_users_and_other_roles(client, web, users, url, allowed):
    lead = LeadFactory(stage="mql")
    url = url.format(pk=lead.pk)
    response = client.post(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    for name, user in users.items():
        if name not in allowed:
            assert web(user).post(url).status_code == 403, name
    lead.refresh_from_db()
    assert lead.stage == "mql" and lead.owner is None


def test_get_is_not_allowed_on_moves(web, rep):
    lead = LeadFactory(stage="mql", owner=rep)
    assert web(rep).get(f"/handoff/inbox/{lead.pk}/move/accept/").status_code == 405


def test_the_routing_check_names_the_rule_and_who_is_next(web, manager, default_rule, team):
    RoutingRule.objects.create(position=1, name="Germany", countries="DE", team=team)
    response = web(manager).get("/handoff/routing/check/", {"country": "de"})
    assert response.status_code == 200
    assert response.context["rule"].name == "Germany"
    assert response.context["next_owner"].username in ("sdr", "rep", "rep2")
    lead = LeadFactory(country="US")
    response = web(manager).get("/handoff/routing/check/", {"lead": lead.pk})
    assert response.context["rule"] == default_rule
    response = web(manager).get("/handoff/routing/check/", {"lead": 999999})
    assert "No lead with this id." in response.content.decode()


def test_the_navbar_bell_counts_unread_notifications(web, rep):
    Notification.objects.create(user=rep, kind="assigned", text="one")
    Notification.objects.create(user=rep, kind="assigned", text="two")
    Notification.objects.create(user=rep, kind="assigned", text="read", read_at="2026-01-01T00:00Z")
    page = web(rep).get("/handoff/notifications/").content.decode()
    assert 'id="unread-count">2<' in page
    assert "one" in page and "read" in page


def test_marking_notifications_read_empties_the_bell(web, rep, rep2):
    Notification.objects.create(user=rep, kind="assigned", text="one")
    theirs = Notification.objects.create(user=rep2, kind="assigned", text="theirs")
    response = web(rep).post("/handoff/notifications/read/", follow=True)
    assert 'id="unread-count"' not in response.content.decode()
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_the_settings_form_turns_emails_off(web, rep):
    response = web(rep).post("/handoff/notifications/settings/", {})  # unticked checkbox
    assert response.status_code == 302
    assert rep.handoff_profile.email_notifications is False
    web(rep).post("/handoff/notifications/settings/", {"email_notifications": "on"})
    rep.handoff_profile.refresh_from_db()
    assert rep.handoff_profile.email_notifications is True


def test_the_nav_shows_each_role_its_pages(web, users):
    page = web(users["marketer"]).get("/handoff/queue/").content.decode()
    assert 'id="nav-queue"' in page and 'id="nav-rejected"' in page and "nav-routing" not in page
    page = web(users["sdr"]).get("/handoff/inbox/").content.decode()
    assert ">SDR queue<" in page and "nav-queue" not in page
    page = web(users["manager"]).get("/handoff/inbox/").content.decode()
    assert 'id="nav-routing"' in page


def test_the_move_form_endpoint_refuses_anonymous_users_and_other_roles(client, web, users):
    lead = LeadFactory(stage="mql", owner=users["rep"], team=users["rep"].teams.get())
    url = f"/handoff/inbox/{lead.pk}/form/reject/"
    assert client.get(url)["Location"].startswith("/accounts/login/")
    for name in ("marketer", "outsider"):
        assert web(users[name]).get(url).status_code == 403, name
    assert web(users["rep2"]).get(url, HTTP_HX_REQUEST="true").status_code == 404  # not theirs
    assert web(users["rep"]).get(url, HTTP_HX_REQUEST="true").status_code == 200
