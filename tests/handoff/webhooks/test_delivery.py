"""Deliveries against a real HTTP receiver: what is sent, signed, retried, ordered, logged."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.db import transaction

from handoff.models import Notification
from handoff.webhooks import delivery as delivery_module
from handoff.webhooks.models import Event, WebhookAttempt, WebhookDelivery, WebhookSubscription
from handoff.webhooks.tasks import deliver_webhook, webhooks_sweep
from leads.models import Stage
from leads.services import lead_assign, lead_promote
from tests.factories import LeadFactory
from tests.handoff.webhooks.conftest import SECRET
from tests.handoff.webhooks.receiver import Reply, signature_valid

pytestmark = pytest.mark.django_db

Status = WebhookDelivery.Status
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _promote(lead, marketer, on_commit):
    with on_commit():
        lead_promote(lead=lead, by=marketer)


def test_it_posts_the_moved_lead_signed_after_the_commit(
    subscription, receiver, marketer, on_commit
):
    lead = LeadFactory(stage=Stage.NEW)
    with on_commit():
        lead_promote(lead=lead, by=marketer, note="hot")
        assert receiver.received == []  # nothing leaves before the commit

    assert receiver.wait_for(1)
    (got,) = receiver.received
    payload = got.json
    assert got.event == payload["event"] == "lead.stage_changed"
    assert got.delivery == payload["id"]
    assert signature_valid(SECRET, got)
    assert not signature_valid("another-secret-000000", got)
    assert payload["data"]["id"] == lead.pk
    assert payload["data"]["stage"] == Stage.MQL
    assert payload["data"]["email"] == lead.email
    assert payload["data"]["history"][-1]["to"] == Stage.MQL  # the lead detail of the API
    change = payload["data"]["change"]
    assert (change["from"], change["to"], change["by"], change["note"]) == (
        Stage.NEW, Stage.MQL, "marketer", "hot",
    )  # fmt: skip
    assert "reason" in change
    delivery = WebhookDelivery.objects.get()
    assert str(delivery.uuid) == got.delivery
    assert delivery.status == Status.DELIVERED
    attempt = WebhookAttempt.objects.get()
    assert (attempt.status_code, attempt.response_body) == (200, "ok")


def test_it_sends_nothing_for_a_move_that_rolls_back(subscription, receiver, marketer, on_commit):
    lead = LeadFactory(stage=Stage.NEW)
    with on_commit(), pytest.raises(RuntimeError), transaction.atomic():
        lead_promote(lead=lead, by=marketer)
        raise RuntimeError("the request failed after the move")

    assert WebhookDelivery.objects.count() == 0
    assert receiver.received == []


def test_it_sends_only_the_events_a_subscription_asked_for(
    receiver, admin_user, marketer, on_commit
):
    WebhookSubscription.objects.create(
        url=receiver.url, events=[Event.LEAD_ASSIGNED], secret=SECRET, created_by=admin_user
    )
    _promote(LeadFactory(stage=Stage.NEW), marketer, on_commit)

    assert WebhookDelivery.objects.count() == 0
    assert receiver.received == []


def test_it_announces_created_assigned_and_merged_leads(
    subscription, receiver, admin_user, rep, api, on_commit
):
    with on_commit():
        created = api(admin_user).post(
            "/api/v1/leads/", {"email": "ada@example.com", "source": "web"}, format="json"
        )
    assert created.status_code == 201
    lead_id = created.json()["id"]
    with on_commit():
        merged = api(admin_user).post(
            "/api/v1/leads/", {"email": "ada@example.com", "company": "ACME"}, format="json"
        )
    assert merged.json()["merged"] is True
    with on_commit():
        lead_assign(lead=LeadFactory._meta.model.objects.get(pk=lead_id), owner=rep, by=admin_user)

    assert receiver.wait_for(3)
    events = [(r.event, r.json["data"]["id"]) for r in receiver.received]
    assert events == [
        ("lead.created", lead_id),
        ("lead.merged", lead_id),
        ("lead.assigned", lead_id),
    ]
    merged_data = receiver.received[1].json["data"]
    assert merged_data["company"] == "ACME"
    assert merged_data["change"]["kind"] == "intake"
    assigned = receiver.received[2].json["data"]
    assert assigned["owner"] == "rep"
    assert assigned["change"] == {**assigned["change"], "from": None, "to": "rep", "by": "admin"}


def test_it_announces_a_merge_of_duplicates_once_on_the_kept_lead(
    subscription, receiver, marketer, on_commit
):
    from leads.merging import leads_merge

    keep, away = LeadFactory(), LeadFactory()
    with on_commit():
        leads_merge(keep=keep, merge_away=away, by=marketer)

    assert receiver.wait_for(1)
    (got,) = receiver.received
    assert got.event == "lead.merged"
    assert got.json["data"]["id"] == keep.pk
    assert got.json["data"]["change"]["merged_lead"] == away.pk


def _failing_delivery(receiver, marketer, on_commit, *replies: Reply) -> WebhookDelivery:
    receiver.reply(*replies)
    _promote(LeadFactory(stage=Stage.NEW), marketer, on_commit)
    assert receiver.wait_for(1)
    return WebhookDelivery.objects.get()


def _deliver_when_due(delivery: WebhookDelivery, traveller) -> str | None:
    delivery.refresh_from_db()
    traveller.move_to(delivery.next_attempt_at + timedelta(seconds=1))
    return deliver_webhook(delivery.pk)


def test_it_retries_5xx_with_the_same_delivery_id_and_body(
    subscription, receiver, marketer, on_commit
):
    with time_machine.travel(T0, tick=False) as traveller:
        delivery = _failing_delivery(
            receiver, marketer, on_commit, Reply(503), Reply(502, body=b"bad gateway")
        )
        assert delivery.status == Status.RETRYING
        # Too early: the queued retry finds it not due and sends nothing.
        assert deliver_webhook(delivery.pk) is None
        assert len(receiver.received) == 1

        assert _deliver_when_due(delivery, traveller) == Status.RETRYING
        assert _deliver_when_due(delivery, traveller) == Status.DELIVERED

    assert len(receiver.received) == 3
    assert {r.delivery for r in receiver.received} == {str(delivery.uuid)}
    assert {r.body for r in receiver.received} == {delivery.body.encode()}
    assert all(signature_valid(SECRET, r) for r in receiver.received)
    codes = list(delivery.attempt_log.values_list("number", "status_code"))
    assert codes == [(1, 503), (2, 502), (3, 200)]
    assert delivery.attempt_log.get(number=2).response_body == "bad gateway"


def test_it_backs_off_exponentially_with_jitter(
    subscription, receiver, marketer, on_commit, monkeypatch
):
    receiver.default = Reply(500)
    draws = []
    monkeypatch.setattr(random, "uniform", lambda a, b: draws.append((a, b)) or b)  # top of range
    with time_machine.travel(T0, tick=False) as traveller:
        delivery = _failing_delivery(receiver, marketer, on_commit)
        waits = []
        for _ in range(12):
            delivery.refresh_from_db()
            waits.append((delivery.next_attempt_at - datetime.now(UTC)).total_seconds())
            _deliver_when_due(delivery, traveller)

    # Base 10 s doubling, capped at an hour; the jitter draws from the upper half.
    assert waits[:9] == [10, 20, 40, 80, 160, 320, 640, 1280, 2560]
    assert waits[9:] == [3600, 3600, 3600]
    assert draws[0] == (0, 5.0) and draws[3] == (0, 40.0)
    assert delivery_module.retry_delay(1) <= 10


def test_jitter_spreads_retries_between_half_and_full_delay():
    delays = [delivery_module.retry_delay(3) for _ in range(200)]
    assert 20 <= min(delays) < 25 and 35 < max(delays) <= 40


def test_it_honours_retry_after_on_429(subscription, receiver, marketer, on_commit):
    with time_machine.travel(T0, tick=False):
        delivery = _failing_delivery(
            receiver, marketer, on_commit, Reply(429, headers={"Retry-After": "120"})
        )
        assert delivery.status == Status.RETRYING
        assert delivery.next_attempt_at == T0 + timedelta(seconds=120)
    assert delivery_module.parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert delivery_module.parse_retry_after("soon") is None


@pytest.mark.parametrize("asked", ["²", "9" * 5000])
def test_a_retry_after_that_is_no_number_falls_back_to_the_backoff(
    subscription, receiver, marketer, on_commit, asked
):
    # "²" passes str.isdigit() but not float(): the delivery failed with a ValueError.
    with time_machine.travel(T0, tick=False):
        delivery = _failing_delivery(
            receiver, marketer, on_commit, Reply(429, headers={"Retry-After": asked})
        )
        assert delivery.status == Status.RETRYING
        assert T0 < delivery.next_attempt_at <= T0 + timedelta(seconds=10)
    assert delivery_module.parse_retry_after(asked) is None


def test_it_retries_a_timeout(subscription, receiver, marketer, on_commit, settings):
    settings.WEBHOOKS_READ_TIMEOUT = 0.3
    delivery = _failing_delivery(receiver, marketer, on_commit, Reply(200, delay=1.5))

    assert delivery.status == Status.RETRYING
    attempt = delivery.attempt_log.get()
    assert attempt.status_code is None
    assert attempt.error.startswith("Timed out")
    assert 250 <= attempt.duration_ms < 1500


def test_it_retries_a_refused_connection(subscription, receiver, marketer, on_commit):
    receiver.server.shutdown()
    receiver.server.server_close()
    _promote(LeadFactory(stage=Stage.NEW), marketer, on_commit)

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == Status.RETRYING
    assert delivery.attempt_log.get().error.startswith("Connection failed")


@pytest.mark.parametrize("code", [400, 401, 404, 410, 422])
def test_it_does_not_retry_other_4xx(code, subscription, receiver, marketer, on_commit):
    delivery = _failing_delivery(receiver, marketer, on_commit, Reply(code, body=b"no"))

    assert delivery.status == Status.FAILED
    assert delivery.last_status_code == code
    assert delivery.attempts == 1
    assert len(receiver.received) == 1


def test_it_turns_off_a_subscription_answered_410_gone_and_tells_the_admins(
    subscription, receiver, marketer, admin_user, on_commit, web
):
    admin_user.email = "admin@example.com"
    admin_user.save()
    _failing_delivery(receiver, marketer, on_commit, Reply(410))

    subscription.refresh_from_db()
    assert not subscription.active
    assert "410" in subscription.disabled_reason
    notice = Notification.objects.get(user=admin_user)
    assert notice.kind == Notification.Kind.WEBHOOK_DISABLED
    assert subscription.url in notice.text
    assert [m.to for m in mail.outbox] == [["admin@example.com"]]
    assert subscription.url in web(admin_user).get("/handoff/notifications/").content.decode()


def test_it_does_not_follow_redirects(subscription, receiver, marketer, on_commit):
    delivery = _failing_delivery(
        receiver, marketer, on_commit, Reply(307, headers={"Location": receiver.url + "/moved"})
    )

    assert len(receiver.received) == 1
    assert delivery.status == Status.FAILED
    assert delivery.last_status_code == 307


def test_it_keeps_the_first_kilobyte_of_the_answer(subscription, receiver, marketer, on_commit):
    receiver.default = Reply(200, body=b"x" * 5000)
    _promote(LeadFactory(stage=Stage.NEW), marketer, on_commit)

    assert WebhookAttempt.objects.get().response_body == "x" * 1024


def test_it_keeps_the_order_of_each_leads_events(
    subscription, receiver, marketer, rep, admin_user, on_commit
):
    first, other = LeadFactory(stage=Stage.NEW), LeadFactory(stage=Stage.NEW)
    with time_machine.travel(T0, tick=False) as traveller:
        receiver.reply(Reply(503))
        _promote(first, marketer, on_commit)
        with on_commit():
            lead_assign(lead=first, owner=rep, by=admin_user)
        _promote(other, marketer, on_commit)

        # The second event of `first` waits for its first one; `other` goes on meanwhile.
        assert [(r.event, r.json["data"]["id"]) for r in receiver.received] == [
            ("lead.stage_changed", first.pk),
            ("lead.stage_changed", other.pk),
        ]
        waiting = WebhookDelivery.objects.get(event=Event.LEAD_ASSIGNED)
        assert waiting.status == Status.PENDING
        assert deliver_webhook(waiting.pk) is None  # a duplicate message changes nothing
        assert webhooks_sweep() == 0

        head = WebhookDelivery.objects.get(lead_pk=first.pk, event=Event.LEAD_STAGE_CHANGED)
        assert _deliver_when_due(head, traveller) == Status.DELIVERED

    # Its end queued the next event of the lead.
    assert [(r.event, r.json["data"]["id"]) for r in receiver.received[2:]] == [
        ("lead.stage_changed", first.pk),
        ("lead.assigned", first.pk),
    ]
    waiting.refresh_from_db()
    assert waiting.status == Status.DELIVERED


def test_it_turns_off_an_endpoint_failing_for_a_day(
    subscription, receiver, marketer, admin_user, on_commit
):
    receiver.default = Reply(500)
    with time_machine.travel(T0, tick=False) as traveller:
        delivery = _failing_delivery(receiver, marketer, on_commit)
        later = LeadFactory(stage=Stage.NEW)
        while delivery.status == Status.RETRYING:
            _deliver_when_due(delivery, traveller)
            delivery.refresh_from_db()
            assert subscription.deliveries.count() == 1
        assert datetime.now(UTC) - T0 >= timedelta(days=1)
        _promote(later, marketer, on_commit)  # no longer sent anywhere

    subscription.refresh_from_db()
    assert delivery.status == Status.FAILED
    assert not subscription.active
    assert subscription.disabled_reason.startswith("Every delivery failed since 2026-12-01 09:00")
    assert (
        Notification.objects.filter(
            user=admin_user, kind=Notification.Kind.WEBHOOK_DISABLED
        ).count()
        == 1
    )
    assert 25 <= delivery.attempts <= 50  # doubling to the hour, then hourly with jitter
    assert subscription.deliveries.count() == 1  # a turned-off subscription gets no new events


def test_a_success_forgets_earlier_failures(subscription, receiver, marketer, on_commit):
    with time_machine.travel(T0, tick=False) as traveller:
        delivery = _failing_delivery(receiver, marketer, on_commit, Reply(503))
        subscription.refresh_from_db()
        assert subscription.failing_since == T0
        _deliver_when_due(delivery, traveller)

    subscription.refresh_from_db()
    assert subscription.failing_since is None
    assert subscription.active


def test_the_sweep_sends_deliveries_whose_message_was_lost(subscription, receiver, marketer):
    lead = LeadFactory(stage=Stage.NEW)
    lead_promote(lead=lead, by=marketer)  # the commit never comes in this test: nothing queued
    delivery = WebhookDelivery.objects.get()
    assert receiver.received == []

    assert webhooks_sweep() == 0  # due less than a minute ago: its message may be on its way
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=2)):
        assert webhooks_sweep() == 1

    assert receiver.wait_for(1)
    delivery.refresh_from_db()
    assert delivery.status == Status.DELIVERED


def test_a_delivery_held_by_a_dead_worker_is_taken_again_after_the_lease(
    subscription, receiver, marketer
):
    lead_promote(lead=LeadFactory(stage=Stage.NEW), by=marketer)
    delivery = WebhookDelivery.objects.get()
    assert delivery_module.claim(delivery.pk) is not None  # a worker took it, then died

    assert deliver_webhook(delivery.pk) is None  # held: nobody else sends it
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=3)):
        assert webhooks_sweep() == 1

    delivery.refresh_from_db()
    assert delivery.status == Status.DELIVERED
    assert delivery.attempts == 2
