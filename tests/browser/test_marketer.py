"""The marketer's day: tune the scoring threshold on a draft and activate it, import a CSV,
promote leads from the queue."""

import re

import pytest
from playwright.sync_api import expect

from leads.models import Lead, Stage
from scoring.models import RescoreRun, ScoringModel
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_marketer_tunes_the_threshold_on_a_draft_and_activates_it(browse, marketer):
    LeadFactory(first_name="Ada", job_title="IT Director", score=58)
    model = ScoringModel.objects.get(is_default=True)

    page = browse(marketer)
    page.goto("/scoring/")
    page.locator(f"#model-{model.pk}").get_by_role("link", name="v1").click()
    page.get_by_role("button", name="Copy to new draft").click()
    expect(page.get_by_role("alert")).to_contain_text("is a new draft copied from v1")
    expect(page.locator(".badge", has_text="Draft")).to_be_visible()

    settings = page.locator("#settings-form")
    settings.get_by_label("Threshold").fill("55")
    settings.get_by_label("Note").fill("Directors convert: a lower bar")
    settings.get_by_role("button", name="Save settings").click()
    expect(page.get_by_role("alert")).to_contain_text("Settings saved.")
    draft = model.versions.get(status="draft")
    assert draft.threshold == 55

    activate = page.locator("#activate-form")
    activate.get_by_label("Note").fill("Threshold 55")
    activate.get_by_role("button", name=re.compile("Activate")).click()
    expect(page.get_by_role("alert")).to_contain_text("is active; its leads are being rescored")
    run = RescoreRun.objects.get(version=draft)
    bar = page.locator(f"#run-{run.pk} .progress-bar")
    expect(bar).to_have_text("100%")
    expect(bar).to_have_class(re.compile(r"\bpct-100\b"))  # width by class (CSP)
    draft.refresh_from_db()
    assert (draft.status, draft.threshold, draft.activated_by) == ("active", 55, marketer)


def test_the_marketer_imports_a_csv_and_reads_the_report(browse, screenshot, marketer, tmp_path):
    csv = tmp_path / "fair-2026.csv"
    csv.write_text(
        "Work Mail,first_name,last_name,country,Booth notes\n"
        "ines@acme.example,Inès,Moreau,FR,wants a demo\n"
        "kofi@initech.example,Kofi,Mensah,GH,\n"
        ",Nobody,Reachable,DE,no contact at all\n"
        "li@hooli.example,Li,Wei,CN,pricing\n",
        encoding="utf-8",
    )
    page = browse(marketer)
    page.goto("/")
    page.get_by_role("link", name="Import").click()
    page.locator("input[type=file]").set_input_files(str(csv))
    page.get_by_role("button", name="Upload and preview").click()

    expect(page.get_by_role("heading", name="Preview: fair-2026.csv")).to_be_visible()
    expect(page.locator("table")).to_contain_text("ines@acme.example")
    # "Work Mail" is not a lead field: it would be kept as an attribute until mapped.
    target = page.get_by_label("Target of Work Mail")
    expect(target).to_have_value("attribute")
    target.select_option("email")
    page.get_by_label("Skip invalid rows").check()
    page.get_by_role("button", name="Import").click()

    bar = page.locator("#import-progress .progress-bar")
    expect(bar).to_have_text("100%")
    expect(page.locator("#count-created")).to_have_text("3")
    expect(page.locator("#count-rejected")).to_have_text("1")
    expect(page.get_by_role("table")).to_contain_text("4")  # the bad row's line number
    screenshot(page, "import-report")
    ines = Lead.objects.get(email="ines@acme.example")
    assert (ines.first_name, ines.country) == ("Inès", "FR")
    assert ines.attributes["Booth notes"] == "wants a demo"
    assert not Lead.objects.filter(last_name="Reachable").exists()


def test_the_marketer_promotes_one_lead_then_several_from_the_queue(browse, marketer):
    one = LeadFactory(first_name="Uno", score=80)
    two = LeadFactory(first_name="Dos", score=75)
    three = LeadFactory(first_name="Tres", score=70)
    LeadFactory(first_name="Cold", score=10)  # far under the threshold: not in the queue

    page = browse(marketer)
    page.goto("/")
    expect(page).to_have_title("Marketer's queue · LeadCRM")
    expect(page.locator("#nav-queue")).to_have_attribute("aria-current", "page")
    expect(page.locator("#queue-table")).not_to_contain_text("Cold")

    page.locator(f"#promote-{one.pk}").click()
    row = page.locator(f"#queue-lead-{one.pk}")
    expect(row).to_contain_text("Promoted to Marketing Qualified Lead.")
    assert Lead.objects.get(pk=one.pk).stage == Stage.MQL

    page.get_by_label(f"Select {two.display_name}").check()
    page.get_by_label(f"Select {three.display_name}").check()
    page.get_by_role("button", name="Promote selected to MQL").click()
    expect(page.get_by_role("alert")).to_contain_text("Promoted 2 leads.")
    assert set(Lead.objects.filter(stage=Stage.MQL).values_list("pk", flat=True)) == {
        one.pk,
        two.pk,
        three.pk,
    }
