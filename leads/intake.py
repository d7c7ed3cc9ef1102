"""Lead intake: create a lead, or merge into the one it duplicates.

Intake is no side door: a match is a read, so it is only used when the caller may
see the matched lead (leads.access.visible_leads); otherwise the post is refused with a 409 that
names nothing (not the lead, not which identity matched) and nothing is written. A merge never
changes a field the caller's role may not edit (leads.access.editable_fields): without
`overwrite` such a field is left as it is, with `overwrite` a change to one is refused (403).
"""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import Case, Q, Value, When

from leads import fields
from leads.access import editable_fields, may_see_lead
from leads.errors import Conflict, Forbidden
from leads.models import Lead, LeadChange, LeadSource, Via
from leads.signals import lead_saved

# Bounds on free-form attributes: they are shown on the lead page, scored and exported, so a
# client (or a public web form) cannot make a lead arbitrarily large.
MAX_ATTRIBUTES = 50
MAX_ATTRIBUTE_NAME = 100
MAX_ATTRIBUTE_TEXT = 2000

AttributeValue = str | int | float | bool | None


def clean_attributes(value: object) -> dict[str, AttributeValue]:
    """Attributes as a flat object of names to text, numbers, true/false or null."""
    if not isinstance(value, dict):
        raise ValidationError("Attributes are an object of names to values.")
    if len(value) > MAX_ATTRIBUTES:
        raise ValidationError(f"At most {MAX_ATTRIBUTES} attributes; got {len(value)}.")
    problems = []
    for name, item in value.items():
        if not isinstance(name, str) or not name.strip() or len(name) > MAX_ATTRIBUTE_NAME:
            problems.append(f"Attribute names have 1 to {MAX_ATTRIBUTE_NAME} characters.")
        elif "\x00" in name:
            problems.append("Attribute names cannot contain NUL characters.")
        elif isinstance(item, str):
            if len(item) > MAX_ATTRIBUTE_TEXT:
                problems.append(f"{name}: at most {MAX_ATTRIBUTE_TEXT} characters.")
            elif "\x00" in item:
                problems.append(f"{name}: NUL characters are not allowed.")
        elif not (item is None or isinstance(item, bool | int | float)):
            problems.append(f"{name}: a value is text, a number, true/false or null.")
    if problems:
        raise ValidationError(problems[:10])
    return value


def source_for_code(code: str) -> LeadSource:
    """The source with this code; an unknown code is created so new channels show up."""
    source, _ = LeadSource.objects.get_or_create(code=code, defaults={"name": code})
    return source


class IntakeConflict(Conflict):
    """The merge would give the lead an identity another lead already has (409)."""


class IntakeHidden(IntakeConflict):
    """The post matches a lead the caller may not see (409, naming nothing)."""

    def __init__(self) -> None:
        super().__init__(
            "A lead with this e-mail, phone or external id already exists and is not yours to "
            "see; nothing was saved. Ask a marketer or a manager."
        )


class IntakeFieldsForbidden(Forbidden):
    """An overwrite would change fields the caller's role may not edit (403)."""


def phone_match(phone: str, email: str = "") -> Q:
    """Leads this phone number identifies. A phone match never joins two people whose e-mails
    differ (two colleagues behind one switchboard are two people): with an e-mail
    posted, only leads without an e-mail (or with the same one) match on the phone."""
    match = Q(phone=phone)
    if email:
        match &= Q(email="") | Q(email=email)
    return match


def lead_matches(data: dict, *, limit: int = 20) -> list[Lead]:
    """The leads with the same normalized e-mail, phone, or source + external id, best first.

    An e-mail match wins, then source + external id, then phone (see `phone_match`); among
    equals the oldest lead, so repeated posts land in one place. Callers that act on a match
    must check the actor may see it (`lead_intake` does).
    """
    match = Q(pk__in=[])
    rank = []
    if data.get("email"):
        match |= Q(email=data["email"])
        rank.append(When(email=data["email"], then=0))
    if data.get("external_id") and data.get("source"):
        by_external_id = Q(source=data["source"], external_id=data["external_id"])
        match |= by_external_id
        rank.append(When(by_external_id, then=1))
    if data.get("phone"):
        match |= phone_match(data["phone"], data.get("email") or "")
    # Ranked in SQL: a phone shared by many leads must not push the e-mail match off the list.
    best_first = Lead.objects.filter(match).annotate(
        match_rank=Case(*rank, default=2) if rank else Value(2)
    )
    return list(best_first.order_by("match_rank", "created_at", "pk")[:limit])


# Fields that identify a lead: a merge never moves one of them onto the lead it keeps while
# another lead holds the same value (that would break the unique indexes or make a duplicate).
IDENTITY_FIELDS = ("email", "phone", "source", "external_id")


def _merge(
    lead: Lead,
    data: dict,
    *,
    overwrite: bool,
    others: Sequence[Lead] = (),
    editable: frozenset[str] | None = None,
) -> list[str]:
    """Fill (or with `overwrite` replace) the lead's fields from `data`; returns what changed.
    Fields outside `editable` (None: all) are left alone, and an overwrite that would change
    one is refused whole."""
    changed, refused = [], []
    # The fields intake may set are the registry's (leads.fields), read at each call.
    for name in fields.intake_field_names():
        if name not in data:
            continue
        new = data[name]
        old = getattr(lead, name)
        if new in ("", None) or new == old:
            continue
        if name in IDENTITY_FIELDS and any(getattr(o, name) == new for o in others):
            continue
        if old in ("", None, False) or overwrite:
            if editable is not None and name not in editable:
                refused.append(name)
                continue
            setattr(lead, name, new)
            changed.append(name)
    attributes = data.get("attributes") or {}
    merged = dict(lead.attributes)
    for key, value in attributes.items():
        if key not in merged or (overwrite and merged[key] != value):
            merged[key] = value
    if merged != lead.attributes:
        if editable is None or "attributes" in editable:
            lead.attributes = merged
            changed.append("attributes")
        else:
            refused.append("attributes")
    if overwrite and refused:
        raise IntakeFieldsForbidden(
            "Your role may not change " + ", ".join(refused) + " of an existing lead.",
            errors={name: ["Your role may not change this field."] for name in refused},
        )
    return changed


def lead_intake(
    *,
    data: dict,
    by: AbstractBaseUser | None,
    via: str = Via.API,
    overwrite: bool = False,
) -> tuple[Lead, bool]:
    """Create a lead from normalized data or merge it into its duplicate.

    Returns (lead, merged). A concurrent create of the same person loses on the unique index and
    is retried as a merge, so two posts of one lead make one lead.
    """
    for _attempt in range(3):
        with transaction.atomic():
            _lock_phone(data.get("phone"))
            matches = lead_matches(data)
            if matches:
                if not may_see_lead(by, matches[0]):
                    raise IntakeHidden()
                lead = _merge_into(
                    matches[0], data, by=by, via=via, overwrite=overwrite, others=matches[1:]
                )
                return lead, True
            settable = fields.intake_field_names()
            lead = Lead(**{k: v for k, v in data.items() if k in settable})
            lead.attributes = dict(data.get("attributes") or {})
            try:
                with transaction.atomic():
                    lead.save()
                    lead_saved.send(sender=Lead, lead=lead, created=True, fields=None)
            except IntegrityError:
                continue  # someone created it in between: merge on the next pass
            return lead, False
    raise IntegrityError("Could not create or merge the lead after three attempts.")


def _lock_phone(phone: str | None) -> None:
    """Serialize intakes of one phone number until the transaction ends (PostgreSQL).

    E-mail and source + external id have unique indexes, so of two simultaneous creates one
    fails and is retried as a merge; phones have none (people share them), so without this two
    simultaneous posts matched by phone alone would both find nothing and make two leads."""
    if phone and connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", ["phone:" + phone]
            )


def _merge_into(
    lead: Lead,
    data: dict,
    *,
    by: AbstractBaseUser | None,
    via: str,
    overwrite: bool,
    others: Sequence[Lead],
) -> Lead:
    with transaction.atomic():
        lead = Lead.objects.select_for_update().get(pk=lead.pk)
        editable = None if by is None else editable_fields(by)
        changed = _merge(lead, data, overwrite=overwrite, others=others, editable=editable)
        if changed:
            try:
                with transaction.atomic():
                    lead.save(update_fields=[*changed, "updated_at"])
            except IntegrityError as exc:
                # Only reachable through a source or external id held by a lead the request
                # did not match on (e.g. a new source for this lead's external id).
                raise IntakeConflict(
                    f"Lead {lead.pk} matches, but another lead already has this identity."
                ) from exc
        LeadChange.objects.create(
            lead=lead,
            kind=LeadChange.Kind.MERGE,
            new_value=", ".join(changed)[:200],
            by=by,
            via=via,
            note="Intake matched this lead"
            + (f"; updated {', '.join(changed)}." if changed else "; nothing new."),
        )
        if changed:
            lead_saved.send(sender=Lead, lead=lead, created=False, fields=changed)
    return lead
