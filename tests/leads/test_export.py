"""The lead list's "Export CSV": same filters and visibility as the page, formula-safe cells."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import LeadFactory, LeadSourceFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/leads/export.csv"


def rows_of(response) -> list[dict[str, str]]:
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(body)))


def test_it_streams_every_field_with_stage_owner_score_and_iso_dates(client, manager, rep):
    lead = LeadFactory(
        email="ada@example.com",
        first_name="Zoë",
        company_size=40,
        stage="sal",
        owner=rep,
        score=72,
        attributes={"plan": "pro"},
    )
    client.force_login(manager)

    response = client.get(URL)

    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="leads-')
    (row,) = rows_of(response)
    assert row["id"] == str(lead.pk)
    assert row["email"] == "ada@example.com" and row["first_name"] == "Zoë"
    assert row["company_size"] == "40"
    assert row["stage"] == "sal" and row["owner"] == "rep" and row["score"] == "72"
    assert (row["source"], row["source_code"]) == ("Website", "website")
    assert row["plan"] == "pro" and "attributes" not in row
    assert row["created_at"] == lead.created_at.isoformat()
    assert row["created_at"].endswith("+00:00")


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", "+1+", "-2-"])
def test_a_cell_that_starts_like_a_formula_gets_a_leading_apostrophe(client, marketer, start):
    LeadFactory(first_name=f"{start}HYPERLINK(1)", company="Acme", attributes={"k": "v"})
    client.force_login(marketer)

    (row,) = rows_of(client.get(URL))

    assert row["first_name"] == f"'{start}HYPERLINK(1)"
    assert row["company"] == "Acme"


def test_a_formula_in_the_middle_and_numbers_are_left_alone(client, marketer):
    LeadFactory(first_name="A=B", company_size=0, phone="")
    client.force_login(marketer)

    (row,) = rows_of(client.get(URL))

    assert row["first_name"] == "A=B"
    assert row["company_size"] == "0"


def test_it_exports_what_the_filters_select(client, marketer):
    LeadFactory(email="new@example.com", stage="new", score=80)
    LeadFactory(email="low@example.com", stage="new", score=10)
    LeadFactory(email="mql@example.com", stage="mql", score=90)
    client.force_login(marketer)

    rows = rows_of(client.get(URL, {"stage": "new", "score_min": 50}))

    assert [row["email"] for row in rows] == ["new@example.com"]


def test_the_page_links_the_export_with_its_filters(client, marketer):
    client.force_login(marketer)

    page = client.get("/leads/", {"stage": "new", "page": 2}).content.decode()

    assert 'href="/leads/export.csv?stage=new"' in page


def test_a_rep_exports_only_the_leads_they_may_see(client, rep, rep2):
    mine = LeadFactory(owner=rep)
    LeadFactory(owner=rep2)
    LeadFactory(owner=None, team=None)
    client.force_login(rep)

    rows = rows_of(client.get(URL))

    assert [row["id"] for row in rows] == [str(mine.pk)]


def test_anonymous_is_sent_to_login_and_a_roleless_user_is_refused(client, outsider):
    LeadFactory()

    response = client.get(URL)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]

    client.force_login(outsider)
    assert client.get(URL).status_code == 403


def _queries_to_export(client, count: int) -> int:
    LeadFactory.create_batch(count)
    with CaptureQueriesContext(connection) as queries:
        rows = rows_of(client.get(URL))
    assert len(rows) >= count
    return len(queries)


def test_the_queries_do_not_grow_with_the_rows(client, marketer):
    client.force_login(marketer)

    assert _queries_to_export(client, 10) == _queries_to_export(client, 200)


def test_it_starts_with_a_byte_order_mark_so_excel_reads_utf8(client, marketer):
    LeadFactory(first_name="Zoë", last_name="Ångström")
    client.force_login(marketer)

    body = b"".join(client.get(URL).streaming_content)

    assert body.startswith(b"\xef\xbb\xbfid,email,")
    assert "Zoë,Ångström" in body.decode("utf-8-sig")


def test_phones_and_signed_numbers_are_not_prefixed(client, marketer):
    LeadFactory(phone="+14155550038", first_name="-12.5", last_name="+3")
    client.force_login(marketer)

    (row,) = rows_of(client.get(URL))

    assert (row["phone"], row["first_name"], row["last_name"]) == ("+14155550038", "-12.5", "+3")


def test_source_and_owner_by_name_and_each_attribute_in_its_own_column(client, manager):
    owner = UserFactory(username="jdoe", first_name="Jane", last_name="Doe")
    organic = LeadSourceFactory(code="organic-search", name="Organic Search")
    LeadFactory(
        email="a@example.com", source=organic, owner=owner, attributes={"Plan": "pro", "Seats": 3}
    )
    LeadFactory(email="b@example.com", owner=None, attributes={"email": "x", "Region ID": "EU"})
    client.force_login(manager)

    rows = {row["email"]: row for row in rows_of(client.get(URL))}

    a, b = rows["a@example.com"], rows["b@example.com"]
    assert (a["source"], a["source_code"]) == ("Organic Search", "organic-search")
    assert (a["owner"], a["owner_username"]) == ("Jane Doe", "jdoe")
    assert (a["Plan"], a["Seats"], a["Region ID"], a["attribute: email"]) == ("pro", "3", "", "")
    assert (b["owner"], b["Plan"], b["Region ID"], b["attribute: email"]) == ("", "", "EU", "x")


@pytest.mark.parametrize(
    "query",
    [
        {"owner": "someone-who-left"},
        {"created_after": "2026-13-45"},
        {"score_min": "high"},
        {"stage": "hot"},
        {"search": "x" * 201},
    ],
)
def test_a_filter_it_cannot_read_exports_nothing_and_says_why(client, marketer, query):
    # django-filter drops a filter it cannot read: this exported every lead instead.
    LeadFactory(email="one@example.com")
    client.force_login(marketer)
    response = client.get(URL, query)
    assert response.status_code == 400
    body = response.content.decode()
    assert body.startswith(f"Nothing exported: {next(iter(query))}: ")
    assert "one@example.com" not in body
