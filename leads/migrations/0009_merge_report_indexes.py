from django.db import migrations


class Migration(migrations.Migration):
    """Joins the reports' history index, written in parallel, to the rest."""

    dependencies = [
        ("leads", "0008_merge_queue_indexes_and_merges"),
        ("leads", "0008_report_indexes"),
    ]
    operations = []
