"""Access control everywhere: every route of the root URLconf, tried by every role.

The table below holds one expectation per route and method. A route without one fails
`test_every_route_has_an_expectation`, so nobody adds a page or an endpoint without saying who
may use it. The admin (tested in test_admin_access.py) and static files are the only routes left
out. test_access_actions.py walks every action on a lead (each move through each door, assign,
edit, delete, merge, export, import confirm, intake) for its owner, a teammate and an outsider.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from rest_framework.test import APIClient

from handoff.models import SavedView
from handoff.webhooks.models import WebhookDelivery, WebhookSubscription
from leads import worklog
from leads.access import Perm, PolicyPermission
from leads.account_merging import accounts_merge
from leads.deletion import lead_delete
from leads.merging import leads_merge
from leads.models import (
    Account,
    AccountMatchReview,
    AccountMerge,
    Activity,
    FollowUp,
    ImportJob,
    LeadMerge,
    Stage,
    Team,
)
from scoring.models import RescoreRun, Rule, ScoringModel, ScoringVersion
from tests.factories import LeadFactory, LeadSourceFactory, TeamFactory

pytestmark = pytest.mark.django_db

FIXTURES = {"admin": "admin_user"}  # the fixture of each role, where its name differs
ROLES = ("anonymous", "outsider", "marketer", "sdr", "rep", "manager", "admin")
PUBLIC = frozenset(ROLES)
ANY_ROLE = frozenset({"marketer", "sdr", "rep", "manager", "admin"})
MARKETING = frozenset({"marketer", "admin"})
SEE_ALL = frozenset({"marketer", "manager", "admin"})
SALES = frozenset({"sdr", "rep", "manager", "admin"})
MANAGERS = frozenset({"manager", "admin"})
ADMINS = frozenset({"admin"})
# mql -> tql: SDRs, and managers and admins who may make every sales move.
QUALIFIERS = frozenset({"sdr", "manager", "admin"})
SECRET = "Zanzibar-Quokka"  # the last name of leads a user may not see: never shown to them


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
    ("leads:accounts", "GET"): Expect(ANY_ROLE),
    ("leads:account", "GET"): Expect(ANY_ROLE, {"pk": "account"}),
    ("leads:account-merge", "POST"): Expect(SEE_ALL, {"pk": "account"}, {"merge_away": 1}),
    ("leads:account-unmerge", "POST"): Expect(SEE_ALL, {"pk": "account_merge"}),
    ("leads:account-review", "GET"): Expect(SEE_ALL),
    ("leads:account-review-resolve", "POST"): Expect(SEE_ALL, {"pk": "account_review"}),
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
    ("handoff:handed-over", "GET"): Expect(frozenset({"sdr", "admin"})),
    ("handoff:inbox", "GET"): Expect(SALES),
    ("handoff:move-form", "GET"): Expect(SALES, {"pk": "lead", "action": "=reject"}),
    ("handoff:move", "POST"): Expect(
        QUALIFIERS, {"pk": "lead", "action": "=qualify"}, {"expected_stage": Stage.MQL}
    ),
    ("handoff:reassign", "POST"): Expect(MANAGERS, {"pk": "lead"}),
    ("handoff:inbox-bulk", "POST"): Expect(MANAGERS, data={"lead": ["1"], "bulk_action": "accept"}),
    ("handoff:saved-view-new", "POST"): Expect(SALES, data={"name": "Mine", "stage": "mql"}),
    # Another user's saved view: nobody else opens or deletes it (its owner's own use is
    # tested in tests/handoff/test_inbox_tools.py).
    ("handoff:saved-view", "GET"): Expect(frozenset(), {"pk": "saved_view"}),
    ("handoff:saved-view-delete", "POST"): Expect(frozenset(), {"pk": "saved_view"}),
    ("handoff:routing-check", "GET"): Expect(MANAGERS),
    ("handoff:notifications", "GET"): Expect(ANY_ROLE),
    ("handoff:notifications-read", "POST"): Expect(ANY_ROLE),
    ("handoff:notification-settings", "GET"): Expect(ANY_ROLE),
    ("handoff:webhooks", "GET"): Expect(ADMINS),
    ("handoff:webhooks", "POST"): Expect(ADMINS),
    ("handoff:webhook", "GET"): Expect(ADMINS, {"pk": "webhook"}),
    ("handoff:webhook", "POST"): Expect(ADMINS, {"pk": "webhook"}),
    ("handoff:webhook-delete", "POST"): Expect(ADMINS, {"pk": "webhook"}),
    ("handoff:webhook-test", "POST"): Expect(ADMINS, {"pk": "webhook"}),
    ("handoff:webhook-redeliver", "POST"): Expect(
        ADMINS, {"pk": "webhook", "delivery": "webhook_delivery"}
    ),
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
    # Working a lead (issue 15): anyone who sees the lead logs work and adds tasks; logged work
    # is corrected only by its author (the sample's author, rep2, is none of ROLES).
    ("leads:work-log", "POST"): Expect(ANY_ROLE, {"pk": "lead"}, {"type": "note", "note": "Hi"}),
    ("leads:work-edit", "POST"): Expect(ANY_ROLE, {"pk": "lead", "activity": "activity"}),
    ("leads:task-add", "POST"): Expect(ANY_ROLE, {"pk": "lead"}),
    ("leads:my-tasks", "GET"): Expect(ANY_ROLE),
    # Any role creates leads; the sample lead has no owner, so only those who see every lead edit.
    ("leads:new", "GET"): Expect(ANY_ROLE),
    ("leads:edit", "GET"): Expect(SEE_ALL, {"pk": "lead"}),
    ("leads:task-done", "POST"): Expect(ANY_ROLE, {"pk": "task"}),
    ("handoff:work-form", "GET"): Expect(SALES, {"pk": "lead", "action": "=call"}),
    ("handoff:work", "POST"): Expect(
        SALES, {"pk": "lead", "action": "=call"}, {"outcome": "no_answer"}
    ),
    ("api-activities", "POST"): Expect(
        ANY_ROLE, {"pk": "lead"}, {"type": "note", "note": "Hi"}, api=True
    ),
    ("api-activity", "PATCH"): Expect(
        frozenset(), {"pk": "lead", "activity": "activity"}, {"note": "x"}, api=True
    ),
    ("api-tasks", "GET"): Expect(ANY_ROLE, api=True),
    ("api-tasks", "POST"): Expect(ANY_ROLE, api=True),
    ("api-task-done", "POST"): Expect(ANY_ROLE, {"pk": "task"}, api=True),
    ("api-reasons", "GET"): Expect(ANY_ROLE, api=True),
    ("api-accounts", "GET"): Expect(ANY_ROLE, api=True),
    ("api-accounts", "POST"): Expect(SEE_ALL, data={"name": "Acme"}, api=True),
    ("api-account", "GET"): Expect(ANY_ROLE, {"pk": "account"}, api=True),
    ("api-account", "PATCH"): Expect(SEE_ALL, {"pk": "account"}, {"name": "Acme 2"}, api=True),
    ("api-events", "POST"): Expect(ANY_ROLE, api=True),
    ("api-scoring-models", "GET"): Expect(SEE_ALL, api=True),
    ("api-scoring-models", "POST"): Expect(MARKETING, api=True),
    ("api-scoring-fit", "POST"): Expect(MARKETING, api=True),
    ("api-scoring-activate", "POST"): Expect(MARKETING, {"pk": "scoring_model"}, api=True),
    ("api-scoring-backtest", "POST"): Expect(SEE_ALL, {"pk": "scoring_model"}, api=True),
    ("api-reports-funnel", "GET"): Expect(ANY_ROLE, api=True),
    ("api-webhooks", "GET"): Expect(ADMINS, api=True),
    ("api-webhooks", "POST"): Expect(ADMINS, api=True),
    ("api-webhook", "GET"): Expect(ADMINS, {"pk": "webhook"}, api=True),
    ("api-webhook", "PATCH"): Expect(ADMINS, {"pk": "webhook"}, {"active": False}, api=True),
    ("api-webhook", "DELETE"): Expect(ADMINS, {"pk": "webhook"}, api=True),
    ("api-webhook-test", "POST"): Expect(ADMINS, {"pk": "webhook"}, api=True),
    ("api-webhook-deliveries", "GET"): Expect(ADMINS, {"pk": "webhook"}, api=True),
    ("api-webhook-redeliver", "POST"): Expect(
        ADMINS, {"pk": "webhook", "delivery": "webhook_delivery"}, api=True
    ),
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


class Samples:
    """The objects routes name, each made on first use (most routes need none), visible to every
    role that may see it: leads are their sales team's unassigned leads."""

    def __init__(self, request: pytest.FixtureRequest):
        self.request = request
        self.made: dict[str, object] = {}

    def __getitem__(self, key: str) -> object:
        if key not in self.made:
            self.made[key] = getattr(self, key)()
        return self.made[key]

    def _user(self, fixture: str):
        return self.request.getfixturevalue(fixture)

    def _lead(self, **fields):
        team, _ = Team.objects.get_or_create(name="Inside Sales")
        return LeadFactory(team=team, owner=None, **fields)

    def lead(self):
        return self._lead(stage=Stage.MQL)

    def new_lead(self):
        return self._lead(stage=Stage.NEW)

    def deleted_lead(self):
        return lead_delete(lead=self._lead(), by=self._user("admin_user"))

    def merge(self) -> LeadMerge:
        return leads_merge(keep=self._lead(), merge_away=self._lead(), by=self._user("marketer"))

    def activity(self) -> Activity:
        return worklog.work_log(lead=self["lead"], by=self._user("rep2"), type="note", note="x")

    def task(self) -> FollowUp:
        return FollowUp.objects.create(
            lead=self["lead"], title="Call back", due_at=timezone.now(), assignee=self._user("rep")
        )

    def source(self):
        return LeadSourceFactory()

    def saved_view(self) -> SavedView:
        return SavedView.objects.create(user=self._user("rep2"), name=SECRET, query="stage=mql")

    def account(self) -> Account:
        account = Account(name="Acme")
        account.save()
        return account

    def account_merge(self) -> AccountMerge:
        away = Account(name="Acme again")
        away.save()
        return accounts_merge(keep=self["account"], merge_away=away, by=self._user("marketer"))

    def account_review(self) -> AccountMatchReview:
        review = AccountMatchReview.objects.create(lead=self._lead(), why="tie")
        review.candidates.set([self["account"]])
        return review

    def intake_key(self) -> str:
        return LeadSourceFactory().intake_key

    def import_job(self) -> ImportJob:
        self._user("settings").MEDIA_ROOT = self._user("tmp_path")
        job = ImportJob(filename="a.csv")
        job.file.save("a.csv", ContentFile(b"email\nada@example.com\n"), save=False)
        job.save()
        return job

    def import_done(self) -> ImportJob:
        job = self.import_job()
        job.status = ImportJob.Status.DONE
        job.report.save("a-report.csv", ContentFile(b"line,reason\n"), save=False)
        job.save()
        return job

    def scoring_model(self) -> ScoringModel:
        return ScoringModel.objects.get(is_default=True)

    def draft(self) -> ScoringVersion:
        return ScoringVersion.objects.create(model=self["scoring_model"], number=99)

    def rule(self) -> Rule:
        return Rule.objects.create(version=self["draft"], kind="attribute", name="D", points=10)

    def run(self) -> RescoreRun:
        return RescoreRun.objects.create(version=self["draft"])

    def webhook(self) -> WebhookSubscription:
        # An address nothing listens on: a test event or redelivery fails fast, harmlessly.
        return WebhookSubscription.objects.create(
            url="http://127.0.0.1:9/", events=["lead.created"], secret="s" * 20
        )

    def webhook_delivery(self) -> str:
        """A finished delivery, named in URLs by its public id."""
        return WebhookDelivery.objects.create(
            subscription=self["webhook"], event="lead.created", body="{}", status="failed"
        ).uuid


@pytest.fixture
def samples(request) -> Samples:
    return Samples(request)


def _url(name: str, expect: Expect, samples: Samples, **given: object) -> str:
    kwargs = {}
    for key, sample in expect.kwargs.items():
        value = sample[1:] if sample.startswith("=") else given.get(sample) or samples[sample]
        kwargs[key] = getattr(value, "pk", value)
    return reverse(name, kwargs=kwargs)


def _request(client, method: str, url: str, expect: Expect):
    if expect.api:
        return getattr(client, method.lower())(url, expect.data, format="json")
    return getattr(client, method.lower())(url, expect.data)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "method"), list(TABLE), ids=[f"{n} {m}" for n, m in TABLE])
def test_route_answers_each_role(name, method, role, samples, request):
    expect = TABLE[(name, method)]
    client = APIClient()
    if role != "anonymous":
        client.force_login(request.getfixturevalue(FIXTURES.get(role, role)))
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
LEAD_SCOPED = [
    key for key, expect in TABLE.items() if expect.kwargs.get("pk") in ("lead", "new_lead")
]


@pytest.mark.parametrize("whose", ["other team", "teammate"])
@pytest.mark.parametrize(("name", "method"), LEAD_SCOPED, ids=[f"{n} {m}" for n, m in LEAD_SCOPED])
def test_another_reps_lead_is_not_found(name, method, whose, users, samples):
    # A lead of another rep, of another team or of the rep's own team (owned: not the team's
    # to share). handoff:move used to answer a teammate's lead as "taken", with its data.
    team = TeamFactory(name="Field") if whose == "other team" else users["rep"].teams.get()
    theirs = LeadFactory(stage=Stage.MQL, owner=users["rep2"], team=team, last_name=SECRET)
    expect = TABLE[(name, method)]
    client = APIClient()
    client.force_login(users["rep"])
    url = _url(name, expect, samples, lead=theirs, new_lead=theirs)
    response = _request(client, method, url, expect)
    # Routes a rep may not use at all may refuse first (403); none may show the lead.
    allowed = "rep" in expect.allowed or name in ("api-lead-action",)
    assert response.status_code == 404 if allowed else response.status_code in (403, 404)
    assert SECRET not in response.content.decode()


# Routes whose view is not a page of this project's: Django's login and logout, and the API
# schema and its docs (drf-spectacular's views, public by SPECTACULAR_SETTINGS).
PUBLIC_VIEWS = frozenset({"login", "logout", "webform", "api-schema", "api-docs"})


def _views(patterns, namespace: str = "") -> Iterator[tuple[str, object]]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin":
                continue
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from _views(pattern.url_patterns, inner)
        else:
            yield namespace + (pattern.name or ""), pattern.callback


def test_every_view_asks_the_access_policy():
    """A page must be decorated with leads.access.access_required (or marked public), an API
    view must name its `access` for leads.access.PolicyPermission: a route cannot forget it."""
    unguarded = []
    for name, view in _views(get_resolver().url_patterns):
        cls = getattr(view, "cls", None)
        if cls is not None and cls.__module__.startswith("drf_spectacular"):
            guarded = name in PUBLIC_VIEWS
        elif cls is not None:
            permissions = [type(p) for p in cls().get_permissions()]
            guarded = getattr(cls, "access", None) is not None and permissions == [PolicyPermission]
        else:
            perm = getattr(view, "access_perm", "missing")
            guarded = perm in set(Perm) or (perm is None and name in PUBLIC_VIEWS)
        if not guarded:
            unguarded.append(name)
    assert unguarded == []
