"""The demo leads' histories: a random walk through the allowed stage moves.

Each step comes some hours to days after the last, and a hidden "quality" of the lead drives each
choice, so the demo's funnel has believable conversion rates and waiting times. Part of
leads.demo: seed_demo draws each lead's path here from the demo's one seeded generator, between
the lead's other draws (so a change to the walk changes every demo lead after it).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from leads.models import Reason, Stage
from leads.services import HistoryStep


def demo_reasons() -> dict[str, list[Reason]]:
    """The active reasons by move and where they send a lead ("reject:nurture", ...): the walk
    picks one for each reject, recycle, loss and disqualification."""
    by_key: dict[str, list[Reason]] = {}
    for reason in Reason.objects.filter(active=True):
        by_key.setdefault(f"{reason.applies_to}:{reason.sends_to or reason.category}", []).append(
            reason
        )
    return by_key


def demo_path(
    rng: random.Random, created: datetime, now: datetime, users: dict, reasons: dict, rep
) -> list[HistoryStep]:
    """A random walk through the allowed moves, each step some hours to days after the last."""
    return _Walk(rng, created, now, users, reasons, rep).walk()


# What a phase of the walk tells the walk: go on to the next phase, stop here, or start another
# cycle (a lead sent to nurture re-engages later as a new MQL).
_GO, _STOP, _AGAIN = "go", "stop", "again"


class _Walk:
    def __init__(
        self, rng: random.Random, created: datetime, now: datetime, users: dict, reasons: dict, rep
    ) -> None:
        self.rng, self.now, self.users, self.reasons, self.rep = rng, now, users, reasons, rep
        self.at = created
        self.stage: str = Stage.NEW
        self.steps: list[HistoryStep] = []
        self.quality = rng.random()  # a hidden "how good is this lead" that drives each choice

    def walk(self) -> list[HistoryStep]:
        for _cycle in range(2):
            if not self._promote():
                break
            outcome = self._qualify_or_reject()
            if outcome == _AGAIN:
                continue
            if outcome == _STOP or self._sal() == _STOP or self._sql() == _STOP:
                break
        return self.steps

    def waiting(self, days: int, chance: float) -> bool:
        """Recent leads are still being worked: they wait in the current stage."""
        return (self.now - self.at) < timedelta(days=days) and self.rng.random() < chance

    def step(
        self, to: str, by, hours: tuple[float, float], reason=None, action="", note=""
    ) -> bool:
        nxt = self.at + timedelta(hours=self.rng.uniform(*hours))
        if nxt >= self.now:
            return False
        self.at, self.stage = nxt, to
        self.steps.append(
            HistoryStep(to_stage=to, at=nxt, by=by, reason=reason, action=action, note=note)
        )
        return True

    def _promote(self) -> bool:
        """New or nurture: a few are disqualified, the better ones become MQLs."""
        if self.stage not in (Stage.NEW, Stage.NURTURE):
            return True
        rng, marketer = self.rng, self.users["marketer"]
        if rng.random() < 0.08 and self.stage == Stage.NEW:
            reason = rng.choice(self.reasons["disqualify:disqualified"])
            self.step(Stage.DISQUALIFIED, marketer, (2, 48), reason, "disqualify")
            return False
        if rng.random() > 0.35 + self.quality * 0.6:
            return False
        by = marketer if rng.random() < 0.4 else None
        return self.step(Stage.MQL, by, (1, 240), action="promote")

    def _qualify_or_reject(self) -> str:
        """An MQL: the SDR may qualify it to TQL; then sales rejects it or accepts it."""
        rng, sdr = self.rng, self.users["sdr"]
        if self.stage == Stage.MQL and self.waiting(10, 0.6):
            return _STOP
        if (
            self.stage == Stage.MQL
            and rng.random() < 0.45
            and not self.step(Stage.TQL, sdr, (1, 36), action="qualify")
        ):
            return _STOP
        if self.stage not in (Stage.MQL, Stage.TQL):
            return _GO
        if self.stage == Stage.TQL and self.waiting(10, 0.5):
            return _STOP
        if rng.random() < 0.30 + (1 - self.quality) * 0.35:
            reason = rng.choice(
                self.reasons["reject:nurture"] + self.reasons["reject:disqualified"]
            )
            by = self.rep if self.stage == Stage.MQL else sdr
            note = rng.choice(["", "", "Left two voicemails.", "Says they are a student."])
            self.step(reason.sends_to, by, (2, 72), reason, "reject", note)
            if self.stage == Stage.NURTURE and rng.random() < 0.5:
                return _AGAIN
            return _STOP
        return _GO if self.step(Stage.SAL, self.rep, (1, 60), action="accept") else _STOP

    def _held(self, stage: str, days: int) -> str | None:
        """Before the move out of `stage`: _GO on when the lead is not in it, _STOP when it still
        waits there (a recent lead, half of the time), None to decide its move."""
        if self.stage != stage:
            return _GO
        return _STOP if self.waiting(days, 0.5) else None

    def _sal(self) -> str:
        """An accepted lead: recycled to nurture, or qualified to SQL."""
        if held := self._held(Stage.SAL, 30):
            return held
        if self.rng.random() < 0.25 + (1 - self.quality) * 0.2:
            reason = self.rng.choice(self.reasons["recycle:nurture"])
            self.step(Stage.NURTURE, self.rep, (24, 240), reason, "recycle")
            return _STOP
        return _GO if self.step(Stage.SQL, self.rep, (24, 336), action="qualify") else _STOP

    def _sql(self) -> str:
        """An opportunity: won or lost (with a reason)."""
        if held := self._held(Stage.SQL, 45):
            return held
        if self.rng.random() < 0.25 + self.quality * 0.45:
            self.step(Stage.WON, self.rep, (72, 720), action="close")
        else:
            reason = self.rng.choice(self.reasons["close:lost"])
            self.step(Stage.LOST, self.rep, (72, 720), reason, "close")
        return _STOP
