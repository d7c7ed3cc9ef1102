import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from leads.imports.olist import olist_import
from leads.models import Lead, LeadSource, Stage, StageChange, Via
from tests.datasets import OLIST_DIR, OLIST_SAMPLE_DIR, requires_olist

pytestmark = pytest.mark.django_db

OLIST = OLIST_DIR


@pytest.fixture
def olist_dir() -> Path:
    return OLIST


@pytest.fixture
def small_olist() -> Path:
    """The first 300 MQLs and their deals (shipped in tests/data/olist): the same messy rows,
    imported in a blink, on any checkout."""
    return OLIST_SAMPLE_DIR


@requires_olist
def test_it_imports_8000_mqls_and_842_won_deals_with_their_sdrs_and_reps(olist_dir):
    out = io.StringIO()

    call_command("import_olist", str(olist_dir), stdout=out, stderr=io.StringIO())

    assert "created 8000, merged 0, rejected 0" in out.getvalue()
    assert Lead.objects.count() == 8_000
    assert Lead.objects.filter(stage=Stage.MQL).count() == 8_000 - 842
    won = Lead.objects.filter(stage=Stage.WON)
    assert won.count() == 842
    assert not won.filter(owner__isnull=True).exists()
    users = get_user_model().objects
    assert users.filter(groups__name="rep", owned_leads__stage="won").distinct().count() == 22
    assert users.filter(groups__name="sdr", username__startswith="sdr-").count() == 32
    assert len({lead.attributes["sdr"] for lead in won}) == 32

    # Won on won_date, by the rep; made an MQL on first contact.
    lead = Lead.objects.select_related("owner").get(external_id="5420aad7fec3549a85876ba1c529bd84")
    assert lead.owner.username == "rep-4ef15afb"
    assert lead.attributes["sdr"] == "sdr-a8387c01"
    assert lead.attributes["business_segment"] == "pet"
    assert lead.attributes["declared_monthly_revenue"] == 0
    moves = list(
        lead.stage_changes.values_list("from_stage", "to_stage", "at", "by__username", "via")
    )
    assert moves == [
        ("new", "mql", lead.created_at, None, Via.IMPORT),
        ("mql", "won", datetime(2018, 2, 26, 19, 58, tzinfo=UTC), "rep-4ef15afb", Via.IMPORT),
    ]
    assert lead.stage_changed_at == datetime(2018, 2, 26, 19, 58, tzinfo=UTC)
    assert StageChange.objects.filter(to_stage=Stage.WON).count() == 842
    assert StageChange.objects.filter(to_stage=Stage.MQL).count() == 8_000


def test_mqls_are_created_on_first_contact_with_origin_as_source(small_olist):
    report = olist_import(directory=small_olist)

    assert report.created == 300
    lead = Lead.objects.select_related("source").get(external_id="dac32acd4db4c29c230538b72f8dd87d")
    assert lead.created_at == datetime(2018, 2, 1, tzinfo=UTC)
    assert lead.source.code == "social"
    assert lead.stage == Stage.MQL
    assert lead.attributes == {"landing_page_id": "88740e65d5d6b056e0cda098e1ea6313"}
    assert lead.stage_changes.get().at == datetime(2018, 2, 1, tzinfo=UTC)
    assert LeadSource.objects.filter(code="organic_search").exists()


def test_importing_it_twice_merges_into_the_same_leads(small_olist):
    olist_import(directory=small_olist)

    report = olist_import(directory=small_olist)

    assert (report.created, report.merged) == (0, 300)
    assert Lead.objects.count() == 300


def test_a_missing_directory_is_a_clear_command_error(tmp_path):
    with pytest.raises(Exception, match="Cannot read the Olist files"):
        call_command("import_olist", str(tmp_path / "nowhere"), stdout=io.StringIO())
