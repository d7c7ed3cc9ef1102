"""Two notification kinds say what happened: "Escalated" becomes "Team's response overdue" (the
manager's notice) and "Reassigned" becomes "Lead reassigned to a teammate" (the former owner's).
Only the labels change; the stored codes stay."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("handoff", "0016_lidtrig_trigger_names"),
    ]

    operations = [
        migrations.AlterField(
            model_name="notification",
            name="kind",
            field=models.CharField(
                choices=[
                    ("assigned", "Lead assigned"),
                    ("overdue", "Response overdue"),
                    ("escalated", "Team's response overdue"),
                    ("reassigned", "Lead reassigned to a teammate"),
                    ("rejected", "MQL rejected by sales"),
                    ("unrouted", "Nobody had capacity"),
                    ("webhook_disabled", "Webhook turned off"),
                    ("model_drift", "Scoring model drifting"),
                    ("task_due", "Follow-up task due"),
                    ("account_lead", "Your account's lead went to the rules"),
                ],
                max_length=20,
            ),
        ),
    ]
