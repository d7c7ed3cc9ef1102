"""The lead: one person who may buy, its fields, its stage and score, and its indexes."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower, StrIndex, Substr
from django.urls import reverse
from django.utils import timezone

from leads.models.choices import Stage
from leads.models.fields import EmailAddressField, optional_fk
from leads.models.history import history_rewrite
from leads.models.reference import LeadSource, ProductLine, Team

# The part of an e-mail address after the "@", lower-cased: duplicates review groups on it.
EMAIL_DOMAIN = Substr(Lower("email"), StrIndex("email", models.Value("@")) + 1)


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
    source = optional_fk(LeadSource, on_delete=models.PROTECT, related_name="leads")
    product_line = optional_fk(ProductLine, on_delete=models.PROTECT, related_name="leads")
    campaign = models.CharField(max_length=100, blank=True)
    do_not_email = models.BooleanField(default=False)
    do_not_call = models.BooleanField(default=False)
    attributes = models.JSONField(default=dict, blank=True)

    # Written only by leads.services (the stage machine) and the history importer.
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.NEW)
    # No index of their own: lead_owner_stage and lead_team_owner lead with these columns, and
    # every index is paid for on each of a big import's rows.
    owner = optional_fk(settings.AUTH_USER_MODEL, related_name="owned_leads", db_index=False)
    team = optional_fk(Team, related_name="leads", db_index=False)
    # The company this lead belongs to (leads.account_matching); indexed below, non-null only.
    account = optional_fk("leads.Account", related_name="leads", db_index=False)

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
