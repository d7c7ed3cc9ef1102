"""Beat and the queue routes name tasks by their Celery name: each must name a real task."""

from fnmatch import fnmatch

from django.conf import settings

from handoff.tasks import route_lead_task, sla_tick_task
from leadcrm.celery import app
from scoring.tasks import rescore_awaiting_leads_task, rescore_leads_task


def _registered() -> set[str]:
    app.loader.import_default_modules()
    return {name for name in app.tasks if not name.startswith("celery.")}


def test_it_schedules_only_registered_tasks():
    registered = _registered()
    assert {entry["task"] for entry in app.conf.beat_schedule.values()} <= registered


def test_it_routes_only_patterns_that_match_a_task():
    registered = _registered()
    unmatched = [
        p for p in settings.CELERY_TASK_ROUTES if not any(fnmatch(n, p) for n in registered)
    ]
    assert unmatched == []


def test_it_keeps_the_celery_names_of_tasks_renamed_after_their_service():
    # Messages already queued and beat entries carry these names.
    assert route_lead_task.name == "handoff.tasks.route_lead"
    assert sla_tick_task.name == "handoff.tasks.sla_tick"
    assert rescore_leads_task.name == "scoring.tasks.rescore_leads"
    assert rescore_awaiting_leads_task.name == "scoring.tasks.rescore_awaiting_leads"
