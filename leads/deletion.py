"""Deleting, restoring and erasing leads.

- Delete is soft: the lead disappears from every list, page and report, and can be restored for
  30 days (leads_purge_deleted, nightly, removes it for good after that).
- A GDPR erase removes the person's data at once and keeps an anonymous stub, so the funnel still
  counts the lead's stage moves: the history rows stay (notes blanked), the stub has no name,
  e-mail, phone or address, and a LeadChange ERASE row says who erased it and when.
"""

from __future__ import annotations

import copy
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from leads import fields
from leads.access import PERMISSIONS, Perm, has_perm
from leads.errors import Conflict, DomainError, Forbidden
from leads.models import (
    Activity,
    ActivityKey,
    ActivitySummary,
    Lead,
    LeadChange,
    LeadMerge,
    StageChange,
    Via,
)
from leads.retention import RESTORE_WINDOW
from leads.selectors import absorbed_ids
from leads.signals import lead_erased


def erased_values() -> dict[str, object]:
    """What an erase writes on the lead: the registry's erased fields (leads.fields; country,
    industry, company size, source, product line and campaign stay: they identify no one and
    the reports group by them), and scoring's explanation, which quotes the person's values."""
    values = {**fields.erased_values(), "score_explanation": []}
    # A fresh copy of the empty {} and [] for each stub.
    return {name: copy.copy(value) for name, value in values.items()}


class DeletionError(DomainError):
    pass


# The status of each comes from Forbidden (403) and Conflict (409).
class DeletionForbidden(DeletionError, Forbidden):
    pass


class DeletionConflict(DeletionError, Conflict):
    pass


def _check_role(by: AbstractBaseUser, perm: Perm, what: str) -> None:
    if not has_perm(by, perm):
        names = " and ".join(sorted(f"{r}s" for r in PERMISSIONS[perm]))
        raise DeletionForbidden(f"Only {names} may {what} leads.")


def _locked(lead: Lead) -> Lead:
    return Lead.all_objects.select_for_update().get(pk=lead.pk)


def lead_delete(*, lead: Lead, by: AbstractBaseUser, via: str = Via.UI, note: str = "") -> Lead:
    """Soft-delete the lead: gone from every list, restorable for 30 days."""
    _check_role(by, Perm.DELETE, "delete")
    with transaction.atomic():
        lead = _locked(lead)
        if lead.deleted_at is not None:
            raise DeletionConflict("This lead is already deleted.")
        lead.deleted_at = timezone.now()
        lead.save(update_fields=["deleted_at", "updated_at"])
        LeadChange.objects.create(
            lead=lead, kind=LeadChange.Kind.DELETE, at=lead.deleted_at, by=by, via=via, note=note
        )
    return lead


def lead_restore(*, lead: Lead, by: AbstractBaseUser, via: str = Via.UI, note: str = "") -> Lead:
    """Bring back a lead deleted less than 30 days ago."""
    _check_role(by, Perm.DELETE, "restore")
    now = timezone.now()
    with transaction.atomic():
        lead = _locked(lead)
        if lead.deleted_at is None:
            raise DeletionConflict("This lead is not deleted.")
        if lead.deleted_at < now - RESTORE_WINDOW:
            raise DeletionConflict("Deleted leads can be restored for 30 days; this one is older.")
        if LeadMerge.objects.filter(merged_away=lead, undone_at__isnull=True).exists():
            raise DeletionConflict(
                "This lead was merged into another: undo the merge on the duplicates page."
            )
        deleted_at, lead.deleted_at = lead.deleted_at, None
        try:
            with transaction.atomic():
                lead.save(update_fields=["deleted_at", "updated_at"])
        except IntegrityError as exc:
            raise DeletionConflict(
                "Another lead now has this lead's e-mail or external id: merge or edit it first."
            ) from exc
        LeadChange.objects.create(
            lead=lead,
            kind=LeadChange.Kind.RESTORE,
            old_value=deleted_at.isoformat(timespec="seconds"),
            at=now,
            by=by,
            via=via,
            note=note,
        )
    return lead


def leads_purge_deleted(*, now: datetime) -> int:
    """Delete for good the leads soft-deleted more than RESTORE_WINDOW before `now`, with their
    history; returns how many leads went."""
    purged = Lead.all_objects.filter(deleted_at__lt=now - RESTORE_WINDOW)
    with transaction.atomic():
        # No foreign key can point at a partitioned activity (leads.partitions): the keys of
        # the purged leads' activities go by hand, with them.
        keyed = Activity.objects.filter(lead__in=purged).exclude(idempotency_key="")
        ActivityKey.objects.filter(activity_id__in=keyed.values("pk")).delete()
        _, per_model = purged.delete()
    return per_model.get("leads.Lead", 0)


def lead_erase(*, lead: Lead, by: AbstractBaseUser | None, via: str = Via.ADMIN) -> Lead:
    """Remove the person's data at once (GDPR art. 17), keeping an anonymous stub and its stage
    history so the funnel counts do not change. Leads merged into this one are the same person:
    they are erased too. `by` None: a command run by an operator."""
    if by is not None:
        _check_role(by, Perm.ERASE, "erase")
    now = timezone.now()
    with transaction.atomic():
        ids = absorbed_ids(lead.pk)
        leads = list(Lead.all_objects.select_for_update().filter(pk__in=ids).order_by("pk"))
        erased = erased_values()
        for stub in leads:
            for name, value in erased_values().items():
                setattr(stub, name, value)
            stub.external_id = f"erased-{stub.pk}"
            stub.updated_at = now
        Lead.all_objects.bulk_update(leads, [*erased, "external_id", "updated_at"])
        activities = Activity.objects.filter(Q(lead__in=ids) | Q(moved_from__in=ids))
        # A sender's key may carry the person's data (an e-mail, an order number).
        ActivityKey.objects.filter(
            activity_id__in=activities.exclude(idempotency_key="").values("pk")
        ).delete()
        activities.update(properties={}, idempotency_key="")
        # Folded activities read as the erased ones do: no properties, so no seconds either.
        ActivitySummary.objects.filter(Q(lead__in=ids) | Q(moved_from__in=ids)).update(
            properties={}, seconds=0
        )
        LeadMerge.objects.filter(Q(kept__in=ids) | Q(merged_away__in=ids)).update(filled={})
        # The qualification details hold reason codes and a checklist, nothing personal.
        StageChange.objects.filter(lead__in=ids).erase_update(note="")
        # Owner changes name users, not the person: they stay as they were.
        LeadChange.objects.filter(lead__in=ids).exclude(kind=LeadChange.Kind.OWNER).erase_update(
            old_value="", new_value="", note=""
        )
        LeadChange.objects.bulk_create(
            [
                LeadChange(lead=stub, kind=LeadChange.Kind.ERASE, at=now, by=by, via=via)
                for stub in leads
            ]
        )
        lead_erased.send(sender=Lead, lead_ids=ids)
    lead.refresh_from_db()
    return lead
