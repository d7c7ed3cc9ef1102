import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# Dropped by name rather than by AlterField: on SQLite, AlterField rebuilds leads_lead, which
# the report rollup's triggers on other tables (handoff 0001_reporting) refuse.
INDEXES = {"owner_id": "leads_lead_owner_id_1f4568d0", "team_id": "leads_lead_team_id_93d3ec8e"}


class Migration(migrations.Migration):
    dependencies = [
        ("leads", "0011_merge_awaiting_scoring"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="lead",
                    name="owner",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="owned_leads",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AlterField(
                    model_name="lead",
                    name="team",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="leads",
                        to="leads.team",
                    ),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    f'DROP INDEX IF EXISTS "{name}"',
                    reverse_sql=f'CREATE INDEX "{name}" ON "leads_lead" ("{column}")',
                )
                for column, name in INDEXES.items()
            ],
        ),
    ]
