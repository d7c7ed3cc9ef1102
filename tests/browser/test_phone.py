"""At 375 px (a phone): the inbox, the SDR queue and the marketer's queue are cards with name,
company, score, SLA timer and the primary action on the first screen; no page scrolls sideways;
the notification bell stays in sight."""

import pytest
from playwright.sync_api import expect

from leads.models import Lead, Stage
from scoring.models import ScoringModel
from tests.browser.test_sales import routed
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 375, "height": 667}
# The innermost elements reaching past the right edge, to name the culprit of a failure.
WIDEST = """[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right
  > window.innerWidth + 0.5 && ![...e.children].some(c => c.getBoundingClientRect().right
  > window.innerWidth + 0.5)).slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className
  + ' ' + Math.round(e.getBoundingClientRect().right))"""


def _on_first_screen(page, locator) -> None:
    expect(locator).to_be_visible()
    box = locator.bounding_box()
    assert box is not None
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], box
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box


def _no_sideways_scroll(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    wide = page.evaluate(WIDEST)
    assert width <= PHONE["width"], f"{page.url} is {width} px wide: {wide}"


def test_the_rep_accepts_a_lead_from_the_first_screen(browse, rep, screenshot):
    leads = [
        routed(rep, first_name=f"Lead{i}", last_name="Phone", company="Long Company Name GmbH")
        for i in range(6)
    ]
    page = browse(rep, viewport=PHONE)
    _on_first_screen(page, page.locator("#notification-bell"))
    first = page.locator("#inbox-waiting tbody tr").first
    lead = Lead.objects.get(pk=int(first.get_attribute("id").removeprefix("lead-")))
    _on_first_screen(page, first.get_by_role("link", name=lead.display_name))
    expect(first).to_contain_text("Long Company Name GmbH")
    _on_first_screen(page, first.locator(".score-pill"))
    _on_first_screen(page, first.get_by_text("left"))
    accept = first.locator(f"#accept-{lead.pk}")
    _on_first_screen(page, accept)
    _no_sideways_scroll(page)
    screenshot(page, "phone-inbox")
    accept.click()
    expect(page.locator(f"#lead-{lead.pk}-message")).to_contain_text("is now Sales Accepted Lead")
    assert Lead.objects.get(pk=lead.pk).stage == Stage.SAL
    assert len(leads) == 6


def test_the_sdr_queue_and_the_marketers_queue_are_cards(browse, sdr, marketer):
    lead = routed(sdr, first_name="Sdr", last_name="Card")
    page = browse(sdr, viewport=PHONE)
    _on_first_screen(page, page.locator(f"#tql-{lead.pk}"))
    _no_sideways_scroll(page)

    # New leads over the threshold: the queue's to-do (MQLs wait for sales, not marketing).
    LeadFactory.create_batch(3, stage=Stage.NEW, score=80)
    page = browse(marketer, viewport=PHONE)
    page.goto("/handoff/queue/")
    row = page.locator("#queue-table tbody tr").first
    _on_first_screen(page, row.locator(".score-pill"))
    _on_first_screen(page, row.locator("a").first)
    _no_sideways_scroll(page)


@pytest.mark.parametrize(
    ("who", "paths"),
    [
        ("rep", ["/leads/", "/leads/tasks/", "/leads/new/", "/reports/", "/reports/quality/"]),
        ("manager", ["/handoff/inbox/", "/handoff/routing/check/", "/reports/velocity/"]),
        ("marketer", ["/handoff/rejected/", "/scoring/", "/handoff/notifications/"]),
    ],
)
def test_no_page_scrolls_sideways_on_a_phone(browse, users, rep, who, paths):
    lead = LeadFactory(stage=Stage.SAL, owner=rep)
    page = browse(users[who], viewport=PHONE)
    for path in [*paths, f"/leads/{lead.pk}/"]:
        page.goto(path)
        _on_first_screen(page, page.locator("#notification-bell"))
        _no_sideways_scroll(page)


def test_the_lead_lists_title_keeps_clear_of_its_count_and_buttons(browse, rep):
    """On a phone "Leads" and "1–2 of more" ran together ("Leads1–2 of more")."""
    LeadFactory.create_batch(2, stage=Stage.SAL, owner=rep)
    page = browse(rep, viewport=PHONE)
    page.goto("/leads/")
    title = page.get_by_role("heading", name="Leads").bounding_box()
    count = page.locator("#match-count").bounding_box()
    assert title is not None and count is not None
    same_line = (
        count["y"] < title["y"] + title["height"] and title["y"] < count["y"] + count["height"]
    )
    assert not same_line or count["x"] >= title["x"] + title["width"] + 8, (title, count)
    _on_first_screen(page, page.locator("#new-lead"))


def test_a_scoring_drafts_rules_scroll_in_their_box_not_the_page(browse, marketer):
    """With its Edit and Delete buttons, a draft's rules table made the page 449 px wide."""
    active = ScoringModel.objects.get(is_default=True).versions.get(status="active")
    assert active.rules.count() >= 5
    page = browse(marketer, viewport=PHONE)
    page.goto(f"/scoring/versions/{active.pk}/")
    page.get_by_role("button", name="Copy to new draft").click()
    expect(page.locator(".badge", has_text="Draft")).to_be_visible()
    _no_sideways_scroll(page)


def test_a_lead_list_filter_with_an_error_shows_it_on_a_phone(browse, rep):
    """The filters fold behind a button on a phone: a filter the list cannot read lists nothing,
    so its error must be in sight, not folded away."""
    page = browse(rep, viewport=PHONE)
    page.goto("/leads/?created_after=31.12.2024")
    expect(page.get_by_text("No leads match these filters")).to_be_visible()
    expect(page.locator("#id_created_after")).to_be_visible()
    expect(page.locator(".invalid-feedback, .errorlist").first).to_be_visible()
    _no_sideways_scroll(page)
