from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from leads.models.fields import optional_fk
from leads.models.lead import Lead


class FollowUp(models.Model):
    """A follow-up task on a lead: something a person means to do by a given time."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="followups")
    title = models.CharField(max_length=200)
    due_at = models.DateTimeField()
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followups"
    )
    created_by = optional_fk(settings.AUTH_USER_MODEL, db_index=False)
    created_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = optional_fk(settings.AUTH_USER_MODEL, db_index=False)
    # Set by the beat job once the assignee was told the task is due: told once.
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_at", "pk"]
        indexes = [
            # "My tasks" and the API's mine=1: "my open tasks by due time".
            models.Index(
                fields=["assignee", "due_at"],
                name="followup_assignee_open",
                condition=Q(done_at__isnull=True),
            ),
            # The lead page and the inbox rows: "this lead's next open task".
            models.Index(
                fields=["lead", "due_at"],
                name="followup_lead_open",
                condition=Q(done_at__isnull=True),
            ),
            # The beat job: "open tasks now due that nobody was told about".
            models.Index(
                fields=["due_at"],
                name="followup_to_notify",
                condition=Q(done_at__isnull=True, notified_at__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    def is_overdue(self, now=None) -> bool:
        return self.done_at is None and self.due_at < (now or timezone.now())
