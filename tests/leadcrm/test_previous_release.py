"""A database the previous release made migrates forward: its schema ends as a database
migrated from zero has it, and its leads, history, scores, activities and reports are intact.

The previous release's database is frozen in tests/leadcrm/previous_release (pg_dump of its
schema and of the data its demo and activity services wrote; remake.sh remakes it). It is
loaded into a database of its own, today's `manage.py migrate` runs on it as it would on a
production database, and today's ORM and reports read it back."""

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

import psycopg
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection, connections

from handoff.models import Assignment
from handoff.reporting_models import ReportCount
from handoff.reports import flow, funnel, velocity
from handoff.reports.filters import ReportFilters
from leads.activities import EventIn, activities_record
from leads.models import Action, Activity, ActivityKey, Lead, Stage, StageChange
from leads.services import lead_move
from scoring.models import Rule, ScoringVersion
from tests.leadcrm import pg_catalog

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

FIXTURE = Path(__file__).parent / "previous_release"
# The fixture's leads were created from 2026-06-12 to 2026-11-17 (UTC).
WINDOWS = [
    ReportFilters(created_after=date(2026, 6, 1), created_before=date(2026, 12, 31)),
    ReportFilters(
        created_after=date(2026, 7, 1),
        created_before=date(2026, 9, 30),
        tz=ZoneInfo("America/New_York"),
    ),
]
# The velocity rollup also answers for half-hour offsets.
STAY_WINDOWS = [
    *WINDOWS,
    ReportFilters(date(2026, 6, 1), date(2026, 10, 15), tz=ZoneInfo("Asia/Kolkata")),
]
FIXTURE_ROWS = {
    "leads": 40,
    "moves": 95,
    "activities": 398,
    "keys": 3,
    "assignments": 2,
    "versions": 1,
    "rules": 32,
    "rollup": 309,
}
# What the previous release's tables hold, read with plain SQL before migrating.
BEFORE = {
    "leads": "SELECT id, email, stage, score, owner_id, score_model_version, deleted_at "
    "FROM leads_lead",
    "moves": "SELECT id, lead_id, from_stage, to_stage, action, at, reason_id, score "
    "FROM leads_stagechange",
    "activities": "SELECT a.id, a.lead_id, t.code, a.occurred_at, a.properties "
    "FROM leads_activity a JOIN leads_activitytype t ON t.id = a.type_id",
    "keys": "SELECT idempotency_key, id FROM leads_activity WHERE idempotency_key <> ''",
    "assignments": "SELECT id, lead_id, owner_id, team_id, assigned_at FROM handoff_assignment",
    "versions": "SELECT id, model_id, number, status, threshold FROM scoring_scoringversion",
    "rules": "SELECT id, version_id, kind, name, points FROM scoring_rule",
    "rollup": "SELECT metric, hour_start, n FROM handoff_reportcount WHERE n <> 0",
}
# The old chain's migrations the fixture's django_migrations lists, as test_migrations.py's
# plan-only check of the squash names them.
OLD_CHAIN = Path(__file__).parents[1] / "data" / "previous_release_migrations.txt"


def _conninfo(name: str) -> str:
    s = connection.settings_dict
    auth = quote(s["USER"] or "postgres") + (f":{quote(s['PASSWORD'])}" if s["PASSWORD"] else "")
    return f"postgresql://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{name}"


def _admin(sql: str) -> None:
    with psycopg.connect(_conninfo("postgres"), autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture
def empty_databases() -> Iterator[tuple[str, str]]:
    """Two empty databases, dropped afterwards: one for the old release, one from zero."""
    # The test database's name without pytest-django's prefix (xdist's suffix kept).
    base = connection.settings_dict["NAME"].removeprefix("test_")
    names = (f"{base}_previous", f"{base}_zero")
    for name in names:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _admin(f'CREATE DATABASE "{name}"')
    yield names
    for name in names:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _load_previous_release(name: str) -> None:
    with psycopg.connect(_conninfo(name), autocommit=True) as conn:
        conn.execute((FIXTURE / "schema.sql").read_text())
        # As pg_restore does: the rows were consistent when dumped, the report and stay
        # triggers must not count them a second time, nor the FK checks see them out of order.
        conn.execute("SET session_replication_role = replica")
        conn.execute((FIXTURE / "data.sql").read_text())


def _migrate(*names: str) -> None:
    """Today's `manage.py migrate` on each database, in processes of their own (side by side),
    as a deployment runs it."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_REPLICA_URL", "PGBOUNCER_URL")
    }
    env["DJANGO_SETTINGS_MODULE"] = "leadcrm.test_settings"
    running = [
        subprocess.Popen(
            [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"],
            cwd=settings.BASE_DIR,
            env={**env, "DATABASE_URL": _conninfo(name)},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name in names
    ]
    for name, process in zip(names, running, strict=True):
        output, _ = process.communicate(timeout=120)
        assert process.returncode == 0, f"migrate {name}: {output[-3000:]}"


def _hashable(row: tuple) -> tuple:
    return tuple(json.dumps(v, sort_keys=True) if isinstance(v, dict) else v for v in row)


def _read(name: str) -> dict[str, set[tuple]]:
    with psycopg.connect(_conninfo(name)) as conn:
        return {
            what: {_hashable(row) for row in conn.execute(sql).fetchall()}
            for what, sql in BEFORE.items()
        }


@contextmanager
def _orm_on(name: str) -> Iterator[None]:
    """Today's ORM, reports and services on the named database (as the default one)."""
    before = connections["default"]
    connections["default"] = before.__class__({**before.settings_dict, "NAME": name}, "default")
    ContentType.objects.clear_cache()
    try:
        yield
    finally:
        connections["default"].close()
        connections["default"] = before
        ContentType.objects.clear_cache()
        cache.clear()


def _orm_rows() -> dict[str, set[tuple]]:
    return {
        "leads": set(
            Lead.all_objects.values_list(
                "id", "email", "stage", "score", "owner_id", "score_model_version", "deleted_at"
            )
        ),
        "moves": set(
            StageChange.objects.values_list(
                "id", "lead_id", "from_stage", "to_stage", "action", "at", "reason_id", "score"
            )
        ),
        "activities": {
            _hashable((a.id, a.lead_id, a.type.code, a.occurred_at, a.properties))
            for a in Activity.objects.select_related("type")
        },
        "keys": set(ActivityKey.objects.values_list("key", "activity_id")),
        "assignments": set(
            Assignment.objects.values_list("id", "lead_id", "owner_id", "team_id", "assigned_at")
        ),
        "versions": set(
            ScoringVersion.objects.values_list("id", "model_id", "number", "status", "threshold")
        ),
        "rules": set(Rule.objects.values_list("id", "version_id", "kind", "name", "points")),
        "rollup": set(ReportCount.objects.exclude(n=0).values_list("metric", "hour_start", "n")),
    }


def _assert_reports_match_plain() -> None:
    for filters in WINDOWS:
        rolled = funnel._rollup_counts(filters)
        assert rolled == funnel._plain_counts(filters), filters
        for trunc in flow.PERIODS.values():
            rows = {(r["bucket"], r["kind"]): r["n"] for r in flow._rollup_rows(filters, trunc)}
            plain = {(r["bucket"], r["kind"]): r["n"] for r in flow._plain_rows(filters, trunc)}
            assert {k: n for k, n in rows.items() if n} == plain, (filters, trunc)
    for filters in STAY_WINDOWS:
        assert velocity._rolled(filters) == velocity._plain(filters), filters


def _assert_it_works_on_after_migrating() -> None:
    """Today's services on the migrated rows: a move counted by the new triggers, an event
    re-sent with a key the old release stored taken as a duplicate, and a new one stored."""
    lead = Lead.objects.filter(stage=Stage.NEW).order_by("pk").first()
    marketer = get_user_model().objects.get(username="marketer")
    counted = set(ReportCount.objects.values_list("metric", "hour_start", "n"))
    lead_move(lead=lead, action=Action.PROMOTE, by=marketer)
    assert StageChange.objects.filter(lead=lead).latest("at").to_stage == Stage.MQL
    assert set(ReportCount.objects.values_list("metric", "hour_start", "n")) != counted
    old = ActivityKey.objects.order_by("key").first()
    old_lead = Activity.objects.get(pk=old.activity_id).lead_id
    events = [
        EventIn(type="page_view", lead=old_lead, idempotency_key=old.key),
        EventIn(type="page_view", lead=old_lead, idempotency_key="after-the-upgrade"),
    ]
    result = activities_record(events=events, leads=Lead.objects.all())
    assert (result.stored, result.duplicates) == (1, 1)
    assert ActivityKey.objects.count() == FIXTURE_ROWS["keys"] + 1
    _assert_reports_match_plain()


def test_it_migrates_the_previous_release_to_the_schema_from_zero_with_its_data(empty_databases):
    previous, zero = empty_databases
    _load_previous_release(previous)
    before = _read(previous)
    assert {what: len(rows) for what, rows in before.items()} == FIXTURE_ROWS
    assert len({stage for _, _, stage, *_ in before["leads"]}) == 6  # new, sal, won, lost, ...
    with psycopg.connect(_conninfo(previous)) as conn:
        recorded = conn.execute(
            "SELECT app, name FROM django_migrations WHERE app IN ('leads', 'handoff', 'scoring')"
        ).fetchall()
    listed = [line.split() for line in OLD_CHAIN.read_text().splitlines()]
    assert set(recorded) == {tuple(w) for w in listed if w and not w[0].startswith("#")}

    _migrate(previous, zero)

    # The same tables, columns (types, order, defaults, nullability), indexes, constraints,
    # triggers, functions, sequences and statistics; the old release's activities keep the
    # monthly partitions their months need, beside the ones a new database starts with.
    migrated, fresh = pg_catalog.schema(_conninfo(previous)), pg_catalog.schema(_conninfo(zero))
    for kind in pg_catalog.QUERIES:
        assert migrated[kind] - fresh[kind] == set(), f"{kind} only after the previous release"
        assert fresh[kind] - migrated[kind] == set(), f"{kind} only from zero"
    months = pg_catalog.monthly_partitions(_conninfo(previous), "leads_activity")
    assert months >= pg_catalog.monthly_partitions(_conninfo(zero), "leads_activity")
    assert {"leads_activity_p2026_06", "leads_activity_p2026_11"} <= months

    with _orm_on(previous):
        assert _orm_rows() == before
        stays = velocity._plain(STAY_WINDOWS[0])
        assert sum(t.stays for t in stays.values() if t) > 0  # the old moves became stays
        _assert_reports_match_plain()
        _assert_it_works_on_after_migrating()
