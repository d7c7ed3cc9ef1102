from django.contrib.auth.management import create_permissions
from django.db import migrations

from leads.defaults import REASONS, ROLE_PERMISSIONS


def forwards(apps, schema_editor):
    # Permissions are normally made after migrate; make them now so the groups can hold them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, perms in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        for dotted in perms:
            app_label, codename = dotted.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
    Reason = apps.get_model("leads", "Reason")
    for position, (code, label, category, applies_to, sends_to) in enumerate(REASONS):
        Reason.objects.get_or_create(
            code=code,
            defaults={
                "label": label,
                "category": category,
                "applies_to": applies_to,
                "sends_to": sends_to,
                "position": position,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("leads", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
