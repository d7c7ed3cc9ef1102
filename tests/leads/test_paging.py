"""The lead list pages without counting its matches (leads.paging)."""

import pytest

from leads.models import Lead
from leads.paging import page_without_count
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def test_a_middle_page_knows_its_rows_and_that_more_follow():
    LeadFactory.create_batch(7)
    page = page_without_count(Lead.objects.order_by("pk"), "2", 3)
    ids = list(Lead.objects.order_by("pk").values_list("pk", flat=True))
    assert [lead.pk for lead in page.object_list] == ids[3:6]
    assert (page.number, page.has_next, page.has_previous) == (2, True, True)
    assert (page.start_index, page.end_index, page.count) == (4, 6, None)


def test_the_last_page_knows_the_count():
    LeadFactory.create_batch(7)
    page = page_without_count(Lead.objects.order_by("pk"), "3", 3)
    assert (page.has_next, page.count) == (False, 7)
    assert page_without_count(Lead.objects.all(), "x", 50).count == 7


def test_the_list_page_says_which_rows_and_pages_on(client, marketer):
    LeadFactory.create_batch(51)
    client.force_login(marketer)
    html = client.get("/leads/").content.decode()
    assert '<span id="match-count">1–50 of more</span>' in html
    assert "page=2" in html
    last = client.get("/leads/?page=2").content.decode()
    assert '<span id="match-count">51 matches</span>' in last
    assert "page=3" not in last


def test_the_list_page_counts_no_rows(client, marketer, django_assert_max_num_queries):
    LeadFactory.create_batch(3)
    client.force_login(marketer)
    with django_assert_max_num_queries(20) as queries:
        client.get("/leads/")
    counts = [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"]]
    assert not [sql for sql in counts if '"leads_lead"' in sql]
