"""The Content-Security-Policy holds on the main pages with their vendored scripts (htmx,
Chart.js, Bootstrap, Swagger UI): the `browse` fixture fails a test on any violation Chromium
reports; here each main page is opened, and the behaviour that used inline handlers works."""

import re

import pytest
from playwright.sync_api import expect

from leads.models import Stage
from tests.factories import LeadFactory, LeadSourceFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_main_pages_keep_to_the_policy(browse, marketer, manager):
    LeadFactory.create_batch(3, stage=Stage.NEW, score=80)
    LeadSourceFactory(code="website")
    page = browse(marketer)
    for path in ["/handoff/queue/", "/leads/", "/scoring/", "/leads/imports/", "/api/v1/docs/"]:
        response = page.goto(path)
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
    expect(page.get_by_text("LeadCRM API")).to_be_visible()  # Swagger UI ran

    page.goto("/handoff/queue/")
    page.get_by_label("Select all").check()
    boxes = page.locator("input[name=lead]")
    assert boxes.count() == 3
    assert all(boxes.nth(n).is_checked() for n in range(3))

    page.goto("/leads/sources/")
    key = page.locator("code.text-break").first.inner_text()
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name=re.compile("Rotate")).first.click()
    page.wait_for_load_state("networkidle")
    assert page.locator("code.text-break").first.inner_text() == key  # dismissed: nothing rotated

    reports = browse(manager)
    reports.goto("/reports/")
    reports.wait_for_load_state("networkidle")
    expect(reports.locator("canvas").first).to_be_visible()


def test_the_web_forms_error_page_keeps_to_the_policy(browse):
    source = LeadSourceFactory(code="website")
    page = browse()
    page.goto("/accounts/login/")
    page.evaluate(
        """key => { const f = document.createElement('form'); f.method = 'post';
        f.action = '/f/' + key + '/'; const i = document.createElement('input');
        i.name = 'email'; i.value = 'not-an-address'; f.appendChild(i);
        document.body.appendChild(f); f.submit(); }""",
        source.intake_key,
    )
    page.wait_for_load_state("networkidle")
    expect(page.get_by_role("heading", name="Please check the form")).to_be_visible()
    assert page.evaluate("getComputedStyle(document.body).maxWidth") == "576px"
