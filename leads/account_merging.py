"""Merging two accounts (the same company entered twice), and undoing it like a lead merge.

The merged-away account's leads and domains move to the kept one; it is hidden (`merged_into`)
rather than deleted, and the AccountMerge row remembers exactly which leads and domains moved,
so an undo within the restore window moves those back (those changed since stay)."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from leads.account_services import AccountError, check_account_editor
from leads.models import (
    Account,
    AccountDomain,
    AccountMatchReview,
    AccountMerge,
    Lead,
    LeadChange,
    Via,
)
from leads.retention import merge_to_undo


def _audit(lead_ids: list[int], *, old: Account, new: Account, by: AbstractBaseUser, note: str):
    LeadChange.objects.bulk_create(
        [
            LeadChange(
                lead_id=pk,
                kind=LeadChange.Kind.FIELDS,
                old_value=str(old)[:200],
                new_value=str(new)[:200],
                by=by,
                via=Via.UI,
                note=f"account: {note}",
            )
            for pk in lead_ids
        ],
        batch_size=2000,
    )


def accounts_merge(*, keep: Account, merge_away: Account, by: AbstractBaseUser) -> AccountMerge:
    check_account_editor(by)
    if keep.pk == merge_away.pk:
        raise AccountError("Choose two different accounts.")
    with transaction.atomic():
        locked = {
            a.pk: a
            for a in Account.all_objects.select_for_update()
            .filter(pk__in=[keep.pk, merge_away.pk])
            .order_by("pk")
        }
        keep, away = locked.get(keep.pk), locked.get(merge_away.pk)
        if keep is None or away is None or keep.merged_into_id or away.merged_into_id:
            raise AccountError("One of these accounts was merged or deleted meanwhile.")
        lead_ids = list(Lead.all_objects.filter(account=away).values_list("pk", flat=True))
        domain_ids = list(AccountDomain.objects.filter(account=away).values_list("pk", flat=True))
        Lead.all_objects.filter(pk__in=lead_ids).update(account=keep)
        AccountDomain.objects.filter(pk__in=domain_ids).update(account=keep)
        # Open reviews offering the merged-away account now offer the kept one.
        for review in AccountMatchReview.objects.filter(resolved_at__isnull=True, candidates=away):
            review.candidates.remove(away)
            review.candidates.add(keep)
        away.merged_into = keep
        away.save(update_fields=["merged_into", "updated_at"])
        _audit(lead_ids, old=away, new=keep, by=by, note=f"merged {away} into {keep}")
        return AccountMerge.objects.create(
            kept=keep, merged_away=away, lead_ids=lead_ids, domain_ids=domain_ids, by=by
        )


def accounts_unmerge(*, merge: AccountMerge, by: AbstractBaseUser) -> Account:
    """Undo an account merge; returns the restored account."""
    check_account_editor(by)
    now = timezone.now()
    with transaction.atomic():
        merge = merge_to_undo(
            AccountMerge.objects, merge.pk, now=now, refuse=AccountError, what="Account merges"
        )
        keep = Account.all_objects.select_for_update().get(pk=merge.kept_id)
        away = Account.all_objects.select_for_update().get(pk=merge.merged_away_id)
        if keep.merged_into_id is not None:
            raise AccountError(f"{keep} was itself merged since: undo that first.")
        moved = list(
            Lead.all_objects.filter(pk__in=merge.lead_ids, account=keep).values_list(
                "pk", flat=True
            )
        )
        Lead.all_objects.filter(pk__in=moved).update(account=away)
        AccountDomain.objects.filter(pk__in=merge.domain_ids, account=keep).update(account=away)
        away.merged_into = None
        away.save(update_fields=["merged_into", "updated_at"])
        merge.undone_at, merge.undone_by = now, by
        merge.save(update_fields=["undone_at", "undone_by"])
        _audit(moved, old=keep, new=away, by=by, note=f"undid the merge of {away} into {keep}")
    return away
