"""leads.company_names.legal_basename is cleanco.basename, faster: the two agree on every legal
term cleanco knows (alone, after a name, stacked two deep, in other cases and punctuation) and on
the names of the matching tests."""

from __future__ import annotations

import random

import pytest
from cleanco import basename
from cleanco.clean import get_unique_terms

from leads.company_names import legal_basename
from tests.leads.account_names import ACCOUNTS, CASES

TERMS = sorted(get_unique_terms())


def _names() -> list[str]:
    rng = random.Random(18)
    names = list(ACCOUNTS) + [typed for typed, _ in CASES]
    for term in TERMS:
        names += [term, f"Acme {term}", f"Acme, {term}.", f"ACME {term.upper()}", f"Acme {term} "]
        names.append(f"Müller & Söhne {term} {rng.choice(TERMS)}")  # two suffixes
        names.append(f"{rng.choice(TERMS)} Holding {term},")
    names += ["", " ", "-", "Acme -", "Acme .", "d.o.o.", "The Acme Co.", "Foo Bar Ltd. Inc"]
    return names


@pytest.mark.parametrize("chunk", range(4))
def test_it_agrees_with_cleanco(chunk):
    names = _names()[chunk::4]
    differ = [
        (n, legal_basename(n), basename(n)) for n in names if legal_basename(n) != basename(n)
    ]
    assert not differ, differ[:5]
    assert len(names) > 500
