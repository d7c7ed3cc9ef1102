"""Search as people type (PRODUCT.md `search`): full name in either order, any word of name or
company, e-mail or its domain, phone digits however typed; case and accents do not matter. Run on
SQLite and on PostgreSQL (the integration tier), which fold text with their own functions."""

import pytest
from django.db import connection

from leads.models import Lead, Stage, Team
from leads.search import fold, haystack, phone_digits, search_leads
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return {
        "chloe": LeadFactory(
            first_name="Chloé",
            last_name="Dubois",
            company="Société Générale",
            email="chloe.dubois@sg-bank.fr",
            phone="+33142685300",
        ),
        "garcia": LeadFactory(
            first_name="José", last_name="García", company="Acme Ibérica", email="jg@acme.es"
        ),
        "oster": LeadFactory(
            first_name="Søren", last_name="Østergaard", company="Nørd ApS", email="so@nord.dk"
        ),
        "other": LeadFactory(
            first_name="Ada",
            last_name="Lovelace",
            company="Analytical",
            email="ada@gmail.com",
            phone="+14155550123",
        ),
    }


def found(value: str) -> set[str]:
    names = {lead.pk: lead.last_name for lead in Lead.objects.all()}
    return {
        names[pk] for pk in search_leads(Lead.objects.all(), value).values_list("pk", flat=True)
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Chloé Dubois", {"Dubois"}),
        ("dubois chloe", {"Dubois"}),
        ("CHLOE", {"Dubois"}),
        ("generale", {"Dubois"}),
        ("garcia", {"García"}),
        ("GARCÍA josé", {"García"}),
        ("iberica", {"García"}),
        ("ostergaard", {"Østergaard"}),
        ("chloe.dubois@sg-bank.fr", {"Dubois"}),
        ("sg-bank.fr", {"Dubois"}),
        ("@acme.es", {"García"}),
        ("01 42 68 53 00", {"Dubois"}),
        ("+33 1 42 68 53 00", {"Dubois"}),
        ("0033-142-685-300", {"Dubois"}),
        ("(415) 555-0123", {"Lovelace"}),
        ("chloe lovelace", set()),
        ("100%", set()),
        ("   ", {"Dubois", "García", "Østergaard", "Lovelace"}),
    ],
)
def test_it_finds_people_as_they_are_typed(people, query, expected):
    assert found(query) == expected


def test_the_database_folds_text_as_python_does(people):
    """The SQL function (PostgreSQL: unaccent; SQLite: leads.search.haystack) and Python agree."""
    samples = ["Chloé", "GARCÍA", "Søren Østergaard", "Straße", "Æsir Œuvre", "Łódź", "Ñandú"]
    for text in samples:
        LeadFactory(first_name=text, last_name="", company="", email=f"{fold(text)}x@example.org")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT first_name, last_name, company, email, "
            "leadcrm_haystack(first_name, last_name, company, email) FROM leads_lead"
        )
        for first, last, company, email, folded in cursor.fetchall():
            assert folded == haystack(first, last, company, email)


def test_phone_digits_drop_trunk_and_international_prefixes():
    assert phone_digits("01 42 68 53 00") == "142685300"
    assert phone_digits("0033 1 42 68 53 00") == "33142685300"
    assert phone_digits("+1 (415) 555-0123") == "14155550123"


def test_the_lead_list_and_the_api_search_only_what_the_user_may_see(client, api, rep, rep2):
    team = Team.objects.get(name="Inside Sales")
    mine = LeadFactory(first_name="María", last_name="García", owner=rep, team=team)
    LeadFactory(
        first_name="María", last_name="García", owner=rep2, team=Team.objects.create(name="Field")
    )
    client.force_login(rep)
    html = client.get("/leads/", {"search": "maria garcia"}).content.decode()
    assert f'href="/leads/{mine.pk}/"' in html
    assert html.count("García") >= 1
    body = api(rep).get("/api/v1/leads/", {"search": "garcia maria"}).json()
    assert [lead["id"] for lead in body["results"]] == [mine.pk]


def test_a_search_in_the_inbox_stage_filter_still_applies(api, rep):
    team = Team.objects.get(name="Inside Sales")
    LeadFactory(last_name="García", stage=Stage.MQL, owner=rep, team=team)
    LeadFactory(last_name="Garcia", stage=Stage.WON, owner=rep, team=team)
    body = api(rep).get("/api/v1/leads/", {"search": "garcia", "stage": "won"}).json()
    assert [lead["last_name"] for lead in body["results"]] == ["Garcia"]


@pytest.mark.parametrize("typed", ["x" * 70_000, "1" * 70_000])
def test_a_search_past_200_characters_is_a_field_error_not_a_500(client, api, marketer, typed):
    # SQLite refused the LIKE pattern ("too complex", over 50,000 bytes) with a 500.
    LeadFactory()
    response = api(marketer).get("/api/v1/leads/", {"search": typed})
    assert response.status_code == 400
    assert response.json()["search"] == [
        "Ensure this value has at most 200 characters (it has 70000)."
    ]
    client.force_login(marketer)
    page = client.get("/leads/", {"search": typed})
    assert page.status_code == 400  # the page shows the error and lists nothing
    assert "Ensure this value has at most 200 characters" in page.content.decode()
    assert api(marketer).get("/api/v1/leads/", {"search": "x" * 200}).status_code == 200
