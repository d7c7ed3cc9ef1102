"""Statistics on (team_id, owner_id) together, for a rep's search and lead list at 1M leads.

A rep sees their own leads and their team's unassigned ones. Judging team_id and owner_id as
independent, PostgreSQL took "the team's unassigned leads" for a quarter of the table (a team
holds every owned lead; 64 % of leads have no owner), so it walked the created_at or score index
and filtered a million rows: ~1 s for a rep's search. The MCV list knows a team's leads are
owned. PostgreSQL only (SQLite has no planner statistics of this kind)."""

from django.db import migrations

CREATE = (
    "CREATE STATISTICS IF NOT EXISTS lead_team_owner_mcv (mcv) ON team_id, owner_id FROM leads_lead"
)
DROP = "DROP STATISTICS IF EXISTS lead_team_owner_mcv"


def create(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)
        schema_editor.execute("ANALYZE leads_lead")


def drop(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("leads", "0001_squashed_0020")]

    operations = [migrations.RunPython(create, drop)]
