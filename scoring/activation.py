"""Activating a scoring version: the one service that queues a scoring task.

Apart from scoring.services, which the tasks call, so that services and tasks do not import each
other.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from leads.queueing import enqueue_on_commit
from scoring.models import RescoreRun, ScoringVersion
from scoring.services import VersionFrozen
from scoring.tasks import run_rescore


def version_activate(
    *, version: ScoringVersion, by: AbstractBaseUser | None, note: str = ""
) -> RescoreRun:
    """Freeze a draft, retire the version it replaces, and queue the rescoring of its leads.

    The activation is a dated "definition changed" marker: reports show it on their trends.
    """
    with transaction.atomic():
        version = ScoringVersion.objects.select_for_update().get(pk=version.pk)
        if not version.is_draft:
            raise VersionFrozen(f"{version.label} is already {version.get_status_display()}.")
        ScoringVersion.objects.filter(
            model=version.model, status=ScoringVersion.Status.ACTIVE
        ).update(status=ScoringVersion.Status.RETIRED)
        version.status = ScoringVersion.Status.ACTIVE
        version.activated_at = timezone.now()
        version.activated_by = by
        if note:
            version.note = note
        version.save(update_fields=["status", "activated_at", "activated_by", "note"])
        run = RescoreRun.objects.create(version=version, reason="activation")
        # Not queued when Redis is down: the sweep (rescore_awaiting_leads) queues it later.
        enqueue_on_commit(run_rescore, run.pk)
    return run
