"""A rep's working day in the browser: log a call from the inbox row, add a follow-up task and
finish it, create a lead (warned of a likely duplicate), edit one, and search without accents."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from leads.models import Activity, FollowUp, Lead, LeadChange, Stage, Team
from tests.browser.test_sales import routed
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_rep_logs_a_call_from_the_inbox_row(browse, rep, screenshot):
    lead = routed(rep, first_name="Nadia", last_name="Haddad")
    page = browse(rep)
    row = page.locator(f"#lead-{lead.pk}")
    expect(row).to_contain_text("0 attempts")
    row.locator(f"#log-call-{lead.pk}").click()
    row.get_by_label("Outcome").select_option("voicemail")
    row.get_by_label("Note").fill("Left a message about the demo")
    row.locator(f"#work-submit-{lead.pk}").click()
    expect(page.locator(f"#lead-{lead.pk}-message")).to_contain_text(
        "Call (left a voicemail) logged. 1 call attempt in this stage."
    )
    expect(page.locator(f"#lead-{lead.pk}-work")).to_contain_text("1 attempt")
    assert page.url.endswith("/handoff/inbox/")
    call = Activity.objects.get(lead=lead)
    assert (call.type.code, call.outcome, call.by) == ("call", "voicemail", rep)
    assert lead.assignments.get().first_response_at is not None

    # The lead page shows it in the timeline, with its author's correction for a while.
    page.goto(f"/leads/{lead.pk}/")
    expect(page.locator(f"#activity-{call.pk}")).to_contain_text("Left a message about the demo")
    expect(page.locator("#attempts")).to_have_text("1 call attempt")
    screenshot(page, "lead-work", full_page=True)


def test_the_rep_adds_a_task_and_finishes_it(browse, rep):
    lead = routed(rep, first_name="Tariq", last_name="Aziz")
    page = browse(rep)
    page.goto(f"/leads/{lead.pk}/")
    form = page.locator("#add-task")
    form.get_by_label("Title").fill("Send the quote")
    tomorrow = timezone.localtime(timezone.now() + timedelta(days=1))
    form.get_by_label("Due").fill(tomorrow.strftime("%Y-%m-%dT10:30"))
    form.get_by_role("button", name="Add task").click()
    expect(page.locator("#open-tasks")).to_contain_text("Send the quote")
    task = FollowUp.objects.get(lead=lead)
    assert task.assignee == rep
    # Typed in the user's time zone (their profile's, else the site's), stored in UTC.
    assert timezone.localtime(task.due_at).strftime("%H:%M") == "10:30"

    page.locator("#nav-tasks").click()
    expect(page.locator("#tasks-upcoming")).to_contain_text("Send the quote")
    page.locator(f"#task-done-{task.pk}").click()
    expect(page.locator("#tasks-done")).to_contain_text("Send the quote")
    task.refresh_from_db()
    assert task.done_by == rep


def test_the_rep_creates_a_lead_after_the_duplicate_warning(browse, rep):
    existing = LeadFactory(
        first_name="Chloé",
        last_name="Dubois",
        company="Dubois SA",
        owner=rep,
        team=Team.objects.get(name="Inside Sales"),
    )
    page = browse(rep)
    page.goto("/leads/")
    page.locator("#new-lead").click()
    page.get_by_label("First name").fill("Chloe")
    page.get_by_label("Last name").fill("DUBOIS")
    page.get_by_label("Company", exact=True).fill("dubois sa")
    page.get_by_label("Phone").fill("01 42 68 53 00")
    page.get_by_label("Country").fill("France")
    page.get_by_role("button", name="Create lead").click()
    warning = page.locator("#duplicate-warning")
    expect(warning).to_contain_text("This may be a lead you already have")
    expect(warning.locator(f"#duplicate-{existing.pk}")).to_have_attribute(
        "href", f"/leads/{existing.pk}/"
    )
    page.get_by_role("button", name="Save a new lead anyway").click()
    expect(page.locator("h1")).to_have_text("Chloe DUBOIS")
    created = Lead.objects.exclude(pk=existing.pk).get()
    assert (created.owner, created.phone) == (rep, "+33142685300")


def test_the_owner_edits_a_typo_and_the_history_keeps_it(browse, rep):
    lead = LeadFactory(
        stage=Stage.SAL, owner=rep, first_name="Jon", last_name="Smith", city="Lodnon"
    )
    page = browse(rep)
    page.goto(f"/leads/{lead.pk}/")
    page.locator("#edit-lead").click()
    page.get_by_label("City").fill("London")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".timeline")).to_contain_text("Lodnon → London")
    assert Lead.objects.get(pk=lead.pk).city == "London"
    assert LeadChange.objects.filter(lead=lead, note="city").exists()


def test_a_search_without_accents_finds_the_accented_name(browse, marketer):
    garcia = LeadFactory(first_name="José", last_name="García", company="Ibérica")
    LeadFactory(first_name="Ada", last_name="Lovelace")
    page = browse(marketer)
    page.goto("/leads/")
    page.get_by_label("Search").fill("jose garcia")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("#match-count")).to_have_text("1 match")
    expect(page.get_by_role("link", name="José García")).to_have_attribute(
        "href", f"/leads/{garcia.pk}/"
    )


def test_keyboard_shortcuts_work_the_inbox(browse, rep):
    first = routed(rep, first_name="First", last_name="Key")
    second = routed(rep, first_name="Second", last_name="Key")
    Lead.objects.filter(pk=second.pk).update(created_at=first.created_at)
    page = browse(rep)
    expect(page.locator("#inbox-shortcuts")).to_be_hidden()
    page.keyboard.press("?")
    expect(page.locator("#inbox-shortcuts")).to_contain_text("accept")
    page.keyboard.press("Escape")
    rows = page.locator("#inbox-waiting tbody tr")
    page.keyboard.press("j")
    expect(rows.nth(0)).to_have_class("inbox-current")
    page.keyboard.press("j")
    expect(rows.nth(1)).to_have_class("inbox-current")
    target = int(rows.nth(1).get_attribute("id").removeprefix("lead-"))
    page.keyboard.press("c")
    expect(page.locator(f"#work-form-{target}")).to_be_visible()
    page.keyboard.press("k")
    accepted = int(rows.nth(0).get_attribute("id").removeprefix("lead-"))
    page.keyboard.press("a")
    expect(page.locator(f"#lead-{accepted}-message")).to_contain_text("is now Sales Accepted Lead")
    assert Lead.objects.get(pk=accepted).stage == Stage.SAL
