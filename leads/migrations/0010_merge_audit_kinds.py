from django.db import migrations


class Migration(migrations.Migration):
    """Joins the audit kinds (fields, erase), written in parallel, to the rest."""

    dependencies = [
        ("leads", "0009_leadchange_fields_and_erase_kinds"),
        ("leads", "0009_merge_report_indexes"),
    ]
    operations = []
