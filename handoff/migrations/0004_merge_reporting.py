from django.db import migrations


class Migration(migrations.Migration):
    """Joins the reports' rollup (written in parallel, on the leads tables only) to the rest."""

    dependencies = [("handoff", "0001_reporting"), ("handoff", "0003_inbox_index")]
    operations = []
