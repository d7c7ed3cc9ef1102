"""Writes to leads. The stage machine lives here and nowhere else: views, the API, the admin,
commands and tasks all call these functions, and nothing else writes `Lead.stage`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from leads.access import MOVES, Perm, actor_role, has_perm, may_move
from leads.errors import Conflict, DomainError, Forbidden
from leads.models import Action, Lead, LeadChange, Reason, Stage, StageChange, Via
from leads.recycling import cooldown_until, is_cooling
from leads.roles import Role, role_of
from leads.signals import lead_stage_changed
from leads.worklog import WorkError, not_reachable_check

# The stages each action may lead to; the reason (reject) or outcome (close) picks one.
ACTION_TARGETS: dict[str, frozenset[str]] = {
    Action.PROMOTE: frozenset({Stage.MQL}),
    Action.QUALIFY: frozenset({Stage.TQL, Stage.SQL}),
    Action.ACCEPT: frozenset({Stage.SAL}),
    Action.REJECT: frozenset({Stage.NURTURE, Stage.DISQUALIFIED}),
    Action.RECYCLE: frozenset({Stage.NURTURE}),
    Action.DISQUALIFY: frozenset({Stage.DISQUALIFIED}),
    Action.CLOSE: frozenset({Stage.WON, Stage.LOST}),
}
# "Reject" is sales' answer to a lead handed to it; later, the same targets are "recycle" and
# "disqualify".
_ACTION_FROM: dict[str, frozenset[str]] = {
    Action.REJECT: frozenset({Stage.MQL, Stage.TQL}),
}


class MoveError(DomainError):
    """A refused move; the body names the lead's current stage when it is known."""

    def __init__(self, message: str, *, current_stage: str | None = None, errors=None):
        super().__init__(message, errors=errors, stage=current_stage)
        self.current_stage = current_stage


class MoveInvalid(MoveError):
    """The request is malformed: a missing or unknown reason, a bad outcome (400)."""


class MoveForbidden(MoveError, Forbidden):
    """The user's role may not make this move (403)."""

    status = 403


class MoveNotAllowed(MoveError, Conflict):
    """The move is not allowed from the lead's current stage (409)."""

    status = 409


class MoveConflict(MoveNotAllowed):
    """Someone else moved the lead first (409)."""


def targets_from(action: str, from_stage: str) -> set[str]:
    """The stages `action` may move a lead in `from_stage` to, for anyone."""
    if action in _ACTION_FROM and from_stage not in _ACTION_FROM[action]:
        return set()
    return {to for to in ACTION_TARGETS.get(action, ()) if (from_stage, to) in MOVES}


def role_may(role: str | None, action: str, from_stage: str | None = None) -> bool:
    """Whether `role` may make `action` at all (from_stage None) or from `from_stage`."""
    if role is None:
        return False
    stages = [from_stage] if from_stage else list(Stage.values)
    return any(may_move(role, f, to) for f in stages for to in targets_from(action, f))


def handed_over(lead: Lead, by: AbstractBaseUser | None) -> bool:
    """An SDR looking at a lead someone else owns now (one they handed over): read only."""
    return (
        by is not None
        and role_of(by) == Role.SDR
        and lead.owner_id is not None
        and lead.owner_id != by.pk
    )


def available_actions(lead: Lead, user: AbstractBaseUser) -> list[str]:
    if handed_over(lead, user):
        return []
    role = role_of(user)
    return [a for a in Action.values if role_may(role, a, lead.stage)]


@dataclass
class Move:
    """A checked move, ready to be written."""

    action: str
    from_stage: str
    to_stage: str
    reason: Reason | None = None
    details: dict = field(default_factory=dict)


def _reason(action: str, code: str | Reason | None, *, required: bool) -> Reason | None:
    if isinstance(code, Reason):
        code = code.code
    if not code:
        if required:
            raise MoveInvalid(
                "A reason is required.", errors={"reason": ["This field is required."]}
            )
        return None
    reason = Reason.objects.filter(code=code, applies_to=action, active=True).first()
    if reason is None:
        raise MoveInvalid(
            f"Unknown reason {code!r} for {action}.",
            errors={"reason": [f"Unknown reason {code!r} for {action}."]},
        )
    return reason


# What one history row may hold: the history is append-only and shown on every lead page, so
# a client must not be able to write megabytes into it (2 MB once went in through `details`).
MAX_NOTE = 5000
MAX_DETAILS_JSON = 10_000


def check_history_text(*, note: str = "", details: dict | None = None) -> None:
    """MoveInvalid naming the field when a note or the details are too large."""
    errors = {}
    if len(note) > MAX_NOTE:
        errors["note"] = [f"At most {MAX_NOTE:,} characters; this note has {len(note):,}."]
    if details and len(json.dumps(details, default=str)) > MAX_DETAILS_JSON:
        errors["details"] = [f"At most {MAX_DETAILS_JSON:,} characters of JSON."]
    if errors:
        raise MoveInvalid("The note or the details are too long.", errors=errors)


def _cooldown_check(lead: Lead, by: AbstractBaseUser | None, note: str) -> dict:
    """Promoting a recycled lead inside its cool-down: the score may not (it would send a lead
    sales just refused straight back), a person may with a note, recorded as an override."""
    if not is_cooling(lead):
        return {}
    until = timezone.localtime(lead.recycle_after).strftime("%Y-%m-%d")
    if by is None:
        raise MoveNotAllowed(
            f"The lead is cooling down after a rejection until {until}.", current_stage=lead.stage
        )
    if not note.strip():
        raise MoveInvalid(
            f"Sales sent this lead back; it is cooling down until {until}. "
            "Say why it should go back now (a note) to promote it anyway.",
            errors={"note": ["A note is required to promote a lead inside its cool-down."]},
        )
    return {"cooldown_override": True, "cooldown_until": lead.recycle_after.isoformat()}


def check_move(
    *,
    lead: Lead,
    action: str,
    by: AbstractBaseUser | None,
    reason: str | Reason | None = None,
    reasons: Sequence[str] = (),
    outcome: str | None = None,
    details: dict | None = None,
    note: str = "",
) -> Move:
    """Decide whether `by` may make `action` on `lead` as it is now; raise a MoveError if not."""
    if action not in Action.values:
        raise MoveInvalid(f"Unknown action {action!r}.", errors={"action": ["Unknown action."]})
    role = actor_role(by)
    from_stage = lead.stage
    _check_may_act(role=role, action=action, lead=lead, by=by)
    details = dict(details or {})
    if action in (Action.REJECT, Action.RECYCLE, Action.DISQUALIFY):
        to_stage, chosen = _refusal_target(action=action, lead=lead, reason=reason, details=details)
    elif action == Action.CLOSE:
        to_stage, chosen = _close_target(outcome=outcome, reason=reason)
    elif action == Action.QUALIFY:
        to_stage, chosen = _qualify_target(
            from_stage=from_stage, reason=reason, reasons=reasons, details=details
        )
    else:
        to_stage = next(iter(targets_from(action, from_stage)))
        chosen = _reason(action, reason, required=False)

    if not may_move(role, from_stage, to_stage):
        raise MoveForbidden(
            f"Your role may not move a lead from {from_stage!r} to {to_stage!r}.",
            current_stage=from_stage,
        )
    if from_stage == Stage.NURTURE and to_stage == Stage.MQL:
        details.update(_cooldown_check(lead, by, note))
    return Move(
        action=action, from_stage=from_stage, to_stage=to_stage, reason=chosen, details=details
    )


def _check_may_act(
    *, role: str | None, action: str, lead: Lead, by: AbstractBaseUser | None
) -> None:
    """Whether `role` may make `action` at all, on this lead, from the stage it is in."""
    from_stage = lead.stage
    if not role_may(role, action):
        raise MoveForbidden(f"Your role may not {action} leads.", current_stage=from_stage)
    if handed_over(lead, by):
        raise MoveForbidden(
            f"This lead is {lead.owner}'s now; you may read it, not move it.",
            current_stage=from_stage,
        )
    if not targets_from(action, from_stage):
        raise MoveNotAllowed(
            f"A lead in stage {from_stage!r} cannot be moved by {action}.",
            current_stage=from_stage,
        )
    if not role_may(role, action, from_stage):
        raise MoveForbidden(
            f"Your role may not {action} a lead in stage {from_stage!r}.", current_stage=from_stage
        )


def _refusal_target(
    *, action: str, lead: Lead, reason: str | Reason | None, details: dict
) -> tuple[str, Reason | None]:
    """A reject, recycle or disqualify: the reason (required) says where the lead goes."""
    chosen = _reason(action, reason, required=True)
    try:
        not_reachable_check(lead=lead, reason=chosen, details=details)
    except WorkError as exc:
        raise MoveInvalid(exc.message, errors=exc.errors) from exc
    return chosen.sends_to, chosen


def _close_target(*, outcome: str | None, reason: str | Reason | None) -> tuple[str, Reason | None]:
    """A close: won, or lost with a reason for losing the deal."""
    if outcome not in (Stage.WON, Stage.LOST):
        raise MoveInvalid(
            "Outcome must be 'won' or 'lost'.", errors={"outcome": ["Must be won or lost."]}
        )
    if outcome == Stage.LOST:
        chosen = _reason(Action.CLOSE, reason, required=True)
        if chosen.category != Reason.Category.LOST:
            raise MoveInvalid(
                "A lost deal needs a 'lost' reason.",
                errors={"reason": [f"{chosen.code!r} is not a reason for losing a deal."]},
            )
        return outcome, chosen
    return outcome, _reason(Action.CLOSE, reason, required=False) if reason else None


def _qualify_target(
    *, from_stage: str, reason: str | Reason | None, reasons: Sequence[str], details: dict
) -> tuple[str, Reason | None]:
    """A qualify: an MQL becomes a TQL (the SDR's hand-off), anything else an SQL, which needs
    at least one reason; the reasons given are kept in the move's details."""
    to_stage = Stage.TQL if from_stage == Stage.MQL else Stage.SQL
    codes = list(dict.fromkeys([*reasons, *([reason] if isinstance(reason, str) else [])]))
    if to_stage == Stage.SQL and not codes:
        raise MoveInvalid(
            "Qualifying a lead needs at least one reason.",
            errors={"reasons": ["Give at least one reason."]},
        )
    found = [_reason(Action.QUALIFY, code, required=True) for code in codes]
    if codes:
        details["reasons"] = codes
    return to_stage, found[0] if found else None


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
    reason: str | Reason | None = None,
    reasons: Sequence[str] = (),
    outcome: str | None = None,
    note: str = "",
    details: dict | None = None,
    via: str = Via.UI,
    score: int | None = None,
    score_model_version: str | None = None,
    expected_stage: str | None = None,
) -> Lead:
    """Make one stage move. Of concurrent moves of one lead exactly one wins; the others raise
    MoveConflict. The move and its history row are written in one transaction.

    `expected_stage` is the stage the caller last saw (a page's hidden field): a lead that has
    moved on since is a conflict even when the move would be allowed from its new stage."""
    check_history_text(note=note, details=details)
    if expected_stage and expected_stage != lead.stage:
        raise conflict(lead, by)
    move = check_move(
        lead=lead,
        action=action,
        by=by,
        reason=reason,
        reasons=reasons,
        outcome=outcome,
        details=details,
        note=note,
    )
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
    return StageChange(
        lead=lead,
        from_stage=move.from_stage,
        to_stage=move.to_stage,
        action=move.action,
        at=now,
        entered_at=entered_at,
        by=by,
        via=via,
        reason=move.reason,
        details=move.details,
        note=note,
        score=lead.score,
        score_model_version=lead.score_model_version,
    )


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


def lead_assign(
    *,
    lead: Lead,
    owner: AbstractBaseUser | None,
    by: AbstractBaseUser | None,
    note: str = "",
    via: str = Via.UI,
) -> Lead:
    """Give the lead to `owner` (None: unassign). Managers, admins and routing may."""
    if not has_perm(by, Perm.ASSIGN):
        raise MoveForbidden("Only managers and admins may reassign leads.")
    check_history_text(note=note)
    if owner is not None and not has_perm(owner, Perm.OWN_LEADS):
        raise MoveInvalid(
            "Leads can be assigned to SDRs, reps and managers only.",
            errors={"owner": [f"{owner.get_username()} is not in a sales role."]},
        )
    with transaction.atomic():
        lead = Lead.objects.select_for_update().get(pk=lead.pk)
        old = lead.owner
        lead.owner = owner
        update_fields = ["owner", "updated_at"]
        if owner is not None:
            teams = list(owner.teams.all())
            if teams and lead.team_id not in {t.pk for t in teams}:
                lead.team = teams[0]
                update_fields.append("team")
        lead.save(update_fields=update_fields)
        LeadChange.objects.create(
            lead=lead,
            kind=LeadChange.Kind.OWNER,
            old_value=old.get_username() if old else "",
            new_value=owner.get_username() if owner else "",
            by=by,
            via=via,
            note=note,
        )
    return lead


@dataclass
class HistoryStep:
    """One imported stage move: where a lead went, when, by whom, why."""

    to_stage: str
    at: datetime
    by: AbstractBaseUser | None = None
    reason: Reason | None = None
    note: str = ""
    action: str = ""


def leads_create_with_history(
    items: Iterable[tuple[Lead, Sequence[HistoryStep]]], *, via: str = Via.IMPORT
) -> list[Lead]:
    """Create leads whose history happened elsewhere (imports, the demo seed).

    Imported stages need no reason and skip the role rules; they are recorded with `via` so the
    reports can tell them from moves made here. Each lead ends in its last step's stage.
    """
    leads: list[Lead] = []
    paths: list[Sequence[HistoryStep]] = []
    for lead, steps in items:
        if steps:
            lead.stage = steps[-1].to_stage
            lead.stage_changed_at = steps[-1].at
        leads.append(lead)
        paths.append(steps)
    with transaction.atomic():
        Lead.objects.bulk_create(leads, batch_size=1000)
        rows = []
        for lead, steps in zip(leads, paths, strict=True):
            previous, entered_at = Stage.NEW, lead.created_at
            for step in steps:
                rows.append(
                    StageChange(
                        lead=lead,
                        from_stage=previous,
                        to_stage=step.to_stage,
                        action=step.action,
                        at=step.at,
                        entered_at=entered_at,
                        by=step.by,
                        via=via,
                        reason=step.reason,
                        note=step.note,
                        score=lead.score,
                        score_model_version=lead.score_model_version,
                    )
                )
                previous, entered_at = step.to_stage, step.at
        StageChange.objects.bulk_create(rows, batch_size=2000)
    return leads
