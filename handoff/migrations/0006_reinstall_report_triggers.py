"""Reinstall the report rollup's triggers as handoff/reports/rollup.py now writes them, and
recount.

0001_reporting installs whatever rollup.py writes when it runs, so a database migrated before a
change to that SQL keeps the old triggers: here, the per-statement count of new leads on
PostgreSQL (a trigger per imported row had cut CSV imports to 940 rows/s) and the per-lead
history triggers. A later change to rollup.py's SQL or to handoff/reports/definitions.py needs a
migration like this one.
"""

from django.db import migrations


def reinstall(apps, schema_editor) -> None:
    from handoff.reports import rollup

    rollup.drop_triggers(schema_editor.connection)
    rollup.install_triggers(schema_editor.connection)
    rollup.rebuild(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("handoff", "0005_profile_time_zone")]

    operations = [migrations.RunPython(reinstall, migrations.RunPython.noop)]
