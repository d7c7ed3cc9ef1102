"""A lead's stage history as rows: the one way a step becomes a StageChange (a move made here or
one that happened elsewhere), and leads created with a history from elsewhere (imports, the demo
seed)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from leads.models import Lead, Reason, Stage, StageChange, Via


@dataclass
class HistoryStep:
    """One stage move: where a lead went, when, by whom, why."""

    to_stage: str
    at: datetime
    by: AbstractBaseUser | None = None
    reason: Reason | None = None
    note: str = ""
    action: str = ""
    details: dict = field(default_factory=dict)


def history_row(
    lead: Lead, step: HistoryStep, *, from_stage: str, entered_at: datetime, via: str
) -> StageChange:
    """The history row (unsaved) of `step` taking `lead` out of `from_stage`, which it entered
    at `entered_at`; it keeps the lead's score as it stands."""
    return StageChange(
        lead=lead,
        from_stage=from_stage,
        to_stage=step.to_stage,
        action=step.action,
        at=step.at,
        entered_at=entered_at,
        by=step.by,
        via=via,
        reason=step.reason,
        details=step.details,
        note=step.note,
        score=lead.score,
        score_model_version=lead.score_model_version,
    )


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
                    history_row(lead, step, from_stage=previous, entered_at=entered_at, via=via)
                )
                previous, entered_at = step.to_stage, step.at
        StageChange.objects.bulk_create(rows, batch_size=2000)
    return leads
