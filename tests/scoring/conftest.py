import pytest

from leads.models import ActivityType
from scoring.models import Rule, ScoringModel, ScoringVersion


def make_version(
    rules: list[dict],
    *,
    status="active",
    weights=(40, 35, 25),
    half_life=30,
    threshold=60,
    auto_promote=True,
    model=None,
    calibration: list[float] | None = None,
) -> ScoringVersion:
    """A version with these rules; replaces the default model's active version."""
    model = model or ScoringModel.objects.get(is_default=True)
    if status == "active":
        model.versions.filter(status="active").update(status="retired")
    version = ScoringVersion.objects.create(
        model=model,
        status=status,
        weight_demographic=weights[0],
        weight_behavioral=weights[1],
        weight_engagement=weights[2],
        half_life_days=half_life,
        threshold=threshold,
        auto_promote=auto_promote,
        fit_report={"calibration": calibration} if calibration else {},
    )
    types = dict(ActivityType.objects.values_list("code", "pk"))
    for position, rule in enumerate(rules):
        rule = dict(rule)
        activity = rule.pop("activity_type", "")
        Rule.objects.create(
            version=version, position=position, activity_type_id=types.get(activity), **rule
        )
    return version


@pytest.fixture
def version_with(db):
    return make_version


@pytest.fixture
def web(client):
    def as_user(user):
        client.force_login(user)
        return client

    return as_user
