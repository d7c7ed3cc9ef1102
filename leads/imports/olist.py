"""The public Olist marketing-funnel data set (../shared/data/olist/) as leads with history.

Each of the 8,000 MQLs becomes a lead (`mql_id` as external id, `origin` as source), created and
made an MQL on its `first_contact_date`. The 842 closed deals are won on their `won_date`, owned
by their sales rep; their SDR and rep become users in those roles, named after the first eight
characters of their ids (`sdr-a8387c01`, `rep-4ef15afb`). The other deal columns are kept as
attributes. Importing the set twice merges into the same leads.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from django.contrib.auth.models import AbstractBaseUser

from leads.accounts import user_create_with_role
from leads.imports.rows import LeadRow
from leads.imports.service import ImportReport, leads_import
from leads.models import Stage
from leads.roles import Role
from leads.services import HistoryStep

MQLS = "olist_marketing_qualified_leads_dataset.csv"
DEALS = "olist_closed_deals_dataset.csv"
DEAL_ATTRIBUTES = (
    "seller_id",
    "business_segment",
    "lead_type",
    "lead_behaviour_profile",
    "has_company",
    "has_gtin",
    "average_stock",
    "business_type",
    "declared_product_catalog_size",
    "declared_monthly_revenue",
)
COLUMNS = (
    "external_id",
    "source",
    "created_at",
    "stage",
    "stage_changed_at",
    "owner",
    "landing_page_id",
    "sdr",
    *DEAL_ATTRIBUTES,
)


def olist_username(role: str, hashed_id: str) -> str:
    return f"{role}-{hashed_id[:8]}"


def olist_import(*, directory: Path, dry_run: bool = False) -> ImportReport:
    """Import the data set in `directory`; raises OSError when its files are missing."""
    with (directory / DEALS).open(encoding="utf-8", newline="") as deals_file:
        deals = {deal["mql_id"]: deal for deal in csv.DictReader(deals_file)}
    people = {
        (olist_username(role, deal[key]), role)
        for deal in deals.values()
        for role, key in ((Role.SDR, "sdr_id"), (Role.REP, "sr_id"))
        if deal[key]
    }
    users: dict[int, AbstractBaseUser] = {}
    for username, role in sorted(people):
        user, _token = user_create_with_role(username=username, role=role)
        users[user.pk] = user

    # The two files joined into one lead CSV for the import service (8,000 rows: kept in memory).
    joined = io.StringIO()
    writer = csv.writer(joined)
    writer.writerow(COLUMNS)
    with (directory / MQLS).open(encoding="utf-8", newline="") as mqls_file:
        for mql in csv.DictReader(mqls_file):
            deal = deals.get(mql["mql_id"], {})
            won = bool(deal.get("won_date"))
            writer.writerow(
                [
                    mql["mql_id"],
                    mql["origin"],
                    mql["first_contact_date"],
                    Stage.WON if won else Stage.MQL,
                    deal.get("won_date", ""),
                    olist_username(Role.REP, deal["sr_id"]) if deal.get("sr_id") else "",
                    mql["landing_page_id"],
                    olist_username(Role.SDR, deal["sdr_id"]) if deal.get("sdr_id") else "",
                    *(deal.get(name, "") for name in DEAL_ATTRIBUTES),
                ]
            )

    def history(row: LeadRow) -> list[HistoryStep]:
        steps = [HistoryStep(to_stage=Stage.MQL, at=row.fields["created_at"])]
        if row.fields.get("stage") == Stage.WON:
            steps.append(
                HistoryStep(
                    to_stage=Stage.WON,
                    at=row.fields["stage_changed_at"],
                    by=users.get(row.fields.get("owner_id")),
                    action="close",
                )
            )
        return steps

    return leads_import(
        file=io.BytesIO(joined.getvalue().encode()), history=history, dry_run=dry_run
    )
