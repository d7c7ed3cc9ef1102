import pytest
from django.core.management import call_command

from leads.models import ProductLine
from scoring.models import RescoreRun, ScoringModel, ScoringVersion
from tests.factories import LeadFactory
from tests.scoring.conftest import make_version
from tests.scoring.test_backtest import DIRECTOR, make_leads
from tests.scoring.test_fit import make_history

pytestmark = pytest.mark.django_db

MODELS = "/api/v1/scoring/models/"


def default_model() -> ScoringModel:
    return ScoringModel.objects.get(is_default=True)


def test_it_lists_models_with_versions_and_rules(api, manager, django_assert_max_num_queries):
    line = ProductLine.objects.create(code="crm", name="CRM")
    for i in range(3):
        own = ScoringModel.objects.create(
            name=f"M{i}", product_line=ProductLine.objects.create(code=f"l{i}", name=f"L{i}")
        )
        make_version([DIRECTOR], model=own)
    del line

    with django_assert_max_num_queries(8):
        response = api(manager).get(MODELS)

    assert response.status_code == 200
    default = response.json()[0]
    assert (default["name"], default["is_default"], default["active_version"]) == (
        "Default",
        True,
        1,
    )
    (version,) = default["versions"]
    assert version["label"] == "Default v1" and version["status"] == "active"
    assert len(version["rules"]) > 20
    assert {r["category"] for r in version["rules"]} == {"demographic", "behavioral", "engagement"}
    assert len(response.json()) == 4


def test_posting_an_existing_name_adds_a_draft_copied_from_the_active_version(api, marketer):
    response = api(marketer).post(MODELS, {"name": "Default"}, format="json")

    assert response.status_code == 201
    body = response.json()
    assert (body["active_version"], body["current_draft"]) == (1, 2)
    draft = default_model().current_draft
    assert draft.created_by == marketer
    assert draft.rules.count() == default_model().active_version.rules.count()


def test_a_second_draft_is_a_conflict(api, marketer):
    api(marketer).post(MODELS, {"name": "Default"}, format="json")

    response = api(marketer).post(MODELS, {"name": "Default"}, format="json")

    assert response.status_code == 409
    assert "Default v2 is a draft already" in response.json()["detail"]


def test_posting_a_new_name_creates_a_model_for_a_product_line(api, admin_user):
    ProductLine.objects.create(code="crm", name="CRM")

    response = api(admin_user).post(MODELS, {"name": "CRM", "product_line": "crm"}, format="json")

    assert response.status_code == 201
    assert response.json()["product_line"] == "crm"
    assert response.json()["current_draft"] == 1


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({"name": "Other"}, 400, "detail"),  # a second default model
        ({"name": "X", "product_line": "nope"}, 400, "product_line"),
        ({}, 400, "name"),
    ],
)
def test_bad_model_bodies_are_refused(api, marketer, body, status, field):
    response = api(marketer).post(MODELS, body, format="json")

    assert response.status_code == status
    assert field in response.json()
    assert ScoringModel.objects.count() == 1


def test_activate_freezes_the_draft_and_rescores(api, marketer, django_capture_on_commit_callbacks):
    LeadFactory(job_title="IT Director")
    make_version([DIRECTOR], status="draft", weights=(1, 0, 0))

    with django_capture_on_commit_callbacks(execute=True):
        response = api(marketer).post(
            f"{MODELS}{default_model().pk}/activate/", {"note": "Directors matter"}, format="json"
        )

    assert response.status_code == 202
    body = response.json()
    assert body["version"]["status"] == "active"
    assert body["version"]["activated_by"] == "marketer"
    assert body["version"]["note"] == "Directors matter"
    run = RescoreRun.objects.get(pk=body["rescore_run"])
    assert (run.status, run.done) == ("done", 1)
    assert default_model().active_version.number == 2
    assert ScoringVersion.objects.get(number=1).status == "retired"


def test_activate_without_a_draft_is_a_conflict(api, marketer):
    response = api(marketer).post(f"{MODELS}{default_model().pk}/activate/", {}, format="json")

    assert response.status_code == 409
    assert "no draft" in response.json()["detail"]


def test_backtest_of_the_active_version_and_a_comparison(api, manager):
    make_version([DIRECTOR], weights=(1, 0, 0), threshold=60)
    make_version([], weights=(1, 0, 0), status="draft")
    make_leads([("IT Director", None, ["mql", "sal"]), ("Engineer", None, ["mql", "nurture"])])

    response = api(manager).post(
        f"{MODELS}{default_model().pk}/backtest/",
        {
            "compare_version": 3,
            "threshold": 50,
            "positive": ["sal"],
            "negative": ["nurture"],
            "as_of": "now",
        },
        format="json",
    )

    assert response.status_code == 200
    body = response.json()
    assert (body["version"], body["auc"], body["leads"], body["threshold"]) == (
        "Default v2",
        1.0,
        2,
        50,
    )
    assert body["at_threshold"] == {
        "threshold": 50,
        "mqls": 1,
        "accepted": 1,
        "precision": 1.0,
        "recall": 1.0,
    }
    assert len(body["what_if"]) == 11
    assert (body["compare"]["version"], body["compare"]["auc"]) == ("Default v3", 0.5)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"version": 42}, "version"),
        ({"positive": ["closed"]}, "positive"),
        ({"positive": ["won"], "negative": ["won"]}, "positive"),
        ({"threshold": 101}, "threshold"),
        ({"as_of": "yesterday"}, "as_of"),
    ],
)
def test_bad_backtest_bodies_are_refused(api, marketer, body, field):
    response = api(marketer).post(f"{MODELS}{default_model().pk}/backtest/", body, format="json")

    assert response.status_code == 400
    assert field in response.json()


def test_fit_returns_a_draft_with_its_cv_auc(api, marketer):
    make_history()

    response = api(marketer).post(f"{MODELS}fit/", {"name": "Default"}, format="json")

    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "draft" and body["label"] == "Default v2"
    assert 0.5 < body["cv_auc"] <= 1.0
    assert body["rules"]
    assert default_model().active_version.number == 1


def test_a_failed_fit_leaves_no_model_behind(api, marketer):
    ProductLine.objects.create(code="crm", name="CRM")

    response = api(marketer).post(
        f"{MODELS}fit/", {"name": "CRM", "product_line": "crm"}, format="json"
    )

    assert response.status_code == 400
    assert "at least 10 won" in response.json()["detail"]
    assert not ScoringModel.objects.filter(name="CRM").exists()


ENDPOINTS = [
    ("get", MODELS),
    ("post", MODELS),
    ("post", MODELS + "{pk}/activate/"),
    ("post", MODELS + "{pk}/backtest/"),
    ("post", MODELS + "fit/"),
]


@pytest.mark.parametrize(("method", "url"), ENDPOINTS)
@pytest.mark.parametrize("who", ["sdr", "rep", "outsider"])
def test_other_roles_are_refused(api, users, method, url, who):
    url = url.format(pk=default_model().pk)
    response = getattr(api(users[who]), method)(url, {"name": "Default"}, format="json")

    assert response.status_code == 403


@pytest.mark.parametrize(("method", "url"), ENDPOINTS)
def test_anonymous_is_refused(api, method, url):
    url = url.format(pk=default_model().pk)
    response = getattr(api(), method)(url, {"name": "Default"}, format="json")

    assert response.status_code == 401


@pytest.mark.parametrize(("method", "url"), [ENDPOINTS[1], ENDPOINTS[2], ENDPOINTS[4]])
def test_managers_may_not_change_scoring(api, manager, method, url):
    url = url.format(pk=default_model().pk)
    response = getattr(api(manager), method)(url, {"name": "Default"}, format="json")

    assert response.status_code == 403
    assert default_model().versions.count() == 1


def test_the_schema_names_the_scoring_endpoints_and_validates(api):
    paths = api().get("/api/v1/schema/", {"format": "json"}).json()["paths"]
    assert {
        "/api/v1/scoring/models/",
        "/api/v1/scoring/models/{id}/activate/",
        "/api/v1/scoring/models/{id}/backtest/",
        "/api/v1/scoring/models/fit/",
    } <= set(paths)

    call_command("spectacular", "--validate", "--fail-on-warn", "--file", "/dev/null")
