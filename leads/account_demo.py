"""Accounts in the demo: a customer with an owner, a prospect a rep is working, and
a couple of leads whose account is for a person to decide, so the account pages, the "Account
matches to review" page and account-owner routing (handoff's demo) all have something to show.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser

from leads.account_batch import match_existing_leads
from leads.account_services import account_save
from leads.models import Account, Lead, Stage, Team

# Companies whose account a person decides: two Northwind Traders (one German, one American)
# share a name, so a lead naming only "Northwind Traders" from a free-mail address is a tie;
# "Contoso Pharmaceuticals Europe" may or may not be Contoso Pharmaceuticals (a similar name). (name, website, domain)
REVIEW_ACCOUNTS = [
    ("Northwind Traders GmbH", "https://northwind.example", "northwind.example"),
    ("Northwind Traders Inc.", "https://northwindtraders.example", "northwindtraders.example"),
    ("Contoso Pharmaceuticals", "", "contoso.example"),
]
# Leads whose account a person decides: (first, last, free-mail address, company as typed).
REVIEW_LEADS = [
    ("Lena", "Berg", "lena.berg@gmail.com", "Northwind Traders"),
    ("Tom", "Reyes", "tom.reyes@outlook.com", "Contoso Pharmaceuticals Europe"),
]


def _company(lead: Lead) -> str:
    return lead.email.rsplit("@", 1)[-1].removesuffix(".example")


def _customer_and_prospect(leads: list[Lead]) -> list[tuple[str, AbstractBaseUser]]:
    """A customer (a company with a won deal; its owner the rep who won the latest) and a
    prospect (a company with a lead a rep is working and no deal won yet; its owner that rep).
    The demo's leads are at company.example (leads.demo)."""
    won = {
        _company(x): x
        for x in sorted(leads, key=lambda x: x.stage_changed_at)
        if x.stage == Stage.WON
    }
    worked = [x for x in leads if x.stage in (Stage.SAL, Stage.SQL) and x.owner_id]
    picked = []
    if won:
        company = min(won)
        picked.append((company, won[company].owner))
    # Another rep than the customer's owner, when one works a lead: two reps see accounts.
    owners = {owner.pk for _, owner in picked}
    prospects = sorted(
        worked, key=lambda x: (_company(x) in won, x.owner_id in owners, _company(x), x.pk)
    )
    taken = {c for c, _ in picked}
    prospect = next((x for x in prospects if _company(x) not in taken), None)
    if prospect is not None:
        picked.append((_company(prospect), prospect.owner))
    return picked


def seed_accounts(
    *, leads: list[Lead], users: dict[str, AbstractBaseUser], seed: int
) -> list[Account]:
    """Create the demo's accounts and match every demo lead (the batch matcher, as
    `match_accounts` would on an install that adds accounts later)."""
    accounts: list[Account] = []
    if Account.all_objects.exists():  # seeded already, or an install with its own accounts
        match_existing_leads()  # the new leads still join them
        return accounts
    admin = users["admin"]
    team = Team.objects.filter(name="Inside Sales").first()
    for company, owner in _customer_and_prospect(leads):
        data = {
            "name": company.title(),
            "website": f"https://{company}.example",
            "domains": [f"{company}.example"],
            "owner": owner,
            "team": team,
        }
        accounts.append(account_save(by=admin, data=data))
    for name, website, domain in REVIEW_ACCOUNTS:
        data = {"name": name, "website": website, "domains": [domain]}
        accounts.append(account_save(by=admin, data=data))
    match_existing_leads()
    return accounts


def dress_review_leads(leads: list[Lead]) -> None:
    """Make the last new leads of the demo (not yet saved) the ones whose account a person
    decides: free-mail addresses, and company names that tie or only resemble an account."""
    fresh = [lead for lead in leads if lead.stage == Stage.NEW and lead.owner_id is None]
    for lead, (first, last, email, company) in zip(reversed(fresh), REVIEW_LEADS, strict=False):
        lead.first_name, lead.last_name, lead.email, lead.company = first, last, email, company
