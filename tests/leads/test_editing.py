"""PATCH /api/v1/leads/{id}/ and the admin's lead form: who may change which field, validated
like intake, every change audited."""

import pytest
from django.urls import reverse

from leads.editing import EditError, lead_edit
from leads.models import Lead, LeadChange, ProductLine
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def lead(rep):
    return LeadFactory(
        stage="mql", team=rep.teams.get(), owner=None, city="Paris", country="FR", campaign="spring"
    )


def _patch(api, user, lead, body):
    return api(user).patch(reverse("api-lead", args=[lead.pk]), body, format="json")


@pytest.mark.parametrize("role", ["marketer", "sdr", "rep", "manager", "admin"])
def test_every_role_edits_contact_data_of_leads_it_sees(api, users, lead, role):
    response = _patch(api, users[role], lead, {"city": " Lyon ", "job_title": "CTO"})
    assert response.status_code == 200, response.content
    assert response.json()["city"] == "Lyon"
    lead.refresh_from_db()
    assert (lead.city, lead.job_title) == ("Lyon", "CTO")


def test_each_changed_field_is_recorded_with_old_and_new_value(api, rep, lead):
    _patch(api, rep, lead, {"city": "Lyon", "country": "FR"})
    rows = LeadChange.objects.filter(lead=lead, kind=LeadChange.Kind.FIELDS)
    assert [(r.note, r.old_value, r.new_value, r.by, r.via) for r in rows] == [
        ("city", "Paris", "Lyon", rep, "api")
    ]


@pytest.mark.parametrize("role", ["marketer", "manager", "admin"])
def test_marketing_fields_are_for_marketing_and_managers(api, users, lead, role):
    ProductLine.objects.create(code="crm", name="CRM")
    body = {
        "campaign": "autumn",
        "source": "partner",
        "product_line": "crm",
        "attributes": {"a": 1},
    }
    response = _patch(api, users[role], lead, body)
    assert response.status_code == 200, response.content
    lead.refresh_from_db()
    assert (lead.campaign, lead.source.code, lead.product_line.code) == ("autumn", "partner", "crm")


@pytest.mark.parametrize("role", ["sdr", "rep"])
@pytest.mark.parametrize("field", ["campaign", "source", "attributes", "external_id"])
def test_sales_may_not_change_marketing_fields(api, users, lead, role, field):
    value = {"attributes": {"a": 1}}.get(field, "x")
    response = _patch(api, users[role], lead, {field: value, "city": "Lyon"})
    assert response.status_code == 400
    assert field in response.json()
    lead.refresh_from_db()
    assert (lead.city, lead.campaign) == ("Paris", "spring")  # nothing half-saved


@pytest.mark.parametrize("role", ["marketer", "sdr", "rep", "manager", "admin"])
@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("score", 99),
        ("score_demographic", 99),
        ("score_explanation", []),
        ("stage", "won"),
        ("owner", "rep"),
        ("team", 1),
        ("history", []),
    ],
)
def test_nobody_writes_scores_stage_or_owner(api, users, lead, role, field, value):
    response = _patch(api, users[role], lead, {field: value})
    assert response.status_code == 400
    assert field in response.json()
    lead.refresh_from_db()
    assert (lead.score, lead.stage, lead.owner) == (0, "mql", None)


def test_values_are_validated_like_intake(api, marketer, lead):
    response = _patch(
        api, marketer, lead, {"email": "nope", "country": "Atlantis", "company_size": -1}
    )
    assert response.status_code == 400
    assert {"email", "company_size"} <= set(response.json())
    response = _patch(api, marketer, lead, {"phone": "01 42 68 53 00"})
    assert response.json()["phone"] == "+33142685300"  # normalized with the lead's country


def test_a_lead_keeps_an_identity(api, marketer):
    lead = LeadFactory(email="a@example.com", phone="", external_id="")
    response = _patch(api, marketer, lead, {"email": ""})
    assert response.status_code == 400
    assert Lead.objects.get(pk=lead.pk).email == "a@example.com"


def test_an_email_held_by_another_lead_is_a_conflict(api, marketer, lead):
    LeadFactory(email="taken@example.com")
    response = _patch(api, marketer, lead, {"email": "Taken@Example.com"})
    assert response.status_code == 409
    assert not LeadChange.objects.filter(lead=lead).exists()


def test_a_lead_not_visible_is_not_found(api, rep, rep2):
    theirs = LeadFactory(owner=rep2)
    assert _patch(api, rep, theirs, {"city": "Lyon"}).status_code == 404


def test_unchanged_values_write_no_audit_row(rep, lead):
    _, changed = lead_edit(lead=lead, by=rep, data={"city": "Paris"})
    assert changed == []
    assert not LeadChange.objects.filter(lead=lead).exists()


def test_the_service_refuses_fields_outside_the_role(outsider, rep, lead):
    with pytest.raises(EditError):
        lead_edit(lead=lead, by=outsider, data={"city": "Lyon"})
    with pytest.raises(EditError, match="team"):
        lead_edit(lead=lead, by=rep, data={"team": None})


def test_admin_form_edits_are_recorded(client, admin_user, lead):
    client.force_login(admin_user)
    url = reverse("admin:leads_lead_change", args=[lead.pk])
    form = client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k in form.fields}
    data.update({"city": "Lyon", "attributes": "{}", "source": lead.source_id})
    data.update({"team": lead.team_id, "stage_changes-TOTAL_FORMS": 0})
    data["stage_changes-INITIAL_FORMS"] = 0
    response = client.post(url, data)
    assert response.status_code == 302
    row = LeadChange.objects.get(lead=lead, kind=LeadChange.Kind.FIELDS, note="city")
    assert (row.old_value, row.new_value, row.via, row.by) == ("Paris", "Lyon", "admin", admin_user)


def test_marketers_admin_form_shows_team_read_only(client, marketer, lead):
    from django.contrib.auth.models import Permission

    marketer.user_permissions.add(
        *Permission.objects.filter(codename__in=["change_lead", "view_lead"])
    )
    client.force_login(marketer)
    page = client.get(reverse("admin:leads_lead_change", args=[lead.pk]))
    assert page.status_code == 200
    assert b'name="team"' not in page.content
    assert b'name="campaign"' in page.content
