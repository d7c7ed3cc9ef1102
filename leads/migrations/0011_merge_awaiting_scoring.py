from django.db import migrations


class Migration(migrations.Migration):
    """Joins the awaiting-scoring mark, written in parallel, to the rest."""

    dependencies = [
        ("leads", "0009_awaiting_scoring"),
        ("leads", "0010_merge_audit_kinds"),
    ]
    operations = []
