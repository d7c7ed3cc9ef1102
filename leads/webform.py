"""Web-form capture: a website's own HTML form posts leads to /f/<intake_key>/.

The form's fields named like lead fields fill the lead; every other field is kept in the lead's
attributes. Creating or merging goes through leads.intake, exactly as the API does, and each
submission is recorded as a `form_submit` activity so scoring hears about it.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Mapping

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from leads.activities import EventIn, EventsInvalid, activities_record
from leads.fields import intake_field_names
from leads.intake import lead_intake
from leads.models import Lead, LeadSource, Via

logger = logging.getLogger(__name__)

# Hidden from people by CSS, filled in by bots that fill every field.
HONEYPOT_FIELD = "website_url"


def form_lead_fields() -> frozenset[str]:
    """The intake fields of the registry (leads.fields) but the source: that is the intake
    key's, and a public form may never overwrite what the lead already has."""
    return frozenset(intake_field_names()) - {"source"}


# `_charset_` is filled in by the browser with the form's encoding (HTML: "_charset_" fields).
NOT_ATTRIBUTES = frozenset(
    {HONEYPOT_FIELD, "csrfmiddlewaretoken", "source", "overwrite", "_charset_"}
)
FORM_SUBMIT = "form_submit"


def form_fields_split(posted: Mapping[str, object]) -> tuple[dict[str, object], dict[str, object]]:
    """(lead fields, attributes) from what a form posted; blank values count as not given."""
    lead: dict[str, object] = {}
    attributes: dict[str, object] = {}
    lead_fields = form_lead_fields()
    for name, value in posted.items():
        if value == "" or name in NOT_ATTRIBUTES:
            continue
        if name in lead_fields:
            lead[name] = value
        elif name == "attributes" and isinstance(value, dict):
            attributes.update(value)
        else:
            attributes[name] = value
    return lead, attributes


def is_bot(fields: Mapping[str, object]) -> bool:
    return bool(fields.get(HONEYPOT_FIELD))


def webform_capture(*, source: LeadSource, data: dict, page: str = "") -> tuple[Lead, bool]:
    """Create or merge the lead from validated, normalized form data and record the submission.

    Returns (lead, merged). A merge only fills empty fields: whoever knows a lead's e-mail must
    not be able to rewrite it through a public form.
    """
    data = {**data, "source": source}
    with transaction.atomic():
        lead, merged = lead_intake(data=data, by=None, via=Via.WEBFORM, overwrite=False)
        event = EventIn(
            type=FORM_SUBMIT,
            lead=lead.pk,
            properties={"source": source.code, "page": page[:500], "merged": merged},
        )
        try:
            activities_record(
                events=[event], leads=Lead.objects.filter(pk=lead.pk), via=Via.WEBFORM
            )
        except EventsInvalid:
            # An admin switched the form_submit type off: the lead still counts, the event not.
            logger.info("form_submit is not an active activity type; lead %s kept", lead.pk)
    return lead, merged


def source_rotate_intake_key(*, source: LeadSource, by: AbstractBaseUser) -> LeadSource:
    """Give the source a new secret form key; forms embedded with the old one stop working."""
    source.intake_key = secrets.token_urlsafe()
    source.save(update_fields=["intake_key"])
    logger.info("%s rotated the web-form key of source %s", by.get_username(), source.code)
    return source
