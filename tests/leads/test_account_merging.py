"""Merging two accounts moves their leads and domains; an undo moves exactly those back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from leads.account_matching import AccountMatcher
from leads.account_merging import accounts_merge, accounts_unmerge
from leads.account_services import AccountError, lead_match_account
from leads.models import Account, AccountMatchReview, AccountMerge, Lead, LeadChange
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def _account(name: str, *domains: str) -> Account:
    account = Account(name=name)
    account.save()
    for domain in domains:
        account.domains.create(domain=domain)
    return account


def test_a_merge_moves_leads_and_domains_and_an_undo_moves_them_back(marketer, manager):
    keep, away = _account("Acme", "acme.com"), _account("ACME Europe", "acme.eu")
    kept_lead = LeadFactory(account=keep)
    moved = [LeadFactory(account=away), LeadFactory(account=away)]
    merge = accounts_merge(keep=keep, merge_away=away, by=marketer)
    assert set(Lead.objects.filter(account=keep)) == {kept_lead, *moved}
    assert set(keep.domains.values_list("domain", flat=True)) == {"acme.com", "acme.eu"}
    assert not Account.objects.filter(pk=away.pk).exists()  # hidden from lists and the API
    assert AccountMatcher().match(Lead(email="x@acme.eu")).account == keep
    assert LeadChange.objects.filter(lead=moved[0], note__startswith="account: merged").exists()
    # A lead moved on since the merge stays where it went.
    other = _account("Other")
    Lead.objects.filter(pk=moved[1].pk).update(account=other)
    restored = accounts_unmerge(merge=merge, by=manager)
    assert restored == away
    assert list(Lead.objects.filter(account=away)) == [moved[0]]
    assert Lead.objects.get(pk=moved[1].pk).account == other
    assert Lead.objects.get(pk=kept_lead.pk).account == keep
    assert list(away.domains.values_list("domain", flat=True)) == ["acme.eu"]
    assert Account.objects.filter(pk=away.pk).exists()
    with pytest.raises(AccountError, match="already undone"):
        accounts_unmerge(merge=merge, by=manager)


def test_open_reviews_offer_the_kept_account_after_a_merge(marketer):
    first, second = _account("Initech Inc."), _account("Initech LLC")
    lead = LeadFactory(email="a@gmail.com", company="Initech")
    lead_match_account(lead=lead)
    accounts_merge(keep=first, merge_away=second, by=marketer)
    review = AccountMatchReview.objects.get(lead=lead)
    assert list(review.candidates.all()) == [first]


@pytest.mark.parametrize("case", ["same", "merged", "rep", "old"])
def test_bad_merges_are_refused_and_change_nothing(marketer, rep, case):
    keep, away = _account("Acme"), _account("Acme 2")
    lead = LeadFactory(account=away)
    if case == "same":
        with pytest.raises(AccountError, match="two different"):
            accounts_merge(keep=keep, merge_away=keep, by=marketer)
    elif case == "merged":
        accounts_merge(keep=keep, merge_away=away, by=marketer)
        with pytest.raises(AccountError, match="meanwhile"):
            accounts_merge(keep=_account("Third"), merge_away=away, by=marketer)
        return
    elif case == "rep":
        with pytest.raises(AccountError) as refused:
            accounts_merge(keep=keep, merge_away=away, by=rep)
        assert refused.value.status == 403
    else:
        merge = accounts_merge(keep=keep, merge_away=away, by=marketer)
        AccountMerge.objects.filter(pk=merge.pk).update(at=timezone.now() - timedelta(days=31))
        with pytest.raises(AccountError, match="30 days"):
            accounts_unmerge(merge=merge, by=marketer)
        return
    lead.refresh_from_db()
    assert lead.account == away


def test_the_account_page_merges_and_undoes(client, manager):
    keep, away = _account("Acme", "acme.com"), _account("Acme Corp", "acme.io")
    LeadFactory(account=away)
    client.force_login(manager)
    response = client.post(reverse("leads:account-merge", args=[keep.pk]), {"merge_away": away.pk})
    assert response.status_code == 302
    page = client.get(keep.get_absolute_url()).content.decode()
    assert "Acme Corp (#" in page and "Undo" in page
    merge = AccountMerge.objects.get()
    client.post(reverse("leads:account-unmerge", args=[merge.pk]))
    assert Lead.objects.get().account == away


@pytest.mark.parametrize("bad", [{}, {"merge_away": "x"}, {"merge_away": "999"}])
def test_the_merge_form_says_what_is_wrong(client, manager, bad):
    keep = _account("Acme")
    client.force_login(manager)
    response = client.post(reverse("leads:account-merge", args=[keep.pk]), bad, follow=True)
    assert response.status_code == 200
    assert "Give the id of another account" in response.content.decode()
    assert not AccountMerge.objects.exists()
