"""A lead's history: its stage moves and the audit of every other change. Append-only: the
funnel reports are computed from these rows and the lead page shows them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import connection, models, transaction
from django.utils import timezone

from leads.models.choices import Action, Stage, Via
from leads.models.fields import optional_fk
from leads.models.reference import Reason

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


class HistoryRow(models.Model):
    """A row of a lead's history: written once, then neither changed nor deleted one by one
    (the queryset refuses it in bulk too)."""

    rows_are = "History rows"  # how a refusal names them

    objects = HistoryQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and not kwargs.get("force_insert"):
            raise HistoryIsAppendOnly(f"{self.rows_are} cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise HistoryIsAppendOnly(f"{self.rows_are} cannot be deleted.")


class StageChange(HistoryRow):
    """One stage move. Append-only: the funnel reports are computed from these rows."""

    rows_are = "Stage history rows"

    lead = models.ForeignKey("leads.Lead", on_delete=models.CASCADE, related_name="stage_changes")
    from_stage = models.CharField(max_length=20, choices=Stage.choices, blank=True)
    to_stage = models.CharField(max_length=20, choices=Stage.choices)
    action = models.CharField(max_length=20, choices=Action.choices, blank=True)
    at = models.DateTimeField(default=timezone.now)
    # When the lead entered `from_stage`: its previous move's `at`, or its creation for the
    # first. The stay this move ends is `at - entered_at` (the velocity report reads it so,
    # instead of pairing every move with the next one).
    entered_at = models.DateTimeField(null=True, blank=True)
    by = optional_fk(settings.AUTH_USER_MODEL, help_text="Empty when the system made the move.")
    via = models.CharField(max_length=20, choices=Via.choices, default=Via.UI)
    reason = optional_fk(Reason, on_delete=models.PROTECT)
    # Qualification details: every reason code given and the BANT checklist.
    details = models.JSONField(default=dict, blank=True)
    note = models.TextField(blank=True)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    score_model_version = models.CharField(max_length=50, blank=True)

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


class LeadChange(HistoryRow):
    """Audit row for a change that is not a stage move: owner, fields, merge, delete, restore,
    erase."""

    rows_are = "Audit rows"

    class Kind(models.TextChoices):
        OWNER = "owner", "Owner changed"
        FIELDS = "fields", "Fields changed"
        MERGE = "merge", "Merged"
        DELETE = "delete", "Deleted"
        RESTORE = "restore", "Restored"
        IMPORT = "import", "Imported"
        ERASE = "erase", "Personal data erased"
        CREATE = "create", "Created by hand"

    lead = models.ForeignKey("leads.Lead", on_delete=models.CASCADE, related_name="changes")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    old_value = models.CharField(max_length=200, blank=True)
    new_value = models.CharField(max_length=200, blank=True)
    at = models.DateTimeField(default=timezone.now)
    by = optional_fk(settings.AUTH_USER_MODEL)
    via = models.CharField(max_length=20, choices=Via.choices, default=Via.UI)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]
        indexes = [
            # Lead page timeline: "this lead's changes in order".
            models.Index(fields=["lead", "at"], name="leadchange_lead_at"),
        ]

    def __str__(self) -> str:
        return f"{self.lead_id}: {self.get_kind_display()}"


class HistoryIsAppendOnly(Exception):
    pass
