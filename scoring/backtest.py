"""Backtest: how well a version's scores separate leads whose outcome is known.

A lead's outcome comes from its stage history: positive if it ever reached a positive stage
(by default SAL, SQL or won), else negative if it ever reached a negative one (by default
nurture, which a rejection sends it to, disqualified or lost). Other leads are left out.

By default each lead is scored as it stood when it was judged (at its first MQL move, with the
activities it had then; scoring.outcomes), which is what a threshold decides on. `as_of="now"`
scores them today with the set-based path instead, as a rescore would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime

import numpy as np
from django.db import connection
from django.db.models import QuerySet
from django.utils import timezone
from sklearn.metrics import brier_score_loss, precision_score, recall_score, roc_auc_score

from leads.models import ActivityType, Lead, Stage, StageChange
from scoring.bulk import compile_scores
from scoring.engine import likelihood_at, score_lead
from scoring.models import ScoringVersion
from scoring.outcomes import examples_with_outcomes
from scoring.selectors import leads_covered, version_spec

POSITIVE = (Stage.SAL, Stage.SQL, Stage.WON)
NEGATIVE = (Stage.NURTURE, Stage.DISQUALIFIED, Stage.LOST)
# "Sales accepted" for the MQL count: the lead reached SAL or beyond.
ACCEPTED = (Stage.SAL, Stage.SQL, Stage.WON)
WHAT_IF_THRESHOLDS = tuple(range(40, 95, 5))


@dataclass(frozen=True)
class Outcomes:
    positive: tuple[str, ...] = tuple(POSITIVE)
    negative: tuple[str, ...] = tuple(NEGATIVE)

    def __post_init__(self) -> None:
        unknown = (set(self.positive) | set(self.negative)) - set(Stage.values)
        if unknown:
            raise ValueError(f"Unknown stage code(s): {', '.join(sorted(unknown))}.")
        if not self.positive or not self.negative:
            raise ValueError("Give at least one positive and one negative stage.")
        if set(self.positive) & set(self.negative):
            raise ValueError("A stage cannot be both a positive and a negative outcome.")


@dataclass
class ThresholdRow:
    threshold: int
    mqls: int  # leads at or over the threshold: the MQLs it would have made
    accepted: int  # of those, how many sales accepted (reached SAL or beyond)
    precision: float | None
    recall: float | None


@dataclass
class ReliabilityRow:
    decile: int
    leads: int
    predicted: float  # mean likelihood to convert the version gave them
    observed: float  # the share of them that was won


@dataclass
class BacktestResult:
    version: str
    version_number: int
    threshold: int
    leads: int
    positives: int
    negatives: int
    auc: float | None
    at_threshold: ThresholdRow
    what_if: list[ThresholdRow] = field(default_factory=list)
    # The likelihood to convert against wins (won vs lost or disqualified), for a version
    # with a calibration: lower Brier is better; predicted should track observed per decile.
    brier: float | None = None
    reliability: list[ReliabilityRow] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def roc_auc(labels: Sequence[bool], scores: Sequence[float]) -> float | None:
    """The area under the ROC curve (scikit-learn's, ties counting half); None without both
    classes."""
    if len({bool(y) for y in labels}) < 2:
        return None
    return float(roc_auc_score(np.asarray(labels, dtype=bool), np.asarray(scores, dtype=float)))


def threshold_row(
    threshold: int, labels: Sequence[bool], accepted: Sequence[bool], scores: Sequence[int]
) -> ThresholdRow:
    """What a threshold would have made: its MQLs, how many sales accepted, and scikit-learn's
    precision and recall (None where undefined: no MQL, or no positive lead)."""
    y = np.asarray(labels, dtype=bool)
    over = np.asarray(scores) >= threshold
    precision = precision_score(y, over, zero_division=np.nan) if len(y) else np.nan
    recall = recall_score(y, over, zero_division=np.nan) if len(y) else np.nan
    return ThresholdRow(
        threshold=threshold,
        mqls=int(over.sum()),
        accepted=int(np.count_nonzero(over & np.asarray(accepted, dtype=bool))),
        precision=None if np.isnan(precision) else round(float(precision), 4),
        recall=None if np.isnan(recall) else round(float(recall), 4),
    )


DECILES = 10


def reliability(won: Sequence[bool], predicted: Sequence[float]) -> list[ReliabilityRow]:
    """Leads ranked by their predicted likelihood, cut into ten groups of (nearly) equal size:
    the mean predicted likelihood against the share that was won, per group."""
    order = np.argsort(np.asarray(predicted, dtype=float), kind="stable")
    rows = []
    for decile, part in enumerate(np.array_split(order, DECILES), start=1):
        if not len(part):
            continue
        rows.append(
            ReliabilityRow(
                decile=decile,
                leads=len(part),
                predicted=round(float(np.mean(np.asarray(predicted)[part])), 4),
                observed=round(float(np.mean(np.asarray(won, dtype=float)[part])), 4),
            )
        )
    return rows


def calibration_figures(
    version: ScoringVersion, scores: Sequence[int], won: Sequence[bool | None]
) -> tuple[float | None, list[ReliabilityRow]]:
    """The Brier score and the reliability table of the version's likelihood to convert (the
    chance of a win) on the leads that were won, lost or disqualified."""
    spec = version_spec(version)
    known = [(s, w) for s, w in zip(scores, won, strict=True) if w is not None]
    if len(spec.calibration) != 101 or not known:
        return None, []
    predicted = [likelihood_at(spec, s) for s, _ in known]
    outcome = [w for _, w in known]
    brier = float(brier_score_loss(np.asarray(outcome, dtype=int), predicted))
    return round(brier, 4), reliability(outcome, predicted)


def outcome_stages(leads: QuerySet[Lead], stages: set[str]) -> dict[int, set[str]]:
    """The outcome stages each of `leads` ever reached, from the append-only history."""
    reached: dict[int, set[str]] = {}
    rows = (
        StageChange.objects.filter(to_stage__in=stages, lead__in=leads.values("pk"))
        .values_list("lead_id", "to_stage")
        .distinct()
    )
    for lead_id, stage in rows:
        reached.setdefault(lead_id, set()).add(stage)
    return reached


WON, NOT_WON = {Stage.WON}, {Stage.LOST, Stage.DISQUALIFIED}


def _won(stages: set[str]) -> bool | None:
    """Won, not won (lost or disqualified), or None (neither yet): what the likelihood is of."""
    return True if stages & WON else False if stages & NOT_WON else None


Scored = tuple[list[bool], list[bool], list[int], list[bool | None]]


def scored_outcomes(
    version: ScoringVersion, outcomes: Outcomes, *, now: datetime | None = None
) -> Scored:
    """(label, accepted, score, won) for each lead the version covers whose outcome is known."""
    now = now or timezone.now()
    covered = leads_covered(version).order_by()
    reached = outcome_stages(
        covered, set(outcomes.positive) | set(outcomes.negative) | set(ACCEPTED) | WON | NOT_WON
    )
    known = {
        lead_id: bool(stages & set(outcomes.positive))
        for lead_id, stages in reached.items()
        if stages & (set(outcomes.positive) | set(outcomes.negative))
    }
    if not known:
        return [], [], [], []
    with_outcome = StageChange.objects.filter(
        to_stage__in=set(outcomes.positive) | set(outcomes.negative)
    ).values("lead_id")
    scope = covered.filter(pk__in=with_outcome).values("pk")
    scope_sql, scope_params = scope.query.sql_with_params()
    compiled = compile_scores(
        version_spec(version),
        now=now,
        scope_sql=scope_sql,
        scope_params=list(scope_params),
        type_ids=dict(ActivityType.objects.values_list("code", "pk")),
    )
    labels, accepted, scores, won = [], [], [], []
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT s.id, s.total FROM ({compiled.sql}) AS s", compiled.params)  # noqa: S608
        for lead_id, total in cursor.fetchall():
            if lead_id in known:
                labels.append(known[lead_id])
                accepted.append(bool(reached[lead_id] & set(ACCEPTED)))
                scores.append(int(total))
                won.append(_won(reached[lead_id]))
    return labels, accepted, scores, won


def scored_when_judged(version: ScoringVersion, outcomes: Outcomes) -> Scored:
    """(label, accepted, score, won) with each lead scored by the engine as it was at its
    cutoff."""
    spec = version_spec(version)
    examples = examples_with_outcomes(
        leads_covered(version), positive=outcomes.positive, negative=outcomes.negative
    )
    scores = [score_lead(e.values, e.facts, spec, now=e.cutoff).total for e in examples]
    return (
        [e.label for e in examples],
        [bool(e.reached & set(ACCEPTED)) for e in examples],
        scores,
        [_won(e.reached) for e in examples],
    )


AS_OF = ("mql", "now")


def backtest(
    version: ScoringVersion,
    *,
    threshold: int | None = None,
    outcomes: Outcomes | None = None,
    as_of: str = "mql",
    now: datetime | None = None,
) -> BacktestResult:
    outcomes = outcomes or Outcomes()
    threshold = version.threshold if threshold is None else threshold
    if as_of == "mql":
        labels, accepted, scores, won = scored_when_judged(version, outcomes)
    elif as_of == "now":
        labels, accepted, scores, won = scored_outcomes(version, outcomes, now=now)
    else:
        raise ValueError(f"as_of is one of {', '.join(AS_OF)}.")
    auc = roc_auc(labels, scores)
    brier, table = calibration_figures(version, scores, won)
    return BacktestResult(
        version=version.label,
        version_number=version.number,
        threshold=threshold,
        leads=len(labels),
        positives=sum(labels),
        negatives=len(labels) - sum(labels),
        auc=round(auc, 4) if auc is not None else None,
        at_threshold=threshold_row(threshold, labels, accepted, scores),
        what_if=[threshold_row(t, labels, accepted, scores) for t in WHAT_IF_THRESHOLDS],
        brier=brier,
        reliability=table,
    )


def backtest_compare(
    versions: Sequence[ScoringVersion],
    *,
    threshold: int | None = None,
    outcomes: Outcomes | None = None,
    as_of: str = "mql",
) -> list[BacktestResult]:
    """The versions side by side, on the same leads and at the same moment."""
    now = timezone.now()
    return [
        backtest(v, threshold=threshold, outcomes=outcomes, as_of=as_of, now=now) for v in versions
    ]
