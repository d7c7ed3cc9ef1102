"""The leads app's schema and starter data, squashed from 0001_initial..0020 for the first
release.

Replaces the 23 migrations of the first development history (two 0007s, two 0008s, three 0009s,
no 0005, four merge migrations): a database migrated with those names is recognized as having
applied this one, so it runs only on a new database. It imports no application code: the SQL it
installs and the rows it inserts are written out here, as they were when it was squashed, so a
later change to the application cannot change what it does. A change to that SQL or data is a new
migration. `replaces` can go once every install has migrated past this one.
"""

import secrets

import django.db.models.deletion
import django.db.models.expressions
import django.db.models.functions.text
import django.db.models.manager
import django.utils.timezone
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

# PostgreSQL: the history tables refuse UPDATE and DELETE, so the append-only rule holds for raw
# SQL and other programs too. Two ways through, each in one transaction that sets
# `leadcrm.history_rewrite`: a GDPR erase blanking personal text, and a purge deleting leads for
# good with their history. Deleting a user sets `by` to NULL (SET_NULL): an UPDATE that changes
# nothing else is let through.
HISTORY_APPEND_ONLY = """
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

# Search: the folded text a lead is found by, and trigram indexes that serve "LIKE '%word%'" on
# it and on the phone. SQLite registers a Python function of the same name on each connection.
# unaccent and pg_trgm are trusted extensions (PostgreSQL 13+): the database's owner may create
# them. The haystack index has no predicate: PostgreSQL estimates a LIKE on the expression from
# an index's statistics only when the index is not partial.
SEARCH_FUNCTION = """
    CREATE OR REPLACE FUNCTION leadcrm_haystack(first text, last text, company text, email text)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT public.unaccent('public.unaccent'::regdictionary, lower(
            coalesce(first, '') || ' ' || coalesce(last, '') || ' ' || coalesce(company, '')
            || ' ' || coalesce(email, '')))
    $$
    """

# The funnel reports' "which stages did this lead ever enter": on PostgreSQL the index covers
# the join (an index-only scan); SQLite gets the plain two-column index.
SQL = {
    "postgresql": [
        "CREATE INDEX IF NOT EXISTS stagechange_lead_stage ON leads_stagechange (lead_id, to_stage) INCLUDE (at)",
        HISTORY_APPEND_ONLY,
        "CREATE TRIGGER leads_stagechange_append_only BEFORE UPDATE OR DELETE ON leads_stagechange "
        "FOR EACH ROW EXECUTE FUNCTION leads_history_append_only()",
        "CREATE TRIGGER leads_leadchange_append_only BEFORE UPDATE OR DELETE ON leads_leadchange "
        "FOR EACH ROW EXECUTE FUNCTION leads_history_append_only()",
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        SEARCH_FUNCTION,
        "CREATE INDEX IF NOT EXISTS lead_search_trgm ON leads_lead USING gin "
        "(leadcrm_haystack(first_name, last_name, company, email) gin_trgm_ops)",
        "CREATE INDEX IF NOT EXISTS lead_phone_trgm ON leads_lead USING gin (phone gin_trgm_ops) "
        "WHERE deleted_at IS NULL",
    ],
    "sqlite": [
        "CREATE INDEX IF NOT EXISTS stagechange_lead_stage ON leads_stagechange (lead_id, to_stage)",
    ],
}
# The extensions stay: other databases' objects may use them.
SQL_REVERSE = {
    "postgresql": [
        "DROP INDEX IF EXISTS lead_phone_trgm",
        "DROP INDEX IF EXISTS lead_search_trgm",
        "DROP FUNCTION IF EXISTS leadcrm_haystack(text, text, text, text)",
        "DROP TRIGGER IF EXISTS leads_leadchange_append_only ON leads_leadchange",
        "DROP TRIGGER IF EXISTS leads_stagechange_append_only ON leads_stagechange",
        "DROP FUNCTION IF EXISTS leads_history_append_only()",
        "DROP INDEX IF EXISTS stagechange_lead_stage",
    ],
    "sqlite": ["DROP INDEX IF EXISTS stagechange_lead_stage"],
}

# The roles (auth groups) and what each may do in the admin; handoff adds its own.
_ACCOUNTS = [
    "view_account",
    "add_account",
    "change_account",
    "view_accountdomain",
    "add_accountdomain",
    "change_accountdomain",
    "delete_accountdomain",
    "view_accountmatchreview",
]
ROLE_PERMISSIONS = {
    "marketer": [
        "view_lead",
        "add_lead",
        "change_lead",
        "view_stagechange",
        "view_leadchange",
        "view_leadsource",
        "add_leadsource",
        "change_leadsource",
        "view_productline",
        "view_reason",
        "view_team",
        *_ACCOUNTS,
    ],
    "sdr": ["view_lead", "view_reason"],
    "rep": ["view_lead", "view_reason"],
    "manager": [
        "view_lead",
        "change_lead",
        "view_stagechange",
        "view_leadchange",
        "view_leadsource",
        "view_productline",
        "view_reason",
        "view_team",
        "add_team",
        "change_team",
        *_ACCOUNTS,
    ],
    "admin": [],
}

REASON_COLUMNS = ("code", "label", "category", "applies_to", "sends_to", "cooldown_days")
REASONS = [
    ("no_budget", "No budget", "not_qualified", "reject", "nurture", 90),
    ("no_authority", "Not a decision maker", "not_qualified", "reject", "nurture", 30),
    ("no_need", "No need for the product", "not_qualified", "reject", "disqualified", 0),
    (
        "wrong_segment",
        "Wrong company size or segment",
        "not_qualified",
        "reject",
        "disqualified",
        0,
    ),
    ("no_answer", "No answer after several attempts", "not_reachable", "reject", "nurture", 30),
    ("bad_contact_data", "Wrong phone or e-mail", "not_reachable", "reject", "disqualified", 0),
    ("duplicate", "Duplicate of another lead", "duplicate", "reject", "disqualified", 0),
    ("spam", "Spam or fake lead", "spam", "reject", "disqualified", 0),
    ("bad_timing", "Interested later", "timing", "reject", "nurture", 90),
    ("competitor_customer", "Uses a competitor, locked in", "competitor", "reject", "nurture", 180),
    ("recycle_timing", "Not now: buying later", "timing", "recycle", "nurture", 90),
    ("recycle_went_dark", "Went dark", "not_reachable", "recycle", "nurture", 30),
    ("recycle_no_budget", "Budget frozen", "not_qualified", "recycle", "nurture", 90),
    ("recycle_lost_reengage", "Lost deal to re-engage later", "lost", "recycle", "nurture", 180),
    ("dq_not_fit", "Not a fit", "not_qualified", "disqualify", "disqualified", 0),
    ("dq_not_reachable", "Never reachable", "not_reachable", "disqualify", "disqualified", 0),
    ("dq_duplicate", "Duplicate of another lead", "duplicate", "disqualify", "disqualified", 0),
    ("dq_spam", "Spam or fake lead", "spam", "disqualify", "disqualified", 0),
    ("dq_competitor", "Competitor or student", "competitor", "disqualify", "disqualified", 0),
    ("appointment_requested", "Requested an appointment", "qualified", "qualify", "", 0),
    ("budget_confirmed", "Confirmed budget", "qualified", "qualify", "", 0),
    ("authority_confirmed", "Spoke to the decision maker", "qualified", "qualify", "", 0),
    ("need_verified", "Verified need", "qualified", "qualify", "", 0),
    ("timeline_confirmed", "Confirmed buying timeline", "qualified", "qualify", "", 0),
    (
        "contact_confirmed",
        "Contact data and interest confirmed by call",
        "qualified",
        "qualify",
        "",
        0,
    ),
    ("won_signed", "Contract signed", "won", "close", "", 0),
    ("lost_price", "Price too high", "lost", "close", "", 0),
    ("lost_competitor", "Chose a competitor", "lost", "close", "", 0),
    ("lost_no_decision", "No decision", "lost", "close", "", 0),
    ("lost_features", "Missing features", "lost", "close", "", 0),
]

ACTIVITY_TYPES = [
    ("page_view", "Page view", "engagement"),
    ("pricing_page_view", "Pricing page view", "behavioral"),
    ("content_download", "Content download", "behavioral"),
    ("webinar_registered", "Registered for a webinar", "behavioral"),
    ("webinar_attended", "Attended a webinar", "behavioral"),
    ("email_open", "E-mail opened", "engagement"),
    ("email_click", "E-mail link clicked", "engagement"),
    ("form_submit", "Form submitted", "behavioral"),
    ("demo_request", "Demo requested", "behavioral"),
    ("quote_request", "Quote requested", "behavioral"),
    ("test_drive_request", "Test drive requested", "behavioral"),
    ("chat_started", "Chat started", "behavioral"),
    ("call", "Call", "engagement"),
    ("unsubscribe", "Unsubscribed", "engagement"),
    ("email", "E-mail", "engagement"),
    ("meeting", "Meeting", "engagement"),
    ("note", "Note", "engagement"),
]


def _vendor_sql(statements: dict[str, list[str]]):
    """A RunPython function running the statements written for the database's vendor."""

    def run(apps, schema_editor) -> None:
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql, params=None)

    return run


def add_roles_and_starter_data(apps, schema_editor) -> None:
    # Permissions are normally made after migrate; make them now so the groups can hold them.
    app_config = apps.get_app_config("leads")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="leads", codename__in=codenames)
        )
    Reason = apps.get_model("leads", "Reason")
    for position, row in enumerate(REASONS):
        Reason.objects.get_or_create(
            code=row[0],
            defaults={**dict(zip(REASON_COLUMNS, row, strict=True)), "position": position},
        )
    ActivityType = apps.get_model("leads", "ActivityType")
    for code, label, kind in ACTIVITY_TYPES:
        ActivityType.objects.get_or_create(code=code, defaults={"label": label, "kind": kind})


class Migration(migrations.Migration):
    initial = True

    replaces = [
        ("leads", "0001_initial"),
        ("leads", "0002_roles_and_reasons"),
        ("leads", "0003_activities_and_imports"),
        ("leads", "0004_activity_types"),
        ("leads", "0006_webform_via"),
        ("leads", "0007_lead_merges"),
        ("leads", "0007_queue_indexes"),
        ("leads", "0008_merge_queue_indexes_and_merges"),
        ("leads", "0008_report_indexes"),
        ("leads", "0009_awaiting_scoring"),
        ("leads", "0009_leadchange_fields_and_erase_kinds"),
        ("leads", "0009_merge_report_indexes"),
        ("leads", "0010_merge_audit_kinds"),
        ("leads", "0011_merge_awaiting_scoring"),
        ("leads", "0012_lead_fk_indexes_covered"),
        ("leads", "0013_stagechange_entered_at"),
        ("leads", "0014_lead_score_created_index"),
        ("leads", "0015_sec_input_hardening"),
        ("leads", "0016_imports_presets_and_report"),
        ("leads", "0017_handoff_cooldown_threshold"),
        ("leads", "0018_scoring_likelihood"),
        ("leads", "0019_workday_worklog_followups"),
        ("leads", "0020_accounts_model_and_lead_account"),
    ]

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        # create_permissions below writes content types and permissions.
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="ActivityType",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("code", models.SlugField(unique=True)),
                ("label", models.CharField(max_length=100)),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("behavioral", "Behavioral (intent)"),
                            ("engagement", "Engagement (attention)"),
                        ],
                        default="behavioral",
                        max_length=20,
                    ),
                ),
                ("active", models.BooleanField(default=True)),
            ],
            options={
                "ordering": ["label"],
            },
        ),
        migrations.CreateModel(
            name="LeadSource",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("code", models.SlugField(unique=True)),
                ("name", models.CharField(blank=True, max_length=100)),
                (
                    "intake_key",
                    models.CharField(default=secrets.token_urlsafe, max_length=64, unique=True),
                ),
                ("thank_you_url", models.URLField(blank=True)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
            options={
                "ordering": ["code"],
            },
        ),
        migrations.CreateModel(
            name="ProductLine",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("code", models.SlugField(unique=True)),
                ("name", models.CharField(max_length=100)),
            ],
            options={
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="Account",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=200)),
                (
                    "normalized_name",
                    models.CharField(db_index=True, editable=False, max_length=200),
                ),
                ("website", models.URLField(blank=True)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "merged_into",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="leads.account",
                    ),
                ),
                (
                    "owner",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="owned_accounts",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["name", "pk"],
                "base_manager_name": "all_objects",
            },
            managers=[
                ("objects", django.db.models.manager.Manager()),
                ("all_objects", django.db.models.manager.Manager()),
            ],
        ),
        migrations.CreateModel(
            name="AccountDomain",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("domain", models.CharField(max_length=253, unique=True)),
                (
                    "account",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="domains",
                        to="leads.account",
                    ),
                ),
            ],
            options={
                "ordering": ["domain"],
            },
        ),
        migrations.CreateModel(
            name="AccountMerge",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("lead_ids", models.JSONField(blank=True, default=list)),
                ("domain_ids", models.JSONField(blank=True, default=list)),
                ("at", models.DateTimeField(default=django.utils.timezone.now)),
                ("undone_at", models.DateTimeField(blank=True, null=True)),
                (
                    "by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "kept",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="merges_in",
                        to="leads.account",
                    ),
                ),
                (
                    "merged_away",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="merges_out",
                        to="leads.account",
                    ),
                ),
                (
                    "undone_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["-at", "-pk"],
            },
        ),
        migrations.CreateModel(
            name="ImportJob",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("file", models.FileField(upload_to="imports/%Y/%m/")),
                ("filename", models.CharField(max_length=255)),
                (
                    "mapping",
                    models.JSONField(
                        blank=True, default=dict, help_text="CSV header -> lead field"
                    ),
                ),
                ("skip_invalid", models.BooleanField(default=False)),
                ("dry_run", models.BooleanField(default=False)),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("preview", "Waiting for the mapping"),
                            ("queued", "Queued"),
                            ("running", "Running"),
                            ("done", "Done"),
                            ("failed", "Failed"),
                        ],
                        default="preview",
                        max_length=20,
                    ),
                ),
                ("total_rows", models.PositiveIntegerField(default=0)),
                ("processed_rows", models.PositiveIntegerField(default=0)),
                ("created_count", models.PositiveIntegerField(default=0)),
                ("merged_count", models.PositiveIntegerField(default=0)),
                ("rejected_count", models.PositiveIntegerField(default=0)),
                ("errors", models.JSONField(blank=True, default=list)),
                ("report", models.FileField(blank=True, upload_to="imports/reports/%Y/%m/")),
                ("message", models.TextField(blank=True)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("started_at", models.DateTimeField(blank=True, null=True)),
                ("finished_at", models.DateTimeField(blank=True, null=True)),
                (
                    "uploaded_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                ("date_format", models.CharField(blank=True, max_length=50)),
                ("duplicates", models.JSONField(blank=True, default=list)),
                ("merges", models.JSONField(blank=True, default=list)),
                ("noted_count", models.PositiveIntegerField(default=0)),
                ("notes", models.JSONField(blank=True, default=list)),
                ("preset", models.CharField(blank=True, max_length=30)),
                ("stage_map", models.JSONField(blank=True, default=dict)),
            ],
            options={
                "ordering": ["-created_at"],
            },
        ),
        migrations.CreateModel(
            name="Reason",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("code", models.SlugField(unique=True)),
                ("label", models.CharField(max_length=100)),
                (
                    "category",
                    models.CharField(
                        choices=[
                            ("not_qualified", "Not qualified"),
                            ("not_reachable", "Not reachable"),
                            ("duplicate", "Duplicate"),
                            ("spam", "Spam"),
                            ("timing", "Timing"),
                            ("competitor", "Competitor"),
                            ("qualified", "Qualified"),
                            ("won", "Won"),
                            ("lost", "Lost"),
                        ],
                        max_length=20,
                    ),
                ),
                (
                    "applies_to",
                    models.CharField(
                        choices=[
                            ("promote", "Promote to MQL"),
                            ("qualify", "Qualify"),
                            ("accept", "Accept"),
                            ("reject", "Reject"),
                            ("recycle", "Recycle to nurture"),
                            ("disqualify", "Disqualify"),
                            ("close", "Close"),
                        ],
                        help_text="The action this reason serves.",
                        max_length=20,
                    ),
                ),
                (
                    "sends_to",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("new", "Lead"),
                            ("mql", "Marketing Qualified Lead"),
                            ("tql", "Teleprospecting Qualified Lead"),
                            ("sal", "Sales Accepted Lead"),
                            ("sql", "Sales Qualified Lead"),
                            ("won", "Customer"),
                            ("lost", "Lost"),
                            ("nurture", "Recycled"),
                            ("disqualified", "Disqualified"),
                        ],
                        help_text="For reject, recycle and disqualify: the stage the lead moves to.",
                        max_length=20,
                    ),
                ),
                ("active", models.BooleanField(default=True)),
                ("position", models.PositiveSmallIntegerField(default=0)),
                (
                    "cooldown_days",
                    models.PositiveSmallIntegerField(
                        default=0,
                        help_text="For reasons that send a lead to nurture: days it waits before it returns to the marketer's queue (sooner if it shows new engagement). 0: at once.",
                    ),
                ),
            ],
            options={
                "ordering": ["applies_to", "position", "label"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(
                                ("applies_to", "reject"),
                                ("sends_to__in", ["nurture", "disqualified"]),
                            ),
                            models.Q(("applies_to", "recycle"), ("sends_to", "nurture")),
                            models.Q(("applies_to", "disqualify"), ("sends_to", "disqualified")),
                            models.Q(
                                models.Q(
                                    ("applies_to__in", ["reject", "recycle", "disqualify"]),
                                    _negated=True,
                                ),
                                ("sends_to", ""),
                            ),
                            _connector="OR",
                        ),
                        name="reason_sends_to_fits_action",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="Team",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, unique=True)),
                (
                    "manager",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="managed_teams",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "min_attempts_not_reachable",
                    models.PositiveSmallIntegerField(
                        default=0,
                        help_text="Call attempts a lead needs in its stage before it may be rejected as 'not reachable' (0: no minimum).",
                    ),
                ),
                (
                    "members",
                    models.ManyToManyField(
                        blank=True, related_name="teams", to=settings.AUTH_USER_MODEL
                    ),
                ),
            ],
            options={
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="Lead",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("email", models.EmailField(blank=True, max_length=254)),
                (
                    "phone",
                    models.CharField(
                        blank=True, help_text="E.164, e.g. +14155550123", max_length=32
                    ),
                ),
                ("external_id", models.CharField(blank=True, max_length=100)),
                ("first_name", models.CharField(blank=True, max_length=100)),
                ("last_name", models.CharField(blank=True, max_length=100)),
                ("company", models.CharField(blank=True, max_length=200)),
                ("job_title", models.CharField(blank=True, max_length=200)),
                ("industry", models.CharField(blank=True, max_length=100)),
                ("company_size", models.PositiveIntegerField(blank=True, null=True)),
                (
                    "country",
                    models.CharField(blank=True, help_text="ISO 3166-1 alpha-2", max_length=2),
                ),
                ("region", models.CharField(blank=True, max_length=100)),
                ("city", models.CharField(blank=True, max_length=100)),
                ("postal_code", models.CharField(blank=True, max_length=20)),
                ("campaign", models.CharField(blank=True, max_length=100)),
                ("do_not_email", models.BooleanField(default=False)),
                ("do_not_call", models.BooleanField(default=False)),
                ("attributes", models.JSONField(blank=True, default=dict)),
                (
                    "stage",
                    models.CharField(
                        choices=[
                            ("new", "Lead"),
                            ("mql", "Marketing Qualified Lead"),
                            ("tql", "Teleprospecting Qualified Lead"),
                            ("sal", "Sales Accepted Lead"),
                            ("sql", "Sales Qualified Lead"),
                            ("won", "Customer"),
                            ("lost", "Lost"),
                            ("nurture", "Recycled"),
                            ("disqualified", "Disqualified"),
                        ],
                        default="new",
                        max_length=20,
                    ),
                ),
                ("score", models.PositiveSmallIntegerField(default=0)),
                ("score_demographic", models.PositiveSmallIntegerField(default=0)),
                ("score_behavioral", models.PositiveSmallIntegerField(default=0)),
                ("score_engagement", models.PositiveSmallIntegerField(default=0)),
                ("score_explanation", models.JSONField(blank=True, default=list)),
                ("score_model_version", models.CharField(blank=True, max_length=50)),
                ("scored_at", models.DateTimeField(blank=True, null=True)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                ("stage_changed_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                (
                    "owner",
                    models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="owned_leads",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="leads",
                        to="leads.leadsource",
                    ),
                ),
                (
                    "product_line",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="leads",
                        to="leads.productline",
                    ),
                ),
                (
                    "team",
                    models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="leads",
                        to="leads.team",
                    ),
                ),
                ("scoring_pending_since", models.DateTimeField(blank=True, null=True)),
                ("recycle_after", models.DateTimeField(blank=True, null=True)),
                ("scored_threshold", models.PositiveSmallIntegerField(blank=True, null=True)),
                ("score_likelihood", models.FloatField(blank=True, null=True)),
                (
                    "account",
                    models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="leads",
                        to="leads.account",
                    ),
                ),
            ],
            options={
                "ordering": ["-created_at"],
                "base_manager_name": "all_objects",
            },
            managers=[
                ("objects", django.db.models.manager.Manager()),
                ("all_objects", django.db.models.manager.Manager()),
            ],
        ),
        migrations.AddField(
            model_name="account",
            name="team",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="accounts",
                to="leads.team",
            ),
        ),
        migrations.CreateModel(
            name="FollowUp",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("title", models.CharField(max_length=200)),
                ("due_at", models.DateTimeField()),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("done_at", models.DateTimeField(blank=True, null=True)),
                ("notified_at", models.DateTimeField(blank=True, null=True)),
                (
                    "assignee",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="followups",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "created_by",
                    models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "done_by",
                    models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "lead",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="followups",
                        to="leads.lead",
                    ),
                ),
            ],
            options={
                "ordering": ["due_at", "pk"],
                "indexes": [
                    models.Index(
                        condition=models.Q(("done_at__isnull", True)),
                        fields=["assignee", "due_at"],
                        name="followup_assignee_open",
                    ),
                    models.Index(
                        condition=models.Q(("done_at__isnull", True)),
                        fields=["lead", "due_at"],
                        name="followup_lead_open",
                    ),
                    models.Index(
                        condition=models.Q(
                            ("done_at__isnull", True), ("notified_at__isnull", True)
                        ),
                        fields=["due_at"],
                        name="followup_to_notify",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="Activity",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("occurred_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("properties", models.JSONField(blank=True, default=dict)),
                ("idempotency_key", models.CharField(blank=True, max_length=200)),
                (
                    "via",
                    models.CharField(
                        choices=[
                            ("ui", "Web UI"),
                            ("api", "API"),
                            ("admin", "Admin"),
                            ("import", "Import"),
                            ("webform", "Web form"),
                            ("system", "System"),
                            ("command", "Command"),
                        ],
                        default="api",
                        max_length=20,
                    ),
                ),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "lead",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="activities",
                        to="leads.lead",
                    ),
                ),
                (
                    "type",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="leads.activitytype",
                    ),
                ),
                (
                    "moved_from",
                    models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="leads.lead",
                    ),
                ),
                (
                    "by",
                    models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                ("edited_at", models.DateTimeField(blank=True, null=True)),
                ("note", models.TextField(blank=True, db_default="", default="")),
                (
                    "outcome",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("connected", "Connected"),
                            ("no_answer", "No answer"),
                            ("voicemail", "Left a voicemail"),
                            ("busy", "Busy"),
                            ("wrong_number", "Wrong number"),
                        ],
                        db_default="",
                        default="",
                        max_length=20,
                    ),
                ),
            ],
            options={
                "ordering": ["-occurred_at", "-pk"],
                "indexes": [
                    models.Index(fields=["lead", "-occurred_at"], name="activity_lead_time"),
                    models.Index(
                        condition=models.Q(("moved_from__isnull", False)),
                        fields=["moved_from"],
                        name="activity_moved_from",
                    ),
                ],
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("idempotency_key", ""), _negated=True),
                        fields=("idempotency_key",),
                        name="activity_idempotency_key_unique",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="AccountMatchReview",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "why",
                    models.CharField(
                        choices=[
                            ("tie", "Several accounts match"),
                            ("fuzzy", "Similar company name"),
                        ],
                        max_length=10,
                    ),
                ),
                ("score", models.PositiveSmallIntegerField(default=100)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("resolved_at", models.DateTimeField(blank=True, null=True)),
                (
                    "chosen",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="leads.account",
                    ),
                ),
                (
                    "lead",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="account_reviews",
                        to="leads.lead",
                    ),
                ),
                (
                    "resolved_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                ("candidates", models.ManyToManyField(related_name="+", to="leads.account")),
            ],
            options={
                "ordering": ["-created_at", "-pk"],
                "indexes": [
                    models.Index(
                        condition=models.Q(("resolved_at__isnull", True)),
                        fields=["-created_at"],
                        name="accountreview_open",
                    )
                ],
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("resolved_at__isnull", True)),
                        fields=("lead",),
                        name="one_open_review",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="LeadChange",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("owner", "Owner changed"),
                            ("fields", "Fields changed"),
                            ("merge", "Merged"),
                            ("delete", "Deleted"),
                            ("restore", "Restored"),
                            ("import", "Imported"),
                            ("erase", "Personal data erased"),
                            ("create", "Created by hand"),
                        ],
                        max_length=20,
                    ),
                ),
                ("old_value", models.CharField(blank=True, max_length=200)),
                ("new_value", models.CharField(blank=True, max_length=200)),
                ("at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "via",
                    models.CharField(
                        choices=[
                            ("ui", "Web UI"),
                            ("api", "API"),
                            ("admin", "Admin"),
                            ("import", "Import"),
                            ("webform", "Web form"),
                            ("system", "System"),
                            ("command", "Command"),
                        ],
                        default="ui",
                        max_length=20,
                    ),
                ),
                ("note", models.TextField(blank=True)),
                (
                    "by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "lead",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="changes",
                        to="leads.lead",
                    ),
                ),
            ],
            options={
                "ordering": ["at", "pk"],
                "indexes": [models.Index(fields=["lead", "at"], name="leadchange_lead_at")],
            },
        ),
        migrations.CreateModel(
            name="LeadMerge",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("at", models.DateTimeField(default=django.utils.timezone.now)),
                ("filled", models.JSONField(blank=True, default=dict)),
                ("undone_at", models.DateTimeField(blank=True, null=True)),
                (
                    "by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "kept",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="merges_in",
                        to="leads.lead",
                    ),
                ),
                (
                    "merged_away",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="merges_out",
                        to="leads.lead",
                    ),
                ),
                (
                    "undone_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["-at", "-pk"],
                "indexes": [models.Index(fields=["-at"], name="leadmerge_at")],
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("undone_at__isnull", True)),
                        fields=("merged_away",),
                        name="leadmerge_one_open_per_lead",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="StageChange",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "from_stage",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("new", "Lead"),
                            ("mql", "Marketing Qualified Lead"),
                            ("tql", "Teleprospecting Qualified Lead"),
                            ("sal", "Sales Accepted Lead"),
                            ("sql", "Sales Qualified Lead"),
                            ("won", "Customer"),
                            ("lost", "Lost"),
                            ("nurture", "Recycled"),
                            ("disqualified", "Disqualified"),
                        ],
                        max_length=20,
                    ),
                ),
                (
                    "to_stage",
                    models.CharField(
                        choices=[
                            ("new", "Lead"),
                            ("mql", "Marketing Qualified Lead"),
                            ("tql", "Teleprospecting Qualified Lead"),
                            ("sal", "Sales Accepted Lead"),
                            ("sql", "Sales Qualified Lead"),
                            ("won", "Customer"),
                            ("lost", "Lost"),
                            ("nurture", "Recycled"),
                            ("disqualified", "Disqualified"),
                        ],
                        max_length=20,
                    ),
                ),
                (
                    "action",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("promote", "Promote to MQL"),
                            ("qualify", "Qualify"),
                            ("accept", "Accept"),
                            ("reject", "Reject"),
                            ("recycle", "Recycle to nurture"),
                            ("disqualify", "Disqualify"),
                            ("close", "Close"),
                        ],
                        max_length=20,
                    ),
                ),
                ("at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "via",
                    models.CharField(
                        choices=[
                            ("ui", "Web UI"),
                            ("api", "API"),
                            ("admin", "Admin"),
                            ("import", "Import"),
                            ("webform", "Web form"),
                            ("system", "System"),
                            ("command", "Command"),
                        ],
                        default="ui",
                        max_length=20,
                    ),
                ),
                ("details", models.JSONField(blank=True, default=dict)),
                ("note", models.TextField(blank=True)),
                ("score", models.PositiveSmallIntegerField(blank=True, null=True)),
                ("score_model_version", models.CharField(blank=True, max_length=50)),
                (
                    "by",
                    models.ForeignKey(
                        blank=True,
                        help_text="Empty when the system made the move.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "lead",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="stage_changes",
                        to="leads.lead",
                    ),
                ),
                (
                    "reason",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="leads.reason",
                    ),
                ),
                ("entered_at", models.DateTimeField(blank=True, null=True)),
            ],
            options={
                "ordering": ["at", "pk"],
                "indexes": [
                    models.Index(fields=["lead", "at"], name="stagechange_lead_at"),
                    models.Index(fields=["to_stage", "at"], name="stagechange_to_at"),
                ],
            },
        ),
        migrations.AddIndex(
            model_name="lead",
            index=models.Index(fields=["stage", "-score"], name="lead_stage_score"),
        ),
        migrations.AddIndex(
            model_name="lead",
            index=models.Index(fields=["owner", "stage", "-created_at"], name="lead_owner_stage"),
        ),
        migrations.AddIndex(
            model_name="lead",
            index=models.Index(fields=["team", "owner"], name="lead_team_owner"),
        ),
        migrations.AddIndex(
            model_name="lead",
            index=models.Index(fields=["-created_at"], name="lead_created"),
        ),
        migrations.AddIndex(
            model_name="lead",
            index=models.Index(
                models.OrderBy(models.F("score"), descending=True),
                models.OrderBy(models.F("created_at"), descending=True),
                models.OrderBy(models.F("id"), descending=True),
                condition=models.Q(("deleted_at__isnull", True)),
                name="lead_score_created",
            ),
        ),
        migrations.AddIndex(
            model_name="lead",
            index=models.Index(
                models.OrderBy(models.F("score"), descending=True),
                models.OrderBy(models.F("id"), descending=True),
                condition=models.Q(
                    ("deleted_at__isnull", True), ("stage__in", ["new", "nurture", "mql", "tql"])
                ),
                name="lead_queue_score",
            ),
        ),
        migrations.AddIndex(
            model_name="lead",
            index=models.Index(
                models.F("owner"),
                models.OrderBy(models.F("created_at"), descending=True),
                models.OrderBy(models.F("id"), descending=True),
                condition=models.Q(
                    ("deleted_at__isnull", True), ("stage__in", ["mql", "tql", "sal", "sql"])
                ),
                name="lead_owner_open",
            ),
        ),
        migrations.AddIndex(
            model_name="lead",
            index=models.Index(
                condition=models.Q(("scoring_pending_since__isnull", False)),
                fields=["id"],
                name="lead_scoring_pending",
            ),
        ),
        migrations.AddIndex(
            model_name="lead",
            index=models.Index(
                condition=models.Q(("account__isnull", False)),
                fields=["account"],
                name="lead_account",
            ),
        ),
        migrations.AddIndex(
            model_name="lead",
            index=models.Index(
                condition=models.Q(("phone", ""), _negated=True),
                fields=["phone"],
                name="lead_phone",
            ),
        ),
        migrations.AddIndex(
            model_name="lead",
            index=models.Index(
                django.db.models.functions.text.Lower("last_name"),
                django.db.models.functions.text.Lower("first_name"),
                django.db.models.functions.text.Substr(
                    django.db.models.functions.text.Lower("email"),
                    django.db.models.expressions.CombinedExpression(
                        django.db.models.functions.text.StrIndex("email", models.Value("@")),
                        "+",
                        models.Value(1),
                    ),
                ),
                condition=models.Q(
                    models.Q(("last_name", ""), _negated=True),
                    models.Q(("email", ""), _negated=True),
                    ("deleted_at__isnull", True),
                ),
                name="lead_dupe_name_domain",
            ),
        ),
        migrations.AddIndex(
            model_name="lead",
            index=models.Index(
                django.db.models.functions.text.Lower("last_name"),
                django.db.models.functions.text.Lower("first_name"),
                django.db.models.functions.text.Lower("company"),
                condition=models.Q(
                    models.Q(("last_name", ""), _negated=True),
                    models.Q(("company", ""), _negated=True),
                    ("deleted_at__isnull", True),
                ),
                name="lead_dupe_name_company",
            ),
        ),
        migrations.AddConstraint(
            model_name="lead",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Lower("email"),
                condition=models.Q(
                    models.Q(("email", ""), _negated=True), ("deleted_at__isnull", True)
                ),
                name="lead_email_unique_ci",
            ),
        ),
        migrations.AddConstraint(
            model_name="lead",
            constraint=models.UniqueConstraint(
                models.F("source"),
                models.F("external_id"),
                condition=models.Q(
                    models.Q(("external_id", ""), _negated=True), ("deleted_at__isnull", True)
                ),
                name="lead_source_external_id_unique",
            ),
        ),
        migrations.AddConstraint(
            model_name="lead",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("email", ""), _negated=True),
                    models.Q(("phone", ""), _negated=True),
                    models.Q(("external_id", ""), _negated=True),
                    _connector="OR",
                ),
                name="lead_has_identity",
            ),
        ),
        migrations.AddConstraint(
            model_name="lead",
            constraint=models.CheckConstraint(
                condition=models.Q(("score__lte", 100)), name="lead_score_range"
            ),
        ),
        migrations.AddConstraint(
            model_name="lead",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("score_demographic__lte", 100),
                    ("score_behavioral__lte", 100),
                    ("score_engagement__lte", 100),
                ),
                name="lead_subscores_range",
            ),
        ),
        migrations.AddConstraint(
            model_name="lead",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "stage__in",
                        [
                            "new",
                            "mql",
                            "tql",
                            "sal",
                            "sql",
                            "won",
                            "lost",
                            "nurture",
                            "disqualified",
                        ],
                    )
                ),
                name="lead_stage_valid",
            ),
        ),
        migrations.RunPython(_vendor_sql(SQL), _vendor_sql(SQL_REVERSE)),
        migrations.RunPython(add_roles_and_starter_data, migrations.RunPython.noop),
    ]
