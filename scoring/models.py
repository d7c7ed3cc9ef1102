from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from leads.models import ActivityType, ProductLine
from leads.models.fields import optional_fk
from scoring.kinds import KIND_CHOICES, KINDS
from scoring.kinds.base import RuleParams
from scoring.kinds.compare import OPERATORS


class ScoringModel(models.Model):
    """A named scoring model: the default one, or the one for a product line."""

    name = models.CharField(max_length=100, unique=True)
    product_line = models.OneToOneField(
        ProductLine,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="scoring_model",
        help_text="Empty for the default model, which scores leads of every other line.",
    )
    is_default = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-is_default", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"], condition=Q(is_default=True), name="one_default_model"
            ),
            models.CheckConstraint(
                name="default_xor_product_line",
                condition=Q(is_default=True, product_line__isnull=True)
                | Q(is_default=False, product_line__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def active_version(self) -> ScoringVersion | None:
        return self.versions.filter(status=ScoringVersion.Status.ACTIVE).first()

    @property
    def current_draft(self) -> ScoringVersion | None:
        """The newest draft: the one activation freezes."""
        return self.versions.filter(status=ScoringVersion.Status.DRAFT).order_by("-number").first()


class ScoringVersion(models.Model):
    """One version of a model. A draft is edited; activation freezes it for good."""

    class Status(models.TextChoices):
        DRAFT = "draft"
        ACTIVE = "active"
        RETIRED = "retired"

    model = models.ForeignKey(ScoringModel, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    threshold = models.PositiveSmallIntegerField(
        default=60, help_text="Score at which a lead is an MQL (50-75 is usual)."
    )
    weight_demographic = models.PositiveSmallIntegerField(default=40)
    weight_behavioral = models.PositiveSmallIntegerField(default=35)
    weight_engagement = models.PositiveSmallIntegerField(default=25)
    half_life_days = models.PositiveSmallIntegerField(
        default=30, help_text="Decaying event points halve every this many days."
    )
    auto_promote = models.BooleanField(
        default=True,
        help_text="On: crossing the threshold promotes new and nurture leads to MQL. "
        "Off: they wait in the marketer's ready-for-review queue.",
    )
    note = models.TextField(blank=True, help_text="What changed and why (shown on reports).")
    created_at = models.DateTimeField(default=timezone.now)
    created_by = optional_fk(settings.AUTH_USER_MODEL)
    activated_at = models.DateTimeField(null=True, blank=True)
    activated_by = optional_fk(settings.AUTH_USER_MODEL)
    # Fit from outcomes records its cross-validated AUC here.
    fit_report = models.JSONField(default=dict, blank=True)

    # How the version scores, besides its rules: what a marketer edits (with the note), the
    # API shows, and a copy keeps.
    SETTINGS = [
        "threshold",
        "weight_demographic",
        "weight_behavioral",
        "weight_engagement",
        "half_life_days",
        "auto_promote",
    ]

    class Meta:
        ordering = ["model", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["model", "number"], name="version_number_unique"),
            models.UniqueConstraint(
                fields=["model"], condition=Q(status="active"), name="one_active_version"
            ),
            models.CheckConstraint(name="threshold_range", condition=Q(threshold__lte=100)),
            models.CheckConstraint(
                name="weights_positive",
                condition=Q(weight_demographic__gt=0)
                | Q(weight_behavioral__gt=0)
                | Q(weight_engagement__gt=0),
            ),
            models.CheckConstraint(name="half_life_positive", condition=Q(half_life_days__gt=0)),
        ]

    def __str__(self) -> str:
        return self.label

    def save(self, *args, **kwargs) -> None:
        if self.number is None:
            last = ScoringVersion.objects.filter(model=self.model).aggregate(models.Max("number"))[
                "number__max"
            ]
            self.number = (last or 0) + 1
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if self.pk and not self.is_draft:
            stored = ScoringVersion.objects.filter(pk=self.pk).values("status").first()
            if stored and stored["status"] != self.Status.DRAFT:
                raise ValidationError("An activated version is frozen; copy it to a new draft.")

    @property
    def label(self) -> str:
        """The value stored on leads and history rows as `score_model_version`."""
        return f"{self.model.name} v{self.number}"

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT

    @property
    def weights(self) -> tuple[int, int, int]:
        return (self.weight_demographic, self.weight_behavioral, self.weight_engagement)

    @transaction.atomic
    def copy_as_draft(self, *, by=None) -> ScoringVersion:
        """A new draft with this version's settings and rules, to edit."""
        rules = list(self.rules.all())
        draft = ScoringVersion.objects.create(
            model=self.model,
            created_by=by,
            note=f"Copied from v{self.number}.",
            **{name: getattr(self, name) for name in self.SETTINGS},
        )
        for rule in rules:
            rule.pk = None
            rule.version = draft
        Rule.objects.bulk_create(rules)
        return draft


class Rule(models.Model):
    version = models.ForeignKey(ScoringVersion, on_delete=models.CASCADE, related_name="rules")
    kind = models.CharField(max_length=20, choices=KIND_CHOICES)
    name = models.CharField(max_length=200, help_text="Shown in each lead's score explanation.")
    position = models.PositiveSmallIntegerField(default=0)
    points = models.SmallIntegerField(help_text="Negative points are allowed.")
    # Attribute rules: a lead field or `attributes.<key>`. Engagement rules: the metric.
    field = models.CharField(max_length=100, blank=True)
    operator = models.CharField(max_length=20, choices=OPERATORS, blank=True)
    value = models.JSONField(null=True, blank=True)
    # Event rules.
    activity_type = models.ForeignKey(
        ActivityType, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    property_filter = models.JSONField(
        default=dict,
        blank=True,
        help_text='Only events whose properties match, e.g. {"asset": "ebook"}.',
    )
    cap = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="At most this many points (in absolute value) from this rule.",
    )
    decays = models.BooleanField(default=False)

    # What a rule tests and gives, besides its kind, name and position: what the form edits
    # and the API shows.
    PARAMETERS = [
        "points",
        "field",
        "operator",
        "value",
        "activity_type",
        "property_filter",
        "cap",
        "decays",
    ]

    class Meta:
        ordering = ["version", "kind", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                name="event_rule_has_type",
                condition=~Q(kind="event") | Q(activity_type__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        errors = rule_errors(
            kind=self.kind,
            field=self.field,
            operator=self.operator,
            value=self.value,
            has_activity_type=self.activity_type_id is not None,
            property_filter=self.property_filter,
        )
        if errors:
            raise ValidationError(errors)

    @property
    def category(self) -> str:
        """The sub-score the rule feeds (the API's `category`)."""
        return KINDS[self.kind].category

    @property
    def test_display(self) -> str:
        """What the rule tests, as a person reads it: "country is one of US, GB", never
        "['US', 'GB']" (its kind's description of it)."""
        return KINDS[self.kind].describe(self) if self.kind in KINDS else ""


class RescoreRun(models.Model):
    """A background rescoring of every lead a version covers, with progress."""

    class Status(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"

    version = models.ForeignKey(ScoringVersion, on_delete=models.CASCADE, related_name="runs")
    reason = models.CharField(max_length=20, default="activation")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    promoted = models.PositiveIntegerField(default=0)
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Rescore {self.version} ({self.status})"

    @property
    def percent(self) -> int:
        if not self.total:
            return 100 if self.status == self.Status.DONE else 0
        return min(100, round(100 * self.done / self.total))


class DriftAlert(models.Model):
    """A month in which the active version ranked its outcomes markedly worse than its
    backtest said (scoring.monitoring): recorded once, so marketers are told once."""

    version = models.ForeignKey(ScoringVersion, on_delete=models.CASCADE, related_name="alerts")
    month = models.DateField(help_text="The first day of the month of the outcomes.")
    auc = models.FloatField()
    baseline_auc = models.FloatField()
    leads = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-month"]
        constraints = [
            models.UniqueConstraint(fields=["version", "month"], name="one_alert_per_month"),
        ]

    def __str__(self) -> str:
        return f"{self.version} {self.month:%Y-%m}: AUC {self.auc:.3f}"


def rule_errors(*, kind: str, **params: Any) -> dict[str, str]:
    """What is wrong with a rule, by form field; empty when the engine and the SQL path can
    both evaluate it (each kind checks its own parameters, named as RuleParams' fields)."""
    if kind not in KINDS:
        return {"kind": "Unknown kind."}
    return KINDS[kind].errors(RuleParams(**params))
