"""The lead field registry (leads/fields.py) is the one list of a lead's fields: each module that
handles them as a list reads it. Each test here changes the registry and watches a consumer
follow, so a field added to the registry needs no second list anywhere."""

import dataclasses

import pytest

from leads import access, fields
from leads.api.leads import LeadIntakeSerializer, LeadSerializer
from leads.deletion import lead_erase
from leads.imports import reader
from leads.intake import lead_intake
from leads.models import Lead
from leads.roles import Role
from leads.webform import form_fields_split
from scoring.kinds import attribute
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry(monkeypatch):
    """Edit the registry for one test: drop a field, or change one's options."""

    class Registry:
        def without(self, name: str) -> None:
            kept = tuple(f for f in fields.LEAD_FIELDS if f.name != name)
            assert len(kept) == len(fields.LEAD_FIELDS) - 1
            monkeypatch.setattr(fields, "LEAD_FIELDS", kept)

        def change(self, name: str, **options) -> None:
            changed = tuple(
                dataclasses.replace(f, **options) if f.name == name else f
                for f in fields.LEAD_FIELDS
            )
            monkeypatch.setattr(fields, "LEAD_FIELDS", changed)

    return Registry()


def test_it_lists_the_api_intake_fields_from_the_registry(registry):
    assert "industry" in LeadIntakeSerializer().fields
    registry.without("industry")
    assert "industry" not in LeadIntakeSerializer().fields
    assert list(LeadIntakeSerializer().fields) == [
        *(f.name for f in fields.LEAD_FIELDS),
        "overwrite",
    ]


def test_it_refuses_a_field_the_registry_no_longer_has(api, marketer, registry):
    body = {"email": "ind@example.com", "industry": "Retail"}
    registry.without("industry")
    response = api(marketer).post("/api/v1/leads/", body, format="json")
    assert response.status_code == 400
    assert "industry" in response.json()
    assert not Lead.objects.exists()


def test_the_api_answers_the_registrys_fields_in_its_order():
    names = [f.name for f in fields.LEAD_FIELDS]
    assert LeadSerializer.Meta.fields[1 : len(names) + 1] == names


def test_intake_sets_and_merges_only_the_registrys_fields(registry, marketer):
    lead, _ = lead_intake(data={"email": "a@example.com", "industry": "Retail"}, by=marketer)
    assert lead.industry == "Retail"
    registry.without("industry")
    new, merged = lead_intake(data={"email": "b@example.com", "industry": "Retail"}, by=marketer)
    assert not merged and new.industry == ""
    same, merged = lead_intake(data={"email": "b@example.com", "industry": "Retail"}, by=marketer)
    assert merged and Lead.objects.get(pk=same.pk).industry == ""


def test_a_web_form_field_is_a_lead_field_only_while_the_registry_has_it(registry):
    assert form_fields_split({"industry": "Retail"}) == ({"industry": "Retail"}, {})
    registry.without("industry")
    assert form_fields_split({"industry": "Retail"}) == ({}, {"industry": "Retail"})


def test_a_gdpr_erase_blanks_what_the_registry_marks_erased(registry, admin_user):
    kept = LeadFactory(campaign="spring", city="Leeds")
    lead_erase(lead=kept, by=admin_user)
    kept.refresh_from_db()
    assert (kept.campaign, kept.city, kept.first_name) == ("spring", "", "Erased")

    registry.change("campaign", erased_to="")
    registry.without("city")  # no longer a lead field: left as it is
    lead = LeadFactory(campaign="spring", city="Leeds")
    lead_erase(lead=lead, by=admin_user)
    lead.refresh_from_db()
    assert (lead.campaign, lead.city, lead.first_name) == ("", "Leeds", "Erased")
    assert lead.score_explanation == [] and lead.attributes == {}


def test_scoring_rules_see_the_registrys_scoring_fields(registry):
    text, numbers, bools = attribute.rule_fields()
    assert (text, numbers, bools) == (
        attribute.TEXT_FIELDS,
        attribute.NUMBER_FIELDS,
        attribute.BOOL_FIELDS,
    )
    assert set(attribute.LEAD_FIELDS) == {*fields.scoring_field_names(), "email_domain"}
    assert "industry" in text and numbers == ("company_size",)

    registry.change("industry", scoring=False)
    registry.change("company_size", scoring=False)
    text, numbers, bools = attribute.rule_fields()
    assert "industry" not in text and numbers == ()
    assert bools == ("do_not_email", "do_not_call") and "email_domain" in text


@pytest.mark.parametrize("role", [Role.MARKETER, Role.SDR, Role.REP, Role.MANAGER, Role.ADMIN])
def test_who_may_edit_what_is_the_registrys(role):
    # The team is a routing setting, not a lead field of the registry.
    assert access.EDITABLE_FIELDS[role] - {"team"} == fields.editable_by(role)


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
