from django.contrib.auth.management import create_permissions
from django.db import migrations

# Managers edit routing, schedules and capacities in the admin; marketers see the rules.
PERMISSIONS = {
    "manager": [
        "view_routingrule",
        "add_routingrule",
        "change_routingrule",
        "delete_routingrule",
        "view_teamschedule",
        "add_teamschedule",
        "change_teamschedule",
        "view_profile",
        "add_profile",
        "change_profile",
        "view_assignment",
    ],
    "marketer": ["view_routingrule"],
}


def forwards(apps, schema_editor):
    # Permissions are normally made after migrate; make them now so the groups can hold them.
    app_config = apps.get_app_config("handoff")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, codenames in PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="handoff", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("handoff", "0001_initial"),
        ("leads", "0002_roles_and_reasons"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
