"""Abuse is refused: login throttling, API rate limits, CSRF, escaping, security headers."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework.throttling import SimpleRateThrottle

from leads.models import Lead, Stage
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"


def _login(client: Client, username: str, password: str):
    return client.post(LOGIN, {"username": username, "password": password})


def test_it_locks_a_login_out_after_five_failures(client, rep, rep2):
    for _ in range(4):
        assert _login(client, "rep", "wrong").status_code == 200
    response = _login(client, "rep", "wrong")
    assert response.status_code == 429
    # Locked: even the right password is refused now, with a page that says why.
    response = _login(client, "rep", "secret-pass")
    assert response.status_code == 429
    assert b"Too many failed logins" in response.content
    assert "_auth_user_id" not in client.session
    # Another account from the same address is not locked with it.
    assert _login(Client(), "rep2", "secret-pass").status_code == 302


def test_a_successful_login_resets_the_count(client, rep):
    for _ in range(4):
        _login(client, "rep", "wrong")
    assert _login(client, "rep", "secret-pass").status_code == 302
    client.logout()
    for _ in range(4):
        assert _login(client, "rep", "wrong").status_code == 200
    assert _login(client, "rep", "secret-pass").status_code == 302


def test_the_api_answers_429_past_the_users_budget(rate_window, api, marketer, monkeypatch):
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "user", "3/min")
    client = api(marketer)
    statuses = [client.get("/api/v1/reasons/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.get("/api/v1/reasons/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0


def test_the_api_limits_anonymous_callers_by_address(rate_window, api, monkeypatch):
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "anon", "2/min")
    client = api()
    # Only public endpoints reach the throttle for anonymous callers; the rest answer 401 first.
    statuses = [client.get("/api/v1/schema/").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_every_form_post_needs_the_csrf_token(rep):
    lead = LeadFactory(stage=Stage.MQL, owner=rep)
    client = Client(enforce_csrf_checks=True)
    client.force_login(rep)
    response = client.post(f"/leads/{lead.pk}/move/accept/", {"expected_stage": "mql"})
    assert response.status_code == 403
    assert Lead.objects.get(pk=lead.pk).stage == Stage.MQL
    page = client.get(f"/leads/{lead.pk}/")
    token = page.context["csrf_token"]
    response = client.post(
        f"/leads/{lead.pk}/move/accept/", {"expected_stage": "mql", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert Lead.objects.get(pk=lead.pk).stage == Stage.SAL


def test_pages_send_the_security_headers(client, marketer):
    client.force_login(marketer)
    response = client.get("/leads/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    policy = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == policy["style-src"] == "'self'"
    assert policy["object-src"] == policy["frame-ancestors"] == "'none'"


def test_no_template_carries_inline_script_or_style():
    # The policy refuses them: the browser tests would catch one on the pages they open, this
    # catches it on every page.
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "templates"
    inline = re.compile(
        r"<script(?![^>]*\bsrc=)(?![^>]*application/json)|<style|\sstyle=\"|\son[a-z]+="
    )
    found = [
        f"{path.relative_to(root)}: {match.group()}"
        for path in root.rglob("*.html")
        if path.name != "webform_snippet.html"  # shown as text, embedded on customers' sites
        for match in inline.finditer(path.read_text())
    ]
    assert not found, found


HOSTILE = st.sampled_from(
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "javascript:alert(1)",
        "</textarea><svg onload=alert(1)>",
        "{{ 7*7 }}{% now 'Y' %}",
    ]
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    hostile=HOSTILE,
    # Any text a person could type; NUL never reaches the database (PostgreSQL refuses it).
    filler=st.text(
        st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=20
    ),
)
def test_user_text_is_always_escaped(client, manager, hostile, filler):
    text = (filler + hostile)[:100]
    lead = LeadFactory(first_name=text, company=text, job_title=text, attributes={"note": text})
    client.force_login(manager)
    for url in ("/leads/", f"/leads/{lead.pk}/"):
        body = client.get(url).content.decode()
        assert "<script>alert(1)" not in body
        assert "<img src=x" not in body
        assert "<svg onload" not in body


def _login_from(address: str, username: str, password: str, *, proxy: str = ""):
    """A login from `address`: directly, or through the TLS proxy at `proxy`, which appends
    the client's address to X-Forwarded-For."""
    meta = {"REMOTE_ADDR": proxy, "HTTP_X_FORWARDED_FOR": address} if proxy else {}
    meta = meta or {"REMOTE_ADDR": address}
    return Client(**meta).post(LOGIN, {"username": username, "password": password})


def test_one_password_sprayed_over_many_usernames_locks_the_address(settings, users):
    settings.AXES_ADDRESS_FAILURE_LIMIT = 20
    statuses = [
        _login_from("203.0.113.7", f"user{n}", "Summer2026!").status_code for n in range(20)
    ]
    assert statuses == [200] * 19 + [429]
    # Even a real account with its right password is refused from that address now...
    assert _login_from("203.0.113.7", "rep", "secret-pass").status_code == 429
    # ...and only from that address.
    assert _login_from("203.0.113.8", "rep", "secret-pass").status_code == 302


def test_a_username_attacked_from_many_addresses_is_locked(rep):
    statuses = [_login_from(f"198.51.100.{n}", "rep", "wrong").status_code for n in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    assert _login_from("198.51.100.99", "rep", "secret-pass").status_code == 429


def test_behind_the_proxy_each_client_is_counted_on_its_own(settings, rep, rep2):
    settings.PROXY_COUNT = 1
    proxy = "10.0.0.1"
    for n in range(19):
        assert _login_from(f"203.0.113.{n}", f"nobody{n}", "x", proxy=proxy).status_code == 200
    # 19 failures came through the proxy, each from another client: nobody is locked out.
    assert _login_from("203.0.113.200", "rep2", "secret-pass", proxy=proxy).status_code == 302
    # A client cannot pick its address: what it writes into X-Forwarded-For itself is ignored.
    spoofed = "1.2.3.4, 203.0.113.50"
    for _ in range(20):
        _login_from(spoofed, "ghost", "x", proxy=proxy)
    assert _login_from("203.0.113.50", "rep", "secret-pass", proxy=proxy).status_code == 429
    assert _login_from("1.2.3.4", "rep", "secret-pass", proxy=proxy).status_code == 302


def test_a_successful_login_forgives_only_that_usernames_failures(settings, rep):
    settings.AXES_ADDRESS_FAILURE_LIMIT = 6
    for n in range(5):
        _login_from("203.0.113.9", f"user{n}", "x")
    assert _login_from("203.0.113.9", "rep", "secret-pass").status_code == 302
    # The sprayer's own successful login did not wipe the address's five failures.
    assert _login_from("203.0.113.9", "user9", "x").status_code == 429


def test_the_api_throttle_counts_by_the_client_behind_the_proxy(
    rate_window, api, settings, monkeypatch
):
    settings.PROXY_COUNT = 1
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "anon", "2/min")

    def get(address: str) -> int:
        meta = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": address}
        return api().get("/api/v1/schema/", **meta).status_code

    assert [get("203.0.113.1") for _ in range(3)] == [200, 200, 429]
    assert get("203.0.113.2") == 200
    # Addresses the client writes in front of its own do not buy it a fresh budget.
    assert get("9.9.9.9, 203.0.113.1") == 429
