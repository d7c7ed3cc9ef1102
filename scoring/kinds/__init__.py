"""The rule kinds, one class each (scoring.kinds.base.RuleKind): how a rule of the kind is
checked, evaluated in Python (scoring.engine) and in SQL (scoring.bulk), and described.

Adding a kind: write its class beside these, list it in KINDS, and give
tests/scoring/test_kinds.py rules of it (the test fails for a kind it has no rules of). The
engine, the SQL compiler, validation, the forms, the admin and the rules table read KINDS.
"""

from __future__ import annotations

from scoring.kinds.attribute import AttributeKind
from scoring.kinds.base import RuleKind
from scoring.kinds.engagement import EngagementKind
from scoring.kinds.event import EventKind

# In the order of the sub-scores they feed (fit, behaviour, engagement): the form's choices.
KINDS: dict[str, RuleKind] = {k.name: k for k in (AttributeKind(), EventKind(), EngagementKind())}
CATEGORY_OF_KIND = {name: kind.category for name, kind in KINDS.items()}
KIND_CHOICES = [(name, kind.label) for name, kind in KINDS.items()]


def kind_of(name: str) -> RuleKind:
    """The kind named `name`; a rule of an unknown kind cannot be scored (a KeyError)."""
    return KINDS[name]
