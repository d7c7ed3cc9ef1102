"""Lead intake: create a lead, or merge into the one it duplicates."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import Q

from leads.models import Lead, LeadChange, LeadSource, Via
from leads.signals import lead_saved

# Fields intake may set; identity fields are matched on, the rest filled or overwritten.
INTAKE_FIELDS = (
    "email",
    "first_name",
    "last_name",
    "phone",
    "company",
    "job_title",
    "industry",
    "company_size",
    "country",
    "region",
    "city",
    "postal_code",
    "source",
    "product_line",
    "campaign",
    "external_id",
    "do_not_email",
    "do_not_call",
)


def source_for_code(code: str) -> LeadSource:
    """The source with this code; an unknown code is created so new channels show up."""
    source, _ = LeadSource.objects.get_or_create(code=code, defaults={"name": code})
    return source


def find_duplicate(data: dict) -> Lead | None:
    """The lead with the same normalized e-mail, phone, or source + external id."""
    match = Q(pk__in=[])
    if data.get("email"):
        match |= Q(email=data["email"])
    if data.get("phone"):
        match |= Q(phone=data["phone"])
    if data.get("external_id") and data.get("source"):
        match |= Q(source=data["source"], external_id=data["external_id"])
    # Prefer an e-mail match, then the oldest lead, so repeated posts land in one place.
    return Lead.objects.filter(match).order_by("created_at", "pk").first()


def _merge(lead: Lead, data: dict, *, overwrite: bool) -> list[str]:
    changed = []
    for name in INTAKE_FIELDS:
        if name not in data:
            continue
        new = data[name]
        old = getattr(lead, name)
        if new in ("", None) or new == old:
            continue
        if old in ("", None, False) or overwrite:
            setattr(lead, name, new)
            changed.append(name)
    attributes = data.get("attributes") or {}
    merged = dict(lead.attributes)
    for key, value in attributes.items():
        if key not in merged or overwrite:
            merged[key] = value
    if merged != lead.attributes:
        lead.attributes = merged
        changed.append("attributes")
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
        existing = find_duplicate(data)
        if existing is not None:
            return _merge_into(existing, data, by=by, via=via, overwrite=overwrite), True
        lead = Lead(**{k: v for k, v in data.items() if k in INTAKE_FIELDS})
        lead.attributes = dict(data.get("attributes") or {})
        try:
            with transaction.atomic():
                lead.save()
                lead_saved.send(sender=Lead, lead=lead, created=True, fields=None)
        except IntegrityError:
            continue  # someone created it in between: merge on the next pass
        return lead, False
    raise IntegrityError("Could not create or merge the lead after three attempts.")


def _merge_into(
    lead: Lead, data: dict, *, by: AbstractBaseUser | None, via: str, overwrite: bool
) -> Lead:
    with transaction.atomic():
        lead = Lead.objects.select_for_update().get(pk=lead.pk)
        changed = _merge(lead, data, overwrite=overwrite)
        if changed:
            lead.save(update_fields=[*changed, "updated_at"])
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
