"""Load the public Olist marketing-funnel data (see shared/data/olist/README.md) as leads.

Each MQL becomes a lead created at its first contact, with its origin as source and its landing
page as an attribute, and a move to MQL at that moment. The 842 closed deals are then won (at
their won date); every other MQL did not close and is recorded lost 90 days after first contact.
Nothing the SDR or rep learnt (the closed-deals columns) becomes a lead field.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta

from leads.models import Lead, LeadSource, Stage
from leads.services import HistoryStep, leads_create_with_history
from tests.datasets import OLIST_DIR

OLIST = OLIST_DIR
LOST_AFTER = timedelta(days=90)


def _date(text: str, fmt: str) -> datetime:
    return datetime.strptime(text.strip(), fmt).replace(tzinfo=UTC)


def load_olist(limit: int | None = None) -> list[Lead]:
    with open(OLIST / "olist_closed_deals_dataset.csv", newline="") as f:
        won = {row["mql_id"]: _date(row["won_date"], "%d-%m-%Y %H:%M") for row in csv.DictReader(f)}
    with open(OLIST / "olist_marketing_qualified_leads_dataset.csv", newline="") as f:
        rows = list(csv.DictReader(f))[:limit]
    sources = {
        code: LeadSource.objects.get_or_create(code=code)[0]
        for code in {row["origin"].strip() for row in rows}
        if code
    }
    items = []
    for row in rows:
        created = _date(row["first_contact_date"], "%d-%m-%Y")
        lead = Lead(
            external_id=row["mql_id"],
            source=sources.get(row["origin"].strip()),
            created_at=created,
            attributes={"landing_page_id": row["landing_page_id"]},
        )
        closed = won.get(row["mql_id"])
        outcome = (
            HistoryStep(to_stage=Stage.WON, at=max(closed, created))
            if closed
            else HistoryStep(to_stage=Stage.LOST, at=created + LOST_AFTER)
        )
        items.append((lead, [HistoryStep(to_stage=Stage.MQL, at=created), outcome]))
    return leads_create_with_history(items)
