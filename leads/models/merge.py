from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from leads.models.fields import optional_fk
from leads.models.lead import Lead


class LeadMerge(models.Model):
    """A duplicate merged into the lead kept. Undoable while the merged-away lead is restorable."""

    kept = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="merges_in")
    merged_away = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="merges_out")
    by = optional_fk(settings.AUTH_USER_MODEL)
    at = models.DateTimeField(default=timezone.now)
    # The kept lead's fields filled from the merged-away lead ({field: value}, foreign keys as
    # ids, attributes as the keys added): an undo empties those still holding these values.
    filled = models.JSONField(default=dict, blank=True)
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = optional_fk(settings.AUTH_USER_MODEL)

    class Meta:
        ordering = ["-at", "-pk"]
        constraints = [
            # A lead is merged away into one lead at a time.
            models.UniqueConstraint(
                fields=["merged_away"],
                condition=Q(undone_at__isnull=True),
                name="leadmerge_one_open_per_lead",
            ),
        ]
        indexes = [
            # Duplicates page: "the latest merges, newest first".
            models.Index(fields=["-at"], name="leadmerge_at"),
        ]

    def __str__(self) -> str:
        return f"{self.merged_away_id} → {self.kept_id}"
