"""The lifecycle as people meet it: marketer promotes, rep accepts and rejects, manager
reassigns and reads the history, a user without the right sees nothing."""

import re

import pytest
from playwright.sync_api import expect

from leads.models import Lead, Stage
from tests.factories import LeadFactory, TeamFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_marketer_promotes_and_rep_accepts_and_rejects(browse, marketer, rep):
    team = TeamFactory(name="Inside Sales")
    promoted = LeadFactory(first_name="Ada", last_name="Lovelace", score=72)
    to_accept = LeadFactory(first_name="Grace", last_name="Hopper", stage=Stage.MQL, team=team)
    to_reject = LeadFactory(first_name="Alan", last_name="Turing", stage=Stage.MQL, team=team)

    page = browse(marketer)
    page.goto(f"/leads/{promoted.pk}/")
    page.locator("#move-promote").get_by_role("button", name="Promote to MQL").click()
    expect(page.get_by_role("alert")).to_contain_text("Marketing Qualified Lead")
    assert Lead.objects.get(pk=promoted.pk).stage == Stage.MQL

    page = browse(rep)
    page.goto(f"/leads/{to_accept.pk}/")
    page.locator("#move-accept").get_by_role("button", name="Accept").click()
    expect(page.get_by_role("alert")).to_contain_text("Sales Accepted Lead")
    accepted = Lead.objects.get(pk=to_accept.pk)
    assert (accepted.stage, accepted.owner) == (Stage.SAL, rep)

    page.goto(f"/leads/{to_reject.pk}/")
    reject = page.locator("#move-reject")
    reject.get_by_role("button", name="Reject").click()
    # The browser's own check stops a reject without a reason before it is sent.
    assert Lead.objects.get(pk=to_reject.pk).stage == Stage.MQL
    reject.get_by_label(re.compile("Reason")).select_option(index=1)
    reject.get_by_label("Note").fill("Student project, no budget")
    reject.get_by_role("button", name="Reject").click()
    rejected = Lead.objects.get(pk=to_reject.pk)
    assert rejected.stage in (Stage.NURTURE, Stage.DISQUALIFIED)
    expect(page.get_by_role("alert")).to_contain_text(f"is now {rejected.get_stage_display()}")
    expect(page.locator(".timeline")).to_contain_text("Student project, no budget")


def test_manager_reassigns_and_sees_the_history(browse, manager, rep, rep2):
    lead = LeadFactory(stage=Stage.SAL, owner=rep, team=TeamFactory(name="Inside Sales"))
    page = browse(manager)
    page.goto(f"/leads/{lead.pk}/")
    page.locator("#assign").get_by_label("Owner").select_option(value="rep2")
    page.locator("#assign").get_by_role("button", name="Reassign").click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert Lead.objects.get(pk=lead.pk).owner == rep2
    expect(page.locator(".timeline")).to_contain_text("rep2")


def test_a_rep_cannot_open_another_reps_lead(browse, rep, rep2):
    lead = LeadFactory(stage=Stage.SAL, owner=rep2)
    page = browse(rep)
    response = page.goto(f"/leads/{lead.pk}/")
    assert response.status == 404
    response = page.goto("/admin/")
    assert "/admin/login/" in page.url or response.status in (302, 403)


def test_the_login_page_refuses_a_wrong_password(browse, rep):
    page = browse()
    page.goto("/leads/")
    assert "/accounts/login/" in page.url
    page.get_by_label("Username").fill("rep")
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("form")).to_contain_text("correct username and password")


def test_a_refused_move_says_why_at_the_top_of_the_page(browse, rep):
    """A lost deal without its reason was marked on the form alone, at the foot of a long page,
    while the page came back at its top: nothing on screen said why nothing had happened."""
    lead = LeadFactory(first_name="Gus", last_name="Okafor", stage=Stage.SQL, owner=rep)
    page = browse(rep)
    page.goto(f"/leads/{lead.pk}/")
    close = page.locator("#move-close")
    close.get_by_label("Outcome").select_option("lost")
    close.get_by_role("button", name="Close").click()

    alert = page.locator("main > .alert")
    expect(alert).to_contain_text("Gus Okafor was not moved (Close): Say why the deal was lost.")
    expect(alert).to_be_in_viewport()
    assert Lead.objects.get(pk=lead.pk).stage == Stage.SQL


def test_a_task_refused_says_why_at_the_top_of_the_page(browse, rep):
    lead = LeadFactory(first_name="Dmitri", last_name="Haddad", stage=Stage.SAL, owner=rep)
    page = browse(rep, viewport={"width": 375, "height": 812})
    page.goto(f"/leads/{lead.pk}/")
    page.get_by_label("Title").fill("Follow up")
    page.get_by_label("Due").fill("2020-01-01T10:00")
    page.get_by_role("button", name="Add task").click()

    alert = page.locator("main > .alert")
    expect(alert).to_contain_text("The task was not added: This is more than a day ago")
    expect(alert).to_be_in_viewport()
    assert not lead.followups.exists()
