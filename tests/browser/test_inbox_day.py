"""The inbox for a working day in the browser (issue 15): its work columns at 1280 px and as
cards at 375 px, a manager's bulk accept, and a rep's saved view."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from handoff.models import SavedView
from leads import worklog
from leads.models import FollowUp, Stage, StageChange
from tests.browser.test_phone import PHONE, _no_sideways_scroll, _on_first_screen
from tests.browser.test_sales import routed

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _worked(rep):
    lead = routed(rep, first_name="Ines", last_name="Ortega", company="Ortega Logistics SL")
    worklog.work_log(lead=lead, by=rep, type="note", note="Looked them up")
    FollowUp.objects.create(
        lead=lead, title="Send the quote", due_at=timezone.now() - timedelta(hours=1), assignee=rep
    )
    return lead


def test_the_work_columns_show_at_desktop_width(browse, rep, screenshot):
    lead = _worked(rep)
    page = browse(rep)
    table = page.locator("#inbox-waiting")
    for header in ("Last activity", "Attempts", "Next task", "Why an MQL"):
        expect(table.locator("thead")).to_contain_text(header)
    expect(page.locator(f"#lead-{lead.pk}-last")).to_contain_text("Note")
    expect(page.locator(f"#lead-{lead.pk}-work")).to_have_text("0 attempts")
    expect(page.locator(f"#lead-{lead.pk}-task")).to_contain_text("Due Send the quote")
    # Each its own column: the cells sit side by side on one row.
    last = page.locator(f"#lead-{lead.pk}-last").bounding_box()
    task = page.locator(f"#lead-{lead.pk}-task").bounding_box()
    assert last and task and task["x"] > last["x"] + last["width"] - 1
    assert abs(task["y"] - last["y"]) < 40
    screenshot(page, "inbox-work-columns")


def test_the_work_columns_are_labelled_lines_of_a_phone_card(browse, rep, screenshot):
    lead = _worked(rep)
    page = browse(rep, viewport=PHONE)
    card = page.locator(f"#lead-{lead.pk}")
    _on_first_screen(page, card.locator(f"#accept-{lead.pk}"))
    # The next task's line of the card (its text ends in an ellipsis when long).
    _on_first_screen(page, page.locator(f"#lead-{lead.pk}-task").locator("xpath=.."))
    label = page.evaluate(
        f"getComputedStyle(document.getElementById('lead-{lead.pk}-last'), '::before').content"
    )
    assert "Last activity" in label
    _no_sideways_scroll(page)
    screenshot(page, "inbox-phone-columns")


def test_the_manager_accepts_ticked_leads_at_once(browse, rep, manager, screenshot):
    ticked = [routed(rep, first_name=f"Bulk{i}", last_name="Lead") for i in range(2)]
    left = routed(rep, first_name="Left", last_name="Alone")
    page = browse(manager)
    page.goto("/handoff/inbox/")  # a manager starts on the funnel
    for lead in ticked:
        page.locator(f"#tick-{lead.pk}").check()
    expect(page.locator("#bulk-accept")).to_have_text("Accept (2)")
    page.locator("#bulk-accept").click()
    results = page.locator("#bulk-results")
    for lead in ticked:
        expect(results.locator(f"#bulk-result-{lead.pk}")).to_contain_text("accepted.")
    screenshot(page, "inbox-bulk-accept")
    for lead in ticked:
        lead.refresh_from_db()
        assert lead.stage == Stage.SAL
        assert StageChange.objects.get(lead=lead, action="accept").by == manager
    left.refresh_from_db()
    assert left.stage == Stage.MQL


def test_the_manager_ticks_a_list_with_its_header_box_and_a_row_with_x(browse, rep, manager):
    leads = [routed(rep, first_name=f"Row{i}", last_name="Lead") for i in range(3)]
    page = browse(manager)
    page.goto("/handoff/inbox/")  # a manager starts on the funnel
    page.locator("[data-tick-all='inbox-waiting']").check()
    expect(page.locator("#bulk-accept")).to_have_text("Accept (3)")
    page.locator("[data-tick-all='inbox-waiting']").uncheck()
    page.locator("#inbox-title").click()  # keys typed into a form field are the field's
    page.keyboard.press("j")
    page.keyboard.press("x")
    expect(page.locator(f"#tick-{leads[0].pk}")).to_be_checked()
    expect(page.locator("#bulk-reassign")).to_have_text("Reassign (1)")


def test_the_rep_saves_a_view_and_opens_it_later(browse, rep):
    overdue = routed(rep, first_name="Late", last_name="Lead")
    overdue.assignments.update(due_at=timezone.now() - timedelta(hours=1))
    fine = routed(rep, first_name="Fine", last_name="Lead")
    page = browse(rep)
    page.locator("#inbox-filter-panel summary").click()
    page.get_by_label("Overdue only").check()
    page.get_by_role("button", name="Filter").click()
    expect(page.locator(f"#lead-{fine.pk}")).to_have_count(0)
    page.get_by_label("Name of the view").fill("My overdue")
    page.get_by_role("button", name="Save view").click()
    view = SavedView.objects.get(user=rep)
    assert view.query == "overdue=on"

    page.goto("/handoff/inbox/")
    expect(page.locator(f"#lead-{fine.pk}")).to_be_visible()
    page.locator(f"#saved-view-{view.pk}").get_by_role("link", name="My overdue").click()
    expect(page.locator(f"#lead-{overdue.pk}")).to_be_visible()
    expect(page.locator(f"#lead-{fine.pk}")).to_have_count(0)
    page.locator(f"#saved-view-{view.pk}").get_by_role("button").click()
    expect(page.locator("#no-saved-views")).to_be_visible()
    assert not SavedView.objects.exists()
