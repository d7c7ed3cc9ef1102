"""StageChange.entered_at: when the lead entered the stage a move leaves, filled for the history
already recorded (the previous move's `at` in (at, id) order, or the lead's creation)."""

from django.db import migrations, models

# PostgreSQL: one pass with a window function over the whole history.
_POSTGRESQL = """
    UPDATE leads_stagechange sc SET entered_at = p.entered_at
    FROM (
        SELECT h.id, COALESCE(
            LAG(h.at) OVER (PARTITION BY h.lead_id ORDER BY h.at, h.id), l.created_at
        ) AS entered_at
        FROM leads_stagechange h JOIN leads_lead l ON l.id = h.lead_id
    ) p
    WHERE sc.id = p.id
"""
# SQLite (development and tests, small histories): the same, row by row.
_SQLITE = """
    UPDATE leads_stagechange SET entered_at = COALESCE(
        (SELECT p.at FROM leads_stagechange p
         WHERE p.lead_id = leads_stagechange.lead_id
           AND (p.at < leads_stagechange.at
                OR (p.at = leads_stagechange.at AND p.id < leads_stagechange.id))
         ORDER BY p.at DESC, p.id DESC LIMIT 1),
        (SELECT l.created_at FROM leads_lead l WHERE l.id = leads_stagechange.lead_id)
    )
"""


def fill(apps, schema_editor) -> None:
    # Raw SQL: history rows refuse updates through the ORM (append-only).
    sql = _POSTGRESQL if schema_editor.connection.vendor == "postgresql" else _SQLITE
    schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("leads", "0012_lead_fk_indexes_covered")]

    operations = [
        migrations.AddField(
            model_name="stagechange",
            name="entered_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
