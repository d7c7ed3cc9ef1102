import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from leads.models import Lead, StageChange
from tests.factories import LeadFactory, ProductLineFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def web(client):
    def as_user(user):
        client.force_login(user)
        return client

    return as_user


def test_it_sends_anonymous_users_to_the_login_page(client):
    lead = LeadFactory()
    for url in ["/", "/leads/", f"/leads/{lead.pk}/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    response = client.post(f"/leads/{lead.pk}/move/promote/", {"expected_stage": "new"})
    assert response.status_code == 302
    assert Lead.objects.get(pk=lead.pk).stage == "new"


def test_it_refuses_a_user_without_a_role(web, outsider):
    lead = LeadFactory()
    client = web(outsider)
    assert client.get("/").status_code == 403
    assert client.get("/leads/").status_code == 403
    assert client.get(f"/leads/{lead.pk}/").status_code == 403


def test_the_login_page_logs_in(client, marketer):
    assert client.get("/accounts/login/").status_code == 200
    response = client.post(
        "/accounts/login/", {"username": "marketer", "password": "secret-pass"}, follow=True
    )
    assert response.status_code == 200
    assert response.redirect_chain[0][0] == "/"


@pytest.mark.parametrize(
    ("role", "start"),
    [
        ("marketer", "/handoff/queue/"),
        ("sdr", "/handoff/inbox/"),
        ("rep", "/handoff/inbox/"),
        ("manager", "/reports/"),
        ("admin", "/leads/"),
    ],
)
def test_home_sends_each_role_to_its_start(web, users, role, start):
    response = web(users[role]).get("/")
    assert response.status_code == 302
    assert response["Location"].startswith(start)


def test_home_falls_back_to_the_lead_list_without_a_start_page(web, marketer, settings):
    settings.LEADCRM_HOME_URLS = {}
    response = web(marketer).get("/")
    assert response["Location"].startswith("/leads/?stage=new&stage=nurture")


def test_the_list_shows_and_filters_leads(web, marketer):
    LeadFactory(first_name="Ada", last_name="Lovelace", stage="mql", score=88)
    LeadFactory(first_name="Bob", last_name="Builder", stage="new", score=10)

    response = web(marketer).get("/leads/", {"stage": "mql"})

    assert response.status_code == 200
    assert b"Ada Lovelace" in response.content
    assert b"Bob Builder" not in response.content


def test_the_list_shows_an_empty_state(web, marketer):
    response = web(marketer).get("/leads/", {"stage": "won"})
    assert b"No leads match these filters" in response.content


def test_a_filter_the_list_cannot_read_lists_nothing_next_to_its_error(web, marketer, rep):
    LeadFactory(first_name="Ada", last_name="Lovelace", owner=rep)

    response = web(marketer).get("/leads/", {"owner": "someone-who-left"})

    assert response.status_code == 400
    assert response.context["filter"].errors["owner"]
    assert b"Ada Lovelace" not in response.content
    assert b"No leads match these filters" in response.content


def test_a_rep_cannot_open_another_reps_lead(web, rep, rep2):
    lead = LeadFactory(owner=rep2)
    assert web(rep).get(f"/leads/{lead.pk}/").status_code == 404


def test_the_detail_shows_history_and_the_moves_the_user_may_make(web, marketer):
    lead = LeadFactory(stage="new", attributes={"budget_band": "50k+"})

    response = web(marketer).get(f"/leads/{lead.pk}/")

    assert response.status_code == 200
    assert b"budget_band" in response.content
    assert b'id="move-promote"' in response.content
    assert b'id="move-disqualify"' in response.content
    assert b'id="move-accept"' not in response.content


def test_a_marketer_promotes_from_the_page(web, marketer):
    lead = LeadFactory(stage="new")

    response = web(marketer).post(
        f"/leads/{lead.pk}/move/promote/",
        {"expected_stage": "new", "note": "webinar star"},
        follow=True,
    )

    assert response.status_code == 200
    assert b"is now Marketing Qualified Lead" in response.content
    change = StageChange.objects.get(lead=lead)
    assert (change.to_stage, change.by, change.via, change.note) == (
        "mql",
        marketer,
        "ui",
        "webinar star",
    )


def test_a_reject_without_a_reason_is_a_form_error(web, rep):
    lead = LeadFactory(stage="mql", owner=rep)

    response = web(rep).post(f"/leads/{lead.pk}/move/reject/", {"expected_stage": "mql"})

    assert response.status_code == 400
    assert b"This field is required" in response.content
    assert Lead.objects.get(pk=lead.pk).stage == "mql"


def test_a_rep_rejects_with_a_reason(web, rep):
    lead = LeadFactory(stage="mql", owner=rep)

    web(rep).post(
        f"/leads/{lead.pk}/move/reject/",
        {"expected_stage": "mql", "reason": "no_budget", "note": "maybe next year"},
    )

    change = StageChange.objects.get(lead=lead)
    assert (change.to_stage, change.reason.code, change.note) == (
        "nurture",
        "no_budget",
        "maybe next year",
    )


def test_it_says_so_when_someone_else_moved_the_lead_first(web, rep):
    lead = LeadFactory(stage="sal", owner=rep)  # the page was opened while it was an MQL

    response = web(rep).post(
        f"/leads/{lead.pk}/move/accept/", {"expected_stage": "mql"}, follow=True
    )

    assert b"Someone else moved this lead first" in response.content
    assert not StageChange.objects.exists()


def test_a_forbidden_move_is_a_403(web, marketer):
    lead = LeadFactory(stage="mql")

    response = web(marketer).post(f"/leads/{lead.pk}/move/accept/", {"expected_stage": "mql"})

    assert response.status_code == 403
    assert Lead.objects.get(pk=lead.pk).stage == "mql"


def test_a_manager_reassigns_from_the_page(web, manager, rep, rep2):
    lead = LeadFactory(stage="mql", owner=rep)

    web(manager).post(f"/leads/{lead.pk}/assign/", {"owner": "rep2", "note": "cover"})

    assert Lead.objects.get(pk=lead.pk).owner == rep2


def test_a_rep_cannot_reassign(web, rep, rep2):
    lead = LeadFactory(stage="mql", owner=rep)

    response = web(rep).post(f"/leads/{lead.pk}/assign/", {"owner": "rep2"})

    assert response.status_code == 403
    assert Lead.objects.get(pk=lead.pk).owner == rep


def _page_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_the_list_page_uses_the_same_queries_for_10_and_200_leads(web, marketer, rep):
    line = ProductLineFactory()
    LeadFactory.create_batch(10, owner=rep, product_line=line)
    client = web(marketer)
    small = _page_queries(client, "/leads/")
    LeadFactory.create_batch(190, owner=rep, product_line=line)
    assert _page_queries(client, "/leads/") == small


def test_the_detail_page_uses_the_same_queries_for_short_and_long_histories(web, manager):
    lead = LeadFactory(stage="mql")
    client = web(manager)
    short = _page_queries(client, f"/leads/{lead.pk}/")
    for _ in range(5):
        client.post(f"/leads/{lead.pk}/move/accept/", {"expected_stage": "mql"})
        client.post(
            f"/leads/{lead.pk}/move/recycle/",
            {"expected_stage": "sal", "reason": "recycle_timing"},
        )
        Lead.objects.filter(pk=lead.pk).update(stage="mql")  # test shortcut back to the start
    assert StageChange.objects.filter(lead=lead).count() == 10
    assert _page_queries(client, f"/leads/{lead.pk}/") == short


def test_the_timeline_shows_moves_changes_and_activities_newest_first(web, manager, rep):
    from leads.models import Activity, ActivityType

    lead = LeadFactory(stage="mql")
    Activity.objects.create(
        lead=lead,
        type=ActivityType.objects.get(code="webinar_attended"),
        occurred_at="2020-01-01T00:00:00Z",
    )
    client = web(manager)
    client.post(f"/leads/{lead.pk}/move/accept/", {"expected_stage": "mql"})
    client.post(f"/leads/{lead.pk}/assign/", {"owner": "rep"})

    html = client.get(f"/leads/{lead.pk}/").content.decode()

    assert html.index("Owner changed") < html.index("mql → sal") < html.index("Attended a webinar")


def test_the_lead_list_sorts_by_a_column_header_and_flips_it(web, marketer):
    LeadFactory(first_name="Ann", last_name="Zeta", stage="sal", score=10)
    LeadFactory(first_name="Bob", last_name="Alpha", stage="new", score=90)
    LeadFactory(first_name="Cy", last_name="Mu", stage="mql", score=50)
    client = web(marketer)

    def names(ordering: str) -> list[str]:
        page = client.get("/leads/", {"ordering": ordering}).context["page"]
        return [lead.last_name for lead in page.object_list]

    assert names("name") == ["Alpha", "Mu", "Zeta"]
    assert names("-score") == ["Alpha", "Mu", "Zeta"]
    assert names("stage") == ["Alpha", "Mu", "Zeta"]  # funnel order: new, mql, sal
    assert names("-stage") == ["Zeta", "Mu", "Alpha"]
    html = client.get("/leads/", {"ordering": "-score", "stage": "new"}).content.decode()
    assert 'href="?ordering=score&amp;stage=new">Score ▼</a>' in html
    assert 'href="?ordering=name&amp;stage=new">Lead <span class="sort-idle"' in html


def test_sorting_the_list_adds_no_queries(web, marketer, rep):
    LeadFactory.create_batch(30, owner=rep)
    client = web(marketer)
    plain = _page_queries(client, "/leads/")
    for ordering in ("name", "-stage", "score", "-created"):
        assert _page_queries(client, f"/leads/?ordering={ordering}") == plain, ordering


def test_the_close_form_lists_winning_and_losing_reasons_apart(web, rep):
    lead = LeadFactory(stage="sql", owner=rep)
    client = web(rep)

    page = client.get(f"/leads/{lead.pk}/").content.decode()
    select = page[page.index('id="id_close_reason"') :]
    select = select[: select.index("</select>")]
    groups = {part[: part.index('"')]: part for part in select.split('<optgroup label="')[1:]}
    assert 'value="lost_price"' in groups["Lost"] and 'value="won_signed"' not in groups["Lost"]
    assert 'value="won_signed"' in groups["Won"] and 'value="lost_price"' not in groups["Won"]

    client.post(
        f"/leads/{lead.pk}/move/close/",
        {"expected_stage": "sql", "outcome": "lost", "reason": "lost_price"},
    )
    assert StageChange.objects.get(lead=lead).reason.code == "lost_price"
