"""One registry of a lead's fields: what each is called, its type, the header words CSV files use
for it, who may edit it, and whether it is exported, erased on a GDPR erase, trimmed and seen by
scoring.

Every module that handles lead fields as a list reads it here, when it runs: intake (the API's
serializers, the intake and merge services, the web form), the CSV import and export, who may
edit what (leads.access), a GDPR erase (leads.deletion) and the fields scoring rules may test
(scoring.kinds.attribute). tests/leads/test_fields.py changes this registry and watches each of them
follow, so a field added here needs no second list anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from leads.roles import Role

_ALL = frozenset({Role.MARKETER, Role.SDR, Role.REP, Role.MANAGER, Role.ADMIN})
_MARKETING = frozenset({Role.MARKETER, Role.MANAGER, Role.ADMIN})
_KEEP = object()  # an erase leaves the field as it is
# The largest company size (employees) any door takes: the API, the forms and the CSV import.
# The column is a 32-bit integer; a bigger number typed into a form reached it as a 500.
MAX_COMPANY_SIZE = 10_000_000


@dataclass(frozen=True)
class LeadField:
    name: str
    label: str
    # text, email, phone, country, number, bool, code (a foreign key given by its code), object
    type: str = "text"
    # A code no row has yet creates one (sources); otherwise an unknown code is refused.
    created_on_use: bool = False
    # Header words (as reader.header_key makes them) that mean this field in any CSV.
    synonyms: tuple[str, ...] = ()
    editable_by: frozenset[str] = _ALL
    # The export's lookup for the field ("" for not exported).
    export: str = ""
    erased_to: Any = _KEEP
    trimmed: bool = False  # free text: stripped, held to the column's length
    scoring: bool = True  # rules may test it

    @property
    def erased(self) -> bool:
        return self.erased_to is not _KEEP


def _f(name: str, label: str, **options: Any) -> LeadField:
    options.setdefault("export", name)
    return LeadField(name, label, **options)


def _personal(name: str, label: str, *synonyms: str) -> LeadField:
    """Free text that helps identify the person: stripped, and emptied when the lead is erased."""
    return _f(name, label, synonyms=synonyms, erased_to="", trimmed=True)


# In the order intake, forms and the export list them.
LEAD_FIELDS: tuple[LeadField, ...] = (
    _f(
        "email",
        "E-mail",
        type="email",
        synonyms=("e_mail", "email_address", "e_mail_address", "work_email", "mail"),
        erased_to="",
    ),
    _f(
        "first_name",
        "First name",
        synonyms=("firstname", "first", "given_name"),
        erased_to="Erased",
        trimmed=True,
    ),
    _personal("last_name", "Last name", "lastname", "last", "surname", "family_name"),
    _f(
        "phone",
        "Phone",
        type="phone",
        synonyms=(
            "telephone",
            "phone_number",
            "telephone_number",
            "mobile",
            "mobile_phone",
            "mobile_phone_number",
            "business_phone",
            "work_phone",
        ),
        erased_to="",
    ),
    _personal(
        "company",
        "Company",
        *("company_name", "organization", "organisation", "organization_name", "account_name"),
    ),
    _personal("job_title", "Job title", "title", "position"),
    _f("industry", "Industry", trimmed=True),
    _f(
        "company_size",
        "Company size",
        type="number",
        synonyms=("number_of_employees", "no_of_employees", "employees", "headcount"),
    ),
    _f("country", "Country", type="country", synonyms=("country_region",)),
    _personal("region", "Region", "state", "state_region", "state_province", "province"),
    _personal("city", "City"),
    _personal(
        "postal_code", "Postal code", "zip", "zip_code", "zipcode", "postcode", "zip_postal_code"
    ),
    _f(
        "source",
        "Source",
        type="code",
        synonyms=("lead_source", "original_source", "source_origin", "channel"),
        created_on_use=True,
        editable_by=_MARKETING,
        export="source__name",
    ),
    _f(
        "product_line",
        "Product line",
        type="code",
        editable_by=_MARKETING,
        export="product_line__code",
    ),
    _f("campaign", "Campaign", editable_by=_MARKETING, trimmed=True),
    _f("external_id", "External id", editable_by=_MARKETING, trimmed=True),
    _f(
        "do_not_email",
        "Do not e-mail",
        type="bool",
        synonyms=("email_opt_out", "unsubscribed"),
    ),
    _f("do_not_call", "Do not call", type="bool"),
    _f(
        "attributes",
        "Attributes",
        type="object",
        editable_by=_MARKETING,
        export="",  # the export writes each attribute in a column of its own
        erased_to={},
        scoring=False,  # rules test attributes by name, not the object
    ),
)


def _history(name: str, label: str, type: str, *synonyms: str) -> LeadField:
    """A column of a lead's past that only an import fills: nobody edits it, rules do not
    test it."""
    return LeadField(
        name, label, type=type, synonyms=synonyms, editable_by=frozenset(), scoring=False
    )


# Columns an import may fill besides the intake fields: a lead's past in another system.
HISTORY_FIELDS: tuple[LeadField, ...] = (
    _history("stage", "Stage", "stage", "lifecycle_stage", "lead_stage", "lead_status"),
    _history(
        "created_at",
        "Created",
        "datetime",
        "create_date",
        "created_date",
        "created",
        "date_created",
        "created_time",
        "created_on",
        "date_added",
    ),
    _history("stage_changed_at", "Stage changed", "datetime"),
    _history("owner", "Owner", "user", "lead_owner", "contact_owner", "assigned_to"),
)

BY_NAME: dict[str, LeadField] = {f.name: f for f in (*LEAD_FIELDS, *HISTORY_FIELDS)}


def intake_field_names() -> tuple[str, ...]:
    """What intake (API, web form) and imports may set: every lead field but the attributes
    object, which travels on its own."""
    return tuple(f.name for f in LEAD_FIELDS if f.type != "object")


def import_field_names() -> tuple[str, ...]:
    return (*intake_field_names(), *(f.name for f in HISTORY_FIELDS))


def header_synonyms() -> dict[str, str]:
    """Header word -> field name, for every field that has some."""
    return {word: f.name for f in BY_NAME.values() for word in f.synonyms}


def editable_by(role: str) -> frozenset[str]:
    return frozenset(f.name for f in LEAD_FIELDS if role in f.editable_by)


def erased_values() -> dict[str, Any]:
    return {f.name: f.erased_to for f in LEAD_FIELDS if f.erased}


def trimmed_field_names() -> tuple[str, ...]:
    return tuple(f.name for f in LEAD_FIELDS if f.trimmed)


def scoring_field_names() -> tuple[str, ...]:
    return tuple(f.name for f in LEAD_FIELDS if f.scoring)


def scoring_fields_by_kind() -> dict[str, tuple[str, ...]]:
    """The fields scoring rules may test, as rules compare them: "number", "bool" or "text"
    (every other type, a code compared as its code)."""
    kinds: dict[str, list[str]] = {"text": [], "number": [], "bool": []}
    for f in LEAD_FIELDS:
        if f.scoring:
            kinds[f.type if f.type in ("number", "bool") else "text"].append(f.name)
    return {kind: tuple(names) for kind, names in kinds.items()}


def exported_fields() -> tuple[tuple[str, str], ...]:
    """(column, lookup) of the lead fields the CSV export writes, in registry order."""
    return tuple((f.name, f.export) for f in LEAD_FIELDS if f.export)
