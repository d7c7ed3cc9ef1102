"""The full rescore's aggregate table: per run, seen by every session, never left behind."""

import time

import pytest
from django.db import connection

from scoring.agg_table import AGG_PREFIX, AGG_STALE_AFTER, _agg_table_name, _drop_stale_agg_tables

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def _exists(name: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s)", [name])
        return cursor.fetchone() != (None,)


def test_it_names_each_run_its_own_table():
    now = time.time()
    first, second = _agg_table_name(now), _agg_table_name(now)
    assert first.startswith(f"{AGG_PREFIX}{int(now)}_")
    assert first != second


def test_it_drops_the_tables_of_runs_that_died_a_day_ago_and_keeps_running_ones():
    now = time.time()
    dead = _agg_table_name(now - AGG_STALE_AFTER - 60)
    running = _agg_table_name(now - 60)
    unrelated = "scoring_rescore_aggx_1"  # the prefix's `_` is matched literally
    with connection.cursor() as cursor:
        for name in (dead, running, unrelated):
            cursor.execute(f"CREATE UNLOGGED TABLE {name} (lead_id bigint)")
        _drop_stale_agg_tables(cursor, now)
    assert (_exists(dead), _exists(running), _exists(unrelated)) == (False, True, True)
