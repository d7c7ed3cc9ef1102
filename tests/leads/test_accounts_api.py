"""GET|POST /api/v1/accounts/, GET|PATCH /api/v1/accounts/{id}/, and a lead's `account`."""

from __future__ import annotations

import pytest

from leads.models import Account, AccountDomain, Lead, LeadChange, Stage
from tests.factories import LeadFactory, TeamFactory

pytestmark = pytest.mark.django_db


def _create(client, **body):
    return client.post("/api/v1/accounts/", body, format="json")


def test_it_creates_an_account_with_domains_and_owner(api, marketer, rep):
    response = _create(
        api(marketer), name="Acme, Inc.", domains=["acme.com", "WWW.Acme.io"], owner="rep"
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["name"] == "Acme, Inc."
    assert body["domains"] == ["acme.com", "acme.io"]
    assert body["owner"] == "rep"
    assert body["leads"] == 0
    assert Account.objects.get().normalized_name == "acme"


@pytest.mark.parametrize(
    ("domains", "message"),
    [
        (["gmail.com"], "free-mail"),
        (["mailinator.com"], "free-mail or disposable"),
        (["not a domain"], "not a domain name"),
        (["taken.com"], "already belongs to the account Taken"),
        (["https://www.TAKEN.com/x"], "already belongs to the account Taken"),
    ],
)
def test_it_refuses_bad_domains_with_a_400_naming_them(api, marketer, domains, message):
    assert _create(api(marketer), name="Taken", domains=["taken.com"]).status_code == 201
    response = _create(api(marketer), name="Other", domains=domains)
    assert response.status_code == 400
    assert message in " ".join(response.json()["domains"])
    assert Account.objects.count() == 1


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"domains": ["acme.com"]}, "name"),
        ({"name": "A", "owner": "nobody"}, "owner"),
        ({"name": "A", "team": "No such team"}, "team"),
        ({"name": "A", "website": "not a url"}, "website"),
        ({"name": "A", "notes": "x"}, "notes"),
        ({"name": "A", "domains": "acme.com"}, "domains"),
    ],
)
def test_it_refuses_bad_fields(api, marketer, body, field):
    response = api(marketer).post("/api/v1/accounts/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()


def test_patch_changes_fields_and_replaces_domains(api, marketer, rep):
    account_id = _create(api(marketer), name="Acme", domains=["acme.com"]).json()["id"]
    team = TeamFactory(name="Field")
    response = api(marketer).patch(
        f"/api/v1/accounts/{account_id}/",
        {"owner": "rep", "team": team.name, "domains": ["acme.com", "acme.de"]},
        format="json",
    )
    assert response.status_code == 200, response.json()
    assert response.json()["owner"] == "rep"
    assert response.json()["team"] == "Field"
    assert response.json()["domains"] == ["acme.com", "acme.de"]
    # Its own domain again is no conflict; another account's is.
    _create(api(marketer), name="Globex", domains=["globex.com"])
    clash = api(marketer).patch(
        f"/api/v1/accounts/{account_id}/", {"domains": ["globex.com"]}, format="json"
    )
    assert clash.status_code == 400
    assert set(
        AccountDomain.objects.filter(account_id=account_id).values_list("domain", flat=True)
    ) == {
        "acme.com",
        "acme.de",
    }


@pytest.mark.parametrize("role", ["sdr", "rep"])
def test_sales_roles_may_read_but_not_write(api, users, role):
    account = Account(name="Acme")
    account.save()
    client = api(users[role])
    assert client.get("/api/v1/accounts/").status_code == 200
    assert client.get(f"/api/v1/accounts/{account.pk}/").status_code == 200
    assert _create(client, name="Globex").status_code == 403
    assert (
        client.patch(f"/api/v1/accounts/{account.pk}/", {"name": "X"}, format="json").status_code
        == 403
    )
    account.refresh_from_db()
    assert account.name == "Acme"


def test_the_lead_count_is_of_leads_the_reader_may_see(api, rep, rep2, marketer):
    account = Account(name="Acme")
    account.save()
    LeadFactory(account=account, owner=rep)
    LeadFactory(account=account, owner=rep2)
    LeadFactory(account=account, owner=rep2, deleted_at="2026-01-01T00:00:00Z")
    assert api(rep).get(f"/api/v1/accounts/{account.pk}/").json()["leads"] == 1
    assert api(marketer).get(f"/api/v1/accounts/{account.pk}/").json()["leads"] == 2


def test_the_list_searches_names_and_domains_and_pages(
    api, marketer, django_assert_max_num_queries
):
    for name, domain in [("U.S. Bank", "usbank.com"), ("Acme", "acme.com"), ("Globex", "gx.io")]:
        _create(api(marketer), name=name, domains=[domain])
    client = api(marketer)
    assert [
        a["name"] for a in client.get("/api/v1/accounts/?search=US Bank").json()["results"]
    ] == ["U.S. Bank"]
    assert [a["name"] for a in client.get("/api/v1/accounts/?search=gx.io").json()["results"]] == [
        "Globex"
    ]
    with django_assert_max_num_queries(8):
        assert client.get("/api/v1/accounts/").json()["count"] == 3


def test_a_lead_created_through_the_api_joins_its_account(api, marketer):
    account_id = _create(api(marketer), name="Acme", domains=["acme.com"]).json()["id"]
    created = api(marketer).post("/api/v1/leads/", {"email": "ada@eu.acme.com"}, format="json")
    assert created.status_code == 201
    assert created.json()["account"] == account_id
    lead = Lead.objects.get()
    assert api(marketer).get(f"/api/v1/leads/{lead.pk}/").json()["account"] == account_id
    note = LeadChange.objects.get(lead=lead, kind=LeadChange.Kind.FIELDS).note
    assert note == "account: by domain"
    free = api(marketer).post("/api/v1/leads/", {"email": "bob@gmail.com"}, format="json")
    assert free.json()["account"] is None


def test_an_edit_of_the_company_matches_a_lead_without_account(api, marketer):
    lead = LeadFactory(email="ada@gmail.com", company="", stage=Stage.NEW)
    account_id = _create(api(marketer), name="Initech LLC").json()["id"]
    response = api(marketer).patch(
        f"/api/v1/leads/{lead.pk}/", {"company": "Initech"}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["account"] == account_id


def test_a_lead_account_is_read_only_in_a_patch(api, marketer):
    lead = LeadFactory()
    response = api(marketer).patch(f"/api/v1/leads/{lead.pk}/", {"account": 1}, format="json")
    assert response.status_code == 400
    assert "account" in response.json()


def test_deleting_an_account_leaves_its_leads_without_one(marketer):
    account = Account(name="Acme")
    account.save()
    lead = LeadFactory(account=account)
    account.delete()
    lead.refresh_from_db()
    assert lead.account is None


def test_a_search_past_200_characters_is_a_400_not_a_503(api, marketer):
    # SQLite refused the LIKE pattern (over 50,000 bytes): the API said "briefly unavailable".
    _create(api(marketer), name="Acme", domains=["acme.com"])
    response = api(marketer).get("/api/v1/accounts/", {"search": "x" * 70_000})
    assert response.status_code == 400
    assert response.json() == {"search": ["At most 200 characters (it has 70000)."]}
    assert api(marketer).get("/api/v1/accounts/", {"search": "a" * 200}).status_code == 200
