"""Writes for accounts: creating and editing them (with their domains), linking a lead to its
account by matching, and the review of matches a person decides."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone

from leads.access import REFUSALS, Perm, has_perm
from leads.account_matching import AccountMatcher, Match, clean_domain, is_free_mail
from leads.models import Account, AccountDomain, AccountMatchReview, Lead, LeadChange, Via

# Who creates and edits accounts, and decides the matches to review.
# The fields of a lead whose change may change its account.
MATCH_FIELDS = frozenset({"email", "company", "attributes"})


class AccountError(Exception):
    """Bad input for an account: `errors` name each field ({field: [message]})."""

    status = 400

    def __init__(self, message: str, errors: dict[str, list[str]] | None = None):
        super().__init__(message)
        self.message = message
        self.errors = errors or {}


class AccountForbidden(AccountError):
    status = 403


def check_account_editor(by: AbstractBaseUser) -> None:
    if not has_perm(by, Perm.ACCOUNTS_EDIT):
        raise AccountForbidden(REFUSALS[Perm.ACCOUNTS_EDIT])


def clean_account_domains(values: Iterable[str], *, account: Account | None = None) -> list[str]:
    """Validated, normalized, de-duplicated domains; an AccountError names each bad one: not a
    domain, a free-mail or disposable domain, or another account's."""
    domains: list[str] = []
    problems: list[str] = []
    for raw in values:
        domain = clean_domain(raw)
        if not domain:
            problems.append(f"{raw!r} is not a domain name (e.g. acme.com).")
        elif is_free_mail(domain):
            problems.append(
                f"{domain} is a free-mail or disposable domain: its people do not work for "
                "one company."
            )
        elif domain not in domains:
            domains.append(domain)
    taken = AccountDomain.objects.filter(domain__in=domains).select_related("account")
    if account is not None:
        taken = taken.exclude(account=account)
    for row in taken:
        problems.append(
            f"{row.domain} already belongs to the account {row.account} (#{row.account_id})."
        )
    if problems:
        raise AccountError("Some domains cannot be used.", {"domains": problems})
    return domains


def _set_domains(account: Account, domains: list[str]) -> None:
    AccountDomain.objects.filter(account=account).exclude(domain__in=domains).delete()
    have = set(AccountDomain.objects.filter(account=account).values_list("domain", flat=True))
    try:
        with transaction.atomic():
            AccountDomain.objects.bulk_create(
                [AccountDomain(account=account, domain=d) for d in domains if d not in have]
            )
    except IntegrityError as exc:  # another account took one meanwhile
        raise AccountError(
            "Another account took one of these domains meanwhile.", {"domains": [str(exc)[:200]]}
        ) from exc


def account_save(*, by: AbstractBaseUser, data: dict, account: Account | None = None) -> Account:
    """Create an account, or change the given fields of one. `data` holds model fields and
    optionally `domains` (a list replacing the account's domains)."""
    check_account_editor(by)
    with transaction.atomic():
        if account is not None:
            account = Account.objects.select_for_update().get(pk=account.pk)
        domains = data.get("domains")
        if domains is not None:
            domains = clean_account_domains(domains, account=account)
        fields = {k: v for k, v in data.items() if k != "domains"}
        if "name" in fields and not str(fields["name"]).strip():
            raise AccountError("An account needs a name.", {"name": ["This field is required."]})
        if account is None:
            account = Account(**fields)
            account.save()
        elif fields:
            for name, value in fields.items():
                setattr(account, name, value)
            account.save()
        if domains is not None:
            _set_domains(account, domains)
    return account


def lead_account_set(
    *, lead: Lead, account: Account | None, by: AbstractBaseUser | None, via: str, note: str = ""
) -> bool:
    """Link `lead` to `account` (or to none), with a "Fields changed" audit row. Returns whether
    anything changed."""
    if lead.account_id == (account.pk if account else None):
        return False
    old = Account.all_objects.filter(pk=lead.account_id).first() if lead.account_id else None
    Lead.all_objects.filter(pk=lead.pk).update(account=account)
    lead.account = account
    LeadChange.objects.create(
        lead=lead,
        kind=LeadChange.Kind.FIELDS,
        old_value=str(old or "")[:200],
        new_value=str(account or "")[:200],
        by=by,
        via=via,
        note="account" + (f": {note}" if note else ""),
    )
    return True


def lead_match_account(
    *,
    lead: Lead,
    matcher: AccountMatcher | None = None,
    via: str = Via.SYSTEM,
    batch: bool = False,
) -> Match:
    """Match a lead without an account: link it to the one account found, or put it up for
    review when accounts tie or only a similar name was found. A lead with an account, or one
    waiting for review, is left alone (a person's choice stands). `batch`: the batch matcher
    has checked the reviews and tried the e-mail's domain already."""
    if lead.account_id is not None:
        return Match()
    # Waiting for review, or someone decided "none of these": do not ask again.
    if not batch and AccountMatchReview.objects.filter(lead=lead, chosen__isnull=True).exists():
        return Match()
    found = (matcher or AccountMatcher()).match(lead, email=not batch)
    if found.account is not None:
        lead_account_set(lead=lead, account=found.account, by=None, via=via, note=f"by {found.why}")
    elif found.needs_review:
        review = AccountMatchReview.objects.create(lead=lead, why=found.why, score=found.score)
        review.candidates.set(found.candidates)
    return found


def review_resolve(
    *, review: AccountMatchReview, account: Account | None, by: AbstractBaseUser
) -> AccountMatchReview:
    """A person's choice for a review: one of its candidates, or none."""
    check_account_editor(by)
    with transaction.atomic():
        review = AccountMatchReview.objects.select_for_update().get(pk=review.pk)
        if review.resolved_at is not None:
            raise AccountError("Someone decided this match already.")
        if account is not None and not review.candidates.filter(pk=account.pk).exists():
            raise AccountError("Choose one of the accounts offered.")
        lead = Lead.objects.filter(pk=review.lead_id).first()
        if lead is not None and account is not None:
            lead_account_set(lead=lead, account=account, by=by, via=Via.UI, note="chosen in review")
        review.resolved_at, review.resolved_by, review.chosen = timezone.now(), by, account
        review.save(update_fields=["resolved_at", "resolved_by", "chosen"])
    return review


def leads_link_accounts(
    *, found: list[tuple[int, Match]], via: str = Via.SYSTEM
) -> tuple[int, int]:
    """The batch form of lead_match_account for leads known to have no account and no review:
    links and reviews written in a few statements. Returns (linked, put up for review)."""
    links = [(pk, m) for pk, m in found if m.account is not None]
    Lead.all_objects.bulk_update(
        [Lead(pk=pk, account=m.account) for pk, m in links], ["account"], batch_size=1000
    )
    LeadChange.objects.bulk_create(
        [
            LeadChange(
                lead_id=pk,
                kind=LeadChange.Kind.FIELDS,
                new_value=str(m.account)[:200],
                via=via,
                note=f"account: by {m.why}",
            )
            for pk, m in links
        ],
        batch_size=2000,
    )
    asks = [(pk, m) for pk, m in found if m.needs_review]
    reviews = AccountMatchReview.objects.bulk_create(
        [AccountMatchReview(lead_id=pk, why=m.why, score=m.score) for pk, m in asks]
    )
    through = AccountMatchReview.candidates.through
    through.objects.bulk_create(
        [
            through(accountmatchreview_id=review.pk, account_id=account.pk)
            for review, (_, m) in zip(reviews, asks, strict=True)
            for account in m.candidates
        ],
        batch_size=2000,
    )
    return len(links), len(asks)
