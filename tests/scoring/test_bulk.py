"""The set-based path gives exactly the engine's numbers, on random leads and random rules."""

import random
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leads.models import Activity, ActivityType, Lead, LeadSource
from scoring import services
from scoring.agg_table import AGG_PREFIX
from scoring.engine import score_lead
from scoring.selectors import lead_facts, lead_values, version_spec
from scoring.services import rescore_version
from tests.scoring.conftest import make_version
from tests.scoring.starter_rules import STARTER_RULES

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 6, 1, 12, 0, 0, tzinfo=UTC)
TITLES = ["CEO", "Marketing Director", "vp sales", "Student", "Head of Ops", "engineer", ""]
TYPES = [
    "page_view",
    "pricing_page_view",
    "demo_request",
    "content_download",
    "email_click",
    "webinar_attended",
    "unsubscribe",
    "form_submit",
]
KEYS = ["budget", "newsletter", "segment", "employees"]


def attribute_value(rng: random.Random):
    return rng.choice(
        [
            rng.randint(-5, 100000),
            rng.random() * 1000,
            True,
            False,
            rng.choice(["Enterprise", "smb", "", "Mid Market"]),
            None,
        ]
    )


def random_lead(rng: random.Random, n: int, sources: list) -> tuple[dict, list[dict]]:
    lead = {
        "email": f"p{n}@{rng.choice(['gmail.com', 'acme.example', 'corp.example'])}",
        "phone": rng.choice(["", f"+1415555{n:04d}"]),
        "job_title": rng.choice(TITLES),
        "company_size": rng.choice([None, 0, 5, 20, 99, 100, 499, 500, 10000]),
        "country": rng.choice(["US", "GB", "DE", "JP", ""]),
        "industry": rng.choice(["Software", "Retail", "Mining", ""]),
        "do_not_email": rng.random() < 0.2,
        "source": rng.choice(sources),
        "attributes": {k: attribute_value(rng) for k in KEYS if rng.random() < 0.6},
    }
    events = []
    for _ in range(rng.randint(0, 10)):
        props = {}
        if rng.random() < 0.6:
            props["seconds"] = rng.choice([rng.randint(0, 900), rng.random() * 300, "x", True])
        if rng.random() < 0.4:
            props["asset"] = rng.choice(["ebook", "datasheet", 3])
        events.append(
            {
                "type": rng.choice(TYPES),
                "occurred_at": NOW
                - timedelta(
                    seconds=rng.randint(-86400 * 2, 86400 * 400),
                    microseconds=rng.randint(0, 999999),
                ),
                "properties": props,
            }
        )
    return lead, events


def random_rules(rng: random.Random) -> list[dict]:
    rules = []
    for kind, name, field, operator, value, points, activity, cap, decays in STARTER_RULES:
        if rng.random() < 0.7:
            rules.append(
                {
                    "kind": kind,
                    "name": name,
                    "field": field,
                    "operator": operator,
                    "value": value,
                    "points": points,
                    "activity_type": activity,
                    "cap": cap,
                    "decays": decays,
                }
            )
    extra = [
        {
            "kind": "attribute",
            "name": "Budget 10k+",
            "field": "attributes.budget",
            "operator": "gte",
            "value": 10000,
            "points": rng.randint(-40, 60),
        },
        {
            "kind": "attribute",
            "name": "Enterprise",
            "field": "attributes.segment",
            "operator": "equals",
            "value": "enterprise",
            "points": rng.randint(-40, 60),
        },
        {
            "kind": "attribute",
            "name": "Newsletter",
            "field": "attributes.newsletter",
            "operator": "equals",
            "value": True,
            "points": rng.randint(1, 30),
        },
        {
            "kind": "attribute",
            "name": "No segment",
            "field": "attributes.segment",
            "operator": "is_empty",
            "value": None,
            "points": -5,
        },
        {
            "kind": "attribute",
            "name": "Webinar source",
            "field": "source",
            "operator": "in",
            "value": ["webinar", "events"],
            "points": 12,
        },
        {
            "kind": "attribute",
            "name": "Do not e-mail",
            "field": "do_not_email",
            "operator": "equals",
            "value": True,
            "points": -15,
        },
        {
            "kind": "attribute",
            "name": "Mid size",
            "field": "attributes.employees",
            "operator": "between",
            "value": [10, 500],
            "points": 9,
        },
        {
            "kind": "event",
            "name": "E-books",
            "activity_type": "content_download",
            "points": 13,
            "cap": rng.choice([None, 20]),
            "decays": rng.random() < 0.5,
            "property_filter": {"asset": "ebook"},
        },
        {
            "kind": "event",
            "name": "Demo x3",
            "activity_type": "demo_request",
            "points": 33,
            "cap": None,
            "decays": True,
        },
        {
            "kind": "event",
            "name": "Never unsubscribed",
            "activity_type": "unsubscribe",
            "operator": "is_empty",
            "points": 11,
        },
        {
            "kind": "event",
            "name": "No e-book",
            "activity_type": "content_download",
            "operator": "is_empty",
            "property_filter": {"asset": "ebook"},
            "points": -4,
        },
    ]
    rules += [r for r in extra if rng.random() < 0.6]
    return rules


def random_calibration(rng: random.Random) -> list[float] | None:
    """A fitted version's likelihood per score, or none (a version written by hand)."""
    if rng.random() < 0.3:
        return None
    return sorted(round(rng.random(), 4) for _ in range(101))


def build(rng: random.Random, count: int):
    Lead.all_objects.all().delete()
    sources = [LeadSource.objects.get_or_create(code=c)[0] for c in ["webinar", "website"]]
    types = dict(ActivityType.objects.values_list("code", "pk"))
    activities = []
    leads = []
    for n in range(count):
        values, events = random_lead(rng, n, sources + [None])
        leads.append((Lead(**values), events))
    Lead.objects.bulk_create([lead for lead, _ in leads])
    for lead, events in leads:
        activities += [
            Activity(
                lead=lead,
                type_id=types[e["type"]],
                occurred_at=e["occurred_at"],
                properties=e["properties"],
            )
            for e in events
        ]
    Activity.objects.bulk_create(activities)


def assert_bulk_equals_engine(version, *, batch: int = 20_000) -> int:
    spec = version_spec(version)
    scored, _ = rescore_version(version, now=NOW, batch=batch)
    leads = Lead.objects.select_related("source", "product_line")
    for lead in leads:
        expected = score_lead(lead_values(lead), lead_facts(lead.pk), spec, now=NOW)
        got = (
            lead.score_demographic,
            lead.score_behavioral,
            lead.score_engagement,
            lead.score,
            lead.score_explanation,
            lead.score_likelihood,
        )
        assert got == (
            expected.demographic,
            expected.behavioral,
            expected.engagement,
            expected.total,
            expected.explanation,
            expected.likelihood,
        ), lead.pk
    return scored


def test_bulk_equals_engine_on_1000_random_leads():
    rng = random.Random(20261122)
    build(rng, 1000)
    version = make_version(
        random_rules(rng),
        weights=(40, 35, 25),
        auto_promote=False,
        calibration=sorted(round(rng.random(), 4) for _ in range(101)),
    )
    assert assert_bulk_equals_engine(version, batch=300) == 1000
    assert Lead.objects.filter(score_likelihood__isnull=True).count() == 0


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    seed=st.integers(min_value=0, max_value=2**32 - 1),
    weights=st.tuples(st.integers(0, 9), st.integers(0, 9), st.integers(1, 9)),
    half_life=st.integers(1, 120),
    size=st.integers(0, 60),
)
def test_bulk_equals_engine_for_any_rules_and_weights(seed, weights, half_life, size):
    rng = random.Random(seed)
    build(rng, size)
    version = make_version(
        random_rules(rng),
        weights=weights,
        half_life=half_life,
        auto_promote=False,
        calibration=random_calibration(rng),
    )
    assert assert_bulk_equals_engine(version) == size


DEMO_RULE = {
    "kind": "event",
    "name": "Demo requested",
    "field": "",
    "operator": "",
    "value": None,
    "points": 40,
    "activity_type": "demo_request",
    "cap": 40,
    "decays": False,
}


def test_an_activity_recorded_during_a_rescore_of_many_leads_still_counts(monkeypatch):
    """A rescore of many leads aggregates their activities once (on PostgreSQL), before its
    batches; an activity recorded after that is not lost: its lead is scored again at the end."""
    build(random.Random(7), 40)
    version = make_version([DEMO_RULE], weights=(0, 1, 0), auto_promote=False)
    late = Lead.objects.order_by("pk").last()
    Activity.objects.filter(lead=late).delete()
    real, seen = services._rescore_scope, []

    def record_then_score(*args, **kwargs):
        if not seen:
            Activity.objects.create(
                lead=late,
                type=ActivityType.objects.get(code="demo_request"),
                occurred_at=NOW - timedelta(hours=1),
            )
        seen.append(kwargs.get("agg_table"))
        return real(*args, **kwargs)

    monkeypatch.setattr(services, "_rescore_scope", record_then_score)
    assert assert_bulk_equals_engine(version, batch=10) == 40
    late.refresh_from_db()
    assert (late.score_behavioral, late.score) == (40, 40)
    if connection.vendor == "postgresql":
        # Four batches read the run's aggregate table; the late lead was scored again on its
        # own; the table is gone afterwards.
        table = seen[0]
        assert table.startswith(AGG_PREFIX)
        assert seen == [table] * 4 + [None]
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass(%s)", [table])
            assert cursor.fetchone() == (None,)
    else:
        assert seen == [None] * 4


@pytest.mark.postgres
def test_a_rescore_inside_a_transaction_leaves_the_planner_settings_as_they_were():
    build(random.Random(3), 30)
    version = make_version(random_rules(random.Random(3)), auto_promote=False)
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_indexscan")
        before = cursor.fetchone()

        # The test's own transaction encloses the rescore, as a caller's atomic block would.
        assert assert_bulk_equals_engine(version, batch=10) == 30

        cursor.execute("SHOW enable_indexscan")
        assert cursor.fetchone() == before == ("on",)
        cursor.execute("SHOW work_mem")
        assert cursor.fetchone() != ("256MB",)
