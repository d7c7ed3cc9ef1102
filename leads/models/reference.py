"""What admins set up once and leads point at: sources, product lines, teams and the reasons
a move may give."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from leads.models.choices import Action, Stage
from leads.models.fields import optional_fk


class LeadSource(models.Model):
    code = models.SlugField(max_length=50, unique=True)
    name = models.CharField(max_length=100, blank=True)
    # Secret part of the public web-form URL; rotating it cuts off old embeds.
    intake_key = models.CharField(max_length=64, unique=True, default=secrets.token_urlsafe)
    thank_you_url = models.URLField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name or self.code


class ProductLine(models.Model):
    code = models.SlugField(max_length=50, unique=True)
    name = models.CharField(max_length=100)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Team(models.Model):
    name = models.CharField(max_length=100, unique=True)
    manager = optional_fk(settings.AUTH_USER_MODEL, related_name="managed_teams")
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="teams")
    min_attempts_not_reachable = models.PositiveSmallIntegerField(
        default=0,
        help_text="Call attempts a lead needs in its stage before it may be rejected as "
        "'not reachable' (0: no minimum).",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Reason(models.Model):
    class Category(models.TextChoices):
        NOT_QUALIFIED = "not_qualified", "Not qualified"
        NOT_REACHABLE = "not_reachable", "Not reachable"
        DUPLICATE = "duplicate"
        SPAM = "spam"
        TIMING = "timing"
        COMPETITOR = "competitor"
        QUALIFIED = "qualified"
        WON = "won"
        LOST = "lost"

    code = models.SlugField(max_length=50, unique=True)
    label = models.CharField(max_length=100)
    category = models.CharField(max_length=20, choices=Category.choices)
    applies_to = models.CharField(
        max_length=20, choices=Action.choices, help_text="The action this reason serves."
    )
    sends_to = models.CharField(
        max_length=20,
        choices=Stage.choices,
        blank=True,
        help_text="For reject, recycle and disqualify: the stage the lead moves to.",
    )
    active = models.BooleanField(default=True)
    position = models.PositiveSmallIntegerField(default=0)
    cooldown_days = models.PositiveSmallIntegerField(
        default=0,
        help_text="For reasons that send a lead to nurture: days it waits before it returns to "
        "the marketer's queue (sooner if it shows new engagement). 0: at once.",
    )

    class Meta:
        ordering = ["applies_to", "position", "label"]
        constraints = [
            models.CheckConstraint(
                name="reason_sends_to_fits_action",
                condition=(
                    Q(applies_to="reject", sends_to__in=["nurture", "disqualified"])
                    | Q(applies_to="recycle", sends_to="nurture")
                    | Q(applies_to="disqualify", sends_to="disqualified")
                    | (~Q(applies_to__in=["reject", "recycle", "disqualify"]) & Q(sends_to=""))
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.label
