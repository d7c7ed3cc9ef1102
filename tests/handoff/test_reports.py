"""The report queries (handoff/reports/) on hand-built histories."""

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from handoff.reports import (
    definition_changes,
    flow_report,
    funnel_report,
    quality_report,
    velocity_report,
)
from handoff.reports.velocity import percentile
from leads.models import Stage
from scoring.activation import version_activate
from scoring.models import ScoringModel, ScoringVersion
from tests.factories import LeadSourceFactory, TeamFactory
from tests.handoff.reporting import at, history

pytestmark = pytest.mark.django_db

JAN = {"created_after": date(2026, 1, 1), "created_before": date(2026, 1, 31)}


def by_stage(funnel) -> dict[str, tuple[int, int]]:
    return {s.stage: (s.reached, s.current) for s in funnel.stages}


def rates(funnel) -> dict[tuple[str, str], float | None]:
    return {(c.from_stage, c.to_stage): c.rate for c in funnel.conversions}


@pytest.fixture
def january():
    """Five January leads: won; recycled and accepted again; rejected twice over; new."""
    won = history(
        at("2026-01-02"),
        ("mql", at("2026-01-02")),
        ("tql", at("2026-01-03")),
        ("sal", at("2026-01-04")),
        ("sql", at("2026-01-05")),
        ("won", at("2026-01-20")),
    )
    recycled = history(
        at("2026-01-05"),
        ("mql", at("2026-01-05")),
        ("sal", at("2026-01-06")),
        ("nurture", at("2026-01-07"), "recycle_timing"),
        ("mql", at("2026-01-10")),
        ("sal", at("2026-01-11")),
    )
    unreachable = history(
        at("2026-01-08"),
        ("mql", at("2026-01-08")),
        ("nurture", at("2026-01-09"), "no_answer"),
    )
    not_qualified = history(
        at("2026-01-31", "23:59"),
        ("mql", at("2026-02-01")),
        ("disqualified", at("2026-02-02"), "no_need"),
    )
    fresh = history(at("2026-01-15"))
    # Outside the cohort: created the day before and the day after the window.
    history(at("2025-12-31", "23:59"), ("mql", at("2026-01-02")))
    history(at("2026-02-01", "00:00"), ("mql", at("2026-02-01")))
    return won, recycled, unreachable, not_qualified, fresh


def test_it_counts_each_lead_once_per_stage_reached(january):
    funnel = funnel_report(**JAN)

    assert funnel.leads == 5
    assert by_stage(funnel) == {
        "mql": (4, 0),
        "tql": (1, 0),
        "sal": (2, 1),
        "sql": (1, 0),
        "won": (1, 1),
    }
    assert funnel.current == {"won": 1, "sal": 1, "nurture": 1, "disqualified": 1, "new": 1}


def test_it_converts_between_consecutive_stages(january):
    funnel = funnel_report(**JAN)

    assert rates(funnel) == {
        ("mql", "tql"): 1 / 4,
        ("mql", "sal"): 2 / 4,
        ("tql", "sal"): 1.0,
        ("sal", "sql"): 1 / 2,
        ("sql", "won"): 1.0,
        ("mql", "won"): 1 / 4,
    }
    assert funnel.lead_to_won == 1 / 5


def test_a_conversion_counts_only_leads_that_reached_both_stages():
    # An imported lead that went straight to SAL never was an MQL: it is not an accepted MQL.
    history(at("2026-01-02"), ("sal", at("2026-01-02")))
    history(at("2026-01-02"), ("mql", at("2026-01-02")))

    funnel = funnel_report(**JAN)

    assert by_stage(funnel)["sal"] == (1, 1)
    assert rates(funnel)[("mql", "sal")] == 0.0
    assert rates(funnel)[("tql", "sal")] is None


def test_it_keeps_not_qualified_and_not_reachable_apart(january):
    funnel = funnel_report(**JAN)

    assert {(r.reason, r.category, r.count) for r in funnel.rejections} == {
        ("recycle_timing", "timing", 1),
        ("no_answer", "not_reachable", 1),
        ("no_need", "not_qualified", 1),
    }


def test_it_filters_the_cohort_by_the_leads_dimensions(january, rep):
    webinar = LeadSourceFactory(code="webinar")
    team = TeamFactory(name="Field Sales")
    history(
        at("2026-01-10"),
        ("mql", at("2026-01-10")),
        ("sal", at("2026-01-11")),
        source=webinar,
        campaign="spring",
        team=team,
        owner=rep,
    )

    for dimension in [
        {"source": webinar},
        {"campaign": "spring"},
        {"team": team},
        {"owner": rep},
    ]:
        funnel = funnel_report(**JAN, **dimension)
        assert funnel.leads == 1, dimension
        assert rates(funnel)[("mql", "sal")] == 1.0


def test_an_empty_window_has_no_rates():
    funnel = funnel_report(**JAN)

    assert funnel.leads == 0
    assert set(rates(funnel).values()) == {None}
    assert funnel.lead_to_won is None


def test_the_window_follows_the_time_zone():
    # 2026-01-31 23:30 UTC is February 1st in Berlin.
    history(at("2026-01-31", "23:30"))

    assert funnel_report(**JAN).leads == 1
    assert funnel_report(**JAN, tz=ZoneInfo("Europe/Berlin")).leads == 0


def flow_counts(flow, kind: str) -> dict[str, int]:
    return {row.period.isoformat(): row.counts[kind] for row in flow.rows}


def test_flow_counts_moves_per_week_starting_monday():
    # 2026-01-04 is a Sunday, 2026-01-05 a Monday.
    history(
        at("2025-11-01"),
        ("mql", at("2026-01-04", "23:30")),
        ("sal", at("2026-01-05", "00:30")),
    )
    history(
        at("2025-11-01"),
        ("mql", at("2026-01-05", "09:00")),
        ("nurture", at("2026-01-06"), "no_answer"),
        ("mql", at("2026-01-07")),
        ("tql", at("2026-01-08")),
        ("disqualified", at("2026-01-09"), "spam"),
    )

    flow = flow_report(created_after=date(2026, 1, 1), created_before=date(2026, 1, 14))

    assert flow_counts(flow, "mql") == {"2025-12-29": 1, "2026-01-05": 2, "2026-01-12": 0}
    assert flow_counts(flow, "accepted") == {"2025-12-29": 0, "2026-01-05": 1, "2026-01-12": 0}
    assert flow_counts(flow, "rejected") == {"2025-12-29": 0, "2026-01-05": 2, "2026-01-12": 0}
    assert flow.totals["tql"] == 1


def test_flow_weeks_follow_the_time_zone():
    # Sunday 23:30 UTC is already Monday in Berlin, and still Sunday in New York.
    history(at("2025-11-01"), ("mql", at("2026-01-04", "23:30")))
    window = {"created_after": date(2026, 1, 1), "created_before": date(2026, 1, 10)}

    berlin = flow_report(**window, tz=ZoneInfo("Europe/Berlin"))
    new_york = flow_report(**window, tz=ZoneInfo("America/New_York"))

    assert flow_counts(berlin, "mql") == {"2025-12-29": 0, "2026-01-05": 1}
    assert flow_counts(new_york, "mql") == {"2025-12-29": 1, "2026-01-05": 0}


def test_flow_per_month_keeps_moves_to_the_window():
    history(
        at("2025-11-01"),
        ("mql", at("2025-12-31", "23:59")),
        ("sal", at("2026-01-01", "00:00")),
        ("sql", at("2026-02-28")),
        ("won", at("2026-03-01")),
    )

    flow = flow_report(
        period="month", created_after=date(2026, 1, 1), created_before=date(2026, 2, 28)
    )

    assert [row.period.isoformat() for row in flow.rows] == ["2026-01-01", "2026-02-01"]
    assert flow.totals == {
        "mql": 0,
        "tql": 0,
        "accepted": 1,
        "rejected": 0,
        "sql": 1,
        "won": 0,
        "lost": 0,
    }


def test_flow_filters_by_the_moved_leads_dimensions(rep):
    history(at("2025-11-01"), ("mql", at("2026-01-10")), owner=rep)
    history(at("2025-11-01"), ("mql", at("2026-01-10")))

    assert flow_report(**JAN).totals["mql"] == 2
    assert flow_report(**JAN, owner=rep).totals["mql"] == 1


def test_percentile_interpolates_like_percentile_cont():
    assert percentile([1, 2, 3, 4, 10], 0.5) == 3
    assert percentile([1, 2, 3, 4, 10], 0.9) == pytest.approx(7.6)
    assert percentile([5], 0.9) == 5
    assert percentile([], 0.5) is None


def velocity_fixture() -> None:
    """MQL stays of 1, 2, 3, 4 and 10 hours; one of them the second stay of a recycled lead."""
    start = at("2026-01-05", "08:00")
    hour = timedelta(hours=1)
    for hours in [1, 2, 4, 10]:
        history(start, ("mql", start), ("sal", start + hours * hour))
    history(
        start,
        ("mql", start),
        ("nurture", start + 3 * hour, "no_answer"),
        ("mql", start + 30 * hour),
        ("sal", start + 32 * hour),
    )
    history(start, ("mql", start))  # still waiting: not a finished stay


def test_velocity_gives_median_and_90th_percentile_per_stage():
    velocity_fixture()

    times = {t.stage: t for t in velocity_report(**JAN)}

    mql = times[Stage.MQL]
    assert mql.stays == 6
    assert mql.median_seconds == pytest.approx(2.5 * 3600)  # 1 2 2 3 4 10 hours
    assert mql.p90_seconds == pytest.approx(7 * 3600)
    assert times[Stage.NURTURE].median_seconds == pytest.approx(27 * 3600)
    assert times[Stage.SAL].stays == 0


def test_first_response_is_measured_from_the_first_mql_entry():
    velocity_fixture()

    first = {t.stage: t for t in velocity_report(**JAN)}["first_response"]

    assert first.stays == 5
    assert first.median_seconds == pytest.approx(3 * 3600)  # 1 2 3 4 10 hours
    assert first.p90_seconds == pytest.approx(7.6 * 3600)


@pytest.mark.postgres
def test_postgresql_computes_the_same_percentiles():
    test_velocity_gives_median_and_90th_percentile_per_stage()


def test_quality_rates_by_dimension(rep, rep2):
    web = LeadSourceFactory(code="web")
    ads = LeadSourceFactory(code="ads")
    day = at("2026-01-05")
    history(day, ("mql", day), ("sal", day), ("sql", day), ("won", day), source=web, owner=rep)
    history(day, ("mql", day), ("sal", day), source=web, owner=rep)
    history(day, ("mql", day), ("nurture", day, "no_budget"), source=web, owner=rep2)
    history(day, ("mql", day), source=ads, campaign="=HYPERLINK()")
    history(day, source=ads)

    quality = quality_report(**JAN)

    by_source = {r.key: r for r in quality["source"]}
    assert (by_source["web"].leads, by_source["web"].mql, by_source["web"].accepted) == (3, 3, 2)
    assert by_source["web"].acceptance_rate == 2 / 3
    assert by_source["web"].won_rate == 1 / 2
    assert by_source["ads"].acceptance_rate == 0.0
    assert by_source["ads"].won_rate is None
    by_owner = {r.key: r.acceptance_rate for r in quality["owner"]}
    assert by_owner == {"rep": 1.0, "rep2": 0.0, "": 0.0}
    assert {r.key for r in quality["campaign"]} == {"", "=HYPERLINK()"}


def test_quality_computes_only_the_dimensions_asked_for():
    assert list(quality_report(dimensions=["source", "campaign"], **JAN)) == ["source", "campaign"]


def test_definition_changes_are_the_activations_in_the_window(time_machine):
    model = ScoringModel.objects.get(is_default=True)
    for day, note in [("2025-12-31", "before"), ("2026-01-12", "threshold 60 -> 55")]:
        time_machine.move_to(at(day), tick=False)
        version = ScoringVersion.objects.create(model=model, threshold=55)
        version_activate(version=version, by=None, note=note)
    time_machine.move_to(at("2026-02-01"), tick=False)
    ScoringVersion.objects.create(model=model, note="a draft, never activated")

    changes = definition_changes(**JAN)

    assert [(c.at, c.label, c.note) for c in changes] == [
        (at("2026-01-12"), version.label, "threshold 60 -> 55")
    ]
