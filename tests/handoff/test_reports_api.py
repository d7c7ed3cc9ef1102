"""GET /api/v1/reports/funnel/ (PRODUCT.md gives its shape)."""

from collections import Counter
from datetime import UTC, datetime

import pytest
from django.urls import reverse

from tests.factories import LeadSourceFactory, ProductLineFactory
from tests.handoff.reporting import at, history

pytestmark = pytest.mark.django_db

URL = reverse("api-reports-funnel")
JAN = {"created_after": "2026-01-01", "created_before": "2026-01-31"}


@pytest.fixture
def cohort(rep, rep2):
    web = LeadSourceFactory(code="web")
    day = at("2026-01-10")
    history(day, ("mql", day), ("sal", day), ("sql", day), ("won", day), source=web, owner=rep)
    history(
        day,
        ("mql", day),
        ("nurture", day, "no_answer"),
        ("mql", at("2026-01-12")),
        ("sal", at("2026-01-13")),
        source=web,
        owner=rep,
    )
    history(day, ("mql", day), ("disqualified", day, "no_need"), owner=rep2)
    history(day)
    history(at("2026-02-01"), ("mql", at("2026-02-01")), owner=rep)


def test_it_returns_the_funnel_in_the_documented_shape(api, manager, cohort):
    response = api(manager).get(URL, JAN)

    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"cohort", "stages", "conversion", "rejections"}
    assert body["cohort"] == {
        "leads": 4,
        "created_after": "2026-01-01",
        "created_before": "2026-01-31",
        "won": 1,
        "lead_to_won": 0.25,
    }
    assert body["stages"] == [
        {"stage": "mql", "reached": 3, "current": 0},
        {"stage": "tql", "reached": 0, "current": 0},
        {"stage": "sal", "reached": 2, "current": 1},
        {"stage": "sql", "reached": 1, "current": 0},
        {"stage": "won", "reached": 1, "current": 1},
    ]
    assert {(c["from"], c["to"]): c["rate"] for c in body["conversion"]} == {
        ("mql", "tql"): 0.0,
        ("mql", "sal"): 2 / 3,
        ("tql", "sal"): None,
        ("sal", "sql"): 0.5,
        ("sql", "won"): 1.0,
        ("mql", "won"): 1 / 3,
    }
    assert sorted(body["rejections"], key=lambda r: r["reason"]) == [
        {"reason": "no_answer", "category": "not_reachable", "count": 1},
        {"reason": "no_need", "category": "not_qualified", "count": 1},
    ]


def test_it_filters_by_source_product_line_and_owner(api, manager, rep, cohort):
    ProductLineFactory(code="crm")
    client = api(manager)

    assert client.get(URL, {**JAN, "source": "web"}).json()["cohort"]["leads"] == 2
    assert client.get(URL, {**JAN, "owner": "rep2"}).json()["cohort"]["leads"] == 1
    assert client.get(URL, {**JAN, "product_line": "crm"}).json()["cohort"]["leads"] == 0


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"created_after": "2026-13-01"}, "created_after"),
        ({"created_before": "31/01/2026"}, "created_before"),
        ({"created_after": "2026-02-01", "created_before": "2026-01-01"}, "created_before"),
        ({"source": "no-such-source"}, "source"),
        ({"owner": "nobody"}, "owner"),
        # Past Python's dates once a day or a time zone is added: these were 500s.
        ({"created_before": "9999-12-31"}, "created_before"),
        ({"created_before": "0001-01-01"}, "created_before"),
        ({"created_after": "0001-01-01", "created_before": "2026-01-01"}, "created_after"),
        ({"created_after": "1900-01-01", "created_before": "2026-01-01"}, "created_before"),
    ],
)
def test_bad_filters_are_400_with_field_messages(api, manager, params, field):
    response = api(manager).get(URL, params)

    assert response.status_code == 400
    assert list(response.json()) == [field]
    assert response.json()[field][0]


def test_the_window_defaults_to_the_last_90_days(api, manager, time_machine):
    time_machine.move_to(datetime(2026, 3, 31, 12, tzinfo=UTC), tick=False)

    cohort = api(manager).get(URL).json()["cohort"]

    assert (cohort["created_after"], cohort["created_before"]) == ("2026-01-01", "2026-03-31")


def test_a_rep_sees_only_their_own_leads(api, rep, cohort):
    response = api(rep).get(URL, JAN)

    assert response.status_code == 200
    assert response.json()["cohort"]["leads"] == 2
    assert api(rep).get(URL, {**JAN, "owner": "rep"}).json()["cohort"]["leads"] == 2


def test_a_sdr_sees_only_their_own_leads(api, sdr, cohort):
    assert api(sdr).get(URL, JAN).json()["cohort"]["leads"] == 0


@pytest.mark.parametrize("role", ["rep", "sdr", "marketer"])
def test_only_managers_see_other_peoples_figures(api, users, role, cohort):
    client = api(users[role])

    assert client.get(URL, {**JAN, "owner": "rep2"}).status_code == 403
    assert client.get(URL, {**JAN, "team": "1"}).status_code == 403


def test_a_marketer_sees_the_whole_funnel(api, marketer, cohort):
    assert api(marketer).get(URL, JAN).json()["cohort"]["leads"] == 4


def test_admins_see_everything(api, admin_user, cohort):
    assert api(admin_user).get(URL, {**JAN, "owner": "rep"}).json()["cohort"]["leads"] == 2


def test_anonymous_and_role_less_users_are_refused(api, outsider):
    assert api().get(URL).status_code in (401, 403)
    assert api(outsider).get(URL).status_code == 403


def test_the_token_authenticates(client, manager):
    from leads.api_tokens import token_issue

    token = token_issue(user=manager)
    assert client.get(URL, HTTP_AUTHORIZATION=f"Token {token}").status_code == 200


@pytest.mark.parametrize("leads", [10, 200])
def test_queries_do_not_grow_with_the_data(api, manager, django_assert_max_num_queries, leads):
    LeadSourceFactory(code="website")
    day = at("2026-01-10")
    for n in range(leads):
        history(day, ("mql", day), ("nurture", day, "no_answer" if n % 2 else "no_budget"))
    client = api(manager)

    with django_assert_max_num_queries(8):
        body = client.get(URL, {**JAN, "source": "website"}).json()

    assert body["cohort"]["leads"] == 0
    with django_assert_max_num_queries(8):
        body = client.get(URL, JAN).json()
    assert Counter(r["reason"] for r in body["rejections"]) == {"no_answer": 1, "no_budget": 1}
    assert sum(r["count"] for r in body["rejections"]) == leads
