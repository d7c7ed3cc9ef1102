"""An import is scored once it commits: in chunks through the set-based path, not per lead."""

import io
from unittest import mock

import pytest

from leads.imports.service import leads_import
from leads.models import Lead, Stage
from scoring import tasks
from tests.scoring.conftest import make_version

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CSV = """email,job_title,company_size
ada@example.com,Director of Sales,800
bob@example.com,Student,
cy@example.com,Marketing Director,40
"""


def test_imported_leads_are_scored_and_promoted_after_the_import_commits():
    make_version(
        [
            {
                "kind": "attribute",
                "name": "Director",
                "field": "job_title",
                "operator": "contains",
                "value": "director",
                "points": 100,
            }
        ],
        weights=(100, 0, 0),
        threshold=60,
    )
    report = leads_import(file=io.BytesIO(CSV.encode()))
    assert report.created == 3

    leads = {lead.email: lead for lead in Lead.objects.all()}
    assert leads["ada@example.com"].score == 100
    assert leads["ada@example.com"].stage == Stage.MQL
    assert leads["ada@example.com"].score_explanation[0]["rule"] == "Director"
    assert leads["bob@example.com"].score == 0
    assert leads["bob@example.com"].stage == Stage.NEW
    assert leads["bob@example.com"].scored_at is not None


def test_a_large_import_is_rescored_in_chunks():
    with mock.patch.object(tasks.rescore_leads_task, "apply_async") as apply_async:
        queued = tasks.rescore_imported_leads(range(1, 12_001))
    assert queued == 3
    chunks = [call.args[0][0] for call in apply_async.call_args_list]
    assert [len(c) for c in chunks] == [5_000, 5_000, 2_000]
    assert sorted(i for c in chunks for i in c) == list(range(1, 12_001))
