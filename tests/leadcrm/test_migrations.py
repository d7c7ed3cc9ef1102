"""The migrations: one linear history per app, no application code in them, nothing missing
from the models, a database migrated before the squash taken as up to date, and a way back to
zero and forward again on either database."""

import ast
import importlib
import re
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.checks import run_checks
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from handoff.reports import rollup, stays
from leads.models import ActivityType, Reason
from scoring.models import Rule

APPS = ("leads", "handoff", "scoring")
SQUASHES = [("leads", "0001_squashed_0020"), ("handoff", "0001_squashed_0011")]
SQUASHES.append(("scoring", "0001_squashed_0003"))
PREVIOUS_RELEASE = Path(__file__).parents[1] / "data" / "previous_release_migrations.txt"
# What the migrations insert (roles, reasons, activity types, the starter model's rules).
SEEDED = {"groups": 5, "reasons": 30, "activity types": 17, "starter rules": 32}


def _previous_release() -> list[tuple[str, str]]:
    lines = PREVIOUS_RELEASE.read_text().splitlines()
    return [tuple(line.split()) for line in lines if line and not line.startswith("#")]


def _seeded() -> dict[str, int]:
    return {
        "groups": Group.objects.count(),
        "reasons": Reason.objects.count(),
        "activity types": ActivityType.objects.count(),
        "starter rules": Rule.objects.filter(version__model__name="Default").count(),
    }


def _tokens(sql_by_name: dict[str, str]) -> dict[str, str]:
    return {name: " ".join(sql.split()) for name, sql in sql_by_name.items()}


def _report_triggers(prefix: str = "handoff_reportcount_") -> dict[str, str]:
    """A rollup's triggers in the database: name -> the SQL of its trigger (SQLite) or
    function (PostgreSQL) body."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT proname, prosrc FROM pg_proc WHERE proname LIKE %s", [prefix + "%"]
            )
        else:
            cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s",
                [prefix + "%"],
            )
        return dict(cursor.fetchall())


def _bodies(statements: list[str]) -> dict[str, str]:
    """What `_report_triggers` reads back for these install statements: on PostgreSQL the body
    of each function, on SQLite each trigger's statement."""
    found = {}
    for sql in statements:
        name = sql.split()[4 if sql.startswith("CREATE OR REPLACE") else 2].removesuffix("()")
        if connection.vendor == "postgresql" and sql.startswith("CREATE OR REPLACE"):
            found[name] = sql.split("$$")[1]
        elif connection.vendor != "postgresql":
            found[name] = sql
    return found


def _handoff_migration(name: str):
    return importlib.import_module(f"handoff.migrations.{name}")


class _Recorder:
    """Collects the SQL rollup.install_triggers writes, without running it."""

    def __init__(self, vendor: str) -> None:
        self.vendor, self.sql = vendor, []

    def cursor(self) -> "_Recorder":
        return self

    def __enter__(self) -> "_Recorder":
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def execute(self, sql: str, params: object = None) -> None:
        self.sql.append(sql)


@pytest.mark.django_db
def test_it_has_a_migration_for_every_model_change():
    # makemigrations --check exits with 1 when the models need a migration.
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_it_keeps_one_linear_history_per_app():
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    for app in APPS:
        nodes = sorted(name for label, name in graph.nodes if label == app)
        numbers = [name[:4] for name in nodes]
        assert len(numbers) == len(set(numbers)), f"{app}: two migrations share a number"
        assert len(graph.leaf_nodes(app)) == 1, f"{app}: more than one leaf"
        for name in nodes:
            node = graph.node_map[(app, name)]
            assert len([p for p in node.parents if p.key[0] == app]) <= 1, f"{app}.{name} merges"
            assert len([c for c in node.children if c.key[0] == app]) <= 1, f"{app}.{name} forks"


def test_it_imports_no_application_code_in_a_migration():
    # A migration that imports the application changes when the application does.
    allowed = {"django", *sys.stdlib_module_names}
    found = []
    for app in APPS:
        for path in sorted((Path(settings.BASE_DIR) / app / "migrations").glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Import):
                    modules = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom):
                    modules = [node.module or "."] if node.level == 0 else ["."]
                else:
                    continue
                found += [f"{path.name}: {m}" for m in modules if m.split(".")[0] not in allowed]
    assert found == []


@pytest.mark.django_db
def test_it_seeds_the_roles_reasons_activity_types_and_starter_model():
    assert _seeded() == SEEDED
    manager = Group.objects.get(name="manager").permissions
    assert manager.filter(content_type__app_label="handoff", codename="change_routingrule")
    assert manager.filter(content_type__app_label="leads", codename="view_accountmatchreview")
    assert not Group.objects.get(name="rep").permissions.filter(codename="change_lead")


@pytest.mark.django_db
def test_it_installs_the_report_triggers_rollup_py_writes():
    # Changing rollup.py's SQL needs a new migration that reinstalls the triggers: the
    # squashed migration keeps the SQL it was written with.
    written = _Recorder(connection.vendor)
    rollup.install_triggers(written)
    expected = _bodies(written.sql)
    assert len(expected) == 5
    # Compared token by token: re-indenting the Python that writes the SQL needs no migration.
    assert _tokens(_report_triggers()) == _tokens(expected)


@pytest.mark.django_db
def test_it_installs_the_stay_triggers_stays_py_writes():
    expected = _bodies(stays.install_sql(connection.vendor))
    assert len(expected) == 6
    assert _tokens(_report_triggers("handoff_staycount_")) == _tokens(expected)


def test_it_names_the_rollup_functions_loop_variable_plainly():
    # The PL/pgSQL functions kept each lead's key in `lid`; 0016 renamed it `lead_pk`.
    for written in (_Recorder("postgresql"), stays.install_sql("postgresql")):
        if isinstance(written, _Recorder):
            rollup.install_triggers(written)
            written = written.sql
        functions = [sql for sql in written if sql.startswith("CREATE OR REPLACE FUNCTION")]
        assert functions and all("DECLARE lead_pk bigint;" in sql for sql in functions)
        assert not any(re.search(r"\blid\b", sql) for sql in functions)


def test_it_reverts_the_loop_variable_rename_to_what_the_earlier_migrations_installed():
    renamed = _handoff_migration("0016_lidtrig_trigger_names")
    squashed = _handoff_migration("0001_squashed_0011").REPORT_TRIGGERS["postgresql"]
    linear_moves = _handoff_migration("0014_rollupfix_linear_move_trigger").FORWARD
    stay_install = _handoff_migration("0012_velocity_stay_rollup").SQL["postgresql"]["install"]

    def functions(statements: list[str], kind: str = "") -> set[str]:
        # 0016 holds each statement with its whitespace squeezed.
        return {
            " ".join(sql.split())
            for sql in statements
            if sql.startswith("CREATE OR REPLACE FUNCTION") and kind in sql.split()[4]
        }

    assert set(renamed.REPORT_BACKWARD) == functions(squashed, "_lead_") | functions(linear_moves)
    assert set(renamed.STAY_BACKWARD) == functions(stay_install)

    # Forward and back name the same functions, and differ only by the variable's name.
    def by_name(statements: list[str], rename: bool = False) -> dict[str, str]:
        squeezed = {sql.split()[4]: " ".join(sql.split()) for sql in statements}
        if rename:
            return {name: re.sub(r"\blid\b", "lead_pk", sql) for name, sql in squeezed.items()}
        return squeezed

    assert by_name(renamed.REPORT_BACKWARD, rename=True) == by_name(renamed.REPORT_FORWARD)
    assert by_name(renamed.STAY_BACKWARD, rename=True) == by_name(renamed.STAY_FORWARD)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_reinstalls_the_previous_functions_when_the_rename_is_reversed():
    renamed = _handoff_migration("0016_lidtrig_trigger_names")
    executor = MigrationExecutor(connection)
    executor.migrate([("handoff", "0015_accounts_account_owner_rule")])
    installed = _report_triggers() | _report_triggers("handoff_staycount_")
    assert _tokens(installed) == _tokens(_bodies(renamed.REPORT_BACKWARD + renamed.STAY_BACKWARD))

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    installed = _report_triggers() | _report_triggers("handoff_staycount_")
    assert _tokens(installed) == _tokens(_bodies(renamed.REPORT_FORWARD + renamed.STAY_FORWARD))


@pytest.mark.django_db
def test_it_takes_a_database_migrated_before_the_squash_as_up_to_date():
    # The migration plan only, on either database; test_previous_release.py migrates a real
    # database of that release forward on PostgreSQL.
    old = _previous_release()
    assert len(old) == 38 and not {(a, n) for a, n in old} & set(SQUASHES)
    recorder = MigrationRecorder(connection)
    recorder.migration_qs.filter(app__in=APPS).delete()
    for app, name in old:
        recorder.record_applied(app, name)

    loader = MigrationLoader(connection)
    loader.check_consistent_history(connection)
    assert all(squash in loader.applied_migrations for squash in SQUASHES)
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    # Only the migrations written after the squash are left to apply, forwards.
    since = {key for key in executor.loader.graph.nodes if key[0] in APPS} - set(SQUASHES)
    assert {(m.app_label, m.name) for m, backwards in plan if not backwards} == since
    assert not any(backwards for _, backwards in plan)
    assert [e.id for e in run_checks(databases=["default"], tags=["database"])] == []
    # What `migrate` does next: record the squashes as applied, and nothing else.
    executor.check_replacements()
    applied = set(recorder.applied_migrations())
    assert set(SQUASHES) <= applied and {(a, n) for a, n in old} <= applied


@pytest.mark.django_db
def test_it_refuses_a_database_stopped_part_way_through_the_old_history():
    recorder = MigrationRecorder(connection)
    recorder.migration_qs.filter(app__in=APPS).delete()
    for app, name in _previous_release():
        if (app, name) != ("leads", "0020_accounts_model_and_lead_account"):
            recorder.record_applied(app, name)

    errors = run_checks(databases=["default"], tags=["database"])
    assert [e.id for e in errors] == ["leads.E001"]
    assert "0020_accounts_model_and_lead_account" in errors[0].msg
    assert "leads.0001_squashed_0020" in errors[0].msg


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_migrates_back_to_zero_and_forward_again():
    tables = set(connection.introspection.table_names())
    ours = {t for t in tables if t.split("_")[0] in APPS}
    assert len(ours) > 20 and len(_report_triggers()) == 5

    executor = MigrationExecutor(connection)
    executor.migrate([(app, None) for app in APPS])
    left = {t for t in connection.introspection.table_names() if t.split("_")[0] in APPS}
    assert left == set()

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert set(connection.introspection.table_names()) >= ours
    assert len(_report_triggers()) == 5
    assert _seeded() == SEEDED
