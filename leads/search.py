"""Finding a lead as people type (the `search` parameter): by full name in either order, any word
of its name or company, its e-mail or e-mail domain, or its phone digits however typed; case and
accents do not matter ("garcia" finds "García").

One definition for both databases: the SQL function `leadcrm_haystack(first, last, company,
email)` folds (lower case, accents off) the text a lead is found by. On PostgreSQL it is an
IMMUTABLE SQL function over `unaccent` (leads' first migration), with a pg_trgm GIN index on it and
one on the phone, so `LIKE '%word%'` reads the index; on SQLite the same name is a Python
function registered on each connection (`fold` below). tests/leads/test_search.py checks that the
two fold alike.
"""

from __future__ import annotations

import re
import unicodedata

from django.db.backends.signals import connection_created
from django.db.models import CharField, Func, Q, QuerySet
from django.dispatch import receiver

# Letters NFKD does not take apart, folded as PostgreSQL's unaccent rules fold them.
_LETTERS = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
_PHONE_TYPED = re.compile(r"^\+?[\d\s().\-/]+$")
MIN_PHONE_DIGITS = 4
MAX_WORDS = 6
MAX_SEARCH_LENGTH = 200


def fold(value: str | None) -> str:
    """Lower case without accents: "García" -> "garcia", "Øster" -> "oster"."""
    if not value:
        return ""
    text = unicodedata.normalize("NFKD", value.lower()).translate(_LETTERS)
    return "".join(c for c in text if not unicodedata.combining(c))


def haystack(first: str | None, last: str | None, company: str | None, email: str | None) -> str:
    """What a lead is found by, as the SQL function computes it (SQLite's implementation)."""
    return fold(" ".join(part or "" for part in (first, last, company, email)))


class Haystack(Func):
    function = "leadcrm_haystack"
    output_field = CharField()

    def __init__(self) -> None:
        super().__init__("first_name", "last_name", "company", "email")


@receiver(connection_created)
def _register_sqlite_functions(sender, connection, **kwargs) -> None:
    if connection.vendor == "sqlite":
        connection.connection.create_function("leadcrm_haystack", 4, haystack, deterministic=True)


def phone_digits(value: str) -> str:
    """The digits of a typed phone number that every stored form (E.164) contains: without the
    leading zeros of a trunk ("01 42…") or an international ("0033 1 42…") prefix."""
    return re.sub(r"\D", "", value).lstrip("0")


def search_leads(queryset: QuerySet, value: str) -> QuerySet:
    """`queryset` narrowed to the leads `value` finds. Every word must match (so a full name
    matches in either order); a value that looks like a phone number matches phone digits."""
    value = (value or "").strip()
    if not value:
        return queryset
    if _PHONE_TYPED.match(value):
        digits = phone_digits(value)
        if len(digits) >= MIN_PHONE_DIGITS:
            return queryset.filter(phone__contains=digits)
    words = fold(value).split()[:MAX_WORDS]
    if not words:
        return queryset
    queryset = queryset.alias(search_haystack=Haystack())
    match = Q()
    for word in words:
        # contains escapes LIKE's wildcards; the folded word meets the folded haystack.
        match &= Q(search_haystack__contains=word)
    return queryset.filter(match)
