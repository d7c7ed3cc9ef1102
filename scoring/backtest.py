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

from django.db import connection
from django.db.models import QuerySet
from django.utils import timezone

from leads.models import ActivityType, Lead, Stage, StageChange
from scoring.bulk import compile_scores
from scoring.engine import score_lead
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

    def as_dict(self) -> dict:
        return asdict(self)


def roc_auc(labels: Sequence[bool], scores: Sequence[float]) -> float | None:
    """The area under the ROC curve: the chance that a random positive scores higher than a
    random negative, ties counting half (the Mann-Whitney U statistic). None without both
    classes."""
    positives = sum(1 for y in labels if y)
    negatives = len(labels) - positives
    if not positives or not negatives:
        return None
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    rank_sum = 0.0
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        average_rank = (i + j) / 2 + 1  # ranks are 1-based; tied scores share their mean rank
        rank_sum += average_rank * sum(1 for k in order[i : j + 1] if labels[k])
        i = j + 1
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def threshold_row(
    threshold: int, labels: Sequence[bool], accepted: Sequence[bool], scores: Sequence[int]
) -> ThresholdRow:
    over = [i for i, s in enumerate(scores) if s >= threshold]
    true_positives = sum(1 for i in over if labels[i])
    positives = sum(1 for y in labels if y)
    return ThresholdRow(
        threshold=threshold,
        mqls=len(over),
        accepted=sum(1 for i in over if accepted[i]),
        precision=round(true_positives / len(over), 4) if over else None,
        recall=round(true_positives / positives, 4) if positives else None,
    )


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


def scored_outcomes(
    version: ScoringVersion, outcomes: Outcomes, *, now: datetime | None = None
) -> tuple[list[bool], list[bool], list[int]]:
    """(label, accepted, score) for each lead the version covers whose outcome is known."""
    now = now or timezone.now()
    covered = leads_covered(version).order_by()
    reached = outcome_stages(
        covered, set(outcomes.positive) | set(outcomes.negative) | set(ACCEPTED)
    )
    known = {
        lead_id: bool(stages & set(outcomes.positive))
        for lead_id, stages in reached.items()
        if stages & (set(outcomes.positive) | set(outcomes.negative))
    }
    if not known:
        return [], [], []
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
    labels, accepted, scores = [], [], []
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT s.id, s.total FROM ({compiled.sql}) AS s", compiled.params)  # noqa: S608
        for lead_id, total in cursor.fetchall():
            if lead_id in known:
                labels.append(known[lead_id])
                accepted.append(bool(reached[lead_id] & set(ACCEPTED)))
                scores.append(int(total))
    return labels, accepted, scores


def scored_when_judged(
    version: ScoringVersion, outcomes: Outcomes
) -> tuple[list[bool], list[bool], list[int]]:
    """(label, accepted, score) with each lead scored by the engine as it was at its cutoff."""
    spec = version_spec(version)
    examples = examples_with_outcomes(
        leads_covered(version), positive=outcomes.positive, negative=outcomes.negative
    )
    scores = [score_lead(e.values, e.facts, spec, now=e.cutoff).total for e in examples]
    return (
        [e.label for e in examples],
        [bool(e.reached & set(ACCEPTED)) for e in examples],
        scores,
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
        labels, accepted, scores = scored_when_judged(version, outcomes)
    elif as_of == "now":
        labels, accepted, scores = scored_outcomes(version, outcomes, now=now)
    else:
        raise ValueError(f"as_of is one of {', '.join(AS_OF)}.")
    auc = roc_auc(labels, scores)
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
