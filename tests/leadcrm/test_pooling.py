"""DATABASE_POOL_MODE: connecting straight to PostgreSQL, or through PgBouncer in transaction
mode (the integration test of the latter: tests/integration/test_pgbouncer.py)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from leadcrm.pooling import DEFAULT_PG_OPTIONS, configure_pool_mode

ROOT = Path(__file__).resolve().parents[2]
PG = {"ENGINE": "django.db.backends.postgresql", "NAME": "leadcrm", "OPTIONS": {}}


def test_it_sends_the_planner_options_when_connecting_straight_to_postgresql():
    db = configure_pool_mode(PG, mode="session", pg_options="")
    assert db["OPTIONS"]["options"] == DEFAULT_PG_OPTIONS
    assert not db.get("DISABLE_SERVER_SIDE_CURSORS")
    assert configure_pool_mode(PG, mode="session", pg_options="-c jit=on")["OPTIONS"] == {
        "options": "-c jit=on"
    }
    assert PG["OPTIONS"] == {}  # the given dict is left as it was


def test_it_turns_server_side_cursors_and_startup_options_off_in_transaction_mode():
    db = configure_pool_mode(
        {**PG, "OPTIONS": {"options": "-c jit=off", "connect_timeout": 2}},
        mode="transaction",
        pg_options="",
    )
    assert db["OPTIONS"] == {"connect_timeout": 2}
    assert db["DISABLE_SERVER_SIDE_CURSORS"] is True


def test_it_refuses_pg_options_in_transaction_mode_rather_than_drop_them():
    with pytest.raises(ImproperlyConfigured, match="ALTER DATABASE"):
        configure_pool_mode(PG, mode="transaction", pg_options="-c jit=off")


def test_it_refuses_an_unknown_pool_mode():
    with pytest.raises(ImproperlyConfigured, match="session, transaction"):
        configure_pool_mode(PG, mode="statement", pg_options="")


def _settings_databases(**env: str) -> subprocess.CompletedProcess:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE", "PG_OPTIONS"))}
    code = (
        "import json; from django.conf import settings; "
        "print(json.dumps({a: {k: d.get(k) for k in ('OPTIONS', 'DISABLE_SERVER_SIDE_CURSORS')}"
        " for a, d in settings.DATABASES.items()}))"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**keep, "DJANGO_SETTINGS_MODULE": "leadcrm.test_settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_configures_the_primary_and_the_replica_from_database_pool_mode():
    result = _settings_databases(
        DATABASE_URL="postgres://u@db.invalid:6432/leadcrm",
        DATABASE_REPLICA_URL="postgres://u@replica.invalid:6432/leadcrm",
        DATABASE_POOL_MODE="transaction",
    )
    assert result.returncode == 0, result.stderr
    databases = json.loads(result.stdout)
    assert databases["default"] == {"OPTIONS": {}, "DISABLE_SERVER_SIDE_CURSORS": True}
    assert databases["replica"] == {
        "OPTIONS": {"connect_timeout": 2},
        "DISABLE_SERVER_SIDE_CURSORS": True,
    }


def test_it_stops_at_start_on_pg_options_behind_a_transaction_pooler():
    result = _settings_databases(
        DATABASE_URL="postgres://u@db.invalid:6432/leadcrm",
        DATABASE_POOL_MODE="transaction",
        PG_OPTIONS="-c jit=off",
    )
    assert result.returncode != 0
    assert "PG_OPTIONS cannot be sent through PgBouncer" in result.stderr
