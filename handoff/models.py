"""Handoff: who works which lead, by when, and who hears about it."""

from __future__ import annotations

import zoneinfo
from datetime import time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

# The reports' hourly rollup lives in its own module; Django finds models through this one.
from handoff.reporting_models import ReportCount  # noqa: F401
from handoff.webhooks.models import (  # noqa: F401
    WebhookAttempt,
    WebhookDelivery,
    WebhookSubscription,
)
from leads.models import Lead, LeadSource, ProductLine, Team
from leads.models.fields import optional_fk

DEFAULT_CAPACITY = 50  # open MQL + TQL + SAL leads a rep holds when nobody set a capacity


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


class Profile(models.Model):
    """What handoff knows about a person: how many open leads they take, whether they take any
    now, and whether they want e-mails."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="handoff_profile"
    )
    capacity = models.PositiveIntegerField(
        default=DEFAULT_CAPACITY, help_text="Most open MQL + TQL + SAL leads routed to them."
    )
    available = models.BooleanField(
        default=True, help_text="Off (holiday, leaving): routing skips them."
    )
    email_notifications = models.BooleanField(
        default=True, help_text="E-mail me about assignments, escalations and rejections."
    )
    time_zone = models.CharField(
        max_length=64, blank=True, help_text="Dates on the pages are shown in this time zone."
    )

    def __str__(self) -> str:
        return f"{self.user}: capacity {self.capacity}"


class TeamSchedule(models.Model):
    """A team's business hours: response targets are counted only inside them."""

    team = models.OneToOneField(Team, on_delete=models.CASCADE, related_name="schedule")
    timezone = models.CharField(max_length=64, default="UTC", help_text="e.g. Europe/Berlin")
    workday_start = models.TimeField(default=time(9))
    workday_end = models.TimeField(default=time(17))
    weekdays = models.CharField(
        max_length=13, default="1,2,3,4,5", help_text="ISO weekdays, 1 = Monday … 7 = Sunday."
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                name="schedule_day_not_empty",
                condition=Q(workday_end__gt=models.F("workday_start")),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.team}: {self.workday_start:%H:%M}-{self.workday_end:%H:%M} {self.timezone}"

    def clean(self) -> None:
        try:
            zoneinfo.ZoneInfo(self.timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise ValidationError({"timezone": "Unknown time zone."}) from exc
        if not self.days or any(d not in range(1, 8) for d in self.days):
            raise ValidationError({"weekdays": "Give ISO weekdays 1-7, comma-separated."})

    @property
    def days(self) -> set[int]:
        try:
            return {int(d) for d in _split(self.weekdays)}
        except ValueError:
            return set()


class RoutingRule(models.Model):
    """One routing rule. Rules are tried by position; the first that matches a lead takes it, and
    the default rule takes what no other rule matched. Empty criteria match anything.

    A rule of kind "account owner" sends a matching lead to the owner of its account
    (handoff.account_routing); when the lead has no account owner, or the owner cannot take it,
    the next rules decide."""

    class Kind(models.TextChoices):
        ROUTE = "route", "Team or rep"
        ACCOUNT_OWNER = "account_owner", "Account owner"

    position = models.PositiveIntegerField(default=0)
    name = models.CharField(max_length=100)
    active = models.BooleanField(default=True)
    kind = models.CharField(
        max_length=20,
        choices=Kind.choices,
        default=Kind.ROUTE,
        help_text="Team or rep: this rule's team or rep takes its leads. Account owner: the "
        "owner of the lead's account takes it (response target in the owner's team's business "
        "hours); with no owner, or an owner inactive or at capacity, the next rules decide.",
    )
    countries = models.CharField(
        max_length=200, blank=True, help_text="ISO codes, comma-separated, e.g. DE,AT,CH"
    )
    regions = models.CharField(max_length=300, blank=True, help_text="Comma-separated.")
    postal_prefixes = models.CharField(
        max_length=300, blank=True, help_text="Comma-separated, e.g. 10,11,75"
    )
    product_lines = models.ManyToManyField(ProductLine, blank=True, related_name="+")
    sources = models.ManyToManyField(LeadSource, blank=True, related_name="+")
    campaigns = models.CharField(max_length=300, blank=True, help_text="Comma-separated.")
    min_score = models.PositiveSmallIntegerField(null=True, blank=True)
    team = optional_fk(
        Team,
        on_delete=models.PROTECT,
        related_name="routing_rules",
        help_text="Round-robin among the team's available SDRs and reps with capacity left.",
    )
    rep = optional_fk(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        help_text="Or send every matching lead to this one person.",
    )
    response_hours = models.PositiveSmallIntegerField(
        default=24, help_text="Response-time target, in the team's business hours."
    )
    escalation_hours = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Optional second deadline after assignment: then the lead goes to someone "
        "else in the team.",
    )
    fast_lane = models.BooleanField(
        default=False,
        help_text="Hot leads: the target counts clock hours (nights and weekends too) and they "
        "come first in the inbox.",
    )
    is_default = models.BooleanField(default=False, help_text="Takes every lead no rule matched.")

    class Meta:
        ordering = ["is_default", "position", "pk"]
        constraints = [
            # A team/rep rule sends to exactly one of them; an account-owner rule to neither
            # (the account decides) and is never the default (it may pass a lead on).
            models.CheckConstraint(
                name="rule_sends_to_team_rep_or_owner",
                condition=Q(kind="route", team__isnull=False, rep__isnull=True)
                | Q(kind="route", team__isnull=True, rep__isnull=False)
                | Q(kind="account_owner", team__isnull=True, rep__isnull=True, is_default=False),
            ),
            models.UniqueConstraint(
                fields=["is_default"],
                condition=Q(is_default=True, active=True),
                name="one_active_default_rule",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_account_owner(self) -> bool:
        return self.kind == self.Kind.ACCOUNT_OWNER

    def clean(self) -> None:
        if self.is_account_owner:
            if self.team_id or self.rep_id:
                raise ValidationError(
                    "An account-owner rule sends to the owner of the lead's account: leave its "
                    "team and rep empty."
                )
            if self.is_default:
                raise ValidationError(
                    {"is_default": "The default rule must send to a team or a rep: an "
                     "account-owner rule passes leads without an owner on."}
                )  # fmt: skip
        elif bool(self.team_id) == bool(self.rep_id):
            raise ValidationError("Send the rule's leads to a team or to one rep, not both.")
        if self.escalation_hours is not None and self.escalation_hours <= self.response_hours:
            raise ValidationError(
                {"escalation_hours": "The second deadline must come after the response target."}
            )

    def matches(self, lead: Lead) -> bool:
        """Whether this rule takes `lead`. product_lines and sources should be prefetched."""
        if self.is_default:
            return True
        if self.countries and lead.country.upper() not in {
            c.upper() for c in _split(self.countries)
        }:
            return False
        if self.regions and lead.region.casefold() not in {
            r.casefold() for r in _split(self.regions)
        }:
            return False
        postal = lead.postal_code.replace(" ", "").upper()
        if self.postal_prefixes and not any(
            postal.startswith(p.replace(" ", "").upper()) for p in _split(self.postal_prefixes)
        ):
            return False
        if self.campaigns and lead.campaign not in _split(self.campaigns):
            return False
        if self.min_score is not None and lead.score < self.min_score:
            return False
        lines = {p.pk for p in self.product_lines.all()}
        if lines and lead.product_line_id not in lines:
            return False
        sources = {s.pk for s in self.sources.all()}
        return not (sources and lead.source_id not in sources)


class RoundRobinCursor(models.Model):
    """Who in a team got the last routed lead; locked while the next one is chosen."""

    team = models.OneToOneField(Team, on_delete=models.CASCADE, related_name="+")
    last_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.team}: last {self.last_user}"


class AssignmentQuerySet(models.QuerySet["Assignment"]):
    def open(self) -> AssignmentQuerySet:
        """Waiting for the first response."""
        return self.filter(first_response_at__isnull=True, ended_at__isnull=True)


class Assignment(models.Model):
    """One routing of a lead to a person (or a team, when nobody had capacity), with its
    response-time target. Open until the first response, a reassignment or the lead leaving."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="assignments")
    owner = optional_fk(settings.AUTH_USER_MODEL, related_name="handoff_assignments")
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    rule = models.ForeignKey(
        RoutingRule, null=True, blank=True, on_delete=models.SET_NULL, related_name="assignments"
    )
    stage = models.CharField(max_length=20, help_text="The lead's stage when it was assigned.")
    fast_lane = models.BooleanField(default=False)
    assigned_at = models.DateTimeField(default=timezone.now)
    due_at = models.DateTimeField()
    first_response_at = models.DateTimeField(null=True, blank=True)
    escalated_at = models.DateTimeField(null=True, blank=True)
    reassign_at = models.DateTimeField(null=True, blank=True)
    reassigned_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    # A reassignment keeps the response target of the assignment it replaces; a manager may
    # choose to start it again, and that choice is kept here (and in the lead's history).
    sla_restarted = models.BooleanField(default=False)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["-assigned_at", "-pk"]
        constraints = [
            # Routing twice (a retried task) must not give a lead two open assignments.
            models.UniqueConstraint(
                fields=["lead"],
                condition=Q(first_response_at__isnull=True, ended_at__isnull=True),
                name="one_open_assignment_per_lead",
            ),
        ]
        indexes = [
            # The SLA job: "open assignments due before now".
            models.Index(
                fields=["due_at"],
                name="assignment_open_due",
                condition=Q(first_response_at__isnull=True, ended_at__isnull=True),
            ),
            # The inbox: "my leads waiting for a first response, the soonest due first".
            models.Index(
                fields=["owner", "due_at"],
                name="assignment_owner_due",
                condition=Q(first_response_at__isnull=True, ended_at__isnull=True),
            ),
            # Routing and the lead page: "this lead's assignments, the latest first".
            models.Index(fields=["lead", "-assigned_at"], name="assignment_lead"),
            # SLA compliance: "assignments of a team / rep in a window".
            models.Index(fields=["assigned_at", "team", "owner"], name="assignment_window"),
        ]

    def __str__(self) -> str:
        return f"{self.lead_id} → {self.owner or self.team}"

    @property
    def is_open(self) -> bool:
        return self.first_response_at is None and self.ended_at is None

    def is_overdue(self, now=None) -> bool:
        return self.is_open and self.due_at <= (now or timezone.now())


class Notification(models.Model):
    class Kind(models.TextChoices):
        ASSIGNED = "assigned", "Lead assigned"
        OVERDUE = "overdue", "Response overdue"
        ESCALATED = "escalated", "Team's response overdue"
        REASSIGNED = "reassigned", "Lead reassigned to a teammate"
        REJECTED = "rejected", "MQL rejected by sales"
        UNROUTED = "unrouted", "Nobody had capacity"
        WEBHOOK_DISABLED = "webhook_disabled", "Webhook turned off"
        MODEL_DRIFT = "model_drift", "Scoring model drifting"
        TASK_DUE = "task_due", "Follow-up task due"
        ACCOUNT_LEAD = "account_lead", "Your account's lead went to the rules"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    lead = models.ForeignKey(
        Lead, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    text = models.CharField(max_length=500)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    # When what it asked for happened (the lead was answered): it no longer counts as unread.
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            # The list page: "my notifications, newest first".
            models.Index(fields=["user", "-created_at"], name="notification_user"),
            # The navbar bell on every page: "how many unread do I have".
            models.Index(
                fields=["user"], name="notification_unread", condition=Q(read_at__isnull=True)
            ),
        ]

    def __str__(self) -> str:
        return self.text


class SavedView(models.Model):
    """A named set of inbox filters (the query string of the inbox page), one user's own: a
    rep's "Overdue MQLs", a manager's "Ana's SALs". Only its owner lists, opens or deletes it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_views"
    )
    name = models.CharField(max_length=60)
    query = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            # The inbox lists "my views" by name: one name once per user.
            models.UniqueConstraint(fields=["user", "name"], name="savedview_user_name"),
        ]

    def __str__(self) -> str:
        return self.name
