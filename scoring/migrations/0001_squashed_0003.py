"""The scoring app's schema and its starter model, squashed from 0001_initial..0003 for the
first release.

A database migrated with the old names is recognized as having applied this one. It imports no
application code: the starter model's rules are written out below as they were when this was
squashed. `replaces` can go once every install has migrated past this one.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models
from django.utils import timezone

STARTER_NOTE = "Starter model: B2B rules of thumb. Tune it, or fit one from your outcomes."
# (kind, name, field, operator, value, points, activity type code, cap, decays)
STARTER_RULES = [
    ("attribute", "Job title: chief / CEO", "job_title", "contains", "chief", 20, "", None, False),
    ("attribute", "Job title: CEO", "job_title", "contains", "ceo", 20, "", None, False),
    ("attribute", "Job title: director", "job_title", "contains", "director", 15, "", None, False),
    ("attribute", "Job title: VP", "job_title", "contains", "vp ", 15, "", None, False),
    ("attribute", "Job title: head of", "job_title", "contains", "head of", 12, "", None, False),
    ("attribute", "Job title: manager", "job_title", "contains", "manager", 6, "", None, False),
    ("attribute", "Job title: student", "job_title", "contains", "student", -30, "", None, False),
    ("attribute", "Company size 500+", "company_size", "gte", 500, 25, "", None, False),
    (
        "attribute",
        "Company size 100-499",
        "company_size",
        "between",
        [100, 499],
        15,
        "",
        None,
        False,
    ),
    ("attribute", "Company size 20-99", "company_size", "between", [20, 99], 8, "", None, False),
    (
        "attribute",
        "Core market",
        "country",
        "in",
        ["US", "GB", "DE", "FR", "NL", "ES", "BR"],
        10,
        "",
        None,
        False,
    ),
    (
        "attribute",
        "Target industry",
        "industry",
        "in",
        ["Software", "Finance", "Retail"],
        10,
        "",
        None,
        False,
    ),
    (
        "attribute",
        "Free e-mail address",
        "email_domain",
        "in",
        ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "gmx.de"],
        -10,
        "",
        None,
        False,
    ),
    ("attribute", "Has a phone number", "phone", "not_empty", None, 5, "", None, False),
    ("event", "Demo requested", "", "", None, 40, "demo_request", 40, True),
    ("event", "Quote requested", "", "", None, 35, "quote_request", 35, True),
    ("event", "Test drive requested", "", "", None, 30, "test_drive_request", 30, True),
    ("event", "Pricing page viewed", "", "", None, 10, "pricing_page_view", 30, True),
    ("event", "Webinar attended", "", "", None, 15, "webinar_attended", 30, True),
    ("event", "Webinar registration", "", "", None, 5, "webinar_registered", 10, True),
    ("event", "Content downloaded", "", "", None, 8, "content_download", 24, True),
    ("event", "Form submitted", "", "", None, 10, "form_submit", 20, True),
    ("event", "Chat started", "", "", None, 10, "chat_started", 20, True),
    ("event", "E-mail click", "", "", None, 3, "email_click", 15, True),
    ("event", "Unsubscribed", "", "", None, -30, "unsubscribe", 30, False),
    ("engagement", "5-19 page views", "page_views", "between", [5, 19], 20, "", None, False),
    ("engagement", "20+ page views", "page_views", "gte", 20, 35, "", None, False),
    ("engagement", "3+ visits", "visits", "gte", 3, 20, "", None, False),
    ("engagement", "10+ minutes on site", "time_on_site", "gte", 600, 15, "", None, False),
    (
        "engagement",
        "Active in the last week",
        "days_since_last_activity",
        "between",
        [0, 7],
        30,
        "",
        None,
        False,
    ),
    (
        "engagement",
        "Active in the last month",
        "days_since_last_activity",
        "between",
        [8, 30],
        15,
        "",
        None,
        False,
    ),
    (
        "engagement",
        "Silent for 90+ days",
        "days_since_last_activity",
        "gte",
        90,
        -20,
        "",
        None,
        False,
    ),
]


def add_starter_model(apps, schema_editor) -> None:
    ScoringModel = apps.get_model("scoring", "ScoringModel")
    ScoringVersion = apps.get_model("scoring", "ScoringVersion")
    Rule = apps.get_model("scoring", "Rule")
    ActivityType = apps.get_model("leads", "ActivityType")
    if ScoringModel.objects.exists():
        return
    model = ScoringModel.objects.create(name="Default", is_default=True)
    version = ScoringVersion.objects.create(
        model=model,
        number=1,
        status="active",
        threshold=60,
        weight_demographic=40,
        weight_behavioral=35,
        weight_engagement=25,
        half_life_days=30,
        auto_promote=True,
        activated_at=timezone.now(),
        note=STARTER_NOTE,
    )
    types = dict(ActivityType.objects.values_list("code", "pk"))
    Rule.objects.bulk_create(
        Rule(
            version=version,
            kind=kind,
            name=name,
            position=position,
            field=field,
            operator=operator,
            value=value,
            points=points,
            activity_type_id=types[activity] if activity else None,
            cap=cap,
            decays=decays,
        )
        for position, (kind, name, field, operator, value, points, activity, cap, decays) in (
            enumerate(STARTER_RULES)
        )
    )


class Migration(migrations.Migration):
    initial = True

    replaces = [
        ("scoring", "0001_initial"),
        ("scoring", "0002_starter_model"),
        ("scoring", "0003_scoring_drift_alert"),
    ]

    dependencies = [
        ("leads", "0001_squashed_0020"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ScoringModel",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, unique=True)),
                ("is_default", models.BooleanField(default=False)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "product_line",
                    models.OneToOneField(
                        blank=True,
                        help_text="Empty for the default model, which scores leads of every other line.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="scoring_model",
                        to="leads.productline",
                    ),
                ),
            ],
            options={
                "ordering": ["-is_default", "name"],
            },
        ),
        migrations.CreateModel(
            name="ScoringVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.PositiveIntegerField()),
                (
                    "status",
                    models.CharField(
                        choices=[("draft", "Draft"), ("active", "Active"), ("retired", "Retired")],
                        default="draft",
                        max_length=10,
                    ),
                ),
                (
                    "threshold",
                    models.PositiveSmallIntegerField(
                        default=60, help_text="Score at which a lead is an MQL (50-75 is usual)."
                    ),
                ),
                ("weight_demographic", models.PositiveSmallIntegerField(default=40)),
                ("weight_behavioral", models.PositiveSmallIntegerField(default=35)),
                ("weight_engagement", models.PositiveSmallIntegerField(default=25)),
                (
                    "half_life_days",
                    models.PositiveSmallIntegerField(
                        default=30, help_text="Decaying event points halve every this many days."
                    ),
                ),
                (
                    "auto_promote",
                    models.BooleanField(
                        default=True,
                        help_text="On: crossing the threshold promotes new and nurture leads to MQL. Off: they wait in the marketer's ready-for-review queue.",
                    ),
                ),
                (
                    "note",
                    models.TextField(
                        blank=True, help_text="What changed and why (shown on reports)."
                    ),
                ),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("activated_at", models.DateTimeField(blank=True, null=True)),
                ("fit_report", models.JSONField(blank=True, default=dict)),
                (
                    "activated_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "created_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "model",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="versions",
                        to="scoring.scoringmodel",
                    ),
                ),
            ],
            options={
                "ordering": ["model", "-number"],
            },
        ),
        migrations.CreateModel(
            name="Rule",
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
                            ("attribute", "Attribute (fit)"),
                            ("event", "Event (behaviour)"),
                            ("engagement", "Engagement"),
                        ],
                        max_length=20,
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="Shown in each lead's score explanation.", max_length=200
                    ),
                ),
                ("position", models.PositiveSmallIntegerField(default=0)),
                ("points", models.SmallIntegerField(help_text="Negative points are allowed.")),
                ("field", models.CharField(blank=True, max_length=100)),
                (
                    "operator",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("equals", "equals"),
                            ("in", "is one of"),
                            ("contains", "contains"),
                            ("gte", "≥"),
                            ("lte", "≤"),
                            ("between", "between (inclusive)"),
                            ("is_empty", "is empty"),
                            ("not_empty", "is not empty"),
                        ],
                        max_length=20,
                    ),
                ),
                ("value", models.JSONField(blank=True, null=True)),
                (
                    "property_filter",
                    models.JSONField(
                        blank=True,
                        default=dict,
                        help_text='Only events whose properties match, e.g. {"asset": "ebook"}.',
                    ),
                ),
                (
                    "cap",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        help_text="At most this many points (in absolute value) from this rule.",
                        null=True,
                    ),
                ),
                ("decays", models.BooleanField(default=False)),
                (
                    "activity_type",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="leads.activitytype",
                    ),
                ),
                (
                    "version",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="rules",
                        to="scoring.scoringversion",
                    ),
                ),
            ],
            options={
                "ordering": ["version", "kind", "position", "pk"],
            },
        ),
        migrations.CreateModel(
            name="RescoreRun",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("reason", models.CharField(default="activation", max_length=20)),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("queued", "Queued"),
                            ("running", "Running"),
                            ("done", "Done"),
                            ("failed", "Failed"),
                        ],
                        default="queued",
                        max_length=10,
                    ),
                ),
                ("total", models.PositiveIntegerField(default=0)),
                ("done", models.PositiveIntegerField(default=0)),
                ("promoted", models.PositiveIntegerField(default=0)),
                ("message", models.TextField(blank=True)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("finished_at", models.DateTimeField(blank=True, null=True)),
                (
                    "version",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="runs",
                        to="scoring.scoringversion",
                    ),
                ),
            ],
            options={
                "ordering": ["-created_at"],
            },
        ),
        migrations.CreateModel(
            name="DriftAlert",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "month",
                    models.DateField(help_text="The first day of the month of the outcomes."),
                ),
                ("auc", models.FloatField()),
                ("baseline_auc", models.FloatField()),
                ("leads", models.PositiveIntegerField()),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "version",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="alerts",
                        to="scoring.scoringversion",
                    ),
                ),
            ],
            options={
                "ordering": ["-month"],
            },
        ),
        migrations.AddConstraint(
            model_name="scoringmodel",
            constraint=models.UniqueConstraint(
                condition=models.Q(("is_default", True)),
                fields=("is_default",),
                name="one_default_model",
            ),
        ),
        migrations.AddConstraint(
            model_name="scoringmodel",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("is_default", True), ("product_line__isnull", True)),
                    models.Q(("is_default", False), ("product_line__isnull", False)),
                    _connector="OR",
                ),
                name="default_xor_product_line",
            ),
        ),
        migrations.AddConstraint(
            model_name="scoringversion",
            constraint=models.UniqueConstraint(
                fields=("model", "number"), name="version_number_unique"
            ),
        ),
        migrations.AddConstraint(
            model_name="scoringversion",
            constraint=models.UniqueConstraint(
                condition=models.Q(("status", "active")),
                fields=("model",),
                name="one_active_version",
            ),
        ),
        migrations.AddConstraint(
            model_name="scoringversion",
            constraint=models.CheckConstraint(
                condition=models.Q(("threshold__lte", 100)), name="threshold_range"
            ),
        ),
        migrations.AddConstraint(
            model_name="scoringversion",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("weight_demographic__gt", 0),
                    ("weight_behavioral__gt", 0),
                    ("weight_engagement__gt", 0),
                    _connector="OR",
                ),
                name="weights_positive",
            ),
        ),
        migrations.AddConstraint(
            model_name="scoringversion",
            constraint=models.CheckConstraint(
                condition=models.Q(("half_life_days__gt", 0)), name="half_life_positive"
            ),
        ),
        migrations.AddConstraint(
            model_name="rule",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("kind", "event"), _negated=True),
                    ("activity_type__isnull", False),
                    _connector="OR",
                ),
                name="event_rule_has_type",
            ),
        ),
        migrations.AddConstraint(
            model_name="driftalert",
            constraint=models.UniqueConstraint(
                fields=("version", "month"), name="one_alert_per_month"
            ),
        ),
        migrations.RunPython(add_starter_model, migrations.RunPython.noop),
    ]
