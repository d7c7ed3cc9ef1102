"""Company names as matching compares them: "U.S. Bank, Inc." and "US Bank" are one name.

Kept apart from leads.account_matching (which reads accounts) so the Account model can compute
its normalized name on save without importing the matcher."""

from __future__ import annotations

import re
import unicodedata

from cleanco import basename

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


def normalize_company_name(name: str) -> str:
    """ "U.S. Bank, Inc." -> "us bank"; "Müller GmbH" -> "muller"; "Krka d.o.o." -> "krka".
    Legal suffixes go first (cleanco needs their punctuation), then accents, case and
    punctuation; a name that is only a suffix keeps it."""
    name = (name or "").strip()
    if not name:
        return ""
    core = basename(name) or name
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
