"""Issue 16: the recycle cool-down (per reason, and the date each recycled lead may return),
the threshold each lead's score was last judged against, and one label per reason where the
reject and disqualify lists said the same thing twice ("Duplicate" / "Duplicate of another
lead", "Spam" / "Spam or fake lead"): the quality report groups them by label.

The data is frozen here (codes and values), not read from leads/defaults.py.
"""

from django.db import migrations, models

# Days a lead sent to nurture for each default reason waits before it returns to the
# marketer's queue (sooner on new engagement).
COOLDOWN_DAYS = {
    "no_budget": 90,
    "no_authority": 30,
    "no_answer": 30,
    "bad_timing": 90,
    "competitor_customer": 180,
    "recycle_timing": 90,
    "recycle_went_dark": 30,
    "recycle_no_budget": 90,
    "recycle_lost_reengage": 180,
}
# code: (label before, label after)
RELABEL = {
    "dq_duplicate": ("Duplicate", "Duplicate of another lead"),
    "dq_spam": ("Spam", "Spam or fake lead"),
}


def forwards(apps, schema_editor) -> None:
    Reason = apps.get_model("leads", "Reason")
    for code, days in COOLDOWN_DAYS.items():
        Reason.objects.filter(code=code, cooldown_days=0).update(cooldown_days=days)
    for code, (before, after) in RELABEL.items():
        Reason.objects.filter(code=code, label=before).update(label=after)


def backwards(apps, schema_editor) -> None:
    Reason = apps.get_model("leads", "Reason")
    for code, (before, after) in RELABEL.items():
        Reason.objects.filter(code=code, label=after).update(label=before)


class Migration(migrations.Migration):
    dependencies = [
        ("leads", "0016_imports_presets_and_report"),
    ]

    operations = [
        migrations.AddField(
            model_name="lead",
            name="recycle_after",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="lead",
            name="scored_threshold",
            field=models.PositiveSmallIntegerField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="reason",
            name="cooldown_days",
            field=models.PositiveSmallIntegerField(
                default=0,
                help_text="For reasons that send a lead to nurture: days it waits before it "
                "returns to the marketer's queue (sooner if it shows new engagement). 0: at once.",
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
