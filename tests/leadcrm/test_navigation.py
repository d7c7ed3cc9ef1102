import re

import pytest

pytestmark = pytest.mark.django_db


def _nav(html: str) -> list[str]:
    """The role's pages in menu order: the bar's links, then those under "More"."""
    return re.findall(r'class="(?:nav-link|dropdown-item)[^"]*" id="(nav-[a-z]+)"', html)


def _more(html: str) -> list[str]:
    return re.findall(r'class="dropdown-item[^"]*" id="(nav-[a-z]+)"', html)


def test_each_role_sees_its_pages_in_the_order_of_its_day(client, users):
    expected = {
        "marketer": [
            "nav-queue", "nav-leads", "nav-accounts", "nav-scoring", "nav-import", "nav-sources",
        ],
        "sdr": ["nav-inbox", "nav-leads", "nav-accounts", "nav-reports"],
        "rep": ["nav-inbox", "nav-leads", "nav-accounts", "nav-reports"],
        "manager": [
            "nav-reports", "nav-inbox", "nav-leads", "nav-accounts", "nav-routing", "nav-duplicates",
        ],
    }  # fmt: skip
    for name, first in expected.items():
        client.force_login(users[name])
        nav = _nav(client.get("/leads/").content.decode())
        assert nav[: len(first)] == first, name
    client.force_login(users["rep"])
    assert "nav-scoring" not in _nav(client.get("/leads/").content.decode())


def test_the_current_page_is_marked_active(client, marketer):
    client.force_login(marketer)
    html = client.get("/scoring/").content.decode()
    assert 'class="nav-link active" id="nav-scoring" href="/scoring/" aria-current="page"' in html
    assert html.count('aria-current="page"') == 1
    html = client.get("/leads/imports/").content.decode()
    assert 'class="nav-link active" id="nav-import"' in html


def test_a_user_without_a_role_gets_no_menu(client, outsider):
    client.force_login(outsider)
    html = client.get("/api/v1/docs/").content.decode()
    assert _nav(html) == []


def test_deleted_leads_are_in_the_menu_of_those_who_restore_them(client, users):
    for name, shown in [("manager", True), ("admin", True), ("marketer", False), ("rep", False)]:
        client.force_login(users[name])
        assert ("nav-deleted" in _nav(client.get("/leads/").content.decode())) is shown, name


def test_pages_past_the_first_six_sit_under_more(client, users):
    client.force_login(users["manager"])
    html = client.get("/leads/").content.decode()
    assert _more(html) == ["nav-rejected", "nav-scoring", "nav-deleted", "nav-tasks"]
    assert ">Admin<" not in html.split('id="nav-more"')[0]  # Admin and API are under More too
    client.force_login(users["rep"])
    html = client.get("/leads/").content.decode()
    assert _more(html) == []
    assert 'id="nav-more"' in html and ">API<" in html


def test_more_is_marked_when_the_current_page_is_under_it(client, manager):
    client.force_login(manager)
    html = client.get("/leads/deleted/").content.decode()
    assert 'class="nav-link dropdown-toggle active" id="nav-more"' in html
    assert 'class="dropdown-item active" id="nav-deleted"' in html
    html = client.get("/leads/").content.decode()
    assert 'class="nav-link dropdown-toggle" id="nav-more"' in html
