from django.db import migrations


class Migration(migrations.Migration):
    """Joins two migrations written in parallel (lead merges, queue indexes)."""

    dependencies = [("leads", "0007_lead_merges"), ("leads", "0007_queue_indexes")]
    operations = []
