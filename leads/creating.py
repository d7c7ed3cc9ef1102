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
from django.db.models.functions import Lower

from leads.models import Lead, LeadChange, Via
from leads.roles import Role, role_of
from leads.selectors import visible_leads
from leads.signals import lead_saved

CREATE_ROLES = frozenset({Role.MARKETER, Role.SDR, Role.REP, Role.MANAGER, Role.ADMIN})
# Sales people who type a lead in found it themselves: it is theirs.
OWN_ROLES = frozenset({Role.SDR, Role.REP})
DUPLICATES_SHOWN = 5
# A shared mail provider says nothing about who someone works for.
FREE_MAIL = frozenset(
    {"gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com",
     "icloud.com", "me.com", "aol.com", "gmx.de", "gmx.net", "web.de", "proton.me",
     "protonmail.com", "yandex.ru", "mail.ru", "orange.fr", "free.fr", "laposte.net"}
)  # fmt: skip


class CreateError(Exception):
    def __init__(self, message: str, *, errors: dict[str, list[str]] | None = None):
        super().__init__(message)
        self.message = message
        self.errors = errors or {}


def likely_duplicates(user: AbstractBaseUser, data: dict) -> list[Lead]:
    """Leads `user` may see that look like the same person: the same e-mail or phone, or the
    same first and last name at the same company or e-mail domain (case ignored)."""
    match = Q(pk__in=[])
    if email := data.get("email"):
        match |= Q(email=email)
    if phone := data.get("phone"):
        match |= Q(phone=phone)
    first, last = (data.get("first_name") or "").lower(), (data.get("last_name") or "").lower()
    if first and last:
        same_name = Q(first_lower=first, last_lower=last)
        if company := (data.get("company") or "").strip():
            match |= same_name & Q(company__iexact=company)
        domain = email.rpartition("@")[2] if email else ""
        if domain and domain not in FREE_MAIL:
            match |= same_name & Q(email__iendswith="@" + domain)
    return list(
        visible_leads(user)
        .annotate(first_lower=Lower("first_name"), last_lower=Lower("last_name"))
        .filter(match)
        .select_related("owner")
        .order_by("-created_at", "-pk")[:DUPLICATES_SHOWN]
    )


def email_taken(data: dict) -> bool:
    email = data.get("email")
    return bool(email) and Lead.objects.filter(email=email).exists()


def lead_create(*, data: dict, by: AbstractBaseUser, via: str = Via.UI) -> Lead:
    """A new lead from normalized `data`. An SDR's or rep's lead is theirs (and their team's).
    Raises CreateError when the e-mail or source + external id belongs to another lead."""
    if role_of(by) not in CREATE_ROLES:
        raise CreateError("Your role may not create leads.")
    if not (data.get("email") or data.get("phone") or data.get("external_id")):
        raise CreateError(
            "A lead needs an e-mail, a phone or an external id.",
            errors={"email": ["Give an e-mail, a phone or an external id."]},
        )
    lead = Lead(**data)
    if role_of(by) in OWN_ROLES:
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
