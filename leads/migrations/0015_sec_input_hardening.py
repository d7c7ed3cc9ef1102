"""Input hardening (issue 13): Lead.email accepts internationalized addresses (a field class
with its own validator; no SQL change)."""

from django.db import migrations

import leads.models.lead


class Migration(migrations.Migration):
    dependencies = [("leads", "0014_lead_score_created_index")]

    operations = [
        # State only: the column stays varchar(254). On SQLite an AlterField would rebuild the
        # table under the report triggers that read it.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="lead",
                    name="email",
                    field=leads.models.lead.EmailAddressField(blank=True, max_length=254),
                ),
            ],
        ),
    ]
