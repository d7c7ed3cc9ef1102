"""Accounts in the Django admin: marketers and managers keep them; bad domains are form errors."""

from __future__ import annotations

import warnings

import pytest
from django.utils.deprecation import RemovedInDjango60Warning

from leads.models import Account

pytestmark = pytest.mark.django_db


def _post(client, name: str, *domains: str):
    data = {
        "name": name,
        "website": "",
        "owner": "",
        "team": "",
        "domains-TOTAL_FORMS": str(len(domains)),
        "domains-INITIAL_FORMS": "0",
        "domains-MIN_NUM_FORMS": "0",
        "domains-MAX_NUM_FORMS": "1000",
    }
    for n, domain in enumerate(domains):
        data[f"domains-{n}-domain"] = domain
    return client.post("/admin/leads/account/add/", data)


@pytest.mark.parametrize("role", ["marketer", "manager", "admin"])
def test_staff_roles_add_accounts_with_domains(client, users, role):
    client.force_login(users[role])
    assert client.get("/admin/leads/account/").status_code == 200
    response = _post(client, "Acme", "https://www.Acme.com/")
    assert response.status_code == 302, response.content.decode()[:2000]
    assert list(Account.objects.get().domains.values_list("domain", flat=True)) == ["acme.com"]


@pytest.mark.parametrize(
    ("domain", "message"),
    [("gmail.com", "free-mail"), ("acme.com", "already belongs"), ("nonsense", "not a domain")],
)
def test_bad_domains_are_form_errors(client, marketer, domain, message):
    client.force_login(marketer)
    _post(client, "Acme", "acme.com")
    response = _post(client, "Other", domain)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Account.objects.count() == 1


@pytest.mark.parametrize("role", ["sdr", "rep"])
def test_sales_roles_are_kept_out(client, users, role):
    client.force_login(users[role])
    assert client.get("/admin/leads/account/").status_code == 302


def test_a_website_without_scheme_is_https_and_the_form_does_not_warn(client, admin_user):
    client.force_login(admin_user)
    with warnings.catch_warnings():
        warnings.simplefilter("error", RemovedInDjango60Warning)
        response = client.post(
            "/admin/leads/account/add/",
            {
                "name": "Schemeless",
                "website": "schemeless.example",
                "owner": "",
                "team": "",
                "domains-TOTAL_FORMS": "0",
                "domains-INITIAL_FORMS": "0",
                "domains-MIN_NUM_FORMS": "0",
                "domains-MAX_NUM_FORMS": "1000",
            },
        )
    assert response.status_code == 302, response.content.decode()[:1500]
    assert Account.objects.get(name="Schemeless").website == "https://schemeless.example"
