"""Account-owner routing becomes a routing rule of kind "account owner".

Until now it was a step before the rules, on unless ACCOUNT_OWNER_ROUTING was off, which a rule
could opt its leads out of (skip_account_owner). This installs the equivalent rule: one active
account-owner rule matching every lead, first in the order, with the response target the step
used (24 hours in the owner's team's business hours); inactive where the deployment had turned
the setting off. Rules that opted out go before it, in their order, so their leads keep going
by them. (One difference remains: a lead matched first by a rule that did not opt out and then
by one that did used to go to the owner; it now goes by the opted-out rule. Nobody is expected
to have built that in the day skip_account_owner existed.)

Frozen: no application code is imported; the values are copied here.
"""

import os

from django.db import migrations, models
from django.db.models import F, Q

# handoff.sla.DEFAULT_RESPONSE_HOURS when this was written: the step's response target.
RESPONSE_HOURS = 24
# django-environ's false words, as leadcrm.settings read ACCOUNT_OWNER_ROUTING.
FALSE_WORDS = {"false", "off", "no", "n", "f", "0", ""}


def _step_was_on() -> bool:
    value = os.environ.get("ACCOUNT_OWNER_ROUTING")
    return value is None or value.strip().lower() not in FALSE_WORDS


def install_account_owner_rule(apps, schema_editor):
    RoutingRule = apps.get_model("handoff", "RoutingRule")
    db = schema_editor.connection.alias
    rules = RoutingRule.objects.using(db)
    if rules.filter(kind="account_owner").exists():
        return
    skipping = list(
        rules.filter(skip_account_owner=True, is_default=False).order_by("position", "pk")
    )
    first = len(skipping)
    # Make room at the front: every other rule moves back by the places taken.
    rules.exclude(pk__in=[r.pk for r in skipping]).update(position=F("position") + first + 1)
    for place, rule in enumerate(skipping):
        rules.filter(pk=rule.pk).update(position=place)
    rules.create(
        kind="account_owner",
        name="Account owner",
        position=first,
        active=_step_was_on(),
        response_hours=RESPONSE_HOURS,
    )
    _check_constraints_now(schema_editor)


def _check_constraints_now(schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        # The rows written queued deferred foreign-key checks; run them now, or the ALTER
        # TABLE that follows refuses ("pending trigger events").
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def remove_account_owner_rules(apps, schema_editor):
    RoutingRule = apps.get_model("handoff", "RoutingRule")
    RoutingRule.objects.using(schema_editor.connection.alias).filter(kind="account_owner").delete()
    _check_constraints_now(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("handoff", "0014_rollupfix_linear_move_trigger"),
    ]

    operations = [
        migrations.AddField(
            model_name="routingrule",
            name="kind",
            field=models.CharField(
                choices=[("route", "Team or rep"), ("account_owner", "Account owner")],
                default="route",
                help_text="Team or rep: this rule's team or rep takes its leads. Account owner: "
                "the owner of the lead's account takes it (response target in the owner's "
                "team's business hours); with no owner, or an owner inactive or at capacity, "
                "the next rules decide.",
                max_length=20,
            ),
        ),
        migrations.RemoveConstraint(model_name="routingrule", name="rule_team_xor_rep"),
        migrations.AddConstraint(
            model_name="routingrule",
            constraint=models.CheckConstraint(
                condition=Q(kind="route", rep__isnull=True, team__isnull=False)
                | Q(kind="route", rep__isnull=False, team__isnull=True)
                | Q(kind="account_owner", is_default=False, rep__isnull=True, team__isnull=True),
                name="rule_sends_to_team_rep_or_owner",
            ),
        ),
        migrations.RunPython(install_account_owner_rule, remove_account_owner_rules),
        migrations.RemoveField(model_name="routingrule", name="skip_account_owner"),
    ]
