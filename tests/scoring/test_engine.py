from datetime import UTC, datetime, timedelta

import pytest

from scoring.engine import Fact, RuleSpec, VersionSpec, combine, score_lead
from scoring.models import rule_errors

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def version(*rules: RuleSpec, weights=(40, 35, 25), half_life=30) -> VersionSpec:
    return VersionSpec(
        label="T v1", weights=weights, half_life_days=half_life, threshold=60, rules=tuple(rules)
    )


def attr(field, operator, value, points=10, name="rule"):
    return RuleSpec(
        id=1,
        kind="attribute",
        name=name,
        points=points,
        field=field,
        operator=operator,
        value=value,
    )


LEAD = {
    "email": "ada@gmail.com",
    "job_title": "Marketing Director",
    "company_size": 250,
    "country": "GB",
    "industry": "Software",
    "phone": "",
    "source": "webinar",
    "product_line": "",
    "do_not_email": False,
    "attributes": {"budget": 50000, "newsletter": True, "segment": "Enterprise", "notes": ""},
}


@pytest.mark.parametrize(
    ("rule", "matches"),
    [
        (attr("job_title", "contains", "director"), True),
        (attr("job_title", "contains", "DIRECTOR"), True),
        (attr("job_title", "equals", "marketing director"), True),
        (attr("job_title", "equals", "director"), False),
        (attr("country", "in", ["US", "gb"]), True),
        (attr("country", "in", ["US"]), False),
        (attr("company_size", "gte", 250), True),
        (attr("company_size", "gte", 251), False),
        (attr("company_size", "lte", 100), False),
        (attr("company_size", "between", [100, 499]), True),
        (attr("company_size", "between", [None, 99]), False),
        (attr("company_size", "equals", 250), True),
        (attr("email_domain", "in", ["gmail.com"]), True),
        (attr("phone", "is_empty", None), True),
        (attr("phone", "not_empty", None), False),
        (attr("source", "equals", "webinar"), True),
        (attr("product_line", "is_empty", None), True),
        (attr("do_not_email", "equals", False), True),
        (attr("attributes.budget", "gte", 10000), True),
        (attr("attributes.budget", "equals", "50000"), False),  # a number is not text
        (attr("attributes.newsletter", "equals", True), True),
        (attr("attributes.newsletter", "gte", 0), False),  # a boolean is not a number
        (attr("attributes.segment", "equals", "enterprise"), True),
        (attr("attributes.notes", "is_empty", None), True),
        (attr("attributes.missing", "is_empty", None), True),
        (attr("attributes.missing", "equals", "x"), False),
    ],
)
def test_it_matches_attribute_rules(rule, matches):
    result = score_lead(LEAD, [], version(rule), now=NOW)
    assert result.demographic == (10 if matches else 0)


def test_negative_points_are_floored_at_zero_and_explained():
    result = score_lead(
        LEAD, [], version(attr("email_domain", "equals", "gmail.com", -50, "Competitor")), now=NOW
    )
    assert result.demographic == 0
    assert result.explanation == [
        {"rule": "Competitor", "category": "demographic", "points": -50},
        {"rule": "Fit floored at 0", "category": "demographic", "points": 50},
    ]


def event(points, type_="demo_request", cap=None, decays=False, props=None, name="Demo"):
    return RuleSpec(
        id=2,
        kind="event",
        name=name,
        points=points,
        activity_type=type_,
        cap=cap,
        decays=decays,
        property_filter=props or {},
    )


def test_event_rules_count_each_matching_activity_up_to_the_cap():
    facts = [Fact("pricing_page_view", NOW)] * 4 + [Fact("page_view", NOW)]
    assert (
        score_lead(LEAD, facts, version(event(10, "pricing_page_view")), now=NOW).behavioral == 40
    )
    assert (
        score_lead(LEAD, facts, version(event(10, "pricing_page_view", cap=25)), now=NOW).behavioral
        == 25
    )


def test_event_rules_filter_on_properties():
    facts = [
        Fact("content_download", NOW, {"asset": "ebook"}),
        Fact("content_download", NOW, {"asset": "datasheet"}),
        Fact("content_download", NOW, {"asset": 7}),
    ]
    rule = event(8, "content_download", props={"asset": "ebook"})
    assert score_lead(LEAD, facts, version(rule), now=NOW).behavioral == 8


def test_decay_halves_points_every_half_life():
    facts = [
        Fact("demo_request", NOW - timedelta(days=30)),
        Fact("demo_request", NOW - timedelta(days=60)),
    ]
    result = score_lead(LEAD, facts, version(event(40, decays=True), half_life=30), now=NOW)
    assert result.behavioral == 30  # 20 + 10
    future = [Fact("demo_request", NOW + timedelta(days=3))]
    assert score_lead(LEAD, future, version(event(40, decays=True)), now=NOW).behavioral == 40


def test_decayed_points_round_half_up():
    facts = [Fact("demo_request", NOW - timedelta(days=30))]
    result = score_lead(LEAD, facts, version(event(15, decays=True), half_life=30), now=NOW)
    assert result.behavioral == 8  # 7.5 rounds up


def eng(field, operator, value, points=10):
    return RuleSpec(
        id=3,
        kind="engagement",
        name=f"{field} {operator} {value}",
        points=points,
        field=field,
        operator=operator,
        value=value,
    )


def test_engagement_rules_measure_views_visits_time_and_recency():
    day = timedelta(days=1)
    facts = [
        Fact("page_view", NOW - 3 * day, {"seconds": 120}),
        Fact("page_view", NOW - 3 * day, {"seconds": 60.9}),
        Fact("pricing_page_view", NOW - 2 * day, {"seconds": "oops"}),
        Fact("email_open", NOW - 1 * day),
    ]
    cases = [
        (eng("page_views", "gte", 3), 10),
        (eng("page_views", "gte", 4), 0),
        (eng("visits", "equals", 2), 10),
        (eng("time_on_site", "between", [180, 180]), 10),
        (eng("days_since_last_activity", "between", [0, 1]), 10),
        (eng("days_since_last_activity", "gte", 2), 0),
    ]
    for rule, expected in cases:
        assert score_lead(LEAD, facts, version(rule), now=NOW).engagement == expected, rule


def test_a_lead_without_activity_is_silent_forever():
    assert (
        score_lead(
            LEAD, [], version(eng("days_since_last_activity", "gte", 90, -20)), now=NOW
        ).engagement
        == 0
    )
    assert (
        score_lead(
            LEAD, [], version(eng("days_since_last_activity", "between", [0, 7])), now=NOW
        ).engagement
        == 0
    )


def test_the_total_is_the_weighted_mean_rounded_half_up():
    assert combine((100, 0, 0), (40, 35, 25)) == 40
    assert combine((50, 51, 0), (1, 1, 0)) == 51  # 50.5 rounds up
    assert combine((0, 0, 0), (40, 35, 25)) == 0
    assert combine((100, 100, 100), (40, 35, 25)) == 100


def test_explanation_points_add_up_to_each_subscore_and_the_total_follows():
    rules = (
        attr("job_title", "contains", "director", 70, "Director"),
        attr("company_size", "gte", 100, 45, "Big company"),
        event(40, cap=60),
        eng("page_views", "gte", 1, 25),
    )
    facts = [Fact("demo_request", NOW)] * 2 + [Fact("page_view", NOW)]
    result = score_lead(LEAD, facts, version(*rules), now=NOW)

    for category, value in result.subscores.items():
        assert sum(i["points"] for i in result.explanation if i["category"] == category) == value
    assert (result.demographic, result.behavioral, result.engagement) == (100, 60, 25)
    assert result.total == combine((100, 60, 25), (40, 35, 25)) == 67


def test_a_never_rule_gives_its_points_to_leads_without_the_activity():
    never = RuleSpec(
        id=9,
        kind="event",
        name="Never unsubscribed",
        points=20,
        operator="is_empty",
        activity_type="unsubscribe",
        property_filter={"list": "news"},
    )
    spec = version(never, weights=(0, 1, 0))
    other_list = Fact("unsubscribe", NOW - timedelta(days=1), {"list": "offers"})
    news = Fact("unsubscribe", NOW - timedelta(days=1), {"list": "news"})

    assert score_lead(LEAD, [], spec, now=NOW).behavioral == 20
    assert score_lead(LEAD, [other_list], spec, now=NOW).behavioral == 20
    assert score_lead(LEAD, [other_list, news, news], spec, now=NOW).behavioral == 0


def test_the_likelihood_is_the_calibration_at_the_total():
    spec = VersionSpec(
        label="T v1",
        weights=(1, 0, 0),
        half_life_days=30,
        threshold=60,
        rules=(attr("country", "equals", "GB", points=37),),
        calibration=tuple(round(s / 200, 4) for s in range(101)),
    )

    assert score_lead(LEAD, [], spec, now=NOW).likelihood == 0.185
    assert (
        score_lead(LEAD, [], version(attr("country", "equals", "GB")), now=NOW).likelihood is None
    )


def test_an_event_rule_takes_no_operator_but_never():
    def errors(operator):
        return rule_errors(
            kind="event",
            field="",
            operator=operator,
            value=None,
            has_activity_type=True,
            property_filter={},
        )

    assert errors("") == {} and errors("is_empty") == {}
    assert "operator" in errors("gte")
