""" "New lead" with its duplicate warning, and editing a lead on its page."""

import pytest

from leads.models import LeadChange, Stage, Team
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def test_a_rep_creates_a_lead_that_is_theirs(client, rep):
    client.force_login(rep)
    assert client.get("/leads/new/").status_code == 200
    response = client.post(
        "/leads/new/",
        {
            "first_name": "Chloé",
            "last_name": "Dubois",
            "email": " Chloe@Dubois.FR ",
            "phone": "01 42 68 53 00",
            "country": "France",
            "company": "Dubois SA",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    lead = rep.owned_leads.get()
    assert (lead.email, lead.phone, lead.country) == ("chloe@dubois.fr", "+33142685300", "FR")
    assert lead.team == Team.objects.get(name="Inside Sales")
    assert lead.stage == Stage.NEW
    assert lead.changes.get().kind == LeadChange.Kind.CREATE


def test_a_marketers_lead_has_no_owner(client, marketer):
    client.force_login(marketer)
    client.post("/leads/new/", {"email": "ada@example.org"})
    assert marketer.owned_leads.count() == 0


def test_it_warns_of_a_likely_duplicate_and_saves_only_when_told(client, rep):
    team = Team.objects.get(name="Inside Sales")
    existing = LeadFactory(
        first_name="Chloé", last_name="Dubois", company="Dubois SA", owner=rep, team=team
    )
    client.force_login(rep)
    data = {
        "first_name": "chloe",
        "last_name": "DUBOIS",
        "company": "dubois sa",
        "phone": "+33142685300",
    }

    warned = client.post("/leads/new/", data)
    assert warned.status_code == 200
    html = warned.content.decode()
    assert 'id="duplicate-warning"' in html
    assert f'href="/leads/{existing.pk}/"' in html
    assert 'id="save-anyway"' in html
    assert rep.owned_leads.count() == 1

    saved = client.post("/leads/new/", {**data, "save_anyway": "1"})
    assert saved.status_code == 302
    assert rep.owned_leads.count() == 2


def test_a_duplicate_the_user_may_not_see_is_not_shown(client, rep, rep2):
    hidden = LeadFactory(phone="+33142685300", owner=rep2, team=Team.objects.create(name="Field"))
    client.force_login(rep)
    response = client.post("/leads/new/", {"phone": "+33142685300", "first_name": "A"})
    assert response.status_code == 302
    assert f"/leads/{hidden.pk}/" not in response.content.decode()


def test_an_email_another_lead_holds_is_refused_without_naming_it(client, rep, rep2):
    hidden = LeadFactory(email="taken@example.org", owner=rep2, team=Team.objects.create(name="F"))
    client.force_login(rep)
    response = client.post("/leads/new/", {"email": "Taken@example.org"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "This e-mail belongs to another lead" in html
    assert hidden.display_name not in html


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"first_name": "No identity"}, "A lead needs an e-mail or a phone."),
        ({"email": "not-an-email"}, "Enter a valid e-mail address"),
        ({"phone": "12"}, "Not a phone number"),
        ({"phone": "555-0199", "country": "US"}, "the area code is missing"),
        ({"email": "a@example.org", "country": "Atlantis"}, "Unknown country"),
    ],
)
def test_bad_input_is_a_form_error_and_saves_nothing(client, rep, data, message):
    client.force_login(rep)
    response = client.post("/leads/new/", data)
    assert response.status_code == 400
    assert message in response.content.decode().replace("&#x27;", "'")
    assert rep.owned_leads.count() == 0


def test_the_owner_edits_contact_fields_and_each_change_is_in_the_history(client, rep):
    lead = LeadFactory(owner=rep, first_name="Chloe", city="Pariss", country="FR")
    client.force_login(rep)
    page = client.get(f"/leads/{lead.pk}/edit/").content.decode()
    assert 'name="first_name"' in page and 'name="source"' not in page
    fields = {
        "first_name": "Chloé",
        "last_name": lead.last_name,
        "email": lead.email,
        "company": lead.company,
        "city": "Paris",
        "country": "FR",
    }
    response = client.post(f"/leads/{lead.pk}/edit/", fields)
    assert response.status_code == 302
    lead.refresh_from_db()
    assert (lead.first_name, lead.city) == ("Chloé", "Paris")
    changes = {(c.note, c.old_value, c.new_value) for c in lead.changes.all()}
    assert changes == {("first_name", "Chloe", "Chloé"), ("city", "Pariss", "Paris")}
    html = client.get(f"/leads/{lead.pk}/").content.decode()
    assert "Pariss → Paris" in html


@pytest.mark.parametrize(
    ("who", "allowed"), [("rep2", False), ("marketer", True), ("manager", True), ("sdr", False)]
)
def test_who_may_edit_a_lead(client, users, rep, who, allowed):
    lead = LeadFactory(stage=Stage.MQL, owner=None, team=Team.objects.get(name="Inside Sales"))
    client.force_login(users[who])
    response = client.get(f"/leads/{lead.pk}/edit/")
    assert response.status_code == (200 if allowed else 403)
    detail = client.get(f"/leads/{lead.pk}/").content.decode()
    assert ('id="edit-lead"' in detail) is allowed


def test_an_edit_to_an_email_another_lead_has_is_an_error(client, marketer):
    LeadFactory(email="one@example.org")
    lead = LeadFactory(email="two@example.org")
    client.force_login(marketer)
    response = client.post(f"/leads/{lead.pk}/edit/", {"email": "one@example.org"})
    assert response.status_code == 400
    assert "Another lead has this e-mail" in response.content.decode()
    lead.refresh_from_db()
    assert lead.email == "two@example.org"


@pytest.mark.parametrize("size", ["9" * 40, "2147483648", "10000001"])
def test_a_company_size_past_the_apis_limit_is_a_form_error(client, rep, marketer, size):
    # The column is a 32-bit integer: an unchecked size was a 500 (OverflowError on SQLite,
    # "integer out of range" on PostgreSQL), on the new-lead form and on the edit form.
    client.force_login(rep)
    response = client.post("/leads/new/", {"email": "a@example.org", "company_size": size})
    assert response.status_code == 400
    assert "less than or equal to 10000000" in response.content.decode()
    assert rep.owned_leads.count() == 0
    lead = LeadFactory(company_size=12)
    client.force_login(marketer)
    response = client.post(f"/leads/{lead.pk}/edit/", {"email": lead.email, "company_size": size})
    assert response.status_code == 400
    lead.refresh_from_db()
    assert lead.company_size == 12
