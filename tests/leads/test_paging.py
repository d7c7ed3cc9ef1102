"""The lead list pages without counting every match (leads.paging)."""

import pytest

from leads import paging
from leads.models import Lead
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def test_it_counts_matches_up_to_the_cap_and_says_there_are_more(monkeypatch):
    monkeypatch.setattr(paging, "COUNT_CAP", 5)
    LeadFactory.create_batch(7)
    page = paging.capped_page(Lead.objects.order_by("pk"), "2", 3)
    assert [lead.pk for lead in page.object_list] == list(
        Lead.objects.order_by("pk").values_list("pk", flat=True)[3:6]
    )
    assert (page.number, page.has_next, page.has_previous) == (2, True, True)
    assert (page.count, page.capped) == (5, True)


def test_a_short_list_is_counted_exactly():
    LeadFactory.create_batch(3)
    page = paging.capped_page(Lead.objects.all(), "x", 50)
    assert (page.number, page.count, page.capped, page.has_next) == (1, 3, False, False)


def test_the_list_page_says_how_many_and_pages_on(client, marketer, monkeypatch):
    monkeypatch.setattr(paging, "COUNT_CAP", 60)
    LeadFactory.create_batch(61)
    client.force_login(marketer)
    html = client.get("/leads/").content.decode()
    assert '<span id="match-count">60+ matches</span>' in html
    assert "page=2" in html
    last = client.get("/leads/?page=2").content.decode()
    assert "Page 2" in last and "page=3" not in last
