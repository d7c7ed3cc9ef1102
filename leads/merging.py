"""Merging duplicate leads, and undoing a merge within the restore window.

What moves and what stays:
- Activities move to the kept lead (they are the person's behaviour: scoring and the timeline
  count them there), each marked with the lead it came from, so an undo moves it back.
- Stage history stays on the merged-away lead, untouched: it is append-only, the funnel counts it
  as it happened, and an undo needs nothing for it. The kept lead's timeline shows the history of
  every lead merged into it.
- Empty fields of the kept lead are filled from the merged-away one; what was filled is kept on
  the LeadMerge row, so an undo empties it again (unless someone has changed it since).
- The merged-away lead is soft-deleted (restorable for 30 days; leads.tasks purges it after).
"""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, models, transaction
from django.db.models import F, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from leads.access import Perm, has_perm
from leads.errors import Conflict, DomainError, Forbidden
from leads.fields import intake_field_names
from leads.models import Activity, ActivitySummary, Lead, LeadChange, LeadMerge, Via
from leads.queueing import enqueue_on_commit
from leads.retention import RESTORE_WINDOW, merge_to_undo
from leads.selectors import absorbed_ids
from leads.signals import lead_saved
from leads.tasks import announce_activities

_FOREIGN_KEYS = frozenset({"source", "product_line"})


class MergeError(DomainError):
    pass


# The status of each comes from Forbidden (403) and Conflict (409).
class MergeForbidden(MergeError, Forbidden):
    pass


class MergeConflict(MergeError, Conflict):
    """The leads are no longer as the user saw them, or an identity would clash."""


def _check_role(by: AbstractBaseUser) -> None:
    if not has_perm(by, Perm.MERGE):
        raise MergeForbidden("Only marketers, managers and admins merge leads.")


def _empty(value: object) -> bool:
    return value in ("", None, False)


def _fill(keep: Lead, away: Lead) -> dict:
    """Fill the kept lead's empty fields from the other; returns what was filled."""
    filled: dict = {}
    for name in intake_field_names():
        attname = f"{name}_id" if name in _FOREIGN_KEYS else name
        mine, theirs = getattr(keep, attname), getattr(away, attname)
        if not _empty(mine) or _empty(theirs):
            continue
        # An external id only means something with its source.
        if name == "external_id" and keep.source_id != away.source_id:
            continue
        setattr(keep, attname, theirs)
        filled[name] = theirs
    added = {k: v for k, v in away.attributes.items() if k not in keep.attributes}
    if added:
        keep.attributes = {**keep.attributes, **added}
        filled["attributes"] = added
    return filled


def _locked(*pks: int) -> dict[int, Lead]:
    # Locked in id order, so two merges of the same pair cannot deadlock.
    rows = Lead.all_objects.select_for_update().filter(pk__in=pks).order_by("pk")
    return {lead.pk: lead for lead in rows}


def _log(
    lead: Lead, kind: str, by: AbstractBaseUser, at: datetime, note: str, **value: str
) -> None:
    """A merge or its undo in the lead's history (made on the duplicates page)."""
    LeadChange.objects.create(lead=lead, kind=kind, by=by, via=Via.UI, at=at, note=note, **value)


def leads_merge(*, keep: Lead, merge_away: Lead, by: AbstractBaseUser) -> LeadMerge:
    """Merge `merge_away` into `keep`: see the module's docstring for what moves."""
    _check_role(by)
    if keep.pk == merge_away.pk:
        raise MergeError("Choose two different leads.")
    now = timezone.now()
    with transaction.atomic():
        leads = _locked(keep.pk, merge_away.pk)
        keep, away = leads.get(keep.pk), leads.get(merge_away.pk)
        if keep is None or away is None or keep.deleted_at or away.deleted_at:
            raise MergeConflict("One of these leads was merged or deleted meanwhile.")
        away.deleted_at = now
        away.save(update_fields=["deleted_at", "updated_at"])
        filled = _fill(keep, away)
        if filled:
            try:
                with transaction.atomic():
                    keep.save(update_fields=[*_attnames(filled), "updated_at"])
            except IntegrityError as exc:
                raise MergeConflict(
                    "Filling the kept lead would give it another lead's identity "
                    "(source and external id); edit one of them first."
                ) from exc
        origin = Coalesce(F("moved_from"), Value(away.pk), output_field=models.BigIntegerField())
        moved = Activity.objects.filter(lead=away).update(lead=keep, moved_from=origin)
        # Its folded activities (leads.activity_retention) go with it, marked the same way.
        ActivitySummary.objects.filter(lead=away).update(lead=keep, moved_from=origin)
        merge = LeadMerge.objects.create(kept=keep, merged_away=away, by=by, at=now, filled=filled)
        until = (now + RESTORE_WINDOW).date().isoformat()
        kept_note = (
            f"Merged {away.display_name} (#{away.pk}) into this lead"
            + (f"; filled {', '.join(filled)}" if filled else "")
            + f"; moved {moved} activit{'y' if moved == 1 else 'ies'}. Undo until {until}."
        )
        away_note = f"Merged into {keep.display_name} (#{keep.pk}). Restorable until {until}."
        for lead, other, note in ((keep, away, kept_note), (away, keep, away_note)):
            _log(lead, LeadChange.Kind.MERGE, by, now, note, new_value=f"#{other.pk}")
        _announce(keep, fields=[*filled], activities_of=[keep.pk] if moved else [])
    return merge


def leads_unmerge(*, merge: LeadMerge, by: AbstractBaseUser) -> Lead:
    """Undo a merge: restore the merged-away lead, move its activities back, empty what was
    filled from it. Returns the restored lead."""
    _check_role(by)
    now = timezone.now()
    with transaction.atomic():
        merge = merge_to_undo(
            LeadMerge.objects, merge.pk, now=now, refuse=MergeConflict, what="Merges"
        )
        leads = _locked(merge.kept_id, merge.merged_away_id)
        keep, away = leads[merge.kept_id], leads[merge.merged_away_id]
        if keep.deleted_at is not None:
            raise MergeConflict(
                f"{keep.display_name} (#{keep.pk}) was itself merged or deleted since: "
                "undo that first."
            )
        reverted = _unfill(keep, merge.filled)
        if reverted:
            keep.save(update_fields=[*_attnames(reverted), "updated_at"])
        away.deleted_at = None
        try:
            with transaction.atomic():
                away.save(update_fields=["deleted_at", "updated_at"])
        except IntegrityError as exc:
            raise MergeConflict(
                f"Another lead now has the e-mail or external id of #{away.pk}; "
                "merge or edit that lead first."
            ) from exc
        # Activities come back from the kept lead, with those of leads merged into the
        # restored one before (they keep their own mark for when that merge is undone).
        absorbed = absorbed_ids(away.pk)
        for model in (Activity, ActivitySummary):
            model.objects.filter(lead=keep, moved_from__in=absorbed).update(lead=away)
            model.objects.filter(lead=away, moved_from=away).update(moved_from=None)
        merge.undone_at, merge.undone_by = now, by
        merge.save(update_fields=["undone_at", "undone_by"])
        note = f"Undid the merge of #{away.pk} into #{keep.pk}"
        for lead in (away, keep):
            emptied = f"; emptied {', '.join(reverted)} again" if reverted and lead is keep else ""
            _log(
                lead, LeadChange.Kind.RESTORE, by, now, f"{note}{emptied}.", old_value=f"#{keep.pk}"
            )
        _announce(keep, fields=[*reverted], activities_of=[keep.pk, away.pk])
    return away


def merges_undoable(*, since: datetime | None = None):
    """The merges that can still be undone, newest first."""
    since = since or timezone.now() - RESTORE_WINDOW
    return (
        LeadMerge.objects.filter(undone_at__isnull=True, at__gte=since)
        .select_related("kept", "merged_away", "by")
        .order_by("-at", "-pk")
    )


def _unfill(keep: Lead, filled: dict) -> dict:
    reverted: dict = {}
    for name, value in filled.items():
        if name == "attributes":
            same = {k for k, v in value.items() if keep.attributes.get(k) == v}
            if same:
                keep.attributes = {k: v for k, v in keep.attributes.items() if k not in same}
                reverted[name] = sorted(same)
            continue
        attname = f"{name}_id" if name in _FOREIGN_KEYS else name
        if getattr(keep, attname) == value:
            blank = False if isinstance(value, bool) else None if name in _NULLABLE else ""
            setattr(keep, attname, blank)
            reverted[name] = value
    return reverted


_NULLABLE = frozenset({"company_size", "source", "product_line"})


def _attnames(fields: dict) -> list[str]:
    return [f"{name}_id" if name in _FOREIGN_KEYS else name for name in fields]


def _announce(lead: Lead, *, fields: list[str], activities_of: list[int]) -> None:
    if fields:
        lead_saved.send(sender=Lead, lead=lead, created=False, fields=fields)
    if activities_of:
        ids = sorted(set(activities_of))
        enqueue_on_commit(announce_activities, ids, lead_ids=ids)


def merge_preview(*, keep: Lead, merge_away: Lead) -> dict:
    """What a merge would fill on the kept lead ({field: value}), without saving anything."""
    probe = Lead(**{f.attname: getattr(keep, f.attname) for f in Lead._meta.concrete_fields})
    return _fill(probe, merge_away)
