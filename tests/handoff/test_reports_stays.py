"""The velocity report's stay rollup (handoff/reports/stays.py) gives the plain query's numbers
exactly, after every kind of change: moves through the stage machine, histories imported in bulk,
soft deletes and restores, a changed creation time, edited and re-attached moves, deleted moves and
hard-deleted leads; in any time zone (whole days from the rollup, the ends of the window from the
plain query); and the full rebuild equals the triggers' running counts. On SQLite (unit tier) and
PostgreSQL (integration tier) alike."""

import importlib
import random
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from handoff.reporting_models import StayCount
from handoff.reports import stays, velocity
from handoff.reports.filters import ReportFilters
from leads.models import Lead, Stage, StageChange, Via, history_rewrite
from leads.services import HistoryStep, leads_create_with_history
from tests.handoff.reporting import at, history
from tests.handoff.test_reports_rollup import random_move

pytestmark = pytest.mark.django_db

WINDOWS = [
    ReportFilters(created_after=date(2026, 1, 1), created_before=date(2026, 1, 31)),
    ReportFilters(created_after=date(2026, 1, 5), created_before=date(2026, 1, 12)),
    ReportFilters(
        created_after=date(2026, 1, 1),
        created_before=date(2026, 2, 28),
        tz=ZoneInfo("America/New_York"),
    ),
    ReportFilters(
        created_after=date(2026, 1, 10), created_before=date(2026, 1, 20), tz=ZoneInfo("Asia/Tokyo")
    ),
    # Half-hour offset, and a window of one day: no whole UTC day in it.
    ReportFilters(
        created_after=date(2026, 1, 3),
        created_before=date(2026, 1, 25),
        tz=ZoneInfo("Asia/Kolkata"),
    ),
    ReportFilters(
        created_after=date(2026, 1, 8), created_before=date(2026, 1, 8), tz=ZoneInfo("Asia/Kolkata")
    ),
]
# Few distinct durations, so that stays tie and one count covers several ranks.
HOURS = [0.5, 1, 2, 2, 3, 8, 24, 24, 72]


def assert_rollup_matches_plain() -> None:
    for filters in WINDOWS:
        rolled, plain = velocity._rolled(filters), velocity._plain(filters)
        assert rolled == plain, filters  # the same floats, not approximately


def snapshot() -> dict[tuple, int]:
    return {(r.stage, r.day, r.seconds): r.n for r in StayCount.objects.all() if r.n}


def imported(rng: random.Random, start) -> Lead:
    """A lead with a history imported in bulk, created somewhere in the first seven weeks."""
    created = start + timedelta(hours=rng.uniform(0, 24 * 50))
    paths = [
        [],
        ["mql"],
        ["mql", "sal"],
        ["mql", "tql", "sal", "sql", "won"],
        ["mql", "sal", "nurture", "mql", "sal"],
        ["mql", "nurture", "mql", "disqualified"],
        ["sal", "sql", "lost"],
    ]
    steps, moment = [], created
    for stage in rng.choice(paths):
        moment += timedelta(hours=rng.choice(HOURS))
        reason = (
            ("no_answer",)
            if stage == "nurture"
            else ("dq_spam",)
            if stage == "disqualified"
            else ()
        )
        steps.append((stage, moment, *reason))
    return history(created, *steps)


def change_something(rng: random.Random, leads: list[Lead], by) -> None:
    lead = Lead.all_objects.get(pk=rng.choice(leads).pk)
    change = rng.random()
    if change < 0.6:
        if lead.deleted_at is None:  # the stage machine moves only live leads
            random_move(rng, lead, by)
    elif change < 0.68:
        deleted = None if lead.deleted_at else timezone.now()
        Lead.all_objects.filter(pk=lead.pk).update(deleted_at=deleted)
    elif change < 0.76:
        Lead.all_objects.filter(pk=lead.pk).update(
            created_at=lead.created_at + timedelta(hours=rng.uniform(-100, 100))
        )
    elif change < 0.9:
        # History is append-only: only a deliberate rewrite (history_rewrite, as a GDPR erase
        # or a purge use) may change it. Whatever it changes still counts: when a move
        # happened, which lead it belongs to, the move removed, text blanked.
        move = StageChange.objects.filter(lead=lead).order_by("?").first()
        if move is None:
            return
        other = rng.choice(leads)
        statement, params = rng.choice(
            [
                (
                    "UPDATE leads_stagechange SET at = %s WHERE id = %s",
                    [move.at + timedelta(hours=rng.choice(HOURS)), move.pk],
                ),
                ("UPDATE leads_stagechange SET lead_id = %s WHERE id = %s", [other.pk, move.pk]),
                ("DELETE FROM leads_stagechange WHERE id = %s", [move.pk]),
                ("UPDATE leads_stagechange SET note = 'edited' WHERE lead_id = %s", [lead.pk]),
            ]
        )
        with history_rewrite(), connection.cursor() as cursor:
            cursor.execute(statement, params)
    else:
        leads.remove(lead)
        lead.delete()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_stay_rollup_follows_every_change(admin_user, time_machine, seed):
    rng = random.Random(seed)
    start = at("2025-12-30", "20:00")
    time_machine.move_to(start, tick=False)
    leads = [imported(rng, start) for _ in range(40)]
    assert StayCount.objects.filter(n__gt=1).exists()  # ties: one row counts several stays
    assert_rollup_matches_plain()

    now = start
    for _ in range(150):
        now += timedelta(minutes=rng.randint(5, 600))
        time_machine.move_to(now, tick=False)
        change_something(rng, leads, admin_user)
    assert StageChange.objects.filter(via=Via.UI).count() > 10  # the machine did move leads
    assert Lead.all_objects.filter(deleted_at__isnull=False).exists()
    assert_rollup_matches_plain()

    running = snapshot()
    stays.rebuild()
    assert snapshot() == running


def test_moves_imported_and_purged_in_one_statement_count_once_each():
    start = at("2026-01-05", "08:00")
    hour = timedelta(hours=1)
    # Five leads in one import: one bulk insert of their fifteen moves.
    leads = leads_create_with_history(
        [
            (
                Lead(created_at=start, email=f"bulk{n}@example.com"),
                [
                    HistoryStep(Stage.MQL, start),
                    HistoryStep(Stage.SAL, start + (n + 1) * hour),
                    HistoryStep(Stage.SQL, start + 9 * hour),
                ],
            )
            for n in range(5)
        ]
    )
    day = {"created_after": date(2026, 1, 5), "created_before": date(2026, 1, 5)}

    times = {t.stage: t for t in velocity.velocity_report(**day)}

    assert times[Stage.MQL].stays == times["first_response"].stays == 5
    assert times[Stage.MQL].median_seconds == pytest.approx(3 * 3600)
    assert times[Stage.SAL].stays == 5
    # One row per distinct duration (the five MQL stays last 1 to 5 hours), each counted once.
    assert sorted(StayCount.objects.filter(stage=Stage.MQL).values_list("n", flat=True)) == [1] * 5

    # Two leads purged together: one delete of their six moves.
    with history_rewrite():
        Lead.all_objects.filter(pk__in=[leads[0].pk, leads[4].pk]).delete()

    times = {t.stage: t for t in velocity.velocity_report(**day)}
    assert times[Stage.MQL].stays == times["first_response"].stays == 3
    assert times[Stage.MQL].median_seconds == pytest.approx(3 * 3600)  # 2, 3, 4 hours
    assert_rollup_matches_plain()


def test_the_unfiltered_report_reads_the_rollup_not_the_history():
    start = at("2026-01-05", "08:00")
    history(start, ("mql", start), ("sal", start + timedelta(hours=2)))
    filters = {"created_after": date(2026, 1, 1), "created_before": date(2026, 1, 31)}

    with CaptureQueriesContext(connection) as queries:
        (mql, *_rest) = velocity.velocity_report(**filters)

    assert mql.stays == 1
    assert mql.median_seconds == pytest.approx(7200)  # SQLite's julianday() is this coarse
    sql = " ".join(q["sql"] for q in queries)
    assert stays.STAYS in sql
    assert StageChange._meta.db_table not in sql  # whole UTC days: no join to the moves


def test_a_soft_deleted_lead_leaves_the_report_and_comes_back_when_restored():
    start = at("2026-01-05", "08:00")
    lead = history(start, ("mql", start), ("sal", start + timedelta(hours=2)))
    jan = {"created_after": date(2026, 1, 1), "created_before": date(2026, 1, 31)}

    Lead.all_objects.filter(pk=lead.pk).update(deleted_at=timezone.now())
    assert velocity.velocity_report(**jan)[0].stays == 0
    Lead.all_objects.filter(pk=lead.pk).update(deleted_at=None)
    assert velocity.velocity_report(**jan)[0].stays == 1


def test_the_migrations_hold_the_sql_stays_writes_now():
    installed = importlib.import_module("handoff.migrations.0012_velocity_stay_rollup").SQL
    renamed = importlib.import_module("handoff.migrations.0016_lidtrig_trigger_names")
    # 0016 replaced the PostgreSQL functions' bodies (their loop variable renamed); the triggers,
    # the drop and rebuild statements and SQLite's trigger bodies are still 0012's.
    functions = iter(renamed.STAY_FORWARD)
    latest = {vendor: dict(parts) for vendor, parts in installed.items()}
    latest["postgresql"]["install"] = [
        next(functions) if sql.startswith("CREATE OR REPLACE FUNCTION") else sql
        for sql in installed["postgresql"]["install"]
    ]
    assert next(functions, None) is None

    # A change to stays.py's SQL needs a new migration holding the new text.
    assert stays.frozen_sql() == latest
