"""Writes for scoring: scores onto leads, threshold promotions, activation."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import NamedTuple

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection, transaction
from django.db.models import Max, Min, QuerySet, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from leads.errors import DomainError
from leads.models import Activity, ActivityType, Lead, ProductLine, Stage, Via
from leads.services import MoveError, lead_promote
from scoring.agg_table import activities_aggregated
from scoring.bulk import compile_scores
from scoring.engine import VersionSpec
from scoring.models import RescoreRun, Rule, ScoringModel, ScoringVersion
from scoring.planner import refresh_statistics
from scoring.selectors import (
    active_versions,
    leads_covered,
    version_spec,
)

# Leads in these stages are promoted when their score crosses the threshold.
PROMOTABLE = (Stage.NEW, Stage.NURTURE)
BATCH = 20_000


class RescoreResult(NamedTuple):
    """What a rescoring did: how many leads it scored, how many of them it promoted to MQL."""

    scored: int
    promoted: int


class ScoringError(DomainError):
    """A scoring write refused for a reason the user can fix; `status` is the HTTP answer."""


class VersionFrozen(ScoringError):
    def __init__(self, message: str):
        super().__init__(message, status=409)


def crossed(*, old_score: int, old_threshold: int, new_score: int, new_threshold: int) -> bool:
    """A lead crosses when it was under the threshold it was last judged by and is at or over
    the threshold it is judged by now: a lowered threshold makes leads cross whose score did
    not change, a raised one makes nobody cross who was over before."""
    return old_score < old_threshold and new_score >= new_threshold


def promote_if_crossed(
    *, lead: Lead, old_score: int, version: ScoringVersion, old_threshold: int | None = None
) -> bool:
    """Promote a new or nurture lead whose score just crossed the threshold, once.
    `old_threshold`: the one its old score was judged by (default: the version's).

    The stage machine's conditional update makes concurrent attempts safe: one wins, the
    others find the lead already moved.
    """
    if not version.auto_promote or lead.stage not in PROMOTABLE:
        return False
    was = version.threshold if old_threshold is None else old_threshold
    if not crossed(
        old_score=old_score,
        old_threshold=was,
        new_score=lead.score,
        new_threshold=version.threshold,
    ):
        return False
    try:
        lead_promote(
            lead=lead,
            by=None,
            via=Via.SYSTEM,
            score=lead.score,
            score_model_version=version.label,
            note=f"Score {lead.score} crossed the threshold {version.threshold}.",
        )
    except MoveError:
        return False
    return True


def _type_ids() -> dict[str, int]:
    return dict(ActivityType.objects.values_list("code", "pk"))


def rescore_version(
    version: ScoringVersion,
    *,
    now: datetime | None = None,
    batch: int = BATCH,
    progress: Callable[[int, int], None] | None = None,
    promote: bool = True,
) -> RescoreResult:
    """Rescore every lead `version` covers with the set-based path, in id ranges of `batch`.

    Returns the leads scored and promoted. Each range is one UPDATE in its own transaction,
    so a rescore of a million leads neither holds one huge transaction nor blocks intake.
    """
    now = now or timezone.now()
    spec = version_spec(version)
    type_ids = _type_ids()
    covered = leads_covered(version)
    unjudged = _threshold_before(version)
    bounds = covered.aggregate(low=Min("pk"), high=Max("pk"))
    if bounds["low"] is None:
        return RescoreResult(scored=0, promoted=0)
    total = covered.count()
    scored = promoted = 0
    refresh_statistics()
    with activities_aggregated(spec, covered, now=now, type_ids=type_ids, many=total > batch) as (
        agg_table,
        high_water,
    ):
        for start in range(bounds["low"], bounds["high"] + 1, batch):
            scope = covered.filter(pk__gte=start, pk__lt=start + batch)
            batch_result = _rescore_scope(
                version,
                spec,
                scope,
                now=now,
                type_ids=type_ids,
                promote=promote,
                agg_table=agg_table,
                unjudged=unjudged,
            )
            scored += batch_result.scored
            promoted += batch_result.promoted
            if progress:
                progress(min(scored, total), total)
        if agg_table is not None:
            # Activities recorded since the aggregate was taken: their leads again, afresh.
            late = covered.filter(pk__in=Activity.objects.filter(pk__gt=high_water).values("lead"))
            promoted += _rescore_scope(
                version, spec, late, now=now, type_ids=type_ids, promote=promote, unjudged=unjudged
            ).promoted
    return RescoreResult(scored=scored, promoted=promoted)


def _threshold_before(version: ScoringVersion) -> int:
    """The threshold leads scored before `scored_threshold` was kept were judged by: that of
    the version `version` replaced (or its own)."""
    previous = (
        ScoringVersion.objects.filter(model=version.model, activated_at__isnull=False)
        .exclude(pk=version.pk)
        .filter(activated_at__lte=version.activated_at or timezone.now())
        .order_by("-activated_at", "-pk")
        .values_list("threshold", flat=True)
        .first()
    )
    return version.threshold if previous is None else previous


def rescore_leads(lead_ids: Iterable[int], *, now: datetime | None = None) -> int:
    """Rescore these leads with the set-based path, one statement per active version, and
    promote those that crossed the threshold: what real-time rescoring runs per burst."""
    now = now or timezone.now()
    ids = list(lead_ids)
    type_ids = _type_ids()
    scored = 0
    for version in active_versions():
        scope = leads_covered(version).filter(pk__in=ids)
        scored += _rescore_scope(
            version, version_spec(version), scope, now=now, type_ids=type_ids, promote=True
        ).scored
    return scored


def scores_decay(*, now: datetime | None = None) -> int:
    """Rescore the leads of every active version with decaying rules at `now` (the nightly
    job), which lowers decayed points by the half-life; returns how many leads were scored.
    Leads that fall under the threshold keep their stage: a score never demotes."""
    scored = 0
    for version in ScoringVersion.objects.filter(
        status=ScoringVersion.Status.ACTIVE, rules__decays=True
    ).distinct():
        scored += rescore_version(version, now=now).scored
    return scored


AWAITING_CHUNK = 1_000


def rescore_awaiting_leads(*, chunk: int = AWAITING_CHUNK) -> int:
    """Rescore, a chunk at a time, the leads whose rescoring could not be queued (Redis was
    down: leads.queueing) and clear their mark; returns how many there were. A lead marked
    again while this runs keeps its mark for the next sweep."""
    started = timezone.now()
    waiting = Lead.objects.filter(scoring_pending_since__lte=started).order_by("pk")
    after = caught_up = 0
    while ids := list(waiting.filter(pk__gt=after).values_list("pk", flat=True)[:chunk]):
        rescore_leads(ids)
        Lead.all_objects.filter(pk__in=ids, scoring_pending_since__lte=started).update(
            scoring_pending_since=None
        )
        caught_up += len(ids)
        after = ids[-1]
    return caught_up


# A queued rescoring run not started after this long lost its message (Redis was down when it
# was sent, or restarted without its data): the sweep sends it again.
RUN_LOST_AFTER = timedelta(minutes=2)


def rescore_runs_lost(*, now: datetime) -> list[int]:
    """The rescoring runs queued more than RUN_LOST_AFTER before `now` and never started."""
    lost = RescoreRun.objects.filter(
        status=RescoreRun.Status.QUEUED, created_at__lt=now - RUN_LOST_AFTER
    )
    return list(lost.order_by("pk").values_list("pk", flat=True))


def _rescore_scope(
    version: ScoringVersion,
    spec: VersionSpec,
    scope: QuerySet[Lead],
    *,
    now: datetime,
    type_ids: dict[str, int],
    promote: bool,
    agg_table: str | None = None,
    unjudged: int | None = None,
) -> RescoreResult:
    """One UPDATE scoring the leads of `scope` in its own transaction: the leads scored and
    promoted. A lead is promoted when it was under the threshold it was last judged by
    (`unjudged` for leads scored before that was kept; default the version's) and is over
    `version`'s now."""
    scope = scope.order_by().values("pk")
    scope_sql, scope_params = scope.query.sql_with_params()
    compiled = compile_scores(
        spec,
        now=now,
        scope_sql=scope_sql,
        scope_params=list(scope_params),
        type_ids=type_ids,
        agg_table=agg_table,
    )
    table = Lead._meta.db_table
    with transaction.atomic():
        judged_by = Coalesce(
            "scored_threshold", Value(version.threshold if unjudged is None else unjudged)
        )
        below = (
            set(
                scope.filter(stage__in=PROMOTABLE, score__lt=judged_by).values_list("pk", flat=True)
            )
            if version.auto_promote and promote
            else set()
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                UPDATE {table} SET score = c.total, score_demographic = c.demographic,
                    score_behavioral = c.behavioral, score_engagement = c.engagement,
                    score_explanation = c.explanation, score_likelihood = c.likelihood,
                    score_model_version = %s, scored_threshold = %s, scored_at = %s
                FROM ({compiled.sql}) AS c WHERE {table}.id = c.id
                """,  # noqa: S608 (SQL built from code, values are parameters)
                [version.label, version.threshold, now, *compiled.params],
            )
            scored = cursor.rowcount
    promoted = 0
    if below:
        for lead in Lead.objects.filter(pk__in=below, score__gte=version.threshold):
            # Known to have been under the threshold it was judged by (the set above).
            promoted += promote_if_crossed(lead=lead, old_score=0, old_threshold=1, version=version)
    return RescoreResult(scored=scored, promoted=promoted)


@transaction.atomic
def model_create(
    *, name: str, product_line: ProductLine | None, by: AbstractBaseUser | None
) -> ScoringModel:
    """A model for a product line (or the default model, if there is none yet) with an empty
    draft to fill in."""
    if ScoringModel.objects.filter(name=name).exists():
        raise ScoringError(f"A model named {name!r} exists already.", status=409)
    if product_line is None:
        if ScoringModel.objects.filter(is_default=True).exists():
            raise ScoringError(
                "There is a default model already; give a product line for a new model."
            )
    elif ScoringModel.objects.filter(product_line=product_line).exists():
        raise ScoringError(f"Product line {product_line.code!r} has a model already.", status=409)
    model = ScoringModel.objects.create(
        name=name, product_line=product_line, is_default=product_line is None
    )
    ScoringVersion.objects.create(model=model, created_by=by, note="New model.")
    return model


def model_for_fit(*, name: str, product_line: ProductLine | None) -> ScoringModel:
    """The model a fit adds a draft to: the one named `name`, else a new one for the line."""
    model = ScoringModel.objects.filter(name=name).first()
    if model is not None:
        if product_line is not None and model.product_line_id != product_line.pk:
            raise ScoringError(
                f"Model {name!r} belongs to {model.product_line or 'no product line'}, "
                f"not {product_line.code!r}."
            )
        return model
    if product_line is None:
        default = ScoringModel.objects.filter(is_default=True).first()
        if default is not None:
            raise ScoringError(
                f"No model named {name!r}. Fit the default model with --name {default.name!r}, "
                "or give --product-line for a product line's own model.",
                status=404,
            )
    elif ScoringModel.objects.filter(product_line=product_line).exists():
        raise ScoringError(f"Product line {product_line.code!r} has a model already.", status=409)
    return ScoringModel.objects.create(
        name=name, product_line=product_line, is_default=product_line is None
    )


@transaction.atomic
def draft_create(
    *,
    model: ScoringModel,
    by: AbstractBaseUser | None,
    source: ScoringVersion | None = None,
) -> ScoringVersion:
    """A new draft copied from `source` (default: the active version, else the newest one).
    A model has one draft at a time."""
    ScoringModel.objects.select_for_update().filter(pk=model.pk).first()
    draft = model.current_draft
    if draft is not None:
        raise ScoringError(
            f"{draft.label} is a draft already: edit it, or activate it first.", status=409
        )
    source = source or model.active_version or model.versions.order_by("-number").first()
    if source is None:
        return ScoringVersion.objects.create(model=model, created_by=by, note="New draft.")
    return source.copy_as_draft(by=by)


@contextmanager
def _draft_edit(pk: int) -> Iterator[ScoringVersion]:
    """A transaction in which the version is locked against a concurrent activation while
    it or its rules change; VersionFrozen unless it is still a draft (only drafts change)."""
    with transaction.atomic():
        version = ScoringVersion.objects.select_for_update().get(pk=pk)
        if not version.is_draft:
            raise VersionFrozen(
                f"{version.label} is {version.get_status_display().lower()}: copy it to a new "
                "draft to change it."
            )
        yield version


def version_settings_update(*, version: ScoringVersion, **settings) -> ScoringVersion:
    with _draft_edit(version.pk) as version:
        for name, value in settings.items():
            setattr(version, name, value)
        version.full_clean()
        version.save()
    return version


def rule_save(*, rule: Rule) -> Rule:
    """Add or change a rule of a draft (validated by Rule.clean)."""
    with _draft_edit(rule.version_id):
        rule.full_clean()
        rule.save()
    return rule


def rule_delete(*, rule: Rule) -> None:
    with _draft_edit(rule.version_id):
        rule.delete()
