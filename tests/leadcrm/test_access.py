"""Access control everywhere: every route of the root URLconf, tried by every role.

The table below holds one expectation per route and method. A route without one fails
`test_every_route_has_an_expectation`, so nobody adds a page or an endpoint without saying who
may use it. The admin (tested in test_admin_access.py) and static files are the only routes left
out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from leads.deletion import lead_delete
from leads.merging import leads_merge
from leads.models import ImportJob, Stage
from scoring.models import RescoreRun, Rule, ScoringModel, ScoringVersion
from tests.factories import LeadFactory, LeadSourceFactory, TeamFactory

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "outsider", "marketer", "sdr", "rep", "manager", "admin")
PUBLIC = frozenset(ROLES)
ANY_ROLE = frozenset({"marketer", "sdr", "rep", "manager", "admin"})
MARKETING = frozenset({"marketer", "admin"})
SEE_ALL = frozenset({"marketer", "manager", "admin"})
SALES = frozenset({"sdr", "rep", "manager", "admin"})
MANAGERS = frozenset({"manager", "admin"})
# mql -> tql: SDRs, and managers and admins who may make every sales move.
QUALIFIERS = frozenset({"sdr", "manager", "admin"})


@dataclass(frozen=True)
class Expect:
    """Who may use a route. `kwargs` name the sample objects (see `samples`) or give values."""

    allowed: frozenset[str]
    kwargs: dict[str, str] = field(default_factory=dict)
    data: dict = field(default_factory=dict)
    api: bool = False


# (URL name, method) -> expectation. Lead-scoped routes use a lead visible to every role (its
# team's unassigned MQL), so a refusal there is the route's, not the lead's.
TABLE: dict[tuple[str, str], Expect] = {
    ("home", "GET"): Expect(ANY_ROLE),
    ("login", "GET"): Expect(PUBLIC),
    ("logout", "POST"): Expect(PUBLIC),
    ("webform", "POST"): Expect(PUBLIC, {"key": "intake_key"}),
    ("leads:list", "GET"): Expect(ANY_ROLE),
    ("leads:export", "GET"): Expect(ANY_ROLE),
    ("leads:deleted", "GET"): Expect(MANAGERS),
    ("leads:duplicates", "GET"): Expect(SEE_ALL),
    ("leads:merge", "GET"): Expect(SEE_ALL),
    ("leads:unmerge", "GET"): Expect(SEE_ALL, {"pk": "merge"}),
    ("leads:sources", "GET"): Expect(MARKETING),
    ("leads:source-rotate-key", "POST"): Expect(MARKETING, {"pk": "source"}),
    ("leads:detail", "GET"): Expect(ANY_ROLE, {"pk": "lead"}),
    ("leads:move", "POST"): Expect(
        QUALIFIERS, {"pk": "lead", "action": "=qualify"}, {"expected_stage": Stage.MQL}
    ),
    ("leads:assign", "POST"): Expect(MANAGERS, {"pk": "lead"}),
    ("leads:delete", "POST"): Expect(MANAGERS, {"pk": "lead"}),
    ("leads:restore", "POST"): Expect(MANAGERS, {"pk": "deleted_lead"}),
    ("leads:imports:upload", "GET"): Expect(MARKETING),
    ("leads:imports:detail", "GET"): Expect(MARKETING, {"pk": "import_done"}),
    ("leads:imports:preview", "GET"): Expect(MARKETING, {"pk": "import_job"}),
    ("leads:imports:progress", "GET"): Expect(MARKETING, {"pk": "import_done"}),
    ("leads:imports:report", "GET"): Expect(MARKETING, {"pk": "import_done"}),
    ("handoff:queue", "GET"): Expect(MARKETING),
    ("handoff:promote-many", "POST"): Expect(MARKETING),
    ("handoff:promote", "POST"): Expect(MARKETING, {"pk": "new_lead"}),
    ("handoff:rejected", "GET"): Expect(SEE_ALL),
    ("handoff:inbox", "GET"): Expect(SALES),
    ("handoff:move-form", "GET"): Expect(SALES, {"pk": "lead", "action": "=reject"}),
    ("handoff:move", "POST"): Expect(
        QUALIFIERS, {"pk": "lead", "action": "=qualify"}, {"expected_stage": Stage.MQL}
    ),
    ("handoff:reassign", "POST"): Expect(MANAGERS, {"pk": "lead"}),
    ("handoff:routing-check", "GET"): Expect(MANAGERS),
    ("handoff:notifications", "GET"): Expect(ANY_ROLE),
    ("handoff:notifications-read", "POST"): Expect(ANY_ROLE),
    ("handoff:notification-settings", "GET"): Expect(ANY_ROLE),
    ("scoring:models", "GET"): Expect(SEE_ALL),
    ("scoring:fit", "POST"): Expect(MARKETING),
    ("scoring:backtest", "GET"): Expect(SEE_ALL, {"pk": "scoring_model"}),
    ("scoring:version", "GET"): Expect(SEE_ALL, {"pk": "draft"}),
    ("scoring:settings", "POST"): Expect(MARKETING, {"pk": "draft"}),
    ("scoring:copy", "POST"): Expect(MARKETING, {"pk": "draft"}),
    ("scoring:activate", "POST"): Expect(MARKETING, {"pk": "draft"}),
    ("scoring:rule-add", "GET"): Expect(MARKETING, {"pk": "draft"}),
    ("scoring:rule-edit", "GET"): Expect(MARKETING, {"pk": "draft", "rule_pk": "rule"}),
    ("scoring:rule-delete", "POST"): Expect(MARKETING, {"pk": "draft", "rule_pk": "rule"}),
    ("scoring:run", "GET"): Expect(SEE_ALL, {"pk": "run"}),
    ("reports:funnel", "GET"): Expect(ANY_ROLE),
    ("reports:page", "GET"): Expect(SALES, {"page": "=velocity"}),
    ("reports:export", "GET"): Expect(ANY_ROLE, {"page": "=funnel", "table": "=stages"}),
    ("api-leads", "GET"): Expect(ANY_ROLE, api=True),
    ("api-leads", "POST"): Expect(ANY_ROLE, api=True),
    ("api-lead", "GET"): Expect(ANY_ROLE, {"pk": "lead"}, api=True),
    ("api-lead", "PATCH"): Expect(ANY_ROLE, {"pk": "lead"}, {"city": "Lyon"}, api=True),
    ("api-lead-action", "POST"): Expect(QUALIFIERS, {"pk": "lead", "action": "=qualify"}, api=True),
    ("api-activities", "GET"): Expect(ANY_ROLE, {"pk": "lead"}, api=True),
    ("api-reasons", "GET"): Expect(ANY_ROLE, api=True),
    ("api-events", "POST"): Expect(ANY_ROLE, api=True),
    ("api-scoring-models", "GET"): Expect(SEE_ALL, api=True),
    ("api-scoring-models", "POST"): Expect(MARKETING, api=True),
    ("api-scoring-fit", "POST"): Expect(MARKETING, api=True),
    ("api-scoring-activate", "POST"): Expect(MARKETING, {"pk": "scoring_model"}, api=True),
    ("api-scoring-backtest", "POST"): Expect(SEE_ALL, {"pk": "scoring_model"}, api=True),
    ("api-reports-funnel", "GET"): Expect(ANY_ROLE, api=True),
    ("api-schema", "GET"): Expect(PUBLIC, api=True),
    ("api-docs", "GET"): Expect(PUBLIC, api=True),
}


def _routes(patterns, namespace: str = "") -> Iterator[str]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin":
                continue
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from _routes(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern):
            yield namespace + (pattern.name or f"<unnamed {pattern.pattern}>")


def test_every_route_has_an_expectation():
    routes = set(_routes(get_resolver().url_patterns))
    listed = {name for name, _ in TABLE}
    assert routes - listed == set(), "routes without an expectation in TABLE"
    assert listed - routes == set(), "expectations for routes that no longer exist"


@pytest.fixture
def samples(users, tmp_path, settings) -> dict[str, object]:
    """One object of each kind a route names, visible to every role that may see it."""
    settings.MEDIA_ROOT = tmp_path
    team = users["rep"].teams.get()
    lead = LeadFactory(stage=Stage.MQL, team=team, owner=None)
    deleted = LeadFactory(team=team, owner=None)
    lead_delete(lead=deleted, by=users["admin"])
    keep, away = LeadFactory(team=team), LeadFactory(team=team)
    merge = leads_merge(keep=keep, merge_away=away, by=users["marketer"])
    job = ImportJob(filename="a.csv", uploaded_by=users["marketer"])
    job.file.save("a.csv", ContentFile(b"email\nada@example.com\n"), save=False)
    job.save()
    done = ImportJob(filename="b.csv", uploaded_by=users["marketer"], status="done")
    done.file.save("b.csv", ContentFile(b"email\n"), save=False)
    done.report.save("b-report.csv", ContentFile(b"line,reason\n"), save=False)
    done.save()
    model = ScoringModel.objects.get(is_default=True)
    draft = ScoringVersion.objects.create(model=model, number=99)
    rule = Rule.objects.create(version=draft, kind="attribute", name="Director", points=10)
    return {
        "lead": lead,
        "new_lead": LeadFactory(stage=Stage.NEW, team=team, owner=None),
        "deleted_lead": deleted,
        "merge": merge,
        "source": LeadSourceFactory(),
        "intake_key": LeadSourceFactory().intake_key,
        "import_job": job,
        "import_done": done,
        "scoring_model": model,
        "draft": draft,
        "rule": rule,
        "run": RescoreRun.objects.create(version=draft),
    }


def _url(name: str, expect: Expect, samples: dict) -> str:
    kwargs = {}
    for key, sample in expect.kwargs.items():
        value = sample[1:] if sample.startswith("=") else samples[sample]
        kwargs[key] = getattr(value, "pk", value)
    return reverse(name, kwargs=kwargs)


def _request(client, method: str, url: str, expect: Expect):
    if expect.api:
        return getattr(client, method.lower())(url, expect.data, format="json")
    return getattr(client, method.lower())(url, expect.data)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "method"), list(TABLE), ids=[f"{n} {m}" for n, m in TABLE])
def test_route_answers_each_role(name, method, role, samples, users, api):
    from rest_framework.test import APIClient

    expect = TABLE[(name, method)]
    client = APIClient()
    if role != "anonymous":
        client.force_login(users[role])
    url = _url(name, expect, samples)
    response = _request(client, method, url, expect)
    status = response.status_code

    assert status < 500, f"{role} {method} {url}: {status}"
    if role in expect.allowed:
        assert status not in (401, 403, 404), f"{role} {method} {url} refused: {status}"
    elif role == "anonymous" and not expect.api:
        assert status == 302, f"anonymous {method} {url}: {status}"
        assert response["Location"].startswith(reverse("login"))
    elif role == "anonymous":
        assert status in (401, 403), f"anonymous {method} {url}: {status}"
    else:
        assert status in (403, 404), f"{role} {method} {url} let in: {status}"


# Routes that name one lead, with the method to try: another rep's lead is not theirs to know.
LEAD_SCOPED = [key for key, expect in TABLE.items() if expect.kwargs.get("pk") == "lead"]


@pytest.mark.parametrize(("name", "method"), LEAD_SCOPED, ids=[f"{n} {m}" for n, m in LEAD_SCOPED])
def test_another_reps_lead_is_not_found(name, method, users, samples):
    from rest_framework.test import APIClient

    # A lead of another team's rep (a teammate's lead that was in the team's inbox is answered
    # by handoff:move as "taken": see tests/handoff).
    theirs = LeadFactory(stage=Stage.MQL, owner=users["rep2"], team=TeamFactory(name="Field"))
    expect = TABLE[(name, method)]
    client = APIClient()
    client.force_login(users["rep"])
    url = _url(name, expect, {**samples, "lead": theirs})
    response = _request(client, method, url, expect)
    # Routes a rep may not use at all may refuse first (403); none may show the lead.
    allowed = "rep" in expect.allowed or name in ("api-lead-action",)
    assert response.status_code == 404 if allowed else response.status_code in (403, 404)
