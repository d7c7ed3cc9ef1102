"""The account pages and the "Account matches to review" page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from leads.account_services import lead_match_account
from leads.models import Account, AccountMatchReview, Activity, ActivityType, Stage, StageChange
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def _account(name: str, *domains: str, **fields) -> Account:
    account = Account(name=name, **fields)
    account.save()
    for domain in domains:
        account.domains.create(domain=domain)
    return account


def test_the_list_finds_accounts_by_name_and_domain(client, rep):
    _account("U.S. Bank", "usbank.com"), _account("Globex", "globex.io")
    client.force_login(rep)
    page = client.get(reverse("leads:accounts"), {"q": "US bank"}).content.decode()
    assert "U.S. Bank" in page and "Globex" not in page
    page = client.get(reverse("leads:accounts"), {"q": "globex.io"}).content.decode()
    assert "Globex" in page and "U.S. Bank" not in page
    assert "matches to review" not in page  # not a reviewer


def test_the_list_query_count_does_not_grow_with_accounts(
    client, marketer, django_assert_max_num_queries
):
    client.force_login(marketer)
    for n in range(30):
        account = _account(f"Company {n}", f"c{n}.com", owner=marketer)
        LeadFactory(account=account)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("leads:accounts"))
    assert response.content.decode().count("c2") >= 1


def test_the_account_page_shows_leads_by_stage_owner_activity_and_funnel(client, manager, rep):
    account = _account("Acme", "acme.com", owner=rep)
    won = LeadFactory(account=account, stage=Stage.WON)
    for stage in (Stage.MQL, Stage.SAL, Stage.SQL, Stage.WON):
        StageChange.objects.create(lead=won, to_stage=stage)
    mql = LeadFactory(account=account, stage=Stage.MQL)
    StageChange.objects.create(lead=mql, to_stage=Stage.MQL)
    call, _ = ActivityType.objects.get_or_create(code="call", defaults={"label": "Call"})
    Activity.objects.create(lead=mql, type=call, occurred_at=mql.created_at)
    LeadFactory(stage=Stage.MQL)  # another account's
    client.force_login(manager)
    response = client.get(account.get_absolute_url())
    assert response.status_code == 200
    funnel = {stage.value: n for stage, n in response.context["funnel"]}
    assert funnel == {"mql": 2, "tql": 0, "sal": 1, "sql": 1, "won": 1}
    assert {s.value: n for s, n in response.context["stages"]} == {"mql": 1, "won": 1}
    assert list(response.context["activities"])[0].lead == mql
    assert "rep" in response.content.decode()


def test_a_rep_sees_only_their_own_leads_of_an_account(client, rep, rep2):
    account = _account("Acme")
    mine = LeadFactory(account=account, owner=rep, last_name="Mine")
    LeadFactory(account=account, owner=rep2, last_name="Theirs")
    client.force_login(rep)
    response = client.get(account.get_absolute_url())
    assert list(response.context["leads"]) == [mine]
    assert response.context["account"].lead_count == 1


def test_an_unknown_account_is_a_404(client, rep):
    client.force_login(rep)
    assert client.get(reverse("leads:account", args=[999])).status_code == 404


def _review():
    first, second = _account("Initech Inc.", owner=None), _account("Initech LLC")
    lead = LeadFactory(email="ada@gmail.com", company="Initech")
    lead_match_account(lead=lead)
    return AccountMatchReview.objects.get(lead=lead), first, second


def test_the_review_page_offers_one_click_choices(client, marketer, django_assert_max_num_queries):
    review, first, second = _review()
    client.force_login(marketer)
    with django_assert_max_num_queries(12):
        page = client.get(reverse("leads:account-review")).content.decode()
    assert "Initech Inc." in page and "Initech LLC" in page and "None of these" in page
    url = reverse("leads:account-review-resolve", args=[review.pk])
    response = client.post(url, {"account": second.pk})
    assert response.status_code == 302
    review.lead.refresh_from_db()
    assert review.lead.account == second
    after = client.get(reverse("leads:account-review"), follow=True)
    assert list(after.context["page"]) == []
    assert "is now at Initech LLC" in after.content.decode()


@pytest.mark.parametrize("bad", [{"account": "x"}, {"account": "999"}])
def test_a_bad_choice_changes_nothing_and_says_so(client, manager, bad):
    review, _, _ = _review()
    client.force_login(manager)
    url = reverse("leads:account-review-resolve", args=[review.pk])
    response = client.post(url, bad, follow=True)
    assert response.status_code == 200
    review.refresh_from_db()
    assert review.resolved_at is None
    assert list(response.context["messages"])


def test_an_account_not_offered_is_refused(client, admin_user):
    review, _, _ = _review()
    other = _account("Globex")
    client.force_login(admin_user)
    response = client.post(
        reverse("leads:account-review-resolve", args=[review.pk]),
        {"account": other.pk},
        follow=True,
    )
    assert "Choose one of the accounts offered" in response.content.decode()
    review.lead.refresh_from_db()
    assert review.lead.account is None


def test_the_lead_page_links_its_account(client, marketer):
    account = _account("Acme")
    lead = LeadFactory(account=account)
    client.force_login(marketer)
    assert account.get_absolute_url() in client.get(lead.get_absolute_url()).content.decode()
