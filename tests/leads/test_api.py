import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from leads.models import Lead, Stage, StageChange
from tests.factories import LeadFactory, ProductLineFactory
from tests.leads.moves import allowed_cases, refused_cases

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("action", "src", "dst", "body", "role"),
    [case for case in allowed_cases() if case.values[4] != "system"],
)
def test_it_makes_every_allowed_move(api, users, action, src, dst, body, role):
    lead = LeadFactory(
        stage=src, owner=users["rep"] if role == "rep" else None, team=users["sdr"].teams.get()
    )

    response = api(users[role]).post(
        f"/api/v1/leads/{lead.pk}/{action}/", {**body, "note": "via api"}, format="json"
    )

    assert response.status_code == 200, response.json()
    assert response.json()["stage"] == dst
    history = response.json()["history"]
    assert history[-1]["from"] == src and history[-1]["to"] == dst
    assert history[-1]["by"] == users[role].username
    assert history[-1]["note"] == "via api"


@pytest.mark.parametrize(
    ("action", "stage", "body", "role", "status"),
    [case for case in refused_cases() if case.values[3] != "system"],
)
def test_it_refuses_every_other_move(api, users, action, stage, body, role, status):
    lead = LeadFactory(
        stage=stage, owner=users["rep"] if role == "rep" else None, team=users["sdr"].teams.get()
    )

    response = api(users[role]).post(f"/api/v1/leads/{lead.pk}/{action}/", body, format="json")

    assert response.status_code == status, response.json()
    if status == 409:
        assert response.json()["stage"] == stage
    assert Lead.objects.get(pk=lead.pk).stage == stage


def test_a_bad_reason_is_a_400_with_the_field(api, rep):
    lead = LeadFactory(stage="mql", owner=rep)

    response = api(rep).post(f"/api/v1/leads/{lead.pk}/reject/", {"reason": "nope"}, format="json")

    assert response.status_code == 400
    assert "reason" in response.json()


def test_a_lead_of_another_rep_is_a_404(api, rep, rep2):
    lead = LeadFactory(stage="mql", owner=rep2)

    assert api(rep).get(f"/api/v1/leads/{lead.pk}/").status_code == 404
    response = api(rep).post(f"/api/v1/leads/{lead.pk}/accept/", {}, format="json")
    assert response.status_code == 404
    assert not StageChange.objects.exists()


def test_reps_see_their_own_and_their_teams_unassigned_leads(api, rep, rep2):
    team = rep.teams.get()
    mine = LeadFactory(owner=rep)
    unassigned_in_team = LeadFactory(owner=None, team=team)
    LeadFactory(owner=rep2, team=team)
    LeadFactory(owner=None, team=None)

    ids = {item["id"] for item in api(rep).get("/api/v1/leads/").json()["results"]}

    assert ids == {mine.pk, unassigned_in_team.pk}


@pytest.mark.parametrize("role", ["marketer", "manager", "admin"])
def test_marketing_and_management_see_every_lead(api, users, role):
    LeadFactory.create_batch(3, owner=users["rep2"])

    assert api(users[role]).get("/api/v1/leads/").json()["count"] == 3


@pytest.mark.parametrize(
    "url",
    ["/api/v1/leads/", "/api/v1/leads/1/", "/api/v1/reasons/"],
)
def test_anonymous_and_roleless_users_are_refused(api, outsider, url):
    LeadFactory(pk=1)
    assert api().get(url).status_code in (401, 403)
    assert api(outsider).get(url).status_code == 403


def test_anonymous_cannot_move_or_create(api):
    lead = LeadFactory(stage="new")
    assert api().post(f"/api/v1/leads/{lead.pk}/promote/", {}).status_code in (401, 403)
    assert api().post("/api/v1/leads/", {"email": "a@b.co"}).status_code in (401, 403)
    assert Lead.objects.count() == 1


def test_the_list_filters_as_product_md_names_them(api, marketer, rep):
    line = ProductLineFactory(code="crm")
    hit = LeadFactory(stage="mql", score=80, owner=rep, product_line=line, last_name="Zappa")
    LeadFactory(stage="mql", score=20)
    LeadFactory(stage="new", score=90)

    response = api(marketer).get(
        "/api/v1/leads/",
        {
            "stage": "mql",
            "score_min": 50,
            "score_max": 100,
            "owner": "rep",
            "product_line": "crm",
            "source": "website",
            "search": "zap",
            "created_after": "2000-01-01",
            "created_before": "2999-01-01",
        },
    )

    assert response.status_code == 200
    assert [item["id"] for item in response.json()["results"]] == [hit.pk]
    item = response.json()["results"][0]
    assert {"id", "stage", "owner", "score", "email", "attributes"} <= set(item)


def test_the_list_pages_up_to_1000(api, marketer):
    LeadFactory.create_batch(5)

    body = api(marketer).get("/api/v1/leads/", {"page_size": 2, "page": 2}).json()

    assert body["count"] == 5 and len(body["results"]) == 2
    assert api(marketer).get("/api/v1/leads/", {"page_size": 5000}).status_code == 200


def test_the_detail_carries_scores_explanation_and_history(api, marketer):
    lead = LeadFactory(
        stage="new",
        score=65,
        score_demographic=70,
        score_behavioral=60,
        score_engagement=50,
        score_explanation=[
            {"rule": "Job title contains director", "category": "demographic", "points": 15}
        ],
    )
    api(marketer).post(f"/api/v1/leads/{lead.pk}/promote/", {"note": "hot"}, format="json")

    body = api(marketer).get(f"/api/v1/leads/{lead.pk}/").json()

    assert body["score"] == 65
    assert body["scores"] == {"demographic": 70, "behavioral": 60, "engagement": 50}
    assert body["score_explanation"][0]["points"] == 15
    assert body["history"][0]["from"] == "new" and body["history"][0]["to"] == "mql"
    assert body["history"][0]["by"] == "marketer" and body["history"][0]["note"] == "hot"


def test_reasons_list_what_each_serves(api, rep):
    body = api(rep).get("/api/v1/reasons/").json()

    by_code = {item["code"]: item for item in body}
    assert by_code["no_budget"] == {
        "code": "no_budget",
        "label": "No budget",
        "category": "not_qualified",
        "applies_to": "reject",
        "sends_to": "nurture",
    }
    assert by_code["no_answer"]["category"] == "not_reachable"


def test_assign_by_username(api, manager, rep, rep2):
    lead = LeadFactory(stage="mql", owner=rep)

    response = api(manager).post(
        f"/api/v1/leads/{lead.pk}/assign/", {"owner": "rep2"}, format="json"
    )

    assert response.status_code == 200
    assert response.json()["owner"] == "rep2"
    assert (
        api(manager)
        .post(f"/api/v1/leads/{lead.pk}/assign/", {"owner": "ghost"}, format="json")
        .status_code
        == 400
    )
    assert (
        api(rep2)
        .post(f"/api/v1/leads/{lead.pk}/assign/", {"owner": "rep2"}, format="json")
        .status_code
        == 403
    )


def _list_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_the_list_uses_the_same_queries_for_10_and_200_leads(api, marketer, rep):
    line = ProductLineFactory()
    LeadFactory.create_batch(10, owner=rep, product_line=line)
    client = api(marketer)
    _list_queries(client, "/api/v1/leads/")  # warm: the user's role is read once per user
    small = _list_queries(client, "/api/v1/leads/?page_size=1000")
    LeadFactory.create_batch(190, owner=rep, product_line=line)

    assert _list_queries(client, "/api/v1/leads/?page_size=1000") == small


def test_the_schema_and_its_docs_are_public_and_name_the_actions(api):
    schema = api().get("/api/v1/schema/", {"format": "json"}).json()

    assert "/api/v1/leads/{id}/{action}/" in schema["paths"]
    assert "/api/v1/reasons/" in schema["paths"]
    docs = api().get("/api/v1/docs/")
    assert docs.status_code == 200
    assert b"cdn" not in docs.content.lower()


def test_move_details_of_two_megabytes_are_a_400_and_write_no_history(api, marketer):
    lead = LeadFactory(stage=Stage.NEW)
    body = {"details": {"blob": "x" * 2_000_000}}
    response = api(marketer).post(f"/api/v1/leads/{lead.pk}/promote/", body, format="json")
    assert response.status_code == 400
    assert "details" in response.json()
    assert not lead.stage_changes.exists()
