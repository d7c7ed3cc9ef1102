from datetime import UTC, datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from leads.models.choices import Via
from leads.models.fields import optional_fk
from leads.models.lead import Lead

# Nothing this CRM tracks happened before 2000 (events and logged work alike); a year-1 date is
# a client's bug, and dates near the ends of the calendar overflow when converted to UTC.
EARLIEST_ACTIVITY = datetime(2000, 1, 1, tzinfo=UTC)


class ActivityType(models.Model):
    """The registry of things a lead can do. Defaults come with the install; admins add more."""

    class Kind(models.TextChoices):
        BEHAVIORAL = "behavioral", "Behavioral (intent)"
        ENGAGEMENT = "engagement", "Engagement (attention)"

    code = models.SlugField(max_length=50, unique=True)
    label = models.CharField(max_length=100)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.BEHAVIORAL)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["label"]

    def __str__(self) -> str:
        return self.label


def moved_from_index(name: str) -> models.Index:
    """Undoing a merge: "the rows moved from these leads" (few rows are ever set)."""
    return models.Index(fields=["moved_from"], name=name, condition=Q(moved_from__isnull=False))


class Activity(models.Model):
    """Something a lead did (or was done with them), as reported by a website, mailer or rep.

    An activity with `by` is work a person logged on the lead (a call, an e-mail, a meeting, a
    note: leads.worklog); one without is the lead's own doing, which scoring reads."""

    class Outcome(models.TextChoices):
        CONNECTED = "connected"
        NO_ANSWER = "no_answer", "No answer"
        VOICEMAIL = "voicemail", "Left a voicemail"
        BUSY = "busy"
        WRONG_NUMBER = "wrong_number", "Wrong number"

    # No index of its own: activity_lead_time (lead, -occurred_at) serves every lookup by lead
    # (one index less to build and keep up at 100M rows).
    lead = models.ForeignKey(
        Lead, on_delete=models.CASCADE, related_name="activities", db_index=False
    )
    type = models.ForeignKey(ActivityType, on_delete=models.PROTECT, related_name="+")
    occurred_at = models.DateTimeField(default=timezone.now)
    properties = models.JSONField(default=dict, blank=True)
    # A sender's key for this event: a retried post of the same event is stored once. Kept here
    # for reading; the guarantee is ActivityKey's (a unique index on a partitioned table must
    # hold the partition key, and a retry may carry another occurred_at).
    idempotency_key = models.CharField(max_length=200, blank=True)
    via = models.CharField(max_length=20, choices=Via.choices, default=Via.API)
    created_at = models.DateTimeField(default=timezone.now)
    # Set when a merge moved the activity to another lead: an undo moves it back.
    moved_from = optional_fk(Lead, db_index=False)
    # Logged work (leads.worklog): who did it, a call's outcome, what they wrote. No index of
    # its own: it is read through the lead (activity_lead_time).
    by = optional_fk(settings.AUTH_USER_MODEL, db_index=False)
    # Defaults in the database too: the events API and the benches insert rows in raw SQL.
    outcome = models.CharField(
        max_length=20, choices=Outcome.choices, blank=True, default="", db_default=""
    )
    note = models.TextField(blank=True, default="", db_default="")
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-occurred_at", "-pk"]
        indexes = [
            # Lead timeline and the scoring engine: "this lead's activities, newest first".
            models.Index(fields=["lead", "-occurred_at"], name="activity_lead_time"),
            moved_from_index("activity_moved_from"),
        ]

    def __str__(self) -> str:
        return f"{self.type_id} by lead {self.lead_id}"


class ActivityKey(models.Model):
    """An idempotency key already stored: the activity it was given to.

    On PostgreSQL leads_activity is partitioned by month (leads.partitions) and its primary key
    is (id, occurred_at), so nothing can reference an activity by id alone: activity_id is a
    plain number. The key's row goes when its activity is erased (GDPR) or dropped by retention.
    """

    key = models.CharField(max_length=200, primary_key=True)
    # Indexed for GDPR erase and retention, which delete the keys of given activities.
    activity_id = models.BigIntegerField(db_index=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.key


# The API schema names the call outcomes' enum after this (settings.ENUM_NAME_OVERRIDES).
CallOutcome = Activity.Outcome


class ActivitySummary(models.Model):
    """A lead's raw activities of one type, one UTC day and the same properties, folded into one
    row when the activity retention (leads.activity_retention) drops them: what scoring reads of
    them, kept. Scoring reads a summary as `count` activities that happened at `last_at`.

    `properties` are the group's, without a numeric `seconds` (summed into `seconds`, as
    engagement's time on site reads it); a non-numeric `seconds` stays, so property filters
    match a summary exactly as they matched its activities."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="activity_summaries")
    type = models.ForeignKey(ActivityType, on_delete=models.PROTECT, related_name="+")
    day = models.DateField()  # UTC
    properties = models.JSONField(default=dict, blank=True)
    count = models.PositiveIntegerField()
    # The sum of the whole seconds (truncated) of the folded activities' numeric `seconds`.
    seconds = models.BigIntegerField(default=0)
    last_at = models.DateTimeField()  # the latest activity folded
    # Set when a merge moved the summary to another lead: an undo moves it back (as Activity).
    moved_from = optional_fk(Lead, db_index=False)

    class Meta:
        indexes = [
            models.Index(fields=["lead", "day"], name="activitysummary_lead_day"),
            moved_from_index("activitysummary_moved_from"),
        ]

    def __str__(self) -> str:
        return f"{self.count} x {self.type_id} by lead {self.lead_id} on {self.day}"
