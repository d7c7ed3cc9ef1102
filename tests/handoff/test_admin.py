import pytest

from handoff.models import RoutingRule

pytestmark = pytest.mark.django_db

MODELS = ["routingrule", "teamschedule", "profile", "assignment", "notification"]


@pytest.mark.parametrize("model", MODELS)
def test_the_admin_lists_and_adds_handoff_models(web, admin_user, model):
    client = web(admin_user)
    assert client.get(f"/admin/handoff/{model}/").status_code == 200
    add = client.get(f"/admin/handoff/{model}/add/").status_code
    assert add == (403 if model in ("assignment", "notification") else 200)


def test_a_manager_edits_routing_rules_in_the_admin(web, manager, team):
    client = web(manager)
    response = client.post(
        "/admin/handoff/routingrule/add/",
        {
            "position": 5,
            "name": "Nordics",
            "active": "on",
            "countries": "SE,NO,DK,FI",
            "team": team.pk,
            "response_hours": 4,
            "escalation_hours": 12,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert RoutingRule.objects.get(name="Nordics").countries == "SE,NO,DK,FI"
    assert client.get("/admin/handoff/teamschedule/add/").status_code == 200


def test_a_rule_for_a_team_and_a_rep_at_once_is_refused(web, admin_user, team, rep):
    response = web(admin_user).post(
        "/admin/handoff/routingrule/add/",
        {"position": 1, "name": "Both", "team": team.pk, "rep": rep.pk, "response_hours": 4},
    )
    assert response.status_code == 200
    assert "not both" in response.content.decode()
    assert not RoutingRule.objects.exists()


def test_a_second_deadline_before_the_first_is_refused(web, admin_user, team):
    response = web(admin_user).post(
        "/admin/handoff/routingrule/add/",
        {"position": 1, "name": "Odd", "team": team.pk, "response_hours": 8, "escalation_hours": 4},
    )
    assert "must come after the response target" in response.content.decode()


def test_marketers_and_reps_cannot_edit_routing(web, marketer, rep):
    assert web(marketer).get("/admin/handoff/routingrule/").status_code == 200  # may look
    assert web(marketer).get("/admin/handoff/routingrule/add/").status_code == 403
    assert web(rep).get("/admin/handoff/routingrule/").status_code == 302  # not staff: login
