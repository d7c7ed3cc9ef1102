"""The one pager partial (handoff/_pager.html) every paged list includes: which parameters its
links keep, when it shows, and what it says."""

from __future__ import annotations

import pytest
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.urls import reverse

from handoff.views.common import Page as HandoffPage
from leads.models import Account
from leads.paging import Page as LeadPage


def _pager(**context) -> str:
    return " ".join(render_to_string("handoff/_pager.html", context).split())


def test_it_keeps_the_query_before_the_page_number():
    page = LeadPage(object_list=[1], number=2, size=1, has_next=True)
    html = _pager(page=page, query="stage=mql&owner=rep1")
    assert 'href="?stage=mql&amp;owner=rep1&page=1">Previous' in html
    assert 'href="?stage=mql&amp;owner=rep1&page=3">Next' in html
    assert '<nav aria-label="Pages" class="mt-3"><ul class="pagination">' in html


def test_it_leaves_no_stray_ampersand_without_a_query():
    html = _pager(page=LeadPage(object_list=[1], number=1, size=1, has_next=True), query="")
    assert 'href="?page=2">Next' in html
    assert "Previous" not in html


def test_it_keeps_the_other_list_and_the_filters_after_the_page_number():
    page = HandoffPage(rows=[1], number=2, has_next=False)
    html = _pager(page=page, param="later", other="page", other_value=3, extra="stage=mql", small=1)
    assert 'href="?later=1&page=3&stage=mql">Previous' in html
    assert 'class="mt-2"><ul class="pagination pagination-sm">' in html


def test_a_single_page_shows_no_pager_unless_always():
    single = HandoffPage(rows=[1], number=1, has_next=False)
    assert _pager(page=single) == ""
    html = _pager(page=single, always=True)
    assert "Page 1</span>" in html and "Previous" not in html and "Next" not in html


def test_a_counted_page_says_of_how_many():
    page = Paginator(list(range(5)), 2).get_page(2)
    assert "Page 2 of 3</span>" in _pager(page=page)
    assert "Page 2</span>" in _pager(page=HandoffPage(rows=[1], number=2, has_next=True))


@pytest.mark.django_db
def test_it_keeps_the_account_search_across_pages(client, marketer):
    Account.objects.bulk_create(Account(name=f"Acme {n:02}") for n in range(51))
    client.force_login(marketer)
    html = client.get(reverse("leads:accounts"), {"q": "acme", "page": 2}).content.decode()
    assert 'href="?q=acme&page=1">Previous' in html
    assert "Page 2 of 2" in html
