"""In-app notifications, and e-mail for the kinds people need to hear about at once."""

from __future__ import annotations

import zoneinfo

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone

from handoff.emails import email_on_commit
from handoff.models import Notification, Profile
from leads.models import Lead

# The kinds that also go out by e-mail, the ones someone must act on soon: an assignment, an
# escalation or overdue lead, a reassignment, a rejected MQL, a webhook turned off after a day
# of failures.
EMAIL_KINDS = frozenset(
    {
        Notification.Kind.ASSIGNED,
        Notification.Kind.ESCALATED,
        Notification.Kind.OVERDUE,
        Notification.Kind.REASSIGNED,
        Notification.Kind.REJECTED,
        Notification.Kind.WEBHOOK_DISABLED,
    }
)


def wants_email(user: AbstractBaseUser) -> bool:
    if not getattr(user, "email", ""):
        return False
    profile = Profile.objects.filter(user=user).only("email_notifications").first()
    return profile is None or profile.email_notifications


def notify(
    *, user: AbstractBaseUser, kind: str, text: str, lead: Lead | None = None
) -> Notification:
    """Tell `user` something: always in the app, and by e-mail (after the commit, so a rolled
    back change sends nothing) for the kinds in EMAIL_KINDS unless they turned e-mails off."""
    notification = Notification.objects.create(user=user, kind=kind, lead=lead, text=text)
    if kind in EMAIL_KINDS and wants_email(user):
        email_on_commit(notification)
    return notification


def mark_read(*, user: AbstractBaseUser, ids: list[int] | None = None) -> int:
    """Mark `user`'s notifications read: these ids, or all of them."""
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=ids)
    return unread.update(read_at=timezone.now())


def set_email_notifications(*, user: AbstractBaseUser, enabled: bool) -> Profile:
    profile, _ = Profile.objects.get_or_create(user=user)
    profile.email_notifications = enabled
    profile.save(update_fields=["email_notifications"])
    return profile


def set_time_zone(*, user: AbstractBaseUser, time_zone: str) -> Profile:
    """`time_zone`: an IANA name, or "" for the site's (settings.TIME_ZONE)."""
    if time_zone and time_zone not in zoneinfo.available_timezones():
        raise ValueError(f"Unknown time zone {time_zone!r}.")
    profile, _ = Profile.objects.get_or_create(user=user)
    profile.time_zone = time_zone
    profile.save(update_fields=["time_zone"])
    return profile
