from unittest import mock

import pytest
from django.core import mail
from kombu.exceptions import OperationalError

from handoff.emails import notification_email_send_task
from handoff.models import Notification
from handoff.notifications import notify, set_email_notifications
from handoff.services import route_lead
from leads import queueing
from leads.deletion import lead_erase
from leads.services import lead_promote, lead_reject
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def emails(users):
    for user in users.values():
        user.email = f"{user.username}@example.com"
        user.save()
    return users


def test_an_assignment_is_notified_in_the_app_and_by_email(
    emails, default_rule, django_capture_on_commit_callbacks
):
    lead = LeadFactory(stage="mql", first_name="Ada", last_name="Lovelace")
    with django_capture_on_commit_callbacks(execute=True):
        assignment = route_lead(lead_id=lead.pk)
    owner = assignment.owner
    note = owner.notifications.get()
    assert note.kind == "assigned" and note.lead == lead
    assert "Ada Lovelace" in note.text and "please respond by" in note.text
    [message] = mail.outbox
    assert message.to == [owner.email]
    assert message.subject == "[LeadCRM] Lead assigned"
    # LEADCRM_BASE_URL's default (the tests set none): a link a mail client can open.
    assert message.body.endswith(f"\n\nhttp://localhost:8000/leads/{lead.pk}/")


def test_a_user_who_turned_emails_off_gets_only_the_in_app_notification(
    emails, django_capture_on_commit_callbacks
):
    rep = emails["rep"]
    set_email_notifications(user=rep, enabled=False)
    with django_capture_on_commit_callbacks(execute=True):
        notify(user=rep, kind=Notification.Kind.ASSIGNED, text="yours")
    assert rep.notifications.count() == 1
    assert mail.outbox == []


def test_the_emailed_link_is_absolute(emails, settings, django_capture_on_commit_callbacks):
    settings.LEADCRM_BASE_URL = "https://crm.example.com"
    lead = LeadFactory()
    with django_capture_on_commit_callbacks(execute=True):
        notify(user=emails["rep"], kind=Notification.Kind.ASSIGNED, text="yours", lead=lead)
    [message] = mail.outbox
    assert f"https://crm.example.com/leads/{lead.pk}/" in message.body


def test_the_email_is_queued_as_a_task_after_the_commit(
    emails, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(queueing, "_broker_down_until", 0.0)
    with (
        mock.patch.object(notification_email_send_task, "apply_async") as queued,
        django_capture_on_commit_callbacks(execute=True),
    ):
        note = notify(user=emails["rep"], kind=Notification.Kind.ASSIGNED, text="yours")
        queued.assert_not_called()  # not before the commit
    queued.assert_called_once()
    assert queued.call_args.args[0] == (note.pk,)
    assert mail.outbox == []  # the worker sends it, not the request


def test_with_redis_down_the_email_is_sent_from_the_request_instead(
    emails, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(queueing, "_broker_down_until", 0.0)
    down = OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")
    with (
        mock.patch.object(notification_email_send_task, "apply_async", side_effect=down),
        django_capture_on_commit_callbacks(execute=True),
    ):
        notify(user=emails["rep"], kind=Notification.Kind.ESCALATED, text="late")
    [message] = mail.outbox
    assert message.to == [emails["rep"].email] and message.body == "late"


def test_no_email_is_sent_for_a_rolled_back_change(emails, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notify(user=emails["rep"], kind=Notification.Kind.ASSIGNED, text="yours")
    assert len(callbacks) == 1  # sent only when the transaction commits
    assert mail.outbox == []


def test_unrouted_leads_are_not_emailed(emails, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        notify(user=emails["manager"], kind=Notification.Kind.UNROUTED, text="full")
    assert mail.outbox == []


def test_the_marketer_who_promoted_an_mql_hears_when_sales_rejects_it(
    emails, django_capture_on_commit_callbacks
):
    marketer, rep = emails["marketer"], emails["rep"]
    lead = LeadFactory(stage="new", first_name="Ada", last_name="Lovelace")
    lead_promote(lead=lead, by=marketer)
    with django_capture_on_commit_callbacks(execute=True):
        lead_reject(lead=lead, by=rep, reason="no_budget", note="Frozen until Q3")
    note = marketer.notifications.get()
    assert note.kind == "rejected"
    assert note.text == "rep rejected Ada Lovelace: No budget. “Frozen until Q3”"
    assert [m.to for m in mail.outbox] == [[marketer.email]]


def test_a_rejected_mql_promoted_by_the_score_notifies_nobody(emails):
    lead = LeadFactory(stage="new")
    lead_promote(lead=lead, by=None)
    lead_reject(lead=lead, by=emails["rep"], reason="spam")
    assert not Notification.objects.exists()


def test_an_erased_lead_leaves_no_name_in_notifications(users):
    lead = LeadFactory(first_name="Ada", last_name="Lovelace", email="ada@example.com")
    other = LeadFactory(first_name="Grace", last_name="Hopper")
    notify(user=users["rep"], kind="assigned", text="Ada Lovelace (ada@example.com)", lead=lead)
    notify(user=users["rep"], kind="assigned", text="Grace Hopper", lead=other)

    lead_erase(lead=lead, by=users["admin"])

    texts = set(Notification.objects.values_list("text", flat=True))
    assert texts == {"Lead assigned (personal data erased).", "Grace Hopper"}
