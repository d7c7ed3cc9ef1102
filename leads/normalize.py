"""Turning what people type into the forms leads are stored in."""

from __future__ import annotations

import phonenumbers
import pycountry
from django.core.exceptions import ValidationError
from django.core.validators import validate_email as django_validate_email
from email_validator import EmailNotValidError, validate_email

# Names people write that pycountry's fuzzy-free lookup does not know.
_COUNTRY_ALIASES = {
    "uk": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "great britain": "GB",
    "usa": "US",
    "u.s.a.": "US",
    "u.s.": "US",
    "united states of america": "US",
    "america": "US",
    "russia": "RU",
    "south korea": "KR",
    "korea": "KR",
    "brasil": "BR",
    "deutschland": "DE",
    "espana": "ES",
    "españa": "ES",
    "holland": "NL",
    "the netherlands": "NL",
    "czech republic": "CZ",
    "vietnam": "VN",
    "iran": "IR",
    "taiwan": "TW",
}


def normalize_email(value: str) -> str:
    """One spelling per mailbox, so that matching finds it however it was typed: lower case,
    Unicode NFC, the domain in Unicode (`ZOË@xn--bcher-kva.de` is `zoë@bücher.de`).
    Internationalized addresses (RFC 6531: `zoë@…`, IDN domains) are valid; Django's own
    validator refuses a non-ASCII local part. ValidationError when not an address."""
    value = (value or "").strip()
    if not value:
        return ""
    try:
        address = validate_email(value, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as exc:
        raise ValidationError(f"Enter a valid e-mail address: {exc}", code="invalid") from exc
    # The domain also keeps Django's rules, as before (e.g. a top-level domain of 2+ letters).
    django_validate_email(f"x@{address.ascii_domain}")
    normalized = address.normalized.lower()
    if len(normalized) > 254:
        raise ValidationError("An e-mail address has at most 254 characters.", code="invalid")
    return normalized


def email_match_key(value: str) -> str:
    """normalize_email for lookups: what cannot be normalized is matched as typed, lowercased."""
    try:
        return normalize_email(value)
    except ValidationError:
        return (value or "").strip().lower()


def validate_email_address(value: str) -> None:
    """A validator for model and form fields (Lead.email)."""
    normalize_email(value)


def normalize_country(value: str) -> str:
    """A country name or code to its ISO 3166-1 alpha-2 code."""
    value = (value or "").strip()
    if not value:
        return ""
    key = value.lower()
    if key in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[key]
    country = None
    if len(value) in (2, 3):
        country = pycountry.countries.get(alpha_2=value.upper()) or pycountry.countries.get(
            alpha_3=value.upper()
        )
    if country is None:
        try:
            country = pycountry.countries.lookup(value)
        except LookupError:
            country = None
    if country is None:
        raise ValidationError(f"Unknown country {value!r}: use an ISO code or an English name.")
    return country.alpha_2


def normalize_phone(value: str, country: str = "") -> str:
    """A phone number to E.164, reading a local number in the lead's country."""
    value = (value or "").strip()
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, country or None)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(f"Not a phone number: {value!r}.") from exc
    reason = phonenumbers.is_possible_number_with_reason(number)
    # A local-only number ("555-0199" in the US) is dialable inside its area alone: its E.164
    # form ("+15550199") would be a number nobody has.
    if reason == phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
        raise ValidationError(f"Not a complete phone number: {value!r} (the area code is missing).")
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        raise ValidationError(f"Not a possible phone number: {value!r}.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_extension(value: str, country: str = "") -> str:
    """The extension written after a phone number ("ext. 89", "x12", "#4"), which E.164 has no
    room for; "" when there is none. Only a value with a letter or a sign is parsed again."""
    if not any(char.isalpha() or char in "#;," for char in value):
        return ""
    try:
        return phonenumbers.parse(value, country or None).extension or ""
    except phonenumbers.NumberParseException:
        return ""
