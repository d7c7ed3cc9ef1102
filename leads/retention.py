"""How long what a user removes can still be brought back.

A deleted lead can be restored, and a merge (of leads or of accounts) undone, for this long; then
the nightly purge (leads.deletion.leads_purge_deleted) deletes the lead for good and the undo is
refused. Kept apart from the tasks so that selectors and views need not import Celery.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TypeVar

from django.db.models import Manager, Model

M = TypeVar("M", bound=Model)

RESTORE_WINDOW = timedelta(days=30)


def merge_to_undo(
    merges: Manager[M], pk: int, *, now: datetime, refuse: Callable[[str], Exception], what: str
) -> M:
    """The merge `pk` of the `merges` manager (LeadMerge's or AccountMerge's), locked for its
    undo; `refuse(message)` is raised when it was undone already or is older than the window
    (`what`: the merges' name in that message, e.g. "Merges")."""
    merge = merges.select_for_update().get(pk=pk)
    if merge.undone_at is not None:
        raise refuse("This merge was already undone.")
    if merge.at < now - RESTORE_WINDOW:
        raise refuse(f"{what} can be undone for {RESTORE_WINDOW.days} days; this one is older.")
    return merge
