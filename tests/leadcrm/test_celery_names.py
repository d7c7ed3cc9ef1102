"""Beat and the queue routes name tasks by their Celery name: each must name a real task. A
task's function is named apart from the function it runs (a reader, and an import, must not
mistake one for the other)."""

import ast
from fnmatch import fnmatch
from pathlib import Path

from django.conf import settings

from handoff.tasks import notify_due_tasks_task, route_lead_task, sla_tick_task
from leadcrm.celery import app
from scoring.tasks import rescore_awaiting_leads_task, rescore_leads_task

ROOT = Path(__file__).resolve().parents[2]
APPS = ("leadcrm", "leads", "scoring", "handoff")


def _registered_tasks() -> dict:
    app.loader.import_default_modules()
    return {name: task for name, task in app.tasks.items() if not name.startswith("celery.")}


def _registered() -> set[str]:
    return set(_registered_tasks())


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
    assert notify_due_tasks_task.name == "handoff.tasks.notify_due_tasks"


def _app_functions() -> dict[str, set[str]]:
    """Top-level function names of the apps' modules: name -> the modules defining one."""
    found: dict[str, set[str]] = {}
    for app_dir in APPS:
        for path in (ROOT / app_dir).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            for node in ast.parse(path.read_text(), str(path)).body:
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    found.setdefault(node.name, set()).add(module)
    return found


def test_it_names_no_task_function_like_a_function_elsewhere():
    functions = _app_functions()
    clashes = []
    for task in _registered_tasks().values():
        module, function = task.run.__module__, task.run.__name__
        assert module in functions.get(function, set()), "the walk missed a task's module"
        others = sorted(functions[function] - {module})
        clashes += [f"{module}.{function} and {other}.{function}" for other in others]
    assert clashes == []
