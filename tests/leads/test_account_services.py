"""Matching on the way in (intake, import, merge, edit), the review of undecided matches, and
the batch matcher of existing leads with its command."""

from __future__ import annotations

import io
import random

import pytest
from django.core.management import call_command

from leads.account_batch import match_existing_leads
from leads.account_matching import AccountMatcher
from leads.account_services import AccountError, lead_match_account, review_resolve
from leads.imports.service import leads_import
from leads.intake import lead_intake
from leads.merging import leads_merge
from leads.models import Account, AccountMatchReview, Lead, LeadChange, Via
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def _account(name: str, *domains: str, **fields) -> Account:
    account = Account(name=name, **fields)
    account.save()
    for domain in domains:
        account.domains.create(domain=domain)
    return account


def test_intake_links_a_lead_by_its_email_domain(marketer):
    acme = _account("Acme", "acme.com")
    lead, _ = lead_intake(data={"email": "ada@acme.com"}, by=marketer, via=Via.API)
    assert lead.account == acme
    assert Lead.objects.get(pk=lead.pk).account == acme


def test_intake_puts_a_tie_up_for_review_and_links_nothing(marketer):
    first, second = _account("Initech Inc."), _account("INITECH LLC")
    lead, _ = lead_intake(
        data={"email": "bob@gmail.com", "company": "Initech"}, by=marketer, via=Via.API
    )
    assert Lead.objects.get(pk=lead.pk).account is None
    review = AccountMatchReview.objects.get(lead=lead)
    assert review.why == "tie"
    assert set(review.candidates.all()) == {first, second}


def test_an_import_links_its_leads_once_committed(django_capture_on_commit_callbacks):
    acme = _account("Acme", "acme.com")
    globex = _account("Globex Corporation")
    csv = "email,company,Website\nada@acme.com,,\nbob@gmail.com,Globex,\ncy@yahoo.com,,https://acme.com\n"
    with django_capture_on_commit_callbacks(execute=True):
        report = leads_import(file=io.BytesIO(csv.encode()))
    assert report.created == 3
    accounts = dict(Lead.objects.values_list("email", "account"))
    assert accounts == {
        "ada@acme.com": acme.pk,
        "bob@gmail.com": globex.pk,
        "cy@yahoo.com": acme.pk,
    }


def test_a_merge_that_fills_the_company_links_the_kept_lead(marketer):
    acme = _account("Acme Corp.")
    keep = LeadFactory(email="ada@gmail.com", company="")
    away = LeadFactory(email="", phone="+14155550123", company="ACME")
    assert keep.account is None
    leads_merge(keep=keep, merge_away=away, by=marketer)
    keep.refresh_from_db()
    assert keep.account == acme


def test_a_decided_review_is_not_asked_again(marketer):
    _account("Initech Inc."), _account("Initech LLC")
    lead = LeadFactory(email="ada@gmail.com", company="Initech")
    lead_match_account(lead=lead)
    review = AccountMatchReview.objects.get(lead=lead)
    review_resolve(review=review, account=None, by=marketer)
    lead.refresh_from_db()
    lead_match_account(lead=lead)
    assert AccountMatchReview.objects.filter(lead=lead).count() == 1
    assert lead.account is None


def test_resolving_a_review_links_the_chosen_account_once(marketer, manager):
    first, second = _account("Initech Inc."), _account("Initech LLC")
    lead = LeadFactory(email="ada@gmail.com", company="Initech")
    lead_match_account(lead=lead)
    review = AccountMatchReview.objects.get(lead=lead)
    with pytest.raises(AccountError):
        review_resolve(review=review, account=_account("Other"), by=marketer)
    review_resolve(review=review, account=second, by=marketer)
    lead.refresh_from_db()
    assert lead.account == second
    with pytest.raises(AccountError, match="already"):
        review_resolve(review=review, account=first, by=manager)


def test_a_rep_may_not_resolve_a_review(rep):
    _account("Initech Inc."), _account("Initech LLC")
    lead = LeadFactory(email="a@gmail.com", company="Initech")
    lead_match_account(lead=lead)
    review = AccountMatchReview.objects.get(lead=lead)
    with pytest.raises(AccountError) as refused:
        review_resolve(review=review, account=None, by=rep)
    assert refused.value.status == 403


def test_the_batch_matcher_links_existing_leads_added_before_their_account():
    leads = [
        LeadFactory(email="ada@acme.com", company=""),
        LeadFactory(email="bo@eu.acme.com", company=""),
        LeadFactory(email="cy@gmail.com", company="Acme Inc"),
        LeadFactory(email="di@gmail.com", company="Initech"),
        LeadFactory(email="ed@gmail.com", company=""),
    ]
    acme = _account("Acme", "acme.com")
    _account("Initech Inc."), _account("Initech LLC")
    result = match_existing_leads(batch=2)
    linked = dict(Lead.objects.values_list("pk", "account"))
    assert [linked[lead.pk] for lead in leads] == [acme.pk, acme.pk, acme.pk, None, None]
    assert (result.by_domain + result.by_matcher, result.to_review) == (3, 1)
    again = match_existing_leads(batch=2)
    assert (again.by_domain, again.by_matcher, again.to_review) == (0, 0, 0)


def test_the_command_reports_what_it_linked():
    LeadFactory(email="ada@acme.com", company="")
    _account("Acme", "acme.com")
    out = io.StringIO()
    call_command("match_accounts", "--batch", "100", stdout=out)
    assert "1 linked by e-mail domain" in out.getvalue() or "1 by website or name" in out.getvalue()
    assert Lead.objects.get().account is not None


def test_the_command_refuses_a_bad_batch():
    err = io.StringIO()
    with pytest.raises(SystemExit):
        call_command("match_accounts", "--batch", "0", stderr=err)
    assert "--batch" in err.getvalue()


@pytest.mark.postgres
def test_the_sql_path_links_the_same_accounts_as_the_python_path():
    """One definition of a match: the batch's UPDATE ... FROM (PostgreSQL) and the matcher agree
    on randomized leads, with an audit row for each lead linked."""
    rng = random.Random(18)
    acme = _account("Acme", "acme.com")
    _account("Acme Sales", "sales.acme.com")
    _account("Globex", "globex.co.uk")
    _account("Initech Inc."), _account("Initech LLC")
    hosts = ["acme.com", "eu.acme.com", "sales.acme.com", "x.sales.acme.com", "globex.co.uk",
             "gmail.com", "acme.com.evil.io", "notacme.com", "mail.globex.co.uk", ""]  # fmt: skip
    companies = ["", "Acme Inc", "Initech", "Globex plc", "Other"]
    for n in range(300):
        host = rng.choice(hosts)
        LeadFactory(
            email=f"p{n}@{host}" if host else "",
            phone="" if host else f"+1415555{n:04d}",
            company=rng.choice(companies),
        )
    LeadFactory(email="late@acme.com", deleted_at="2026-01-01T00:00:00Z")
    matcher = AccountMatcher()
    expected = {lead.pk: matcher.match(lead) for lead in Lead.objects.all()}
    result = match_existing_leads(batch=64, use_sql=True)
    linked = dict(Lead.all_objects.values_list("pk", "account"))
    reviewed = set(AccountMatchReview.objects.values_list("lead", flat=True))
    for pk, found in expected.items():
        assert linked[pk] == (found.account.pk if found.account else None), pk
        assert (pk in reviewed) == found.needs_review, pk
    assert result.by_domain > 0 and result.by_matcher > 0 and result.to_review > 0
    assert Lead.all_objects.get(email="late@acme.com").account is None  # deleted: left alone
    audit = LeadChange.objects.filter(kind=LeadChange.Kind.FIELDS, note__startswith="account")
    assert audit.count() == sum(1 for v in linked.values() if v)
    assert audit.filter(new_value="Acme").count() == sum(1 for v in linked.values() if v == acme.pk)
