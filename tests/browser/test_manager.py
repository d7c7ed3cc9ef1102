"""The manager starts on the funnel: its charts are drawn and its table counts what happened;
a person whose role may not open a page is told so."""

import pytest
from playwright.sync_api import expect

from leads.services import lead_accept, lead_promote, lead_reject
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _row(page, table: str, label: str) -> list[str]:
    row = page.locator(f"#{table} tbody tr", has=page.get_by_role("cell", name=label, exact=True))
    return row.locator("td").all_inner_texts()


def test_the_manager_reads_the_funnel_and_its_charts(browse, marketer, rep, manager):
    team = rep.teams.get()
    leads = [LeadFactory(team=team) for _ in range(5)]
    for lead in leads[:4]:
        lead_promote(lead=lead, by=marketer)
    for lead in leads[:3]:
        lead_accept(lead=lead, by=rep)
    lead_reject(lead=leads[3], by=rep, reason="no_budget", note="Frozen")

    page = browse(manager)
    expect(page).to_have_title("Funnel report · LeadCRM")
    expect(page.locator("#nav-reports")).to_have_attribute("aria-current", "page")
    expect(page.get_by_text("Cohort: 5 leads created in the window")).to_be_visible()
    assert _row(page, "stages", "Marketing Qualified Lead")[1:] == ["4", "0"]
    assert _row(page, "stages", "Sales Accepted Lead")[1:] == ["3", "3"]
    # Chart.js drew the funnel: the canvas holds a chart with the table's numbers.
    reached = page.evaluate(
        "() => Chart.getChart(document.querySelector('canvas[data-chart=funnel]'))"
        ".data.datasets[0].data"
    )
    assert reached[:3] == [4, 0, 3]
    expect(page.locator("#rejections")).to_contain_text("No budget")


def test_a_person_who_may_not_see_a_page_is_refused(browse, rep, rep2):
    page = browse(rep)
    response = page.goto("/scoring/")
    assert response.status == 403
    expect(page.get_by_role("heading", name="You may not open this page")).to_be_visible()
    expect(page.locator("#refused")).to_contain_text("marketers and admins")
    assert page.locator("#nav-scoring").count() == 0

    theirs = LeadFactory(stage="sal", owner=rep2)
    response = page.goto(f"/leads/{theirs.pk}/")
    assert response.status == 404
    expect(page.get_by_role("heading", name="Nothing here")).to_be_visible()
    page.get_by_role("link", name="Back to your start page").click()
    expect(page).to_have_title("Inbox · LeadCRM")


def test_the_charts_keep_room_to_plot_on_a_phone(browse, marketer, manager):
    """At 375 px the weekly moves chart was 160 px tall: its seven-name legend and its slanted
    weeks took it all, and every line lay flat on the axis."""
    for lead in LeadFactory.create_batch(3):
        lead_promote(lead=lead, by=marketer)

    page = browse(manager, viewport={"width": 375, "height": 667})
    for chart in ("funnel", "flow"):
        area = page.evaluate(
            f"() => Chart.getChart(document.querySelector('canvas[data-chart={chart}]')).chartArea"
        )
        assert area["bottom"] - area["top"] >= 120, (chart, area)


def test_on_a_phone_the_report_opens_on_its_numbers_and_its_filters_fold_away(browse, manager):
    """The ten filters filled a phone's first screen, the funnel below it."""
    LeadFactory.create_batch(2)
    page = browse(manager, viewport={"width": 375, "height": 667})
    chart = page.locator("canvas[data-chart=funnel]").bounding_box()
    assert chart is not None and chart["y"] < 667, chart
    expect(page.get_by_label("From")).to_be_hidden()
    page.get_by_role("button", name="Filters").click()
    expect(page.get_by_label("From")).to_be_visible()

    page.goto("/reports/velocity/?created_after=not-a-date")
    expect(page.get_by_label("From")).to_be_visible()  # a filter to correct is not hidden
