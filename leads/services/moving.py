"""The stage machine's one writer: `lead_move` and the thin `lead_<verb>` calls over it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Unpack

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from leads.models import Action, Lead, Stage, StageChange, Via
from leads.recycling import cooldown_until
from leads.roles import Role, role_of
from leads.services.history import HistoryStep, history_row
from leads.services.move_rules import Move, MoveAsk, MoveConflict, check_history_text, check_move
from leads.signals import lead_stage_changed

DONE_WORDS: dict[str, str] = {
    Action.PROMOTE: "promoted",
    Action.QUALIFY: "qualified",
    Action.ACCEPT: "accepted",
    Action.REJECT: "rejected",
    Action.RECYCLE: "recycled",
    Action.DISQUALIFY: "disqualified",
    Action.CLOSE: "closed",
}


def conflict(lead: Lead, by: AbstractBaseUser | None) -> MoveConflict:
    """The 409 for a move made on a stale view of `lead`: says so when the move that changed it
    was the caller's own ("You already accepted this lead at 10:42")."""
    last = StageChange.objects.filter(lead_id=lead.pk).order_by("-at", "-pk").first()
    current = Lead.all_objects.filter(pk=lead.pk).values_list("stage", flat=True).first()
    label = Stage(current).label if current in Stage.values else current
    if last is not None and by is not None and last.by_id == by.pk:
        at = timezone.localtime(last.at)
        when = at.strftime("%H:%M") if at.date() == timezone.localdate() else f"{at:%Y-%m-%d %H:%M}"
        done = DONE_WORDS.get(last.action, "moved")
        message = f"You already {done} this lead at {when}: it is now {label}."
    else:
        message = f"Someone else moved this lead first: it is now {label}."
    return MoveConflict(message, current_stage=current)


def lead_move(
    *,
    lead: Lead,
    action: str,
    by: AbstractBaseUser | None,
    via: str = Via.UI,
    score: int | None = None,
    score_model_version: str | None = None,
    expected_stage: str | None = None,
    **asked: Unpack[MoveAsk],
) -> Lead:
    """Make one stage move. Of concurrent moves of one lead exactly one wins; the others raise
    MoveConflict. The move and its history row are written in one transaction.

    `asked` is what the move needs besides its action (MoveAsk: reason, reasons, outcome,
    details, note), checked by `check_move`. `expected_stage` is the stage the caller last saw
    (a page's hidden field): a lead that has moved on since is a conflict even when the move
    would be allowed from its new stage."""
    note = asked.get("note", "")
    check_history_text(note=note, details=asked.get("details"))
    if expected_stage and expected_stage != lead.stage:
        raise conflict(lead, by)
    move = check_move(lead=lead, action=action, by=by, **asked)
    now = timezone.now()
    changes = _lead_changes(lead=lead, move=move, by=by, now=now)
    with transaction.atomic():
        # The WHERE on the stage the caller saw closes the race: of concurrent moves one updates
        # the row, the others find it already moved and update nothing.
        updated = Lead.objects.filter(pk=lead.pk, stage=move.from_stage).update(**changes)
        if not updated:
            raise conflict(lead, by)
        for name, value in changes.items():
            setattr(lead, name, value)
        change = _history_row(lead=lead, move=move, by=by, via=via, note=note, now=now)
        if score is not None:
            change.score = score
        if score_model_version is not None:
            change.score_model_version = score_model_version
        change.save(force_insert=True)
        lead_stage_changed.send(sender=Lead, lead=lead, change=change)
    return lead


def _history_row(
    *, lead: Lead, move: Move, by: AbstractBaseUser | None, via: str, note: str, now: datetime
) -> StageChange:
    """The move's history row (unsaved), with the time the lead entered the stage it leaves.
    The lead's row is locked by the move's update: no other move can come in between."""
    entered_at = (
        StageChange.objects.filter(lead=lead)
        .order_by("-at", "-pk")
        .values_list("at", flat=True)
        .first()
    ) or lead.created_at
    step = HistoryStep(
        to_stage=move.to_stage,
        at=now,
        by=by,
        reason=move.reason,
        note=note,
        action=move.action,
        details=move.details,
    )
    return history_row(lead, step, from_stage=move.from_stage, entered_at=entered_at, via=via)


def _lead_changes(
    *, lead: Lead, move: Move, by: AbstractBaseUser | None, now: datetime
) -> dict[str, object]:
    """The lead's fields a move sets besides its stage."""
    changes: dict[str, object] = {
        "stage": move.to_stage,
        "stage_changed_at": now,
        "updated_at": now,
    }
    # Accepting claims an unassigned lead (or one held by an SDR) for the accepting rep.
    if move.action == Action.ACCEPT and by is not None and role_of(by) == Role.REP:
        changes["owner"] = by
    if move.to_stage == Stage.NURTURE or lead.recycle_after is not None:
        changes["recycle_after"] = (
            cooldown_until(move.reason, now) if move.to_stage == Stage.NURTURE else None
        )
    return changes


def lead_promote(*, lead: Lead, by: AbstractBaseUser | None, note: str = "", **kw) -> Lead:
    return lead_move(lead=lead, action=Action.PROMOTE, by=by, note=note, **kw)


def lead_accept(*, lead: Lead, by: AbstractBaseUser, note: str = "", **kw) -> Lead:
    return lead_move(lead=lead, action=Action.ACCEPT, by=by, note=note, **kw)


def lead_reject(*, lead: Lead, by: AbstractBaseUser, reason: str, note: str = "", **kw) -> Lead:
    return lead_move(lead=lead, action=Action.REJECT, by=by, reason=reason, note=note, **kw)


def lead_qualify(
    *, lead: Lead, by: AbstractBaseUser, reasons: Sequence[str] = (), note: str = "", **kw
) -> Lead:
    return lead_move(lead=lead, action=Action.QUALIFY, by=by, reasons=reasons, note=note, **kw)
