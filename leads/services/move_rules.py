"""Whether a stage move may be made: the targets of each action, the role and stage checks, the
reasons a move needs, and the errors a refused move raises. Nothing here writes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypedDict

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone

from leads.access import MOVES, actor_role, may_move
from leads.errors import Conflict, DomainError, Forbidden
from leads.models import Action, Lead, Reason, Stage
from leads.recycling import is_cooling
from leads.roles import Role, role_of
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


class MoveAsk(TypedDict, total=False):
    """What a move may need besides its action, as `check_move` takes it (and `lead_move` passes
    it on): the reason of a reject, recycle, disqualify or lost close, the reasons of a qualify,
    a close's outcome, details (the BANT checklist) and a note."""

    reason: str | Reason | None
    reasons: Sequence[str]
    outcome: str | None
    details: dict | None
    note: str


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
