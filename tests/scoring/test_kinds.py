"""Every rule kind's two evaluations agree, and every kind registered is held to it.

EXAMPLES gives each kind rules that reach every branch of its Python and its SQL; a kind added
to scoring.kinds.KINDS without examples here fails test_every_kind_has_examples, and the
equality test runs once per registered kind (on SQLite here, on PostgreSQL in the integration
run)."""

import random
from typing import Any

import pytest

from leads.models import Lead
from scoring import kinds
from scoring.engine import ENGAGEMENT, Fact, RuleSpec, VersionSpec, score_lead
from scoring.kinds import KINDS, kind_of
from scoring.kinds.base import RuleKind, SqlScope, Subject
from scoring.models import rule_errors
from tests.scoring.conftest import make_version
from tests.scoring.folding import build_with_bursts, fold
from tests.scoring.test_bulk import NOW, assert_bulk_equals_engine, build

pytestmark = pytest.mark.django_db


def _compare(kind: str, field: str, operator: str, value: Any, points: int) -> dict:
    name = f"{field} {operator} {value}"
    return {
        "kind": kind,
        "name": name,
        "field": field,
        "operator": operator,
        "value": value,
        "points": points,
    }


def _event(name: str, activity: str, points: int, **rest: Any) -> dict:
    return {"kind": "event", "name": name, "activity_type": activity, "points": points, **rest}


EXAMPLES: dict[str, list[dict]] = {
    "attribute": [
        _compare("attribute", "job_title", "contains", "director", 15),
        _compare("attribute", "job_title", "equals", "ceo", 20),
        _compare("attribute", "country", "in", ["US", "GB"], 10),
        _compare("attribute", "industry", "is_empty", None, -5),
        _compare("attribute", "phone", "not_empty", None, 5),
        _compare("attribute", "email_domain", "in", ["gmail.com"], -10),
        _compare("attribute", "source", "equals", "webinar", 12),
        _compare("attribute", "product_line", "is_empty", None, 1),
        _compare("attribute", "company_size", "gte", 500, 25),
        _compare("attribute", "company_size", "lte", 20, -3),
        _compare("attribute", "company_size", "between", [20, 99], 8),
        _compare("attribute", "company_size", "equals", 5, 2),
        _compare("attribute", "company_size", "is_empty", None, -2),
        _compare("attribute", "do_not_email", "equals", True, -15),
        _compare("attribute", "job_title", "equals", True, 7),  # a text field is never a yes/no
        _compare("attribute", "attributes.budget", "gte", 10000, 30),
        _compare("attribute", "attributes.employees", "between", [10, None], 9),
        _compare("attribute", "attributes.segment", "equals", "enterprise", 10),
        _compare("attribute", "attributes.segment", "contains", "market", 4),
        _compare("attribute", "attributes.newsletter", "equals", True, 6),
        _compare("attribute", "attributes.newsletter", "equals", False, -6),
        _compare("attribute", "attributes.segment", "is_empty", None, -5),
        _compare("attribute", "attributes.budget", "not_empty", None, 3),
    ],
    "event": [
        _event("Demo", "demo_request", 40, cap=40, decays=True),
        _event("Pricing", "pricing_page_view", 10, cap=30, decays=True),
        _event("Download", "content_download", 8),
        _event("E-books", "content_download", 13, property_filter={"asset": "ebook"}, cap=20),
        _event("Unsubscribed", "unsubscribe", -30, cap=30),
        _event("Never unsubscribed", "unsubscribe", 11, operator="is_empty"),
        _event(
            "No e-book",
            "content_download",
            -4,
            operator="is_empty",
            property_filter={"asset": "ebook"},
        ),
        _event("No chat", "chat_started", 3, operator="is_empty"),  # no lead has this type
    ],
    "engagement": [
        _compare("engagement", "page_views", "between", [5, 19], 20),
        _compare("engagement", "page_views", "equals", 3, 4),
        _compare("engagement", "visits", "gte", 3, 20),
        _compare("engagement", "visits", "lte", 1, -2),
        _compare("engagement", "time_on_site", "gte", 600, 15),
        _compare("engagement", "days_since_last_activity", "between", [0, 7], 30),
        _compare("engagement", "days_since_last_activity", "gte", 90, -20),
        _compare("engagement", "days_since_last_activity", "between", [30, None], -7),
        _compare("engagement", "days_since_last_activity", "lte", 2, 5),
    ],
}


def test_every_kind_has_examples():
    """A kind registered without examples here is a kind whose two sides nobody compares."""
    assert set(EXAMPLES) == set(KINDS)


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_example_is_a_rule_its_kind_accepts(name):
    for rule in EXAMPLES[name]:
        errors = rule_errors(
            kind=name,
            field=rule.get("field", ""),
            operator=rule.get("operator", ""),
            value=rule.get("value"),
            has_activity_type=bool(rule.get("activity_type")),
            property_filter=rule.get("property_filter", {}),
        )
        assert errors == {}, rule


def _assert_kind_sql_gives_engines_points(name: str, rng: random.Random) -> None:
    """The kind's example rules, alone in their category, score the 150 leads built the same
    in SQL as in the engine."""
    weights = {"demographic": (1, 0, 0), "behavioral": (0, 1, 0), "engagement": (0, 0, 1)}
    version = make_version(
        EXAMPLES[name],
        weights=weights[kind_of(name).category],
        half_life=rng.randint(1, 60),
        auto_promote=False,
    )
    assert assert_bulk_equals_engine(version, batch=64) == 150
    # Not a comparison of zeros: the kind's rules scored the leads apart.
    column = f"score_{kind_of(name).category}"
    assert len(set(Lead.objects.values_list(column, flat=True))) > 5


@pytest.mark.parametrize("name", sorted(KINDS))
def test_the_sql_of_each_kind_gives_the_engines_points(name):
    rng = random.Random(f"kinds-{name}")
    build(rng, 150)
    _assert_kind_sql_gives_engines_points(name, rng)


@pytest.mark.parametrize("name", sorted(KINDS))
def test_it_gives_the_engines_points_in_sql_with_folded_activities(name):
    """The same with most activities folded into summaries (leads.activity_retention): the
    kinds read a summary as its count of activities on both sides."""
    rng = random.Random(f"folded-{name}")
    build_with_bursts(rng, 150)
    fold()
    _assert_kind_sql_gives_engines_points(name, rng)


@pytest.mark.parametrize("name", sorted(KINDS))
def test_each_kind_describes_its_rules_in_words(name):
    version = make_version(EXAMPLES[name], status="draft")
    for rule in version.rules.select_related("activity_type"):
        text = rule.test_display
        assert text, rule.name
        assert not any(raw in text for raw in ("[", "{", "True", "False", "None")), text


def test_the_words_of_each_kind():
    version = make_version(
        [
            _compare("attribute", "country", "in", ["US", "GB"], 10),
            _compare("attribute", "company_size", "between", [20, 99], 8),
            _compare("attribute", "attributes.newsletter", "equals", True, 6),
            _compare("attribute", "phone", "not_empty", None, 5),
            _event(
                "E-books",
                "content_download",
                13,
                property_filter={"asset": "ebook"},
                cap=20,
                decays=True,
            ),
            _event("Never unsubscribed", "unsubscribe", 11, operator="is_empty"),
            _compare("engagement", "days_since_last_activity", "gte", 90, -20),
        ],
        status="draft",
    )
    words = [r.test_display for r in version.rules.order_by("position")]
    assert words == [
        "country is one of US, GB",
        "company_size between (inclusive) 20 and 99",
        "attributes.newsletter equals yes",
        "phone is not empty",
        "each Content download with asset = ebook, at most 20, decays",
        "never any Unsubscribed",
        "days_since_last_activity ≥ 90",
    ]


class _PerActivity(RuleKind):
    """A kind written only as its class: a point per activity of any type, at most the cap."""

    name = "per_activity"
    label = "Per activity"
    category = ENGAGEMENT
    description = "A point per activity."
    compares_values = False

    def points(self, rule: RuleSpec, subject: Subject) -> int:
        return min(len(subject.facts), rule.cap or 0) * rule.points

    def sql_aggregate(self, rule: RuleSpec, sql: SqlScope) -> str | None:
        return "COUNT(*)"

    def sql_points(self, rule: RuleSpec, sql: SqlScope, aggregate: str) -> str:
        cap = int(rule.cap or 0)
        count = f"COALESCE({aggregate}, 0)"
        return f"((CASE WHEN {count} > {cap} THEN {cap} ELSE {count} END) * {int(rule.points)})"


def test_a_kind_added_to_the_registry_is_scored_by_both_paths(monkeypatch):
    """The engine and the compiler know no kind by name: a new class in KINDS is enough."""
    monkeypatch.setitem(kinds.KINDS, "per_activity", _PerActivity())
    build(random.Random(11), 40)
    version = make_version(
        [{"kind": "per_activity", "name": "Busy", "points": 7, "cap": 5}],
        weights=(0, 0, 1),
        auto_promote=False,
    )
    assert assert_bulk_equals_engine(version) == 40
    spec = VersionSpec("t", (0, 0, 1), 30, 60, (RuleSpec(1, "per_activity", "Busy", 7, cap=5),))
    facts = [Fact("page_view", NOW)] * 3
    assert score_lead({}, facts, spec, now=NOW).engagement == 21
    assert score_lead({}, facts, spec, now=NOW).explanation == [
        {"rule": "Busy", "category": ENGAGEMENT, "points": 21}
    ]
