"""Rescoring runs: the background rescoring of every lead a version covers, with its status.

Apart from scoring.services (past ~400 lines with this). The Celery task run_rescore and the
`rescore` command both call rescore_run_execute; the task only adds the retries.
"""

from __future__ import annotations

from django.utils import timezone

from scoring import services
from scoring.models import RescoreRun

_FINISHED = (RescoreRun.Status.DONE, RescoreRun.Status.FAILED)


def rescore_run_execute(run_id: int, *, attempt: int = 1, attempts: int = 1) -> RescoreRun:
    """Rescore every lead of the run's version, recording its status: queued -> running ->
    done (with the leads scored and promoted) or failed (with the error); returns the run.

    `attempt` of `attempts`: a failure before the last attempt keeps the run running with a
    "trying again" message and raises, so that the caller tries again; the last one marks it
    failed and raises. Running it again (a retry, or a delivery again after a worker died)
    scores the same leads to the same scores; a finished run (done or failed) is left alone.
    """
    run = RescoreRun.objects.select_related("version__model").get(pk=run_id)
    if run.status in _FINISHED:
        return run
    runs = RescoreRun.objects.filter(pk=run.pk)
    runs.update(status=RescoreRun.Status.RUNNING)

    def progress(done: int, total: int) -> None:
        runs.update(done=done, total=total)

    try:
        result = services.rescore_version(run.version, progress=progress)
    except Exception as exc:
        if attempt < attempts:
            runs.update(message=f"Try {attempt} failed, trying again: {exc}"[:1000])
        else:
            tries = f" after {attempt} tries" if attempt > 1 else ""
            runs.update(
                status=RescoreRun.Status.FAILED,
                message=f"Failed{tries}: {exc}"[:1000],
                finished_at=timezone.now(),
            )
        raise
    runs.update(
        status=RescoreRun.Status.DONE,
        done=result.scored,
        total=result.scored,
        promoted=result.promoted,
        message="",
        finished_at=timezone.now(),
    )
    return RescoreRun.objects.get(pk=run.pk)
