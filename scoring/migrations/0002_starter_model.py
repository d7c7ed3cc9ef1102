from django.db import migrations
from django.utils import timezone

from scoring.defaults import STARTER_RULES


def forwards(apps, schema_editor):
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
        activated_at=timezone.now(),
        note="Starter model: B2B rules of thumb. Tune it, or fit one from your outcomes.",
    )
    types = dict(ActivityType.objects.values_list("code", "pk"))
    for position, (kind, name, field, operator, value, points, activity, cap, decays) in enumerate(
        STARTER_RULES
    ):
        Rule.objects.create(
            version=version,
            kind=kind,
            name=name,
            position=position,
            field=field,
            operator=operator,
            value=value,
            points=points,
            activity_type_id=types.get(activity) if activity else None,
            cap=cap,
            decays=decays,
        )


class Migration(migrations.Migration):
    dependencies = [("scoring", "0001_initial"), ("leads", "0004_activity_types")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
