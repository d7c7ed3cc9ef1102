"""Hand-built lead histories for the report tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import count

from leads.models import Lead, Reason
from leads.services import HistoryStep, leads_create_with_history

_numbers = count()


def at(day: str, clock: str = "12:00") -> datetime:
    """A UTC instant from 'YYYY-MM-DD' and 'HH:MM'."""
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=UTC)


def history(
    created: datetime, *steps: tuple[str, datetime] | tuple[str, datetime, str], **fields
) -> Lead:
    """One lead created at `created` whose history is `steps`: (stage, at[, reason code])."""
    path: Sequence[HistoryStep] = [
        HistoryStep(
            to_stage=step[0],
            at=step[1],
            reason=Reason.objects.get(code=step[2]) if len(step) > 2 else None,
        )
        for step in steps
    ]
    fields.setdefault("email", f"lead{next(_numbers)}@example.com")
    (lead,) = leads_create_with_history([(Lead(created_at=created, **fields), path)])
    return lead
