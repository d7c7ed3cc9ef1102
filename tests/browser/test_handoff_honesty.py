"""Journeys for issue 16 ("handoff that does not leak"): a rejected lead cools down instead of
ping-ponging, the SLA survives a reassignment and notifications resolve, pages with moves are
never stale, and an SDR's TQL goes to a named rep and stays readable to the SDR."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from handoff.models import Assignment, Notification
from leads.models import Lead, Stage
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def routed(owner, *, due_in=timedelta(hours=4), **kw) -> Lead:
    lead = LeadFactory(stage=Stage.MQL, owner=owner, team=owner.teams.first(), **kw)
    now = timezone.now()
    Assignment.objects.create(
        lead=lead,
        owner=owner,
        team=lead.team,
        stage=lead.stage,
        assigned_at=now,
        due_at=now + due_in,
    )
    return lead


def test_a_rejected_lead_cools_down_and_an_early_promotion_needs_a_note(browse, rep, marketer):
    lead = routed(rep, first_name="Pia", last_name="Pong", score=90)
    inbox = browse(rep)
    inbox.locator(f"#reject-{lead.pk}").click()
    form = inbox.locator(f"#reject-form-{lead.pk}")
    form.get_by_label("Reason").select_option(label="Uses a competitor, locked in")
    form.get_by_label("Note").fill("Signed with X for 3 years")
    form.get_by_role("button", name="Reject").click()
    expect(inbox.locator(f"#lead-{lead.pk}-message")).to_contain_text("is now Recycled")

    page = browse(marketer)
    expect(page.locator("#queue-table, #queue-empty").first).to_be_visible()
    expect(page.locator(f"#queue-lead-{lead.pk}")).to_have_count(0)  # not back in the queue
    page.goto(f"/leads/{lead.pk}/")
    banner = page.locator("#last-rejection")
    expect(banner).to_contain_text("Sent back by rep")
    expect(banner).to_contain_text("Uses a competitor, locked in")
    expect(banner).to_contain_text("Signed with X for 3 years")
    expect(banner).to_contain_text("Cooling down until")
    promote = page.locator("#move-promote")
    promote.get_by_role("button", name="Promote").click()
    expect(page.locator(".alert-danger")).to_contain_text("cooling down")
    assert Lead.objects.get(pk=lead.pk).stage == Stage.NURTURE
    page.locator("#move-promote").get_by_label("Note").fill("Their contract ends next month")
    page.locator("#move-promote").get_by_role("button", name="Promote").click()
    expect(page.locator(".timeline")).to_contain_text("cool-down override")
    assert Lead.objects.get(pk=lead.pk).stage == Stage.MQL


def test_a_reassigned_overdue_lead_stays_overdue_and_its_notice_resolves(
    browse, manager, rep, rep2
):
    lead = routed(rep, due_in=-timedelta(hours=3), first_name="Late", last_name="Lead")
    Notification.objects.create(
        user=rep2, kind=Notification.Kind.OVERDUE, lead=lead, text="Late Lead still waits."
    )
    boss = browse(manager)
    boss.goto("/handoff/inbox/")
    expect(boss.locator(f"#lead-{lead.pk}")).to_contain_text("overdue by 3 h")
    boss.locator(f"#reassign-{lead.pk}").click()
    boss.get_by_label("New owner").select_option("rep2")
    boss.locator(f"#reassign-submit-{lead.pk}").click()
    row = boss.locator(f"#lead-{lead.pk}")
    expect(row).to_contain_text("is now assigned to rep2")
    expect(row).to_contain_text("overdue by 3 h")  # not a fresh "20 h left"

    page = browse(rep2)
    expect(page.locator("#unread-count")).to_be_visible()
    page.locator(f"#accept-{lead.pk}").click()
    expect(page.locator(f"#lead-{lead.pk}-message")).to_contain_text("Sales Accepted Lead")
    expect(page.locator(f"#lead-{lead.pk} .badge.text-bg-danger")).to_have_count(0)
    page.goto("/handoff/notifications/")
    expect(page.locator("#notification-list")).to_contain_text("answered")
    expect(page.locator("#unread-count")).to_have_count(0)


def test_back_shows_the_move_and_a_second_click_says_it_was_yours(browse, rep):
    lead = routed(rep, first_name="Ada", last_name="Back")
    page = browse(rep)
    other_tab = page.context.new_page()
    other_tab.goto("/handoff/inbox/")  # the same inbox, left open in another tab
    page.locator(f"#accept-{lead.pk}").click()
    expect(page.locator(f"#lead-{lead.pk}-message")).to_contain_text("Sales Accepted Lead")
    page.locator(f"#lead-{lead.pk} a", has_text="Ada Back").click()
    expect(page.locator("h1")).to_contain_text("Ada Back")
    page.go_back()
    row = page.locator(f"#lead-{lead.pk}")
    expect(row).to_have_attribute("data-stage", "sal")  # fetched again, not from the cache
    expect(page.locator(f"#accept-{lead.pk}")).to_have_count(0)

    other_tab.locator(f"#accept-{lead.pk}").click()
    expect(other_tab.locator(f"#lead-{lead.pk}-message")).to_contain_text(
        "You already accepted this lead at"
    )
    assert Lead.objects.get(pk=lead.pk).stage_changes.filter(action="accept").count() == 1


def test_the_sdr_hands_a_tql_to_a_named_rep_and_can_still_read_it(browse, sdr, rep, rep2):
    lead = routed(sdr, first_name="Tomás", last_name="Ruiz")
    page = browse(sdr)
    page.locator(f"#lead-{lead.pk}").get_by_role("button", name="Qualify to TQL").click()
    message = page.locator(f"#lead-{lead.pk}-message")
    expect(message).to_contain_text("is now a Teleprospecting Qualified Lead, handed to rep")
    owner = Lead.objects.select_related("owner").get(pk=lead.pk).owner
    assert owner in (rep, rep2)
    page.locator(f"#lead-{lead.pk} a", has_text="Tomás Ruiz").click()
    expect(page.locator("h1")).to_contain_text("Tomás Ruiz")  # no 404 any more
    expect(page.get_by_text("There is no move you can make")).to_be_visible()
    page.goto("/handoff/inbox/")
    page.locator("#handed-over-link").click()
    row = page.locator(f"#handed-{lead.pk}")
    expect(row).to_contain_text("Tomás Ruiz")
    expect(row).to_contain_text(owner.get_username())
