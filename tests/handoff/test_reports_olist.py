"""The Olist marketing funnel (../shared/data/olist): 8,000 real MQLs, 842 of them won.

The leads are built from the CSV files through the history importer; the report's conversion
rates must equal the ones counted straight from the files.
"""

import csv
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from handoff.reports import funnel_report, quality_report
from leads.models import Lead, LeadSource, Stage
from leads.services import HistoryStep, leads_create_with_history
from tests.datasets import OLIST_DIR, requires_olist

pytestmark = [pytest.mark.django_db, requires_olist]

# The repository's checkout sits next to the shared data: ../shared/data/olist (PRODUCT.md).
OLIST = OLIST_DIR
MQLS = OLIST / "olist_marketing_qualified_leads_dataset.csv"
DEALS = OLIST / "olist_closed_deals_dataset.csv"


def read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def files() -> tuple[list[dict], dict[str, dict]]:
    return read(MQLS), {deal["mql_id"]: deal for deal in read(DEALS)}


@pytest.fixture
def olist(files) -> tuple[list[dict], dict[str, dict]]:
    mqls, deals = files
    sources = {
        origin: LeadSource.objects.get_or_create(code=origin)[0]
        for origin in {m["origin"] for m in mqls}
        if origin
    }
    items = []
    for mql in mqls:
        contacted = datetime.strptime(mql["first_contact_date"], "%d-%m-%Y").replace(tzinfo=UTC)
        steps = [HistoryStep(to_stage=Stage.MQL, at=contacted)]
        if deal := deals.get(mql["mql_id"]):
            won = datetime.strptime(deal["won_date"], "%d-%m-%Y %H:%M").replace(tzinfo=UTC)
            steps.append(HistoryStep(to_stage=Stage.WON, at=won, action="close"))
        lead = Lead(
            external_id=mql["mql_id"],
            source=sources.get(mql["origin"]),
            attributes={"landing_page_id": mql["landing_page_id"]},
            created_at=contacted,
        )
        items.append((lead, steps))
    leads_create_with_history(items)
    return mqls, deals


def window(mqls: list[dict]) -> dict[str, date]:
    days = [datetime.strptime(m["first_contact_date"], "%d-%m-%Y").date() for m in mqls]
    return {"created_after": min(days), "created_before": max(days)}


def mql_to_won(funnel) -> float | None:
    return next(c.rate for c in funnel.conversions if (c.from_stage, c.to_stage) == ("mql", "won"))


def test_the_funnel_overall_and_per_origin_matches_the_files(olist):
    mqls, deals = olist

    funnel = funnel_report(**window(mqls))

    assert funnel.leads == len(mqls) == 8000
    assert {s.stage: s.reached for s in funnel.stages} == {
        "mql": 8000,
        "tql": 0,
        "sal": 0,
        "sql": 0,
        "won": len(deals),
    }
    assert mql_to_won(funnel) == pytest.approx(842 / 8000) == 0.10525
    assert funnel.lead_to_won == pytest.approx(len(deals) / len(mqls))

    # Per origin, as counted from the files.
    leads = Counter(m["origin"] for m in mqls)
    won = Counter(m["origin"] for m in mqls if m["mql_id"] in deals)
    assert len(leads) >= 10

    for origin, count in leads.items():
        if not origin:
            continue
        funnel = funnel_report(**window(mqls), source=LeadSource.objects.get(code=origin))
        assert funnel.leads == count, origin
        assert mql_to_won(funnel) == pytest.approx(won[origin] / count), origin


def test_the_quality_table_counts_every_origin_including_the_empty_one(olist):
    mqls, deals = olist
    leads = Counter(m["origin"] for m in mqls)

    by_source = {r.key: r for r in quality_report(**window(mqls), dimensions=["source"])["source"]}

    assert {key: row.leads for key, row in by_source.items()} == dict(leads)
    assert {key: row.mql for key, row in by_source.items()} == dict(leads)
    assert sum(row.won for row in by_source.values()) == 0  # no deal went through SAL
