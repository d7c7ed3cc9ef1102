"""What other CRMs write in their exports: each tool's header names, and its lifecycle/status
labels as LeadCRM stages. A preset is recognized from the header row alone; `--preset NAME` (or
the preview page) forces one.

Header names are those of the tools' own CSV exports (HubSpot contacts export, Salesforce lead
report and Data Loader API names, Pipedrive people export, Zoho CRM leads export, Mautic contacts
export). Any column a preset does not name still goes through the usual header words
(reader.HEADER_SYNONYMS), then into attributes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from leads.imports.reader import ATTRIBUTE, header_key


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    # Header as the tool writes it -> target (a lead field or ATTRIBUTE).
    columns: dict[str, str]
    # Sets of header keys, any of which identifies the tool.
    signatures: tuple[frozenset[str], ...]
    # The tool's lifecycle/status label (any case) -> LeadCRM stage code.
    stages: dict[str, str] = field(default_factory=dict)

    def column_target(self, header: str) -> str | None:
        return self._by_key.get(header_key(header))

    @cached_property
    def _by_key(self) -> dict[str, str]:
        return {header_key(h): target for h, target in self.columns.items()}

    @cached_property
    def stage_labels(self) -> dict[str, str]:
        """Label (lower case) -> stage code."""
        return {label.lower(): code for label, code in self.stages.items()}


def _signatures(*groups: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(header_key(h) for h in group) for group in groups)


HUBSPOT = Preset(
    name="hubspot",
    label="HubSpot contacts export",
    columns={
        "Record ID": "external_id",
        "Contact ID": "external_id",
        "First Name": "first_name",
        "Last Name": "last_name",
        "Email": "email",
        "Phone Number": "phone",
        "Mobile Phone Number": "phone",
        "Company Name": "company",
        "Job Title": "job_title",
        "Industry": "industry",
        "Number of Employees": "company_size",
        "Lifecycle Stage": "stage",
        "Lead Status": ATTRIBUTE,  # the sales status; the lifecycle stage is the stage
        "Create Date": "created_at",
        "Original Source": "source",
        "Country/Region": "country",
        "State/Region": "region",
        "City": "city",
        "Postal Code": "postal_code",
        "Contact owner": "owner",
        "Campaign of last booking in meetings tool": ATTRIBUTE,
    },
    signatures=_signatures(
        ("Record ID", "Lifecycle Stage"),
        ("Record ID", "Contact owner"),
        ("Contact ID", "Lifecycle Stage"),
    ),
    stages={
        # As shown in the app and written by "export", and as the API's internal values.
        "Subscriber": "new",
        "Lead": "new",
        "Other": "new",
        "Marketing Qualified Lead": "mql",
        "marketingqualifiedlead": "mql",
        "Sales Qualified Lead": "sql",
        "salesqualifiedlead": "sql",
        "Opportunity": "sql",
        "Customer": "won",
        "Evangelist": "won",
    },
)

# The lead field labels Salesforce's report export writes, which Zoho CRM's leads export writes
# too (its lead layout took Salesforce's standard fields and their labels).
_SALESFORCE_LABELS = {
    "First Name": "first_name",
    "Last Name": "last_name",
    "Title": "job_title",
    "Company": "company",
    "Email": "email",
    "Phone": "phone",
    "Mobile": "phone",
    "Lead Source": "source",
    "Lead Status": "stage",
    "Industry": "industry",
    "No. of Employees": "company_size",
    "Country": "country",
    "City": "city",
    "Lead Owner": "owner",
    "Email Opt Out": "do_not_email",
}

_SALESFORCE_STAGES = {
    "Open - Not Contacted": "new",
    "Working - Contacted": "sal",
    "Closed - Converted": "sql",
    "Closed - Not Converted": "disqualified",
    # Other orgs' picklists, common enough to know.
    "Open": "new",
    "Contacted": "sal",
    "Qualified": "sql",
    "Unqualified": "disqualified",
    "Nurturing": "nurture",
}

SALESFORCE = Preset(
    name="salesforce",
    label="Salesforce leads report export",
    columns={
        **_SALESFORCE_LABELS,
        "Lead ID": "external_id",
        "Company / Account": "company",
        "State/Province": "region",
        "Zip/Postal Code": "postal_code",
        "Create Date": "created_at",
        "Created Date": "created_at",
        "Do Not Call": "do_not_call",
    },
    signatures=_signatures(("Lead ID", "Lead Status"), ("Lead ID", "Lead Owner")),
    stages=_SALESFORCE_STAGES,
)

SALESFORCE_API = Preset(
    name="salesforce-api",
    label="Salesforce Data Loader export (API names)",
    columns={
        "Id": "external_id",
        "FirstName": "first_name",
        "LastName": "last_name",
        "Title": "job_title",
        "Company": "company",
        "Email": "email",
        "Phone": "phone",
        "MobilePhone": "phone",
        "LeadSource": "source",
        "Status": "stage",
        "Industry": "industry",
        "NumberOfEmployees": "company_size",
        "Country": "country",
        "State": "region",
        "City": "city",
        "PostalCode": "postal_code",
        "CreatedDate": "created_at",
        "OwnerId": "owner",
        "HasOptedOutOfEmail": "do_not_email",
        "DoNotCall": "do_not_call",
    },
    signatures=_signatures(("Id", "LeadSource", "Status"), ("Id", "CreatedDate", "OwnerId")),
    stages=_SALESFORCE_STAGES,
)

PIPEDRIVE = Preset(
    name="pipedrive",
    label="Pipedrive people export",
    columns={
        "Person - ID": "external_id",
        "Person - First name": "first_name",
        "Person - Last name": "last_name",
        "Person - Name": ATTRIBUTE,
        "Person - Email - Work": "email",
        "Person - Email": "email",
        "Person - Phone - Work": "phone",
        "Person - Phone - Mobile": "phone",
        "Person - Phone": "phone",
        "Person - Organization": "company",
        "Person - Job title": "job_title",
        "Person - Owner": "owner",
        "Person - Label": ATTRIBUTE,  # hot/warm/cold: a temperature, not a stage
        "Person - Person created": "created_at",
        "Person - Source origin": "source",
        "Person - Lead source": "source",
        "Person - Country": "country",
        "ID": "external_id",
        "First name": "first_name",
        "Last name": "last_name",
        "Email - Work": "email",
        "Phone - Work": "phone",
        "Phone - Mobile": "phone",
        "Organization": "company",
        "Owner": "owner",
        "Label": ATTRIBUTE,
        "Person created": "created_at",
        "Source origin": "source",
    },
    signatures=_signatures(
        ("Person - Person created",),
        ("Person - Name", "Person - Owner"),
        ("Person created", "Owner"),
        ("Email - Work", "Owner"),
    ),
    stages={"Lead": "new", "Qualified": "sql", "Lost": "lost", "Won": "won"},
)

ZOHO = Preset(
    name="zoho",
    label="Zoho CRM leads export",
    columns={
        **_SALESFORCE_LABELS,
        "Record Id": "external_id",
        "Designation": "job_title",
        "Created Time": "created_at",
        "State": "region",
        "Zip Code": "postal_code",
    },
    signatures=_signatures(("Record Id", "Created Time"), ("Lead Owner", "Created Time")),
    stages={
        "Not Contacted": "new",
        "Pre-Qualified": "mql",
        "Attempted to Contact": "sal",
        "Contacted": "sal",
        "Contact in Future": "nurture",
        "Not Qualified": "disqualified",
        "Junk Lead": "disqualified",
        "Lost Lead": "lost",
    },
)

MAUTIC = Preset(
    name="mautic",
    label="Mautic contacts export",
    columns={
        "id": "external_id",
        "title": ATTRIBUTE,  # Mautic's title is the salutation (Mr, Ms), not the job title
        "firstname": "first_name",
        "lastname": "last_name",
        "position": "job_title",
        "company": "company",
        "email": "email",
        "phone": "phone",
        "mobile": ATTRIBUTE,
        "city": "city",
        "state": "region",
        "zipcode": "postal_code",
        "country": "country",
        "date_added": "created_at",
        "date_identified": ATTRIBUTE,
        "stage": "stage",
        "owner": "owner",
        "points": ATTRIBUTE,
    },
    signatures=_signatures(
        ("firstname", "lastname", "date_added"),
        ("date_identified",),
        ("firstname", "points"),
    ),
    stages={"Lead": "new", "MQL": "mql", "SQL": "sql", "Customer": "won"},
)

PRESETS: dict[str, Preset] = {
    p.name: p for p in (HUBSPOT, SALESFORCE, SALESFORCE_API, PIPEDRIVE, ZOHO, MAUTIC)
}
PRESET_CHOICES = [(p.name, p.label) for p in PRESETS.values()]


# Lines a Salesforce report export ends with, below its data (one cell each).
_FOOTER = re.compile(
    r"Confidential Information - Do Not Distribute|Copyright \(c\) \d{4}-\d{4} salesforce\.com.*"
)


def is_footer(cells: list[str]) -> bool:
    return len(cells) == 1 and bool(_FOOTER.fullmatch(cells[0].strip()))


def detect_preset(headers: list[str]) -> Preset | None:
    """The preset whose signature the header row holds; the one matching most columns wins
    (Zoho and Salesforce share "Lead Owner", HubSpot and Zoho a "Record ID")."""
    keys = {header_key(h) for h in headers}
    found = [p for p in PRESETS.values() if any(sig <= keys for sig in p.signatures)]
    if not found:
        return None
    return max(found, key=lambda p: sum(1 for key in keys if key in p._by_key))


def preset_named(name: str) -> Preset:
    try:
        return PRESETS[name.strip().lower()]
    except KeyError:
        raise LookupError(f"Unknown preset {name!r}; use one of {', '.join(PRESETS)}.") from None
