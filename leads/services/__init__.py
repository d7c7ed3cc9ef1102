"""Writes to leads. The stage machine lives here and nowhere else: views, the API, the admin,
commands and tasks all call these functions, and nothing else writes `Lead.stage`.

By job: `move_rules` decides whether a move may be made (and its errors), `moving` writes it
(`lead_move`, the one stage setter), `assignment` changes a lead's owner, `history` turns a
step into a history row and creates leads with a history made elsewhere. Import the names
from `leads.services`."""

from leads.services.assignment import lead_assign
from leads.services.history import HistoryStep, history_row, leads_create_with_history
from leads.services.move_rules import (
    ACTION_TARGETS,
    MAX_DETAILS_JSON,
    MAX_NOTE,
    Move,
    MoveAsk,
    MoveConflict,
    MoveError,
    MoveForbidden,
    MoveInvalid,
    MoveNotAllowed,
    available_actions,
    check_history_text,
    check_move,
    handed_over,
    role_may,
    targets_from,
)
from leads.services.moving import (
    DONE_WORDS,
    conflict,
    lead_accept,
    lead_move,
    lead_promote,
    lead_qualify,
    lead_reject,
)

__all__ = [
    "ACTION_TARGETS",
    "DONE_WORDS",
    "MAX_DETAILS_JSON",
    "MAX_NOTE",
    "HistoryStep",
    "Move",
    "MoveConflict",
    "MoveError",
    "MoveAsk",
    "MoveForbidden",
    "MoveInvalid",
    "MoveNotAllowed",
    "available_actions",
    "check_history_text",
    "check_move",
    "conflict",
    "handed_over",
    "history_row",
    "lead_accept",
    "lead_assign",
    "lead_move",
    "lead_promote",
    "lead_qualify",
    "lead_reject",
    "leads_create_with_history",
    "role_may",
    "targets_from",
]
