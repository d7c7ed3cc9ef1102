"""/api/v1/webhooks/ (PRODUCT.md): admins only; the secret is write-only, answered once."""

from __future__ import annotations

import pytest

from handoff.webhooks.models import WebhookDelivery, WebhookSubscription
from leads.models import Stage
from leads.services import lead_promote
from tests.factories import LeadFactory
from tests.handoff.webhooks.conftest import SECRET
from tests.handoff.webhooks.receiver import Reply, signature_valid

pytestmark = pytest.mark.django_db

REFUSED_ROLES = ["outsider", "marketer", "sdr", "rep", "manager"]


def test_it_creates_a_subscription_and_answers_its_generated_secret_once(api, admin_user, receiver):
    client = api(admin_user)
    created = client.post(
        "/api/v1/webhooks/",
        {"url": receiver.url, "events": ["lead.created", "lead.stage_changed"]},
        format="json",
    )

    assert created.status_code == 201, created.json()
    body = created.json()
    assert body["secret"].startswith("whsec_") and len(body["secret"]) > 40
    assert body["events"] == ["lead.created", "lead.stage_changed"]
    assert body["active"] is True
    subscription = WebhookSubscription.objects.get(pk=body["id"])
    assert subscription.secret == body["secret"]
    assert subscription.created_by == admin_user

    listed = client.get("/api/v1/webhooks/").json()
    shown = client.get(f"/api/v1/webhooks/{body['id']}/").json()
    assert [s["id"] for s in listed] == [body["id"]]
    assert "secret" not in listed[0] and "secret" not in shown
    assert body["secret"] not in str(listed) + str(shown)


def test_a_given_secret_is_kept_and_patch_changes_fields(api, admin_user, receiver):
    client = api(admin_user)
    created = client.post(
        "/api/v1/webhooks/",
        {"url": receiver.url, "events": ["lead.created"], "secret": SECRET, "active": False},
        format="json",
    ).json()
    assert created["secret"] == SECRET

    patched = client.patch(
        f"/api/v1/webhooks/{created['id']}/",
        {"events": ["lead.assigned", "lead.merged"], "active": True, "secret": "x" * 20},
        format="json",
    )

    assert patched.status_code == 200
    assert patched.json()["events"] == ["lead.assigned", "lead.merged"]
    assert "secret" not in patched.json()
    subscription = WebhookSubscription.objects.get()
    assert subscription.active and subscription.secret == "x" * 20


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"url": "ftp://example.com/", "events": ["lead.created"]}, "url"),
        ({"url": "not a url", "events": ["lead.created"]}, "url"),
        ({"events": ["lead.created"]}, "url"),
        ({"url": "http://127.0.0.1:1/", "events": ["lead.deleted"]}, "events"),
        ({"url": "http://127.0.0.1:1/", "events": []}, "events"),
        ({"url": "http://127.0.0.1:1/", "events": "lead.created"}, "events"),
        ({"url": "http://127.0.0.1:1/", "events": ["lead.created"], "secret": "short"}, "secret"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(api, admin_user, data, field):
    answer = api(admin_user).post("/api/v1/webhooks/", data, format="json")

    assert answer.status_code == 400
    assert field in answer.json()
    assert WebhookSubscription.objects.count() == 0


def test_a_private_address_is_a_400_unless_allowed(api, admin_user, settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = False
    answer = api(admin_user).post(
        "/api/v1/webhooks/",
        {"url": "http://169.254.169.254/latest/", "events": ["lead.created"]},
        format="json",
    )

    assert answer.status_code == 400
    assert "public addresses only" in answer.json()["url"][0]


def test_delete_removes_it_with_its_log(api, admin_user, subscription, marketer, on_commit):
    with on_commit():
        lead_promote(lead=LeadFactory(stage=Stage.NEW), by=marketer)

    assert api(admin_user).delete(f"/api/v1/webhooks/{subscription.pk}/").status_code == 204
    assert WebhookSubscription.objects.count() == WebhookDelivery.objects.count() == 0
    assert api(admin_user).get(f"/api/v1/webhooks/{subscription.pk}/").status_code == 404


def test_it_lists_deliveries_with_their_attempts_and_redelivers_one(
    api, admin_user, subscription, receiver, marketer, on_commit
):
    receiver.reply(Reply(400, body=b"unknown lead"))
    lead = LeadFactory(stage=Stage.NEW)
    with on_commit():
        lead_promote(lead=lead, by=marketer)
    client = api(admin_user)

    log = client.get(f"/api/v1/webhooks/{subscription.pk}/deliveries/").json()
    (item,) = log["results"]
    assert (item["event"], item["lead"], item["status"], item["attempts"]) == (
        "lead.stage_changed", lead.pk, "failed", 1,
    )  # fmt: skip
    assert item["attempt_log"][0]["status_code"] == 400
    assert item["attempt_log"][0]["response_body"] == "unknown lead"

    again = client.post(f"/api/v1/webhooks/{subscription.pk}/deliveries/{item['id']}/redeliver/")

    assert again.status_code == 202
    assert again.json()["status"] == "delivered"
    assert [r.delivery for r in receiver.received] == [item["id"], item["id"]]
    assert signature_valid(SECRET, receiver.received[1])
    attempts = again.json()["attempt_log"]
    assert [(a["number"], a["status_code"], a["manual"]) for a in attempts] == [
        (1, 400, False),
        (2, 200, True),
    ]


def test_redelivering_one_still_on_its_way_is_a_409(api, admin_user, subscription, marketer):
    lead_promote(lead=LeadFactory(stage=Stage.NEW), by=marketer)  # not committed: still pending
    delivery = WebhookDelivery.objects.get()

    answer = api(admin_user).post(
        f"/api/v1/webhooks/{subscription.pk}/deliveries/{delivery.uuid}/redeliver/"
    )

    assert answer.status_code == 409
    assert (
        api(admin_user)
        .post(f"/api/v1/webhooks/{subscription.pk + 1}/deliveries/{delivery.uuid}/redeliver/")
        .status_code
        == 404
    )


def test_it_sends_a_test_event(api, admin_user, subscription, receiver, on_commit):
    with on_commit():
        answer = api(admin_user).post(f"/api/v1/webhooks/{subscription.pk}/test/")

    assert answer.status_code == 202
    assert receiver.wait_for(1)
    got = receiver.received[0]
    assert got.event == "webhook.test" == got.json["event"]
    assert got.json["data"]["subscription"] == subscription.pk
    assert signature_valid(SECRET, got)


@pytest.mark.parametrize("role", REFUSED_ROLES)
def test_every_other_role_is_refused(role, users, api, subscription):
    client = api(users[role])
    delivery_url = f"/api/v1/webhooks/{subscription.pk}/deliveries/"
    answers = [
        client.get("/api/v1/webhooks/"),
        client.post("/api/v1/webhooks/", {"url": "http://x.test/", "events": []}, format="json"),
        client.get(f"/api/v1/webhooks/{subscription.pk}/"),
        client.patch(f"/api/v1/webhooks/{subscription.pk}/", {"active": False}, format="json"),
        client.delete(f"/api/v1/webhooks/{subscription.pk}/"),
        client.get(delivery_url),
        client.post(f"/api/v1/webhooks/{subscription.pk}/test/"),
    ]

    assert [a.status_code for a in answers] == [403] * len(answers)
    subscription.refresh_from_db()
    assert subscription.active


def test_anonymous_is_refused(api, subscription):
    assert api().get("/api/v1/webhooks/").status_code in (401, 403)
    assert api().get(f"/api/v1/webhooks/{subscription.pk}/deliveries/").status_code in (401, 403)
