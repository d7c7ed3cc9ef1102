"""Reports per account: the "Accounts" filter (existing accounts vs new business) on the funnel,
its API and the quality page's "Business" table."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from handoff.reports.funnel import funnel_report
from handoff.reports.quality import quality_report
from leads.models import Account
from tests.handoff.reporting import at, history

pytestmark = pytest.mark.django_db

JAN = {"created_after": "2026-01-01", "created_before": "2026-01-31"}


@pytest.fixture
def cohort(rep):
    acme = Account(name="Acme")
    acme.save()
    day = at("2026-01-10")
    # Two leads of an existing account (one won), three of new business (none past MQL).
    history(day, ("mql", day), ("sal", day), ("sql", day), ("won", day), account=acme, owner=rep)
    history(day, ("mql", day), account=acme)
    for _ in range(3):
        history(day, ("mql", day))
    return acme


@pytest.mark.parametrize(
    ("accounts", "leads", "won"), [("", 5, 1), ("existing", 2, 1), ("new", 3, 0)]
)
def test_the_funnel_splits_existing_accounts_from_new_business(cohort, accounts, leads, won):
    report = funnel_report(
        created_after=date(2026, 1, 1), created_before=date(2026, 1, 31), accounts=accounts
    )
    assert report.leads == leads
    stages = {s.stage: s.reached for s in report.stages}
    assert stages["mql"] == leads
    assert stages["won"] == won


def test_the_quality_report_has_a_business_row_per_kind(cohort):
    rows = quality_report(
        dimensions=["business"], created_after=date(2026, 1, 1), created_before=date(2026, 1, 31)
    )["business"]
    by_kind = {r.key: (r.leads, r.mql, r.won) for r in rows}
    assert by_kind == {"New business": (3, 3, 0), "Existing account": (2, 2, 1)}


def test_the_pages_and_the_api_take_the_accounts_filter(client, api, manager, cohort):
    client.force_login(manager)
    page = client.get(reverse("reports:page", args=["quality"]), {**JAN, "accounts": "new"})
    assert page.status_code == 200
    business = next(t for t in page.context["tables"] if t.slug == "quality-business")
    assert [row[0] for row in business.rows] == ["New business"]
    body = api(manager).get("/api/v1/reports/funnel/", {**JAN, "accounts": "existing"}).json()
    assert body["cohort"]["leads"] == 2
    bad = client.get(reverse("reports:page", args=["funnel"]), {**JAN, "accounts": "bogus"})
    assert bad.status_code in (200, 400)
    assert "accounts" in bad.context["form"].errors
