"""Creating a lead by hand ("New lead"), and the likely duplicates a person is warned of first.

The API's intake merges a match silently (a machine posts the same person again); a person
typing a lead is shown the leads it may duplicate and decides. A match is a read: only leads
the person may see are shown, and an e-mail held by a lead they may not see is refused without
saying whose it is.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import Q

from leads.access import Perm, has_perm
from leads.account_matching import is_free_mail
from leads.errors import DomainError
from leads.models import Lead, LeadChange, Via
from leads.search import fold, search_leads
from leads.selectors import visible_leads
from leads.signals import lead_saved

DUPLICATES_SHOWN = 5
NAME_CANDIDATES = 50


class CreateError(DomainError):
    """The lead cannot be created as given; `errors` names the fields (form errors)."""


def likely_duplicates(user: AbstractBaseUser, data: dict) -> list[Lead]:
    """Leads `user` may see that look like the same person: the same e-mail or phone, or the
    same first and last name (case and accents aside) at the same company or e-mail domain."""
    visible = visible_leads(user).select_related("owner").order_by("-created_at", "-pk")
    found: dict[int, Lead] = {}
    identity = Q(pk__in=[])
    if email := data.get("email"):
        identity |= Q(email=email)
    if phone := data.get("phone"):
        identity |= Q(phone=phone)
    for lead in visible.filter(identity)[:DUPLICATES_SHOWN]:
        found[lead.pk] = lead
    first, last = fold(data.get("first_name")), fold(data.get("last_name"))
    company = fold(data.get("company")).strip()
    domain = email.rpartition("@")[2] if email else ""
    if first and last and (company or (domain and not is_free_mail(domain))):
        # The search index narrows to leads with both names in them; Python compares exactly.
        named = search_leads(visible, f"{first} {last}")[:NAME_CANDIDATES]
        for lead in named:
            same_name = (fold(lead.first_name), fold(lead.last_name)) == (first, last)
            same_company = company and fold(lead.company).strip() == company
            same_domain = domain and lead.email.endswith("@" + domain)
            if same_name and (same_company or same_domain):
                found.setdefault(lead.pk, lead)
    return list(found.values())[:DUPLICATES_SHOWN]


def email_taken(data: dict) -> bool:
    email = data.get("email")
    return bool(email) and Lead.objects.filter(email=email).exists()


def lead_create(*, data: dict, by: AbstractBaseUser, via: str = Via.UI) -> Lead:
    """A new lead from normalized `data`. An SDR's or rep's lead is theirs (and their team's).
    Raises CreateError when the e-mail or source + external id belongs to another lead."""
    if not has_perm(by, Perm.USE):
        raise CreateError("Your role may not create leads.")
    if not (data.get("email") or data.get("phone") or data.get("external_id")):
        raise CreateError(
            "A lead needs an e-mail, a phone or an external id.",
            errors={"email": ["Give an e-mail, a phone or an external id."]},
        )
    lead = Lead(**data)
    if has_perm(by, Perm.CREATE_OWNS):
        lead.owner = by
        lead.team = by.teams.order_by("pk").first()
    try:
        with transaction.atomic():
            lead.save()
            LeadChange.objects.create(
                lead=lead,
                kind=LeadChange.Kind.CREATE,
                new_value=str(by)[:200] if lead.owner_id else "",
                by=by,
                via=via,
            )
            lead_saved.send(sender=Lead, lead=lead, created=True, fields=None)
    except IntegrityError as exc:
        raise CreateError(
            "Another lead already has this e-mail or external id.",
            errors={"email": ["Another lead already has this e-mail (or external id)."]},
        ) from exc
    return lead
