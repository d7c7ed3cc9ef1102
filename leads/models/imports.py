from django.conf import settings
from django.db import models
from django.utils import timezone


class ImportJob(models.Model):
    """One CSV import: the uploaded file, its column mapping, progress and the report."""

    class Status(models.TextChoices):
        PREVIEW = "preview", "Waiting for the mapping"
        QUEUED = "queued"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"

    file = models.FileField(upload_to="imports/%Y/%m/")
    filename = models.CharField(max_length=255)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    mapping = models.JSONField(default=dict, blank=True, help_text="CSV header -> lead field")
    # The other tool's export the file was read as (leads.imports.presets), "" for none.
    preset = models.CharField(max_length=30, blank=True)
    # The other tool's stage labels -> stage codes, over the preset's (the preview page).
    stage_map = models.JSONField(default=dict, blank=True)
    date_format = models.CharField(max_length=50, blank=True)
    skip_invalid = models.BooleanField(default=False)
    dry_run = models.BooleanField(default=False)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PREVIEW)
    total_rows = models.PositiveIntegerField(default=0)
    processed_rows = models.PositiveIntegerField(default=0)
    created_count = models.PositiveIntegerField(default=0)
    merged_count = models.PositiveIntegerField(default=0)
    rejected_count = models.PositiveIntegerField(default=0)
    # The first rejected rows as [{line, reason}]; the full list is in `report`.
    errors = models.JSONField(default=list, blank=True)
    # Values kept aside ([{line, reason}]: an unreadable phone, an unknown owner), the first rows
    # merged ([{line, lead, filled}]) and kept apart on a shared phone ([{line, lead, other}]).
    noted_count = models.PositiveIntegerField(default=0)
    notes = models.JSONField(default=list, blank=True)
    merges = models.JSONField(default=list, blank=True)
    duplicates = models.JSONField(default=list, blank=True)
    report = models.FileField(upload_to="imports/reports/%Y/%m/", blank=True)
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Import {self.pk} ({self.filename})"
