from django.db import migrations

from leads.defaults import ACTIVITY_TYPES


def forwards(apps, schema_editor):
    ActivityType = apps.get_model("leads", "ActivityType")
    for code, label, kind in ACTIVITY_TYPES:
        ActivityType.objects.get_or_create(code=code, defaults={"label": label, "kind": kind})


class Migration(migrations.Migration):
    dependencies = [("leads", "0003_activities_and_imports")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
