"""E-mail for notifications, sent by a Celery task so a slow mail server never holds a request.

`email_on_commit` queues the task once the notification commits (a rolled-back change sends
nothing). When Redis is down the message cannot be queued: it is sent from the committing
process instead, as before there was a task, so an outage delays nothing and loses no e-mail.
"""

from __future__ import annotations

import logging
from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction

from handoff.models import Notification
from leads.queueing import enqueue

log = logging.getLogger(__name__)


def notification_email_send(*, notification_id: int, fail_silently: bool = False) -> bool:
    """Send the notification to its user's address; False when there is nothing to send (the
    notification is gone, or the user has no address any more). The link to the lead is
    absolute (settings.LEADCRM_BASE_URL): a mail client has no page to be relative to."""
    notification = (
        Notification.objects.select_related("user", "lead").filter(pk=notification_id).first()
    )
    if notification is None or not notification.user.email:
        return False
    body = notification.text
    if notification.lead is not None:
        body += f"\n\n{settings.LEADCRM_BASE_URL}{notification.lead.get_absolute_url()}"
    subject = f"[LeadCRM] {Notification.Kind(notification.kind).label}"
    sent = send_mail(
        subject,
        body,
        settings.DEFAULT_FROM_EMAIL,
        [notification.user.email],
        fail_silently=fail_silently,
    )
    return bool(sent)


# Acknowledged when started (no acks_late): a worker dying mid-send must not send it twice.
@shared_task(autoretry_for=(SMTPException, OSError), retry_backoff=30, max_retries=5)
def notification_email_send_task(notification_id: int) -> bool:
    """Run notification_email_send; a mail server that is down is tried again with backoff."""
    return notification_email_send(notification_id=notification_id)


def email_on_commit(notification: Notification) -> None:
    """Queue the notification's e-mail once the current transaction commits."""
    notification_id = notification.pk

    def send() -> None:
        if not enqueue(notification_email_send_task, notification_id):
            log.warning("Sending notification %s's e-mail from this process", notification_id)
            notification_email_send(notification_id=notification_id, fail_silently=True)

    transaction.on_commit(send)
