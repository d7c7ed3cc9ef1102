"""Company names as matching compares them: "U.S. Bank, Inc." and "US Bank" are one name.

Kept apart from leads.account_matching (which reads accounts) so the Account model can compute
its normalized name on save without importing the matcher."""

from __future__ import annotations

import re
import unicodedata

from cleanco.clean import normalized, prepare_default_terms, strip_punct, strip_tail

# Legal forms cleanco leaves (or that are left once punctuation is gone), stripped from the end
# of a name of two words or more: "U.S. Bank, N.A." is "us bank".
_TRAILING_FORMS = frozenset(
    [
        "na",
        "co",
        "company",
        "inc",
        "corp",
        "corporation",
        "llc",
        "ltd",
        "limited",
        "plc",
        "gmbh",
        "ag",
        "sa",
        "spa",
        "srl",
        "sarl",
        "sas",
        "bv",
        "nv",
        "doo",
        "oy",
        "oyj",
        "ab",
        "abp",
        "as",
        "asa",
        "aps",
        "pao",
        "kk",
        "pty",
        "pte",
        "sro",
        "kg",
    ]
)
_WEB_SUFFIX = re.compile(r"\.(com|net|org|io|co|ai)$")  # "Salesforce.com" is "salesforce"
_DOTTED = re.compile(r"(?<=\w)\.(?=\w)")  # "U.S." -> "US", "d.o.o" -> "doo"
_NON_WORD = re.compile(r"[^\w]+")


# cleanco's legal terms by their last word, in cleanco's order. cleanco.basename tries all 321
# terms on every name (0.5 ms a name: most of the batch matcher's Python time on a million
# leads); a name's suffix can only be a term ending in the name's last word, so legal_basename
# tries those few, in the same order, and gives the same answer (tests/leads/test_company_names
# holds the two equal).
_TERMS_BY_LAST_WORD: dict[str, list[tuple[int, int, list[str]]]] = {}
for _index, (_size, _parts) in enumerate(prepare_default_terms()):
    _TERMS_BY_LAST_WORD.setdefault(_parts[-1], []).append((_index, _size, _parts))


def legal_basename(name: str) -> str:
    """cleanco.basename(name), faster: the name without its legal-form suffixes."""
    name = strip_tail(name)
    parts = name.split()
    normal = [strip_punct(p) for p in normalized(name).split()]
    after = 0  # cleanco tries each term once, in order: a later suffix only with a later term
    while normal:
        found = next(
            (
                (index, size)
                for index, size, term in _TERMS_BY_LAST_WORD.get(normal[-1], ())
                if index >= after and normal[-size:] == term
            ),
            None,
        )
        if found is None:
            break
        index, size = found
        after = index + 1
        del normal[-size:]
        del parts[-size:]
    return strip_tail(" ".join(parts))


def normalize_company_name(name: str) -> str:
    """ "U.S. Bank, Inc." -> "us bank"; "Müller GmbH" -> "muller"; "Krka d.o.o." -> "krka".
    Legal suffixes go first (cleanco needs their punctuation), then accents, case and
    punctuation; a name that is only a suffix keeps it."""
    name = (name or "").strip()
    if not name:
        return ""
    core = legal_basename(name) or name
    text = unicodedata.normalize("NFKD", core)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _WEB_SUFFIX.sub("", text.strip().rstrip(",. "))
    text = _DOTTED.sub("", text.replace("&", " and "))
    text = _NON_WORD.sub(" ", text).replace("_", " ")
    words = text.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _TRAILING_FORMS:
        words.pop()
    return " ".join(words)
