"""The lead field registry (leads/fields.py) against the lists other modules still keep by hand:
until they read the registry, a field added in one place and forgotten in another fails here."""

import pytest

from leads import access, deletion, fields, intake
from leads.imports import reader
from leads.models import Lead
from leads.roles import Role
from scoring.kinds import attribute


def test_the_intake_fields_are_the_registrys_in_its_order():
    assert fields.intake_field_names() == intake.INTAKE_FIELDS


def test_the_trimmed_text_fields_are_intakes():
    assert set(intake.TEXT_FIELDS) == set(fields.trimmed_field_names())


@pytest.mark.parametrize("role", [Role.MARKETER, Role.SDR, Role.REP, Role.MANAGER, Role.ADMIN])
def test_who_may_edit_what_matches_the_edit_rules(role):
    # The team is a routing setting, not a lead field of the registry.
    assert access.EDITABLE_FIELDS[role] - {"team"} == fields.editable_by(role)


def test_a_gdpr_erase_blanks_the_registrys_erased_fields():
    # The score explanation is scoring's output, not a lead field.
    erased = {k: v for k, v in deletion.ERASED_FIELDS.items() if k != "score_explanation"}
    assert erased == fields.erased_values()


def test_scoring_rules_see_the_registrys_scoring_fields():
    assert set(attribute.LEAD_FIELDS) - {"email_domain"} == set(fields.scoring_field_names())


def test_every_registry_field_is_a_lead_column_and_imports_use_the_registry():
    columns = {f.name for f in Lead._meta.get_fields()}
    assert {f.name for f in fields.LEAD_FIELDS + fields.HISTORY_FIELDS} <= columns
    assert fields.import_field_names() == reader.IMPORT_FIELDS
    assert reader.field_for_header("Company Name") == "company"
    assert reader.field_for_header("No. of Employees") == "company_size"


def test_no_header_word_means_two_fields():
    words = [w for f in fields.BY_NAME.values() for w in f.synonyms]
    assert len(words) == len(set(words))
    assert not set(words) & set(fields.BY_NAME)  # a field's own name is not a synonym
