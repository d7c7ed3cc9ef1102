"""Editing a lead's contact and marketing fields, with who may change what, and an audit row per
changed field. Stage, owner and scores are never edited here: they move through the stage
machine, `lead_assign` and scoring."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction

from leads.access import editable_fields
from leads.errors import Conflict, DomainError
from leads.models import Lead, LeadChange, Via
from leads.signals import lead_saved


class EditError(DomainError):
    """A refused edit: a bad value or a field the role may not change (400)."""


class EditConflict(EditError, Conflict):
    """Another lead holds the new e-mail or external id (409)."""

    status = 409


def _shown(value: object) -> str:
    if value is None:
        return ""
    return str(getattr(value, "code", value))[:200]


def lead_edit(
    *, lead: Lead, by: AbstractBaseUser, data: dict, via: str = Via.UI
) -> tuple[Lead, list[str]]:
    """Change the given fields (already validated and normalized); returns the lead and the names
    of the fields that changed. A field `by`'s role may not change is refused whole (400)."""
    refused = sorted(set(data) - editable_fields(by))
    if refused:
        raise EditError(
            "Your role may not change " + ", ".join(refused) + ".",
            errors={name: ["Your role may not change this field."] for name in refused},
        )
    with transaction.atomic():
        lead = Lead.objects.select_for_update().get(pk=lead.pk)
        changed, rows = [], []
        for name, value in data.items():
            old = getattr(lead, name)
            if old == value:
                continue
            setattr(lead, name, value)
            changed.append(name)
            rows.append(
                LeadChange(
                    lead=lead,
                    kind=LeadChange.Kind.FIELDS,
                    old_value=_shown(old),
                    new_value=_shown(value),
                    by=by,
                    via=via,
                    note=name,
                )
            )
        if not changed:
            return lead, []
        if not (lead.email or lead.phone or lead.external_id):
            raise EditError(
                "A lead needs at least one of email, phone or external_id.",
                errors={"non_field_errors": ["A lead needs an email, phone or external_id."]},
            )
        try:
            with transaction.atomic():
                lead.save(update_fields=[*changed, "updated_at"])
        except IntegrityError as exc:
            raise EditConflict(
                "Another lead has this e-mail or external id: merge the two instead."
            ) from exc
        LeadChange.objects.bulk_create(rows)
        lead_saved.send(sender=Lead, lead=lead, created=False, fields=changed)
    return lead, changed
