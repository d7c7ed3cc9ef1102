"""Sales at work in the inbox, moved in place with htmx: the SDR qualifies an MQL to TQL, the
rep accepts one and rejects one, a manager reassigns, and a rep working a stale page hears that
the lead is no longer theirs."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from handoff.models import Assignment
from leads.models import Lead, Stage
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def routed(owner, **kw) -> Lead:
    """An MQL routed to `owner`, its first response due in four hours."""
    lead = LeadFactory(stage=Stage.MQL, owner=owner, team=owner.teams.first(), **kw)
    now = timezone.now()
    Assignment.objects.create(
        lead=lead,
        owner=owner,
        team=lead.team,
        stage=lead.stage,
        assigned_at=now,
        due_at=now + timedelta(hours=4),
    )
    return lead


def test_the_sdr_qualifies_an_mql_to_tql_from_the_queue(browse, sdr):
    lead = routed(sdr, first_name="Tomás", last_name="Ruiz")

    page = browse(sdr)
    expect(page).to_have_title("SDR queue · LeadCRM")
    row = page.locator(f"#lead-{lead.pk}")
    expect(row).to_contain_text("Tomás Ruiz")
    expect(row).to_contain_text("left")  # the response due time
    row.get_by_role("button", name="Qualify to TQL").click()
    expect(page.locator(f"#lead-{lead.pk}-message")).to_contain_text(
        "is now a Teleprospecting Qualified Lead"
    )
    assert page.url.endswith("/handoff/inbox/")  # moved in place, no page load
    assert Lead.objects.get(pk=lead.pk).stage == Stage.TQL


def test_the_rep_accepts_one_and_rejects_one_with_a_reason(browse, rep):
    keen = routed(rep, first_name="Keen", last_name="Buyer")
    student = routed(rep, first_name="Student", last_name="Project")

    page = browse(rep)
    expect(page.locator("#nav-inbox")).to_have_attribute("aria-current", "page")
    page.locator(f"#accept-{keen.pk}").click()
    expect(page.locator(f"#lead-{keen.pk}-message")).to_contain_text("is now Sales Accepted Lead")
    accepted = Lead.objects.get(pk=keen.pk)
    assert (accepted.stage, accepted.owner) == (Stage.SAL, rep)

    page.locator(f"#reject-{student.pk}").click()
    form = page.locator(f"#reject-form-{student.pk}")
    form.get_by_label("Reason").select_option(index=1)
    form.get_by_label("Note").fill("A thesis, no budget")
    form.get_by_role("button", name="Reject").click()
    message = page.locator(f"#lead-{student.pk}-message")
    expect(message).to_contain_text("is now")
    rejected = Lead.objects.get(pk=student.pk)
    assert rejected.stage in (Stage.NURTURE, Stage.DISQUALIFIED)
    expect(message).to_contain_text(f"is now {rejected.get_stage_display()}")
    assert rejected.stage_changes.get(action="reject").note == "A thesis, no budget"


def test_a_rep_on_a_stale_page_hears_the_lead_is_no_longer_theirs(browse, rep, rep2, manager):
    lead = routed(rep2, first_name="Grace", last_name="Hopper")
    stale = browse(rep2)
    expect(stale.locator(f"#lead-{lead.pk}")).to_be_visible()

    # The manager hands the lead to the other rep, who accepts it.
    boss = browse(manager)
    boss.goto("/handoff/inbox/")
    boss.locator(f"#reassign-{lead.pk}").click()
    boss.get_by_label("New owner").select_option("rep")
    boss.locator(f"#reassign-submit-{lead.pk}").click()
    expect(boss.locator(f"#lead-{lead.pk}-message")).to_contain_text("is now assigned to rep")
    other = browse(rep)
    other.locator(f"#accept-{lead.pk}").click()
    expect(other.locator(f"#lead-{lead.pk}-message")).to_contain_text("Sales Accepted Lead")

    stale.locator(f"#accept-{lead.pk}").click()
    # The lead is rep's now: rep2 hears it is no longer theirs, and nothing about it (it used
    # to name the new stage and owner: issue 13, item 2).
    message = stale.locator(f"#lead-{lead.pk}-message")
    expect(message).to_contain_text("no longer yours to see")
    expect(stale.locator(f"#lead-{lead.pk}")).not_to_contain_text("owned by rep")
    final = Lead.objects.get(pk=lead.pk)
    assert (final.stage, final.owner) == (Stage.SAL, rep)
    assert final.stage_changes.filter(action="accept").count() == 1
