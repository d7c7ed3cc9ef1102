"""An index for the funnel reports (handoff/reports/): "which stages did this lead ever enter".

Served queries: the cohort funnel and the quality tables join each cohort lead to its moves into
the funnel stages (handoff/reports/funnel.py, quality.py). On PostgreSQL the index covers that
join (an index-only scan, twice as fast as through stagechange_lead_at on a million leads);
SQLite gets the plain two-column index. Written as SQL with no model
state, so the leads models stay as they are.
"""

from django.db import migrations

INDEX = "stagechange_lead_stage"


def create(apps, schema_editor) -> None:
    include = " INCLUDE (at)" if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON leads_stagechange (lead_id, to_stage){include}"
    )


def drop(apps, schema_editor) -> None:
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("leads", "0004_activity_types")]

    operations = [migrations.RunPython(create, drop)]
