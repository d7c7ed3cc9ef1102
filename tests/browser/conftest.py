"""Browser journeys: Playwright drives Debian's Chromium against a live test server.

The journeys run in the unit tier (SQLite, in-process tasks) and are marked `browser`. Set
LEADCRM_SCREENSHOTS=DIR (as `make screenshots` does) to keep a screenshot of each main page.
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import connections

CHROMIUM = os.environ.get("LEADCRM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
SCREENSHOTS = os.environ.get("LEADCRM_SCREENSHOTS")


def pytest_collection_modifyitems(items) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium() -> Iterator:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; the ORM calls the tests make
    # between browser steps are ordinary synchronous calls, so Django's async guard is lifted
    # while the browser is up, and only then.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    saved = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    try:
        with sync_playwright() as playwright:
            # Playwright switches the thread to a new context, and Django keeps connections per
            # context: the new connection objects must still know the database's serialized
            # contents, or serialized_rollback has nothing to restore after the first test.
            for alias, contents in saved.items():
                connections[alias]._test_serialized_contents = contents
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture(autouse=True)
def _exact_report_counts(transactional_db) -> None:
    """The flush ending the previous test deletes tables in no set order: when the report counts
    go before the leads, the leads' delete triggers leave negative counts behind. Recount (the
    funnel's hourly counts and the velocity report's stays)."""
    from handoff.reports import rollup, stays

    rollup.rebuild()
    stays.rebuild()


@pytest.fixture
def browse(chromium, live_server):
    """browse(user) -> a page logged in as `user` through the real login form.

    Every page must keep to the Content-Security-Policy: Chromium reports a violation on the
    console ("Refused to execute inline script...", "Refused to apply inline style..."), and
    the test fails on any."""
    contexts = []
    violations: list[str] = []

    def on_console(message) -> None:
        if "Content Security Policy" in message.text or "Refused to" in message.text:
            violations.append(f"{message.page.url if message.page else ''}: {message.text}")

    def open_as(user=None, *, password: str = "secret-pass", viewport=None):
        context = chromium.new_context(
            base_url=live_server.url,
            viewport=viewport or {"width": 1280, "height": 800},
            timezone_id="Europe/Berlin",
        )
        context.set_default_timeout(10_000)
        context.on("console", on_console)
        contexts.append(context)
        page = context.new_page()
        if user is not None:
            page.goto("/accounts/login/")
            page.get_by_label("Username").fill(user.get_username())
            page.get_by_label("Password").fill(password)
            page.get_by_role("button", name="Log in").click()
            page.wait_for_load_state()
        return page

    yield open_as
    for context in contexts:
        context.close()
    assert not violations, "Content-Security-Policy violations:\n" + "\n".join(violations)


@pytest.fixture
def screenshot():
    """screenshot(page, name, full_page=False): keep a PNG of the page when LEADCRM_SCREENSHOTS
    is set (the viewport only, unless the whole page is worth its size)."""

    def take(page, name: str, *, full_page: bool = False) -> None:
        if SCREENSHOTS:
            Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
            # Let charts finish their entry animation before the picture.
            page.wait_for_timeout(600)
            path = str(Path(SCREENSHOTS) / f"{name}.png")
            page.screenshot(path=path, full_page=full_page, animations="disabled")

    return take
