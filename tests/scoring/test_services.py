"""The draft edits of scoring.services: only a draft's settings and rules change, under the
version's row lock; a frozen version refuses each edit with the same message and keeps all."""

import pytest
from django.core.exceptions import ValidationError

from scoring.models import Rule, ScoringModel, ScoringVersion
from scoring.services import VersionFrozen, rule_delete, rule_save, version_settings_update

pytestmark = pytest.mark.django_db

FROZEN = "is active: copy it to a new draft to change it."


@pytest.fixture
def active() -> ScoringVersion:
    version = ScoringModel.objects.get(is_default=True).active_version
    assert version is not None and version.rules.exists()
    return version


def _rule(version: ScoringVersion, name: str = "From the US") -> Rule:
    return Rule(
        version=version,
        kind="attribute",
        name=name,
        points=5,
        field="country",
        operator="equals",
        value="US",
    )


def test_it_edits_a_drafts_settings_and_rules(active):
    draft = active.copy_as_draft()

    saved = version_settings_update(version=draft, threshold=70, note="Higher bar.")
    rule = rule_save(rule=_rule(draft))

    draft.refresh_from_db()
    assert (saved.threshold, draft.threshold, draft.note) == (70, 70, "Higher bar.")
    assert draft.rules.filter(pk=rule.pk, name="From the US").exists()
    rule_delete(rule=rule)
    assert not draft.rules.filter(pk=rule.pk).exists()


def test_it_refuses_every_edit_of_a_frozen_version_and_keeps_it(active):
    rules_before = list(active.rules.values_list("pk", "name", "points"))
    kept = active.rules.first()

    with pytest.raises(VersionFrozen, match=FROZEN):
        version_settings_update(version=active, threshold=10)
    with pytest.raises(VersionFrozen, match=FROZEN):
        rule_save(rule=_rule(active, name="Sneaked in"))
    with pytest.raises(VersionFrozen, match=FROZEN):
        rule_delete(rule=kept)

    active.refresh_from_db()
    assert active.threshold == 60
    assert list(active.rules.values_list("pk", "name", "points")) == rules_before


def test_it_validates_a_rule_before_saving_it(active):
    draft = active.copy_as_draft()
    bad = _rule(draft)
    bad.operator = "gte"  # a number operator given a text value

    with pytest.raises(ValidationError, match="Give a number"):
        rule_save(rule=bad)
    assert not draft.rules.filter(name="From the US").exists()
