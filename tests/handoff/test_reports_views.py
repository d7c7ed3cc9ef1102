"""The report pages (/reports/) and their CSV exports."""

import csv
from datetime import timedelta
from io import StringIO

import pytest
from django.urls import reverse

from handoff.models import Assignment
from handoff.reports.funnel import Rejection
from handoff.reports.tables import csv_cell, rejection_categories_table, rejections_table
from leads.models import Team
from scoring.activation import version_activate
from scoring.models import ScoringModel, ScoringVersion
from tests.factories import LeadFactory, LeadSourceFactory
from tests.handoff.reporting import at, history

pytestmark = pytest.mark.django_db

JAN = {"created_after": "2026-01-01", "created_before": "2026-01-31"}
PAGES = ["funnel", "velocity", "quality"]


def page(name: str) -> str:
    return reverse("reports:page", args=[name])


def export(name: str, table: str) -> str:
    return reverse("reports:export", args=[name, table])


def read_csv(response) -> list[list[str]]:
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(StringIO(response.content.decode())))


@pytest.fixture
def cohort(rep, rep2):
    web = LeadSourceFactory(code="web", name="Website")
    day = at("2026-01-10")
    history(day, ("mql", day), ("sal", day), ("sql", day), ("won", day), source=web, owner=rep)
    history(day, ("mql", day), ("nurture", day, "no_answer"), source=web, owner=rep)
    history(
        day,
        ("mql", day),
        ("disqualified", day, "no_need"),
        owner=rep2,
        campaign='=HYPERLINK("http://x")',
    )


def test_the_dashboard_shows_the_funnel_with_definitions(client, manager, cohort):
    client.force_login(manager)

    response = client.get(page("funnel"), JAN)

    assert response.status_code == 200
    html = response.content.decode()
    for heading in ["Funnel stages", "Conversion", "Rejections by reason", "Moves per week"]:
        assert heading in html
    assert "entered the stage at least once" in html  # each table says what it counts
    assert 'id="report-charts"' in html
    assert "vendor/chartjs/chart.umd.min.js" in html
    assert response.context["funnel"].leads == 3


def test_the_reports_link_is_in_the_navigation(client, manager):
    client.force_login(manager)

    assert reverse("reports:funnel") in client.get(page("funnel")).content.decode()


def test_filters_stay_in_the_links(client, manager, cohort):
    client.force_login(manager)

    html = client.get(page("funnel"), {**JAN, "source": "web"}).content.decode()

    assert "created_after=2026-01-01&amp;created_before=2026-01-31&amp;source=web" in html


def test_definition_changes_are_listed_and_marked(client, manager, time_machine):
    model = ScoringModel.objects.get(is_default=True)
    time_machine.move_to(at("2026-01-12"), tick=False)
    version_activate(
        version=ScoringVersion.objects.create(model=model, threshold=55),
        by=None,
        note="Threshold 60 -> 55",
    )
    time_machine.move_to(at("2026-02-15"), tick=False)
    client.force_login(manager)

    response = client.get(page("funnel"), JAN)

    assert "Threshold 60 -&gt; 55" in response.content.decode()
    markers = response.context["charts"]["flow"]["markers"]
    assert markers == [{"at": "2026-01-12", "label": "Default v2", "note": "Threshold 60 -> 55"}]


def test_bad_filters_show_the_form_errors(client, manager):
    client.force_login(manager)

    response = client.get(page("funnel"), {"created_after": "tomorrow", "tz": "Mars/Base"})

    assert response.status_code == 400
    assert response.context["form"].errors.keys() == {"created_after", "tz"}
    assert "Unknown time zone" in response.content.decode()


def test_the_velocity_page(client, manager, cohort):
    client.force_login(manager)

    response = client.get(page("velocity"), JAN)

    assert response.status_code == 200
    assert "Time in stage" in response.content.decode()
    assert "First response" in response.content.decode()


def test_it_charts_each_stages_median_and_90th_percentile_in_hours(client, manager):
    day = at("2026-01-10")
    for hours in (1, 2, 10):  # MQL stays: median 2 h, 90th percentile 2 + 0.8 * 8 = 8.4 h
        history(day, ("mql", day), ("sal", day + timedelta(hours=hours)))
    client.force_login(manager)

    response = client.get(page("velocity"), JAN)

    table, chart = response.context["tables"][0], response.context["charts"]["velocity"]
    assert chart["labels"] == table.column("Stage")
    mql = chart["labels"].index("Marketing Qualified Lead")
    assert chart["series"]["Median (hours)"][mql] == 2.0
    assert chart["series"]["90th percentile (hours)"][mql] == 8.4
    for series, column in (
        ("Median (hours)", "Median"),
        ("90th percentile (hours)", "90th percentile"),
    ):
        hours = [None if s is None else round(s / 3600, 1) for s in table.column(column)]
        assert chart["series"][series] == hours


def test_the_quality_page_has_every_dimension_for_managers(client, manager, cohort):
    client.force_login(manager)

    response = client.get(page("quality"), JAN)

    slugs = [t.slug for t in response.context["tables"]]
    assert slugs == [
        "quality-source",
        "quality-product-line",
        "quality-campaign",
        "quality-business",
        "quality-team",
        "quality-owner",
        "quality-people",
        "rejections",
        "rejection-categories",
        "not-reachable-attempts",
        "sla-team",
        "sla-rep",
    ]


def _assignment(lead, owner, *, assigned: str, due: str, answered: str | None):
    return Assignment.objects.create(
        lead=lead,
        owner=owner,
        team=Team.objects.get(name="Inside Sales"),
        stage="mql",
        assigned_at=at(assigned),
        due_at=at(due),
        first_response_at=at(answered) if answered else None,
    )


def test_the_quality_page_shows_response_time_compliance(client, manager, rep, rep2):
    leads = LeadFactory.create_batch(4)
    _assignment(leads[0], rep, assigned="2026-01-05", due="2026-01-06", answered="2026-01-05")
    _assignment(leads[1], rep, assigned="2026-01-05", due="2026-01-06", answered="2026-01-07")
    _assignment(leads[2], rep2, assigned="2026-01-05", due="2026-01-06", answered=None)
    _assignment(leads[3], rep2, assigned="2026-02-05", due="2026-02-06", answered=None)
    client.force_login(manager)

    tables = {t.slug: t for t in client.get(page("quality"), JAN).context["tables"]}

    # rep: one in time, one late; rep2: one overdue (February's is outside the window).
    assert tables["sla-rep"].rows == [["rep", 2, 1, 1, 0, 0.5], ["rep2", 1, 0, 0, 1, 0.0]]
    assert tables["sla-team"].rows == [["Inside Sales", 3, 1, 1, 1, 0.333]]
    rows = read_csv(client.get(export("quality", "sla-rep"), JAN))
    assert rows[1] == ["rep", "2", "1", "1", "0", "0.5"]

    client.force_login(rep)
    own = {t.slug: t for t in client.get(page("quality"), JAN).context["tables"]}
    assert "sla-team" not in own
    assert own["sla-rep"].rows == [["rep", 2, 1, 1, 0, 0.5]]


def test_a_marketer_sees_the_marketing_half(client, marketer, cohort):
    client.force_login(marketer)

    quality = client.get(page("quality"), JAN)

    assert [t.slug for t in quality.context["tables"]] == [
        "quality-source",
        "quality-product-line",
        "quality-campaign",
        "quality-business",
        "rejections",
        "rejection-categories",
    ]
    assert "owner" not in quality.context["form"].fields
    assert client.get(page("funnel"), {**JAN, "owner": "rep2"}).context["funnel"].leads == 3
    assert client.get(page("velocity"), JAN).status_code == 403
    assert client.get(export("quality", "quality-owner"), JAN).status_code == 404


@pytest.mark.parametrize("role", ["rep", "sdr"])
def test_reps_and_sdrs_see_their_own_figures(client, users, role, cohort):
    client.force_login(users[role])

    response = client.get(page("funnel"), {**JAN, "owner": "rep2"})

    assert response.status_code == 200
    assert response.context["funnel"].leads == (2 if role == "rep" else 0)
    assert "Your own leads only" in response.content.decode()
    assert client.get(page("velocity"), JAN).status_code == 200
    slugs = [t.slug for t in client.get(page("quality"), JAN).context["tables"]]
    assert "quality-owner" not in slugs


def test_admins_see_everything(client, admin_user, cohort):
    client.force_login(admin_user)

    assert client.get(page("quality"), JAN).context["tables"][5].slug == "quality-owner"


@pytest.mark.parametrize("name", PAGES)
def test_anonymous_users_are_sent_to_log_in(client, name):
    response = client.get(page(name))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert client.get(export(name, "stages")).status_code == 302


@pytest.mark.parametrize("name", PAGES)
def test_users_without_a_role_are_refused(client, outsider, name):
    client.force_login(outsider)

    assert client.get(page(name)).status_code == 403
    assert client.get(export(name, "stages")).status_code == 403


def test_an_unknown_page_or_table_is_404(client, manager):
    client.force_login(manager)

    assert client.get(page("nope")).status_code == 404
    assert client.get(export("funnel", "nope")).status_code == 404


def test_every_table_exports_as_csv(client, manager, cohort):
    client.force_login(manager)
    for name in PAGES:
        for table in client.get(page(name), JAN).context["tables"]:
            response = client.get(export(name, table.slug), JAN)
            assert response.status_code == 200
            assert (
                f'filename="{table.slug}_2026-01-01_2026-01-31.csv"'
                in (response["Content-Disposition"])
            )
            rows = read_csv(response)
            assert rows[0] == [c.title for c in table.columns]
            assert len(rows) == len(table.rows) + 1


def test_the_csv_holds_the_numbers_of_the_page(client, manager, cohort):
    client.force_login(manager)

    rows = read_csv(client.get(export("funnel", "stages"), JAN))

    assert rows == [
        ["Stage", "Reached", "In it now"],
        ["Marketing Qualified Lead", "3", "0"],
        ["Teleprospecting Qualified Lead", "0", "0"],
        ["Sales Accepted Lead", "1", "0"],
        ["Sales Qualified Lead", "1", "0"],
        ["Customer", "1", "1"],
    ]


def test_the_csv_escapes_formulas(client, manager, cohort):
    client.force_login(manager)

    rows = read_csv(client.get(export("quality", "quality-campaign"), JAN))

    assert ['\'=HYPERLINK("http://x")', "1", "1", "0", "0.0", "0", "0", ""] in rows


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "+1"),  # a plain number computes nothing (the lead export's rule too)
        ("-1", "-1"),
        ("-1+A1", "'-1+A1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("a=b", "a=b"),
        (None, ""),
        (0.25, "0.25"),
    ],
)
def test_csv_cell(value, cell):
    assert csv_cell(value) == cell


def test_the_export_refuses_bad_filters(client, manager):
    client.force_login(manager)

    response = client.get(export("funnel", "stages"), {"created_before": "soon"})

    assert response.status_code == 400


@pytest.mark.parametrize("leads", [10, 200])
@pytest.mark.parametrize("name", PAGES)
def test_queries_do_not_grow_with_the_data(
    client, manager, django_assert_max_num_queries, name, leads
):
    day = at("2026-01-10")
    for n in range(leads):
        history(
            day,
            ("mql", day),
            ("sal", at("2026-01-11")),
            ("nurture", at("2026-01-12"), "recycle_timing"),
            campaign=f"c{n % 7}",
        )
    client.force_login(manager)
    client.get(page(name), JAN)  # the session and the user are cached after the first request

    # One query per table: quality has the actor table and the under-attempted rejections.
    with django_assert_max_num_queries(15):
        response = client.get(page(name), JAN)
    assert response.status_code == 200


def test_the_rejections_table_merges_the_reasons_both_lists_share(client, manager):
    day = at("2026-01-10")
    history(day, ("mql", day), ("disqualified", day, "duplicate"))
    history(day, ("disqualified", day, "dq_duplicate"))
    history(day, ("mql", day), ("disqualified", day, "spam"))
    history(day, ("disqualified", day, "dq_spam"))
    client.force_login(manager)
    tables = {t.slug: t for t in client.get(page("quality"), JAN).context["tables"]}
    assert tables["rejections"].rows == [
        ["Duplicate of another lead", "Duplicate", 2],
        ["Spam or fake lead", "Spam", 2],
    ]


def test_it_orders_rejections_by_moves_then_reason_and_categories_by_moves():
    seen = [
        Rejection("a", "Bad timing", "timing", 1),
        Rejection("b", "Spam or fake lead", "spam", 3),
        Rejection("c", "Budget", "timing", 3),
        Rejection("d", "Spam or fake lead", "spam", 1),
    ]

    assert rejections_table(seen).rows == [
        ["Spam or fake lead", "Spam", 4],
        ["Budget", "Timing", 3],
        ["Bad timing", "Timing", 1],
    ]
    # A tie keeps the order the categories came in.
    assert rejection_categories_table(seen).rows == [["Timing", 4], ["Spam", 4]]
    assert rejection_categories_table(seen[1:]).rows == [["Spam", 4], ["Timing", 3]]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"created_before": "9999-12-31"}, "A date between 1900-01-01 and 2999-12-31."),
        ({"created_after": "0001-01-01", "tz": "Asia/Tokyo"}, "A date between 1900-01-01"),
        (
            {"created_after": "1900-01-01", "created_before": "2999-12-31", "period": "month"},
            "A report covers at most 100 years.",
        ),
    ],
)
@pytest.mark.parametrize("name", PAGES)
def test_a_window_past_the_calendar_is_a_form_error_on_the_page_and_its_csv(
    client, manager, name, params, message
):
    # These overflowed Python's dates (a 500); 8,000 years of weeks took the page 52 s.
    client.force_login(manager)
    response = client.get(page(name), params)
    assert response.status_code == 400
    assert message in response.content.decode()
    table = "stages" if name == "funnel" else "velocity" if name == "velocity" else "sla-rep"
    response = client.get(export(name, table), params)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_century_of_weeks_is_still_a_report(client, manager):
    client.force_login(manager)
    window = {"created_after": "2000-01-01", "created_before": "2099-12-31"}
    assert client.get(page("funnel"), window).status_code == 200
