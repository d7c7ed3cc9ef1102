"""POST /api/v1/leads/: normalisation, validation (400 with field messages, never a 500), merge."""

import pytest

from leads.api.leads import LeadIntakeSerializer
from leads.fields import intake_field_names, trimmed_field_names
from leads.models import Lead, LeadChange, LeadSource
from tests.factories import LeadFactory, ProductLineFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/leads/"


def post(client, body):
    return client.post(URL, body, format="json")


def test_it_creates_a_normalized_lead(api, marketer):
    response = post(
        api(marketer),
        {
            "email": "  Ada@Example.COM ",
            "first_name": " Ada ",
            "phone": "020 7946 0018",
            "country": "United Kingdom",
            "source": "Webinar",
            "company_size": "250",
        },
    )

    assert response.status_code == 201, response.json()
    assert response.json()["merged"] is False
    lead = Lead.objects.get()
    assert (lead.email, lead.first_name, lead.phone, lead.country) == (
        "ada@example.com",
        "Ada",
        "+442079460018",
        "GB",
    )
    assert lead.source.code == "webinar" and lead.company_size == 250


def test_the_api_takes_exactly_the_intake_fields():
    fields = set(LeadIntakeSerializer().fields)
    assert fields == {*intake_field_names(), "attributes", "overwrite"}
    assert set(trimmed_field_names()) <= fields


def test_text_fields_are_trimmed(api, marketer):
    text_fields = trimmed_field_names()
    body = {"email": "trim@example.com", **{name: f"  {name}  " for name in text_fields}}
    response = api(marketer).post("/api/v1/leads/", body, format="json")
    assert response.status_code == 201, response.data
    lead = Lead.objects.get(email="trim@example.com")
    assert {name: getattr(lead, name) for name in text_fields} == {n: n for n in text_fields}


def test_unicode_names_are_kept(api, marketer):
    body = {"email": "zoe@example.com", "first_name": "Zoë 李", "last_name": "Ñúñez-Øster 🚀"}

    response = post(api(marketer), body)

    assert response.status_code == 201, response.json()
    assert response.json()["first_name"] == "Zoë 李"
    assert Lead.objects.get().last_name == "Ñúñez-Øster 🚀"


@pytest.mark.parametrize(
    "email", ["not-an-email", "a@", "@b.com", "a b@c.com", "ada@@example.com", "x" * 300 + "@a.io"]
)
def test_bad_emails_are_a_400_naming_the_field(api, marketer, email):
    response = post(api(marketer), {"email": email})

    assert response.status_code == 400
    assert "email" in response.json()
    assert not Lead.objects.exists()


@pytest.mark.parametrize(
    "field",
    ["first_name", "last_name", "company", "job_title", "city", "campaign", "external_id", "phone"],
)
def test_100_kb_fields_are_a_400_naming_the_field(api, marketer, field):
    response = post(api(marketer), {"email": "big@example.com", field: "x" * 100_000})

    assert response.status_code == 400
    assert field in response.json()
    assert not Lead.objects.exists()


def test_100_kb_attribute_values_are_a_400(api, marketer):
    body = {"email": "big@example.com", "attributes": {"notes": "x" * 100_000}}

    response = post(api(marketer), body)

    assert response.status_code == 400
    assert "attributes" in response.json()


def test_too_many_attributes_are_a_400(api, marketer):
    body = {"email": "many@example.com", "attributes": {f"k{i}": i for i in range(500)}}

    response = post(api(marketer), body)

    assert response.status_code == 400
    assert "attributes" in response.json()


def test_typed_attributes_are_kept_typed(api, marketer):
    attributes = {"employees": 40, "budget": 1.5, "newsletter": True, "plan": "pro", "x": None}

    response = post(api(marketer), {"email": "typed@example.com", "attributes": attributes})

    assert response.status_code == 201, response.json()
    assert Lead.objects.get().attributes == attributes


def test_a_lead_without_email_phone_or_external_id_is_a_400(api, marketer):
    response = post(api(marketer), {"first_name": "Nobody", "company": "Acme"})

    assert response.status_code == 400
    assert "email, phone or external_id" in str(response.json())
    assert not Lead.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("company_size", "a lot"),
        ("company_size", 12.5),
        ("company_size", -3),
        ("company_size", 10**30),
        ("company_size", True),
        ("company_size", [12]),
        ("attributes", ["a", "b"]),
        ("attributes", "text"),
        ("attributes", {"nested": {"too": "deep"}}),
        ("first_name", ["Ada"]),
        ("first_name", {"x": 1}),
        ("do_not_email", "maybe"),
        ("country", "Narnia"),
        ("country", 44),
        ("phone", "not a phone"),
        ("phone", "12"),
        ("source", "Web site!"),
        ("source", ["web"]),
        ("product_line", "no-such-line"),
        ("product_line", {"code": "x"}),
        ("email", 12),
        ("overwrite", "perhaps"),
        ("first_name", "nul\x00byte"),
    ],
)
def test_wrong_types_and_values_are_a_400_naming_the_field(api, marketer, field, value):
    response = post(api(marketer), {"email": "types@example.com", field: value})

    assert response.status_code == 400, response.content
    assert field in response.json()
    assert not Lead.objects.exists()


def test_a_local_number_without_its_area_code_is_a_400(api, marketer):
    response = post(api(marketer), {"email": "r@example.com", "phone": "555-0199", "country": "US"})

    assert response.status_code == 400, response.content
    assert "area code" in str(response.json()["phone"])
    assert not Lead.objects.exists()


@pytest.mark.parametrize("body", [[], ["email"], "text", 12, None])
def test_a_body_that_is_not_an_object_is_a_400(api, marketer, body):
    response = post(api(marketer), body)

    assert response.status_code == 400
    assert not Lead.objects.exists()


def test_malformed_json_is_a_400(api, marketer):
    response = api(marketer).post(URL, "{not json", content_type="application/json")

    assert response.status_code == 400


def test_an_attribute_key_with_a_nul_byte_is_a_400(api, marketer):
    response = post(api(marketer), {"email": "nul@example.com", "attributes": {"a\x00": "b"}})

    assert response.status_code == 400
    assert "attributes" in response.json()


def test_an_unknown_field_is_a_400_pointing_to_attributes(api, marketer):
    response = post(api(marketer), {"email": "u@example.com", "stage": "won", "notes": "hi"})

    assert response.status_code == 400
    assert "stage" in response.json() and "notes" in response.json()
    assert not Lead.objects.exists()


def test_the_product_line_must_exist_and_a_new_source_is_created(api, marketer):
    ProductLineFactory(code="suv")

    response = post(
        api(marketer), {"email": "p@example.com", "product_line": "suv", "source": "tiktok"}
    )

    assert response.status_code == 201, response.json()
    assert response.json()["product_line"] == "suv"
    assert LeadSource.objects.filter(code="tiktok").exists()


def test_the_same_lead_posted_twice_is_one_lead(api, marketer):
    body = {"email": "twice@example.com", "first_name": "Ada", "source": "web"}

    first = post(api(marketer), body)
    second = post(api(marketer), {**body, "email": "TWICE@example.com "})

    assert first.status_code == 201 and first.json()["merged"] is False
    assert second.status_code == 200 and second.json()["merged"] is True
    assert second.json()["id"] == first.json()["id"]
    assert Lead.objects.count() == 1


@pytest.mark.parametrize(
    ("existing", "posted"),
    [
        ({"email": "m@example.com"}, {"email": "M@Example.com"}),
        ({"email": "", "phone": "+442079460018"}, {"phone": "020 7946 0018", "country": "GB"}),
        ({"email": "", "external_id": "crm-1"}, {"external_id": "crm-1", "source": "website"}),
    ],
)
def test_it_matches_on_email_phone_or_source_and_external_id(api, marketer, existing, posted):
    lead = LeadFactory(**existing)

    response = post(api(marketer), posted)

    assert response.status_code == 200, response.json()
    assert response.json()["merged"] is True and response.json()["id"] == lead.pk
    assert Lead.objects.count() == 1


def test_the_same_external_id_from_another_source_is_another_lead(api, marketer):
    LeadFactory(email="", external_id="crm-1")

    response = post(api(marketer), {"external_id": "crm-1", "source": "partner"})

    assert response.status_code == 201
    assert Lead.objects.count() == 2


def test_a_merge_fills_empty_fields_keeps_others_and_is_recorded(api, marketer):
    lead = LeadFactory(
        email="keep@example.com", first_name="Ada", company="", attributes={"plan": "pro"}
    )

    response = post(
        api(marketer),
        {
            "email": "keep@example.com",
            "first_name": "Augusta",
            "company": "Analytical Engines",
            "attributes": {"plan": "free", "seats": 3},
        },
    )

    assert response.status_code == 200
    lead.refresh_from_db()
    assert lead.first_name == "Ada"
    assert lead.company == "Analytical Engines"
    assert lead.attributes == {"plan": "pro", "seats": 3}
    change = LeadChange.objects.get(lead=lead)
    assert change.kind == LeadChange.Kind.MERGE
    assert change.by == marketer
    assert "company" in change.note and "first_name" not in change.note


def test_overwrite_replaces_non_empty_fields(api, marketer):
    lead = LeadFactory(email="o@example.com", first_name="Ada", attributes={"plan": "pro"})

    response = post(
        api(marketer),
        {
            "email": "o@example.com",
            "first_name": "Augusta",
            "last_name": "",
            "attributes": {"plan": "free"},
            "overwrite": True,
        },
    )

    assert response.status_code == 200
    lead.refresh_from_db()
    assert lead.first_name == "Augusta"
    assert lead.last_name != ""  # a blank value never erases
    assert lead.attributes == {"plan": "free"}


def test_overwrite_never_takes_another_leads_email(api, marketer):
    by_phone = LeadFactory(email="a@example.com", phone="+442079460018")
    LeadFactory(email="b@example.com")

    response = post(
        api(marketer),
        {"email": "b@example.com", "phone": "+442079460018", "overwrite": True},
    )

    assert response.status_code == 200, response.json()
    assert response.json()["email"] == "b@example.com"  # the e-mail match wins
    by_phone.refresh_from_db()
    assert by_phone.email == "a@example.com"
    assert Lead.objects.count() == 2


def test_the_merge_is_in_the_leads_history_on_the_page(client, marketer, api):
    lead = LeadFactory(email="h@example.com")
    post(api(marketer), {"email": "h@example.com", "company": "Acme"})
    client.force_login(marketer)

    page = client.get(lead.get_absolute_url())

    assert "Merged" in page.content.decode()


def test_anonymous_and_roleless_users_cannot_create(api, outsider):
    assert post(api(), {"email": "x@example.com"}).status_code in (401, 403)
    assert post(api(outsider), {"email": "x@example.com"}).status_code == 403
    assert not Lead.objects.exists()


def test_an_overwrite_that_would_clash_with_another_lead_is_a_409_and_saves_nothing(api, marketer):
    lead = LeadFactory(email="a@example.com", external_id="1")
    LeadFactory(email="", external_id="1", source__code="crm")

    response = post(api(marketer), {"email": "a@example.com", "source": "crm", "overwrite": True})

    assert response.status_code == 409
    lead.refresh_from_db()
    assert lead.source.code == "website"
    assert not LeadChange.objects.exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(
    ("identity", "stored"),
    [
        # E-mail: the unique index refuses the second create, which is retried as a merge.
        ({"email": "race@example.com"}, {"email": "race@example.com"}),
        # Phone alone (no unique index): intakes of one number take turns.
        ({"phone": "+44 20 7946 0999"}, {"phone": "+442079460999"}),
    ],
)
def test_eight_concurrent_posts_of_one_person_make_one_lead(api, marketer, identity, stored):
    import threading

    from django.db import connection

    start = threading.Barrier(8)
    codes: list[int] = []
    lock = threading.Lock()

    def create(n: int) -> None:
        try:
            client = api(marketer)
            start.wait(timeout=30)
            response = post(client, {**identity, "city": f"City {n}"})
            with lock:
                codes.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=create, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(codes) == [200] * 7 + [201]
    assert Lead.objects.filter(**stored).count() == 1
    assert LeadChange.objects.filter(kind=LeadChange.Kind.MERGE).count() == 7


def test_an_email_match_wins_over_many_leads_sharing_the_phone(api, marketer):
    LeadFactory.create_batch(25, phone="+442079460018")
    by_email = LeadFactory(email="ada@example.com", phone="")

    response = post(
        api(marketer),
        {"email": "ada@example.com", "phone": "+442079460018", "overwrite": True},
    )

    assert response.status_code == 200, response.json()
    assert response.json()["id"] == by_email.pk
