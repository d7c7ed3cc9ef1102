"""Every action on a lead, through every door, by the three standing users (issue 13, item 5).

test_access.py walks every route for every role with a lead everyone may see. This walks every
action (each stage move, assign, edit, delete, restore, merge, export, import confirm, intake,
events) on one rep's lead, tried by:

- owner: the rep who owns the lead;
- teammate: another rep of the same team, who may not see it;
- outsider: signed in, without a role;
- admin: the control, who may do everything (so a refusal is the policy's, not a broken body).

A refusal must change nothing and show nothing of the lead. A stage action (or door) without an
expectation fails `test_every_action_has_an_expectation_on_every_door`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from rest_framework.test import APIClient

from leads.api.leads import ACTIONS_PATTERN
from leads.deletion import lead_delete
from leads.models import Action, ImportJob, Lead, LeadChange, Stage, StageChange
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

USERS = ("owner", "teammate", "outsider", "admin")
OK = "ok"
READS = frozenset({"view", "activities", "form", "export"})
SECRET = "Zanzibar-Quokka"  # the lead's last name: no refusal may show it


@dataclass(frozen=True)
class Try:
    """One action through one door: how to make the request, and who gets what."""

    outcomes: dict[str, int | str]  # user -> OK or the refused status
    stage: str = Stage.MQL  # the lead's stage before the action
    body: dict = field(default_factory=dict)


# The stage each move starts from and a body valid for whoever may make it.
_MOVES: dict[str, tuple[str, dict]] = {
    Action.PROMOTE: (Stage.NEW, {}),
    Action.QUALIFY: (Stage.SAL, {"reasons": ["budget_confirmed"]}),
    Action.ACCEPT: (Stage.MQL, {}),
    Action.REJECT: (Stage.MQL, {"reason": "no_budget"}),
    Action.RECYCLE: (Stage.SAL, {"reason": "recycle_timing"}),
    Action.DISQUALIFY: (Stage.SAL, {"reason": "dq_not_fit"}),
    Action.CLOSE: (Stage.SQL, {"outcome": "won"}),
}
# A rep may make every move but promoting (PRODUCT.md, "Stages").
_REP_MAY = dict.fromkeys(_MOVES, OK) | {Action.PROMOTE: 403}
MOVE_DOORS = ("page", "inbox", "api")

TABLE: dict[tuple[str, str], Try] = {}
for _action, (_stage, _body) in _MOVES.items():
    for _door in MOVE_DOORS:
        TABLE[(_door, _action)] = Try(
            {"owner": _REP_MAY[_action], "teammate": 404, "outsider": 403, "admin": OK},
            _stage,
            _body,
        )
TABLE |= {
    # The page and the inbox refuse the role before looking at the lead; the API looks first.
    ("page", "assign"): Try({"owner": 403, "teammate": 403, "outsider": 403, "admin": OK}),
    ("inbox", "assign"): Try({"owner": 403, "teammate": 403, "outsider": 403, "admin": OK}),
    ("api", "assign"): Try({"owner": 403, "teammate": 404, "outsider": 403, "admin": OK}),
    ("page", "view"): Try({"owner": OK, "teammate": 404, "outsider": 403, "admin": OK}),
    ("api", "view"): Try({"owner": OK, "teammate": 404, "outsider": 403, "admin": OK}),
    ("inbox", "form"): Try({"owner": OK, "teammate": 404, "outsider": 403, "admin": OK}),
    ("api", "activities"): Try({"owner": OK, "teammate": 404, "outsider": 403, "admin": OK}),
    ("api", "edit"): Try({"owner": OK, "teammate": 404, "outsider": 403, "admin": OK}),
    # Marketing fields: contact data only for reps (leads.access.EDITABLE_FIELDS).
    ("api", "edit-marketing"): Try({"owner": 400, "teammate": 404, "outsider": 403, "admin": OK}),
    ("api", "intake"): Try({"owner": OK, "teammate": 409, "outsider": 403, "admin": OK}),
    # An event for a lead one may not see is refused like one for a lead that does not exist.
    ("api", "events"): Try({"owner": OK, "teammate": 400, "outsider": 403, "admin": OK}),
    ("page", "delete"): Try({"owner": 403, "teammate": 403, "outsider": 403, "admin": OK}),
    ("page", "restore"): Try({"owner": 403, "teammate": 403, "outsider": 403, "admin": OK}),
    ("page", "merge"): Try({"owner": 403, "teammate": 403, "outsider": 403, "admin": OK}),
    ("page", "export"): Try({"owner": OK, "teammate": "absent", "outsider": 403, "admin": OK}),
    ("page", "import-confirm"): Try({"owner": 403, "teammate": 403, "outsider": 403, "admin": OK}),
    # The inbox's bulk bar (issue 15) is the managers': a rep may not act through it, not even
    # on their own lead; the admin (every team's inbox) may.
    ("bulk", "accept"): Try({"owner": 403, "teammate": 403, "outsider": 403, "admin": OK}),
    ("bulk", "assign"): Try({"owner": 403, "teammate": 403, "outsider": 403, "admin": OK}),
}


def test_every_action_has_an_expectation_on_every_door():
    actions = set(ACTIONS_PATTERN.split("|"))
    assert actions == {*Action.values, "assign"}
    for door in MOVE_DOORS:
        assert {a for d, a in TABLE if d == door} >= actions, f"{door}: actions without a Try"


class Scene:
    """The lead, its owner, the teammate, the outsider and the admin, and one request."""

    def __init__(self, users: dict, stage: str):
        self.users = {
            "owner": users["rep"],
            "teammate": users["rep2"],
            "outsider": users["outsider"],
            "admin": users["admin"],
        }
        owner = self.users["owner"]
        self.lead = LeadFactory(
            stage=stage, owner=owner, team=owner.teams.get(), last_name=SECRET, campaign="spring"
        )

    def snapshot(self) -> tuple:
        lead = Lead.all_objects.get(pk=self.lead.pk)
        return (
            lead.stage,
            lead.owner_id,
            lead.city,
            lead.company,
            lead.campaign,
            lead.deleted_at,
            StageChange.objects.filter(lead=lead).count(),
            LeadChange.objects.filter(lead=lead).count(),
            lead.activities.count(),
            Lead.all_objects.count(),
            ImportJob.objects.exclude(status=ImportJob.Status.PREVIEW).count(),
        )


def _client(user) -> APIClient:
    client = APIClient()
    client.force_login(user)
    return client


def _move(door: str, action: str, scene: Scene, body: dict) -> Callable[[APIClient], object]:
    pk = scene.lead.pk
    if door == "api":
        return lambda c: c.post(f"/api/v1/leads/{pk}/{action}/", body, format="json")
    name = "leads:move" if door == "page" else "handoff:move"
    url = reverse(name, args=[pk, action])
    return lambda c: c.post(url, {"expected_stage": scene.lead.stage, **body})


def _request(door: str, action: str, scene: Scene, body: dict, tmp_path, settings):
    """The request of (door, action) as a function of the client."""
    lead = scene.lead
    if door == "bulk":
        body = {"lead": [lead.pk], "bulk_action": "accept" if action == "accept" else "reassign"}
        return lambda c: c.post(reverse("handoff:inbox-bulk"), {**body, "owner": "rep2"})
    if action in _MOVES:
        return _move(door, action, scene, body)
    api_actions = {
        "assign": lambda c: c.post(
            f"/api/v1/leads/{lead.pk}/assign/", {"owner": "rep2"}, format="json"
        ),
        "view": lambda c: c.get(f"/api/v1/leads/{lead.pk}/"),
        "activities": lambda c: c.get(f"/api/v1/leads/{lead.pk}/activities/"),
        "edit": lambda c: c.patch(f"/api/v1/leads/{lead.pk}/", {"city": "Lyon"}, format="json"),
        "edit-marketing": lambda c: c.patch(
            f"/api/v1/leads/{lead.pk}/", {"campaign": "summer"}, format="json"
        ),
        "intake": lambda c: c.post(
            "/api/v1/leads/", {"email": lead.email, "company": "Evil", "overwrite": True}, "json"
        ),
        "events": lambda c: c.post(
            "/api/v1/events/", {"lead": lead.pk, "type": "page_view"}, format="json"
        ),
    }
    if door == "api":
        return api_actions[action]
    if door == "inbox":
        if action == "assign":
            url = reverse("handoff:reassign", args=[lead.pk])
            return lambda c: c.post(url, {"owner": "rep2"})
        url = reverse("handoff:move-form", args=[lead.pk, "reject"])
        return lambda c: c.get(url, HTTP_HX_REQUEST="true")
    return _page_request(action, scene, tmp_path, settings)


def _page_request(action: str, scene: Scene, tmp_path, settings):
    lead = scene.lead
    if action == "assign":
        return lambda c: c.post(reverse("leads:assign", args=[lead.pk]), {"owner": "rep2"})
    if action == "view":
        return lambda c: c.get(reverse("leads:detail", args=[lead.pk]))
    if action == "delete":
        return lambda c: c.post(reverse("leads:delete", args=[lead.pk]))
    if action == "restore":
        lead_delete(lead=lead, by=scene.users["admin"])
        return lambda c: c.post(reverse("leads:restore", args=[lead.pk]))
    if action == "merge":
        other = LeadFactory(owner=lead.owner, team=lead.team)
        body = {"keep": other.pk, "merge_away": lead.pk}
        return lambda c: c.post(reverse("leads:merge"), body)
    if action == "export":
        return lambda c: c.get(reverse("leads:export"))
    assert action == "import-confirm"
    settings.MEDIA_ROOT = tmp_path
    job = ImportJob(filename="a.csv", mapping={"email": "email", "last_name": "last_name"})
    job.file.save("a.csv", ContentFile(f"email,last_name\n{lead.email},Other\n".encode()))
    job.save()
    url = reverse("leads:imports:preview", args=[job.pk])
    return lambda c: c.post(url, {"column_0": "email", "column_1": "last_name"})


def _content(response) -> str:
    if hasattr(response, "streaming_content"):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize(("door", "action"), list(TABLE), ids=[f"{d} {a}" for d, a in TABLE])
def test_each_action_answers_each_standing_user(door, action, user, users, tmp_path, settings):
    expect = TABLE[(door, action)]
    scene = Scene(users, expect.stage)
    send = _request(door, action, scene, expect.body, tmp_path, settings)
    before = scene.snapshot()

    response = send(_client(scene.users[user]))
    status, outcome = response.status_code, expect.outcomes[user]
    text = _content(response)

    assert status < 500, f"{user} {door} {action}: {status}"
    if outcome == OK:
        assert status < 400, f"{user} {door} {action} refused: {status} {text[:300]}"
        if action not in READS:
            assert scene.snapshot() != before, f"{user} {door} {action}: nothing happened"
        if action == "export":
            assert SECRET in text
        return
    if outcome == "absent":  # answered, without the lead
        assert status == 200 and SECRET not in text
        return
    assert status == outcome, f"{user} {door} {action}: {status}, expected {outcome}"
    assert SECRET not in text, f"{user} {door} {action}: the refusal shows the lead"
    assert scene.snapshot() == before, f"{user} {door} {action}: a refusal changed the lead"
