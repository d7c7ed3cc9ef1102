"""The reports' hourly rollup and the triggers that keep it exact (handoff/reports/rollup.py).

No dependency on the rest of handoff's schema: only on the leads tables the triggers watch.
"""

from django.db import migrations, models


def install(apps, schema_editor) -> None:
    from handoff.reports import rollup

    rollup.install_triggers(schema_editor.connection)
    rollup.rebuild(schema_editor.connection)


def uninstall(apps, schema_editor) -> None:
    from handoff.reports import rollup

    rollup.drop_triggers(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("leads", "0004_activity_types")]

    operations = [
        migrations.CreateModel(
            name="ReportCount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("metric", models.CharField(max_length=40)),
                ("hour_start", models.DateTimeField()),
                ("n", models.BigIntegerField(default=0)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("metric", "hour_start"), name="reportcount_metric_hour"
                    )
                ],
            },
        ),
        migrations.RunPython(install, uninstall),
    ]
