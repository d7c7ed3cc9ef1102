"""The Webhooks pages (admins): list and add, the secret shown once, edit, log, buttons."""

from __future__ import annotations

import pytest
from django.urls import reverse

from handoff.webhooks.models import Event, WebhookDelivery, WebhookSubscription
from leads.models import Stage
from leads.services import lead_promote
from tests.factories import LeadFactory
from tests.handoff.webhooks.receiver import Reply

pytestmark = pytest.mark.django_db


def test_an_admin_adds_a_webhook_and_sees_its_secret_once(web, admin_user, receiver):
    client = web(admin_user)
    answer = client.post(
        reverse("handoff:webhooks"),
        {"url": receiver.url, "events": [Event.LEAD_CREATED], "active": "on"},
    )

    subscription = WebhookSubscription.objects.get()
    assert answer.status_code == 302
    assert answer["Location"] == reverse("handoff:webhook", args=[subscription.pk])
    first = client.get(answer["Location"]).content.decode()
    second = client.get(answer["Location"]).content.decode()
    assert subscription.secret in first and 'id="webhook-secret"' in first
    assert subscription.secret not in second
    listing = client.get(reverse("handoff:webhooks")).content.decode()
    assert receiver.url in listing and subscription.secret not in listing


def test_a_bad_address_is_a_form_error_and_saves_nothing(web, admin_user, settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = False
    answer = web(admin_user).post(
        reverse("handoff:webhooks"), {"url": "http://10.0.0.1/", "events": [Event.LEAD_CREATED]}
    )

    assert answer.status_code == 200
    assert "public addresses only" in answer.content.decode()
    assert WebhookSubscription.objects.count() == 0


def test_an_admin_edits_turns_on_again_and_deletes(web, admin_user, subscription, receiver):
    subscription.active = False
    subscription.disabled_reason = "The endpoint answered 410 Gone."
    subscription.save()
    client = web(admin_user)
    url = reverse("handoff:webhook", args=[subscription.pk])
    assert "410 Gone" in client.get(url).content.decode()

    client.post(url, {"url": receiver.url, "events": [Event.LEAD_MERGED], "active": "on"})

    subscription.refresh_from_db()
    assert subscription.events == [Event.LEAD_MERGED]
    assert subscription.active and subscription.disabled_reason == ""
    assert subscription.secret == "test-secret-0123456789"  # an empty secret field keeps it
    client.post(reverse("handoff:webhook-delete", args=[subscription.pk]))
    assert WebhookSubscription.objects.count() == 0


def test_the_log_shows_attempts_and_redeliver_sends_again(
    web, admin_user, subscription, receiver, marketer, on_commit
):
    receiver.reply(Reply(500, body=b"database down"))
    with on_commit():
        lead_promote(lead=LeadFactory(stage=Stage.NEW), by=marketer)
    delivery = WebhookDelivery.objects.get()
    delivery.status = WebhookDelivery.Status.FAILED  # as after its last retry
    delivery.save()
    client = web(admin_user)

    page = client.get(reverse("handoff:webhook", args=[subscription.pk])).content.decode()
    assert "database down" in page and str(delivery.uuid) in page
    client.post(reverse("handoff:webhook-redeliver", args=[subscription.pk, delivery.uuid]))

    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.DELIVERED
    assert [r.delivery for r in receiver.received] == [str(delivery.uuid)] * 2


def test_send_test_event_button(web, admin_user, subscription, receiver, on_commit):
    with on_commit():
        answer = web(admin_user).post(reverse("handoff:webhook-test", args=[subscription.pk]))

    assert answer.status_code == 302
    assert receiver.wait_for(1)
    assert receiver.received[0].event == "webhook.test"


def test_the_log_page_makes_the_same_queries_for_many_deliveries(
    web, admin_user, subscription, marketer, django_assert_max_num_queries
):
    for _ in range(30):
        lead_promote(lead=LeadFactory(stage=Stage.NEW), by=marketer)  # pending, never sent
    client = web(admin_user)
    url = reverse("handoff:webhook", args=[subscription.pk])

    with django_assert_max_num_queries(12):
        answer = client.get(url)
    assert answer.content.decode().count("<td>lead.stage_changed</td>") == 25  # one page


@pytest.mark.parametrize("role", ["outsider", "marketer", "sdr", "rep", "manager"])
def test_other_roles_are_refused(role, users, web, subscription):
    client = web(users[role])
    pk = subscription.pk
    answers = [
        client.get(reverse("handoff:webhooks")),
        client.post(reverse("handoff:webhooks"), {"url": "http://x.test/", "events": []}),
        client.get(reverse("handoff:webhook", args=[pk])),
        client.post(reverse("handoff:webhook-delete", args=[pk])),
        client.post(reverse("handoff:webhook-test", args=[pk])),
    ]

    assert [a.status_code for a in answers] == [403] * len(answers)
    assert WebhookSubscription.objects.filter(pk=pk).exists()


def test_anonymous_is_sent_to_the_login_page(client, subscription):
    answer = client.get(reverse("handoff:webhook", args=[subscription.pk]))

    assert answer.status_code == 302
    assert answer["Location"].startswith(reverse("login"))
