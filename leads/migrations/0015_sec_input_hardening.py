"""Input hardening (issue 13).

- Lead.email accepts internationalized addresses (a field class with its own validator; the
  column is unchanged, so the change is to the migration state only).
- PostgreSQL: the history tables refuse UPDATE and DELETE, so that the append-only rule holds
  for raw SQL and other programs too, not only for the application's querysets. Two ways
  through, each in one transaction that sets `leadcrm.history_rewrite` (leads.models.lead.
  history_rewrite): a GDPR erase blanking personal text, and deleting leads for good (purge),
  which takes their history along. Deleting a user sets `by` to NULL (on_delete=SET_NULL):
  an UPDATE that changes nothing else is let through.
- API tokens are stored hashed (leads/api_tokens.py): existing tokens are replaced by their
  digest, so they keep working. Not reversible: a digest cannot be turned back into a token
  (after a rollback, issue new tokens with add_user).
"""

import hashlib

from django.db import migrations

import leads.models.lead

HISTORY_TABLES = ("leads_stagechange", "leads_leadchange")

FUNCTION = """
CREATE OR REPLACE FUNCTION leads_history_append_only() RETURNS trigger AS $$
BEGIN
    IF current_setting('leadcrm.history_rewrite', true) = 'on' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.by_id IS NULL
            AND to_jsonb(NEW) - 'by_id' = to_jsonb(OLD) - 'by_id' THEN
        RETURN NEW;  -- the user who made the change was deleted
    END IF;
    RAISE EXCEPTION 'History is append-only: % on % refused.', TG_OP, TG_TABLE_NAME
        USING HINT = 'A GDPR erase or a purge sets leadcrm.history_rewrite in its transaction.';
END;
$$ LANGUAGE plpgsql;
"""


def hash_tokens(apps, schema_editor) -> None:
    # Frozen copy of leads.api_tokens.token_digest.
    Token = apps.get_model("authtoken", "Token")
    for key in list(Token.objects.values_list("key", flat=True)):
        digest = hashlib.blake2b(key.encode(), digest_size=20).hexdigest()
        Token.objects.filter(key=key).update(key=digest)


def install(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION, params=None)
    for table in HISTORY_TABLES:
        schema_editor.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION leads_history_append_only()"
        )


def uninstall(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in HISTORY_TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    schema_editor.execute("DROP FUNCTION IF EXISTS leads_history_append_only()")


class Migration(migrations.Migration):
    dependencies = [
        ("leads", "0014_lead_score_created_index"),
        ("authtoken", "0004_alter_tokenproxy_options"),
    ]

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
        migrations.RunPython(install, uninstall),
        migrations.RunPython(hash_tokens, migrations.RunPython.noop, elidable=False),
    ]
