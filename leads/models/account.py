"""Accounts: the companies the team already works with. Leads join one by their e-mail domain,
website or company name (leads.account_matching); an account's owner gets its new MQLs first
(handoff.account_routing). Not to be confused with leads.accounts, which makes *user* accounts."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from leads.company_names import normalize_company_name
from leads.models.fields import optional_fk
from leads.models.lead import Lead
from leads.models.reference import Team


class AccountQuerySet(models.QuerySet["Account"]):
    def alive(self) -> AccountQuerySet:
        return self.filter(merged_into__isnull=True)


class AliveAccountManager(models.Manager["Account"]):
    def get_queryset(self) -> AccountQuerySet:
        return AccountQuerySet(self.model, using=self._db).alive()


class Account(models.Model):
    name = models.CharField(max_length=200)
    # The name as matching compares it (leads.company_names.normalize_company_name): "U.S.
    # Bank, Inc." and "US Bank" both give "us bank". Written by save(), never by hand.
    normalized_name = models.CharField(max_length=200, editable=False, db_index=True)
    website = models.URLField(blank=True)
    owner = optional_fk(settings.AUTH_USER_MODEL, related_name="owned_accounts")
    team = optional_fk(Team, related_name="accounts")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    # Set when this account was merged into another (leads.account_merging); an undo clears it.
    merged_into = optional_fk("self")

    objects = AliveAccountManager()
    all_objects = AccountQuerySet.as_manager()

    class Meta:
        base_manager_name = "all_objects"
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.normalized_name = normalize_company_name(self.name)[:200]
        if kwargs.get("update_fields") is not None and "name" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "normalized_name"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("leads:account", args=[self.pk])


class AccountDomain(models.Model):
    """A domain of an account: leads whose e-mail is at it (or at a subdomain of it) join the
    account. A domain belongs to one account: the unique index refuses a second."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="domains")
    # Lower-case, without "www." (leads.account_matching.clean_domain).
    domain = models.CharField(max_length=253, unique=True)

    class Meta:
        ordering = ["domain"]

    def __str__(self) -> str:
        return self.domain


class AccountMatchReview(models.Model):
    """A lead whose account is for a person to decide: two accounts tie, or only a weak fuzzy
    match of its company name was found. Open until someone chooses (an account or none)."""

    class Why(models.TextChoices):
        TIE = "tie", "Several accounts match"
        FUZZY = "fuzzy", "Similar company name"

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="account_reviews")
    why = models.CharField(max_length=10, choices=Why.choices)
    candidates = models.ManyToManyField(Account, related_name="+")
    # The best similarity of a fuzzy match, 0-100 (100 for a tie of exact matches).
    score = models.PositiveSmallIntegerField(default=100)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = optional_fk(settings.AUTH_USER_MODEL)
    chosen = optional_fk(Account)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            # A lead waits in the review once, however often it is saved meanwhile.
            models.UniqueConstraint(
                fields=["lead"], condition=Q(resolved_at__isnull=True), name="one_open_review"
            ),
        ]
        indexes = [
            # The review page: "open reviews, newest first".
            models.Index(
                fields=["-created_at"],
                name="accountreview_open",
                condition=Q(resolved_at__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.lead_id}: {self.get_why_display()}"


class AccountMerge(models.Model):
    """An account merged into another: which leads and domains moved, so an undo moves exactly
    those back (like leads.models.LeadMerge)."""

    kept = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="merges_in")
    merged_away = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="merges_out")
    lead_ids = models.JSONField(default=list, blank=True)
    domain_ids = models.JSONField(default=list, blank=True)
    by = optional_fk(settings.AUTH_USER_MODEL)
    at = models.DateTimeField(default=timezone.now)
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = optional_fk(settings.AUTH_USER_MODEL)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.merged_away_id} → {self.kept_id}"
