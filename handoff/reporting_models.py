"""The reports' rollup: exact hourly counts, kept by database triggers (handoff/reports/rollup.py)."""

from django.db import models


class ReportCount(models.Model):
    """How many leads (or moves) count towards `metric` in the hour starting at `hour_start`.

    Metrics: `leads`, `current:<stage>`, `reached:<stage>` and `both:<stage>><stage>` by the
    hour the lead was created; `rejected:<reason id>` likewise; `flow:<kind>` by the hour of the
    move. Deleted leads count nowhere. Written only by the triggers, in the transaction of the
    change they follow, so the counts are exact at every commit.
    """

    metric = models.CharField(max_length=40)
    hour_start = models.DateTimeField()
    n = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            # The triggers' upsert target; it also serves "metrics in a window of hours".
            models.UniqueConstraint(fields=["metric", "hour_start"], name="reportcount_metric_hour")
        ]

    def __str__(self) -> str:
        return f"{self.metric} @ {self.hour_start:%Y-%m-%d %H:00}: {self.n}"


class StayCount(models.Model):
    """How many finished stays in `stage` lasted exactly `seconds`, among the leads created on
    `day` (UTC): the velocity report's exact rollup (handoff/reports/stays.py).

    `stage` is a stage a lead left, or `first_response` (the stay that began with the lead's first
    entry to MQL). Deleted leads count nowhere. Written only by the triggers, in the transaction of
    the change they follow; a row may fall to n = 0 and is then ignored.
    """

    stage = models.CharField(max_length=20)
    day = models.DateField()
    seconds = models.FloatField()
    n = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            # The triggers' upsert target; it also serves "a stage's stays in a window of days".
            models.UniqueConstraint(fields=["day", "stage", "seconds"], name="staycount_day_stage")
        ]

    def __str__(self) -> str:
        return f"{self.stage} {self.day}: {self.n} x {self.seconds} s"
