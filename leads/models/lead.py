from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, models, transaction
from django.db.models import Q
from django.db.models.functions import Lower, StrIndex, Substr
from django.urls import reverse
from django.utils import timezone

from leads.normalize import normalize_email, validate_email_address


class Stage(models.TextChoices):
    """Lifecycle stages. The codes are part of the public API."""

    NEW = "new", "Lead"
    MQL = "mql", "Marketing Qualified Lead"
    TQL = "tql", "Teleprospecting Qualified Lead"
    SAL = "sal", "Sales Accepted Lead"
    SQL = "sql", "Sales Qualified Lead"
    WON = "won", "Customer"
    LOST = "lost", "Lost"
    NURTURE = "nurture", "Recycled"
    DISQUALIFIED = "disqualified", "Disqualified"


class Action(models.TextChoices):
    """The moves a person or program asks for; the stage machine maps each to a target stage."""

    PROMOTE = "promote", "Promote to MQL"
    QUALIFY = "qualify", "Qualify"
    ACCEPT = "accept", "Accept"
    REJECT = "reject", "Reject"
    RECYCLE = "recycle", "Recycle to nurture"
    DISQUALIFY = "disqualify", "Disqualify"
    CLOSE = "close", "Close"


class Via(models.TextChoices):
    """Where a change came from, kept on every history row."""

    UI = "ui", "Web UI"
    API = "api", "API"
    ADMIN = "admin", "Admin"
    IMPORT = "import", "Import"
    WEBFORM = "webform", "Web form"
    SYSTEM = "system", "System"
    COMMAND = "command", "Command"


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
    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="managed_teams",
    )
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
        DUPLICATE = "duplicate", "Duplicate"
        SPAM = "spam", "Spam"
        TIMING = "timing", "Timing"
        COMPETITOR = "competitor", "Competitor"
        QUALIFIED = "qualified", "Qualified"
        WON = "won", "Won"
        LOST = "lost", "Lost"

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


# The part of an e-mail address after the "@", lower-cased: duplicates review groups on it.
EMAIL_DOMAIN = Substr(Lower("email"), StrIndex("email", models.Value("@")) + 1)


# On PostgreSQL a trigger (leads' first migration) refuses UPDATE and DELETE on the history tables
# (StageChange, LeadChange) unless the transaction set this; history_rewrite() does.
HISTORY_REWRITE_SETTING = "leadcrm.history_rewrite"


@contextmanager
def history_rewrite() -> Iterator[None]:
    """Let the enclosed statements change or delete history rows, in one transaction: a GDPR
    erase blanking personal text, and deleting leads for good (purge), which takes their
    history with them. Nothing else may; a raw UPDATE or DELETE is refused by the database."""
    with transaction.atomic():
        postgres = connection.vendor == "postgresql"
        if postgres:
            _history_rewrite_set("on")
        yield
        if postgres:
            _history_rewrite_set("")


def _history_rewrite_set(value: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config(%s, %s, true)", [HISTORY_REWRITE_SETTING, value])


class LeadQuerySet(models.QuerySet["Lead"]):
    def alive(self) -> LeadQuerySet:
        return self.filter(deleted_at__isnull=True)

    def delete(self) -> tuple[int, dict[str, int]]:
        """Delete for good, with the leads' history (the purge; soft delete is lead_delete)."""
        with history_rewrite():
            return super().delete()


class AliveLeadManager(models.Manager["Lead"]):
    def get_queryset(self) -> LeadQuerySet:
        return LeadQuerySet(self.model, using=self._db).alive()


class EmailAddressFormField(forms.CharField):
    """An e-mail box in forms (the admin's): internationalized addresses valid, and the value
    normalized as intake does (leads.normalize.normalize_email)."""

    def clean(self, value):
        value = super().clean(value)
        try:
            return normalize_email(value)
        except ValidationError as exc:
            raise ValidationError(exc.messages, code="invalid") from exc


class EmailAddressField(models.EmailField):
    """Lead.email: Django's EmailField refuses valid addresses such as `zoë@example.com`."""

    default_validators = [validate_email_address]

    def deconstruct(self):
        # Migrations see a plain EmailField: the column is the same varchar(254), and the
        # validator and form field are not schema, so no migration imports this module.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.EmailField", args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": EmailAddressFormField, **kwargs})


class Lead(models.Model):
    email = EmailAddressField(max_length=254, blank=True)
    phone = models.CharField(max_length=32, blank=True, help_text="E.164, e.g. +14155550123")
    external_id = models.CharField(max_length=100, blank=True)
    first_name = models.CharField(max_length=100, blank=True)
    last_name = models.CharField(max_length=100, blank=True)
    company = models.CharField(max_length=200, blank=True)
    job_title = models.CharField(max_length=200, blank=True)
    industry = models.CharField(max_length=100, blank=True)
    company_size = models.PositiveIntegerField(null=True, blank=True)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2")
    region = models.CharField(max_length=100, blank=True)
    city = models.CharField(max_length=100, blank=True)
    postal_code = models.CharField(max_length=20, blank=True)
    source = models.ForeignKey(
        LeadSource, null=True, blank=True, on_delete=models.PROTECT, related_name="leads"
    )
    product_line = models.ForeignKey(
        ProductLine, null=True, blank=True, on_delete=models.PROTECT, related_name="leads"
    )
    campaign = models.CharField(max_length=100, blank=True)
    do_not_email = models.BooleanField(default=False)
    do_not_call = models.BooleanField(default=False)
    attributes = models.JSONField(default=dict, blank=True)

    # Written only by leads.services (the stage machine) and the history importer.
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.NEW)
    # No index of their own: lead_owner_stage and lead_team_owner lead with these columns, and
    # every index is paid for on each of a big import's rows.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_leads",
        db_index=False,
    )
    team = models.ForeignKey(
        Team,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="leads",
        db_index=False,
    )
    # The company this lead belongs to (leads.account_matching); indexed below, non-null only.
    account = models.ForeignKey(
        "leads.Account",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="leads",
        db_index=False,
    )

    # Written by the scoring app as plain values (leads/ does not import scoring/).
    score = models.PositiveSmallIntegerField(default=0)
    score_demographic = models.PositiveSmallIntegerField(default=0)
    score_behavioral = models.PositiveSmallIntegerField(default=0)
    score_engagement = models.PositiveSmallIntegerField(default=0)
    score_explanation = models.JSONField(default=list, blank=True)
    score_model_version = models.CharField(max_length=50, blank=True)
    # The MQL threshold the lead's score was last judged against (its version's then): a later
    # threshold change promotes the leads that cross it, not only those whose score moved.
    scored_threshold = models.PositiveSmallIntegerField(null=True, blank=True)
    # The scoring version's calibrated chance that a lead with this score converts (won),
    # 0..1; null when the version has no calibration (written by hand, not fitted).
    score_likelihood = models.FloatField(null=True, blank=True)
    scored_at = models.DateTimeField(null=True, blank=True)
    # A lead sales sent to nurture waits until then before it returns to the marketer's queue
    # or is promoted again (its reason's cool-down), unless it shows new engagement.
    recycle_after = models.DateTimeField(null=True, blank=True)
    # Set when a rescoring of this lead could not be queued (Redis down: leads.queueing); the
    # beat sweep scores the lead and clears it. The page shows "score pending" meanwhile.
    scoring_pending_since = models.DateTimeField(null=True, blank=True)

    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    stage_changed_at = models.DateTimeField(default=timezone.now)
    deleted_at = models.DateTimeField(null=True, blank=True)

    objects = AliveLeadManager()
    all_objects = LeadQuerySet.as_manager()

    class Meta:
        base_manager_name = "all_objects"
        ordering = ["-created_at"]
        constraints = [
            # E-mails are stored lower-cased; the functional index also refuses a mixed-case
            # write that skipped normalisation. Soft-deleted leads release their address.
            models.UniqueConstraint(
                Lower("email"),
                name="lead_email_unique_ci",
                condition=~Q(email="") & Q(deleted_at__isnull=True),
            ),
            models.UniqueConstraint(
                "source",
                "external_id",
                name="lead_source_external_id_unique",
                condition=~Q(external_id="") & Q(deleted_at__isnull=True),
            ),
            models.CheckConstraint(
                name="lead_has_identity",
                condition=~Q(email="") | ~Q(phone="") | ~Q(external_id=""),
            ),
            models.CheckConstraint(name="lead_score_range", condition=Q(score__lte=100)),
            models.CheckConstraint(
                name="lead_subscores_range",
                condition=Q(score_demographic__lte=100)
                & Q(score_behavioral__lte=100)
                & Q(score_engagement__lte=100),
            ),
            models.CheckConstraint(name="lead_stage_valid", condition=Q(stage__in=Stage.values)),
        ]
        indexes = [
            # Queues and the lead list: "leads in stage X, best score first".
            models.Index(fields=["stage", "-score"], name="lead_stage_score"),
            # Inboxes: "my leads in stage X, newest first".
            models.Index(fields=["owner", "stage", "-created_at"], name="lead_owner_stage"),
            # SDR/rep visibility: "my team's unassigned leads".
            models.Index(fields=["team", "owner"], name="lead_team_owner"),
            # Cohort reports and the default list order: "created in a window".
            models.Index(fields=["-created_at"], name="lead_created"),
            # The lead list sorted by score, in LeadOrderingFilter's order (ties newest first):
            # read in order, one page on a million leads takes 138 ms instead of 913 ms.
            models.Index(
                models.F("score").desc(),
                models.F("created_at").desc(),
                models.F("id").desc(),
                name="lead_score_created",
                condition=Q(deleted_at__isnull=True),
            ),
            # The marketer's queue (handoff): "leads waiting for marketing or for sales to
            # accept them, best score first"; read in order, it stops after one page.
            models.Index(
                models.F("score").desc(),
                models.F("id").desc(),
                name="lead_queue_score",
                condition=Q(stage__in=["new", "nurture", "mql", "tql"], deleted_at__isnull=True),
            ),
            # The rep and SDR inbox (handoff): "my open leads, newest first".
            models.Index(
                "owner",
                models.F("created_at").desc(),
                models.F("id").desc(),
                name="lead_owner_open",
                condition=Q(stage__in=["mql", "tql", "sal", "sql"], deleted_at__isnull=True),
            ),
            # The scoring sweep (scoring.services.rescore_awaiting_leads): "leads awaiting
            # scoring, in id order, a chunk after id N"; only the few marked leads are indexed.
            models.Index(
                fields=["id"],
                name="lead_scoring_pending",
                condition=Q(scoring_pending_since__isnull=False),
            ),
            # Search (leads.search) has two trigram GIN indexes, on leadcrm_haystack(...) and on
            # the phone: PostgreSQL only, installed by leads' first migration, not declared here.
            # An account's page and its merges: "this account's leads". Partial: most leads have
            # no account, and an import pays for every index entry it writes.
            models.Index(
                fields=["account"], name="lead_account", condition=Q(account__isnull=False)
            ),
            # Intake merge and duplicate review: "a lead with this phone".
            models.Index(fields=["phone"], name="lead_phone", condition=~Q(phone="")),
            # Duplicates review, read in index order so a page of groups stops early:
            # "GROUP BY lower(last), lower(first), e-mail domain ORDER BY the same".
            models.Index(
                Lower("last_name"),
                Lower("first_name"),
                EMAIL_DOMAIN,
                name="lead_dupe_name_domain",
                condition=~Q(last_name="") & ~Q(email="") & Q(deleted_at__isnull=True),
            ),
            # ... and "GROUP BY lower(last), lower(first), lower(company)".
            models.Index(
                Lower("last_name"),
                Lower("first_name"),
                Lower("company"),
                name="lead_dupe_name_company",
                condition=~Q(last_name="") & ~Q(company="") & Q(deleted_at__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("leads:detail", args=[self.pk])

    def delete(self, *args, **kwargs):
        with history_rewrite():
            return super().delete(*args, **kwargs)

    @property
    def display_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return name or self.email or self.phone or self.external_id or f"Lead {self.pk}"


class HistoryQuerySet(models.QuerySet):
    """History rows are append-only in bulk too: `update()` and `delete()` (and `bulk_update`,
    which updates) raise. A purge of leads past the restore window still removes their history
    (the cascade deletes rows directly, not through this queryset), and a GDPR erase blanks
    personal text through `erase_update`, the one way to change a written row."""

    def update(self, **kwargs) -> int:
        raise HistoryIsAppendOnly("History rows cannot be changed.")

    def delete(self):
        raise HistoryIsAppendOnly("History rows cannot be deleted.")

    def erase_update(self, **kwargs) -> int:
        """Overwrite personal data in history rows; for leads.deletion.lead_erase only."""
        with history_rewrite():
            return super().update(**kwargs)


class StageChange(models.Model):
    """One stage move. Append-only: the funnel reports are computed from these rows."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="stage_changes")
    from_stage = models.CharField(max_length=20, choices=Stage.choices, blank=True)
    to_stage = models.CharField(max_length=20, choices=Stage.choices)
    action = models.CharField(max_length=20, choices=Action.choices, blank=True)
    at = models.DateTimeField(default=timezone.now)
    # When the lead entered `from_stage`: its previous move's `at`, or its creation for the
    # first. The stay this move ends is `at - entered_at` (the velocity report reads it so,
    # instead of pairing every move with the next one).
    entered_at = models.DateTimeField(null=True, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty when the system made the move.",
    )
    via = models.CharField(max_length=20, choices=Via.choices, default=Via.UI)
    reason = models.ForeignKey(
        Reason, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # Qualification details: every reason code given and the BANT checklist.
    details = models.JSONField(default=dict, blank=True)
    note = models.TextField(blank=True)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    score_model_version = models.CharField(max_length=50, blank=True)

    objects = HistoryQuerySet.as_manager()

    class Meta:
        ordering = ["at", "pk"]
        indexes = [
            # Lead page timeline: "this lead's moves in order".
            models.Index(fields=["lead", "at"], name="stagechange_lead_at"),
            # Flow reports: "moves into stage X in a window".
            models.Index(fields=["to_stage", "at"], name="stagechange_to_at"),
        ]

    def __str__(self) -> str:
        return f"{self.lead_id}: {self.from_stage or '-'} → {self.to_stage}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and not kwargs.get("force_insert"):
            raise HistoryIsAppendOnly("Stage history rows cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise HistoryIsAppendOnly("Stage history rows cannot be deleted.")


class LeadChange(models.Model):
    """Audit row for a change that is not a stage move: owner, fields, merge, delete, restore,
    erase."""

    class Kind(models.TextChoices):
        OWNER = "owner", "Owner changed"
        FIELDS = "fields", "Fields changed"
        MERGE = "merge", "Merged"
        DELETE = "delete", "Deleted"
        RESTORE = "restore", "Restored"
        IMPORT = "import", "Imported"
        ERASE = "erase", "Personal data erased"
        CREATE = "create", "Created by hand"

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="changes")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    old_value = models.CharField(max_length=200, blank=True)
    new_value = models.CharField(max_length=200, blank=True)
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    via = models.CharField(max_length=20, choices=Via.choices, default=Via.UI)
    note = models.TextField(blank=True)

    objects = HistoryQuerySet.as_manager()

    class Meta:
        ordering = ["at", "pk"]
        indexes = [
            # Lead page timeline: "this lead's changes in order".
            models.Index(fields=["lead", "at"], name="leadchange_lead_at"),
        ]

    def __str__(self) -> str:
        return f"{self.lead_id}: {self.get_kind_display()}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and not kwargs.get("force_insert"):
            raise HistoryIsAppendOnly("Audit rows cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise HistoryIsAppendOnly("Audit rows cannot be deleted.")


class HistoryIsAppendOnly(Exception):
    pass
