"""The public web form /f/<intake_key>/ and the Sources page that shows its snippet."""

import socket
from unittest import mock

import pytest
from django.core.cache import cache
from django.test import Client

from leadcrm.cache import FailSoftRedisCache
from leads.models import Activity, Lead, LeadChange, Via
from leads.signals import activity_recorded
from tests.factories import LeadFactory, LeadSourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def source():
    return LeadSourceFactory(code="website", thank_you_url="https://shop.example.com/thanks")


@pytest.fixture
def browser() -> Client:
    """A visitor's browser on another site: no session, CSRF checks as in production, and the
    Origin header a browser sends with a cross-site post."""
    return Client(enforce_csrf_checks=True, headers={"origin": SITE})


SITE = "https://shop.example.com"


def url_of(source) -> str:
    return f"/f/{source.intake_key}/"


FORM = {
    "email": " Ada@Example.com ",
    "first_name": "Ada",
    "last_name": "Lovelace",
    "phone": "020 7946 0018",
    "country": "United Kingdom",
    "company_size": "250",
    "message": "Call me after 5",
    "interests": ["cars", "vans"],
    "website_url": "",
}


def test_a_plain_html_form_post_creates_the_lead_and_redirects_to_thank_you(browser, source):
    response = browser.post(url_of(source), FORM, HTTP_REFERER="https://shop.example.com/contact")

    assert response.status_code == 303
    assert response["Location"] == "https://shop.example.com/thanks"
    assert "sessionid" not in response.cookies and "csrftoken" not in response.cookies
    lead = Lead.objects.get()
    assert (lead.email, lead.phone, lead.country, lead.company_size) == (
        "ada@example.com",
        "+442079460018",
        "GB",
        250,
    )
    assert lead.source == source
    assert lead.attributes == {"message": "Call me after 5", "interests": "cars, vans"}
    activity = Activity.objects.get()
    assert activity.lead == lead and activity.type.code == "form_submit"
    assert activity.via == Via.WEBFORM
    assert activity.properties["page"] == "https://shop.example.com/contact"


def test_a_urlencoded_body_is_accepted(browser, source):
    response = browser.post(
        url_of(source),
        "email=u%40example.com&first_name=Zo%C3%AB",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 303
    assert Lead.objects.get().first_name == "Zoë"


def test_without_a_thank_you_url_it_shows_a_plain_thank_you_page(browser):
    source = LeadSourceFactory(code="fair", thank_you_url="")

    response = browser.post(url_of(source), {"email": "t@example.com"})

    assert response.status_code == 200
    assert "Thank you" in response.content.decode()


def test_the_same_person_twice_is_one_lead_filled_not_overwritten(browser, source):
    lead = LeadFactory(email="ada@example.com", first_name="Augusta", company="")

    response = browser.post(url_of(source), {**FORM, "company": "Engines Ltd"})

    assert response.status_code == 303
    lead.refresh_from_db()
    assert Lead.objects.count() == 1
    assert lead.first_name == "Augusta" and lead.company == "Engines Ltd"
    assert LeadChange.objects.get(lead=lead).via == Via.WEBFORM
    assert Activity.objects.filter(lead=lead, type__code="form_submit").count() == 1


def test_a_form_cannot_choose_its_source_or_overwrite(browser, source):
    lead = LeadFactory(email="o@example.com", first_name="Ada")

    browser.post(
        url_of(source),
        {"email": "o@example.com", "first_name": "Eve", "source": "evil", "overwrite": "true"},
    )

    lead.refresh_from_db()
    assert lead.first_name == "Ada"
    assert "source" not in lead.attributes and "overwrite" not in lead.attributes


def test_scoring_hears_about_the_submission(browser, source, django_capture_on_commit_callbacks):
    heard = []

    def listener(sender, lead_ids, **kwargs):
        heard.append(set(lead_ids))

    activity_recorded.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            browser.post(url_of(source), {"email": "s@example.com"})
    finally:
        activity_recorded.disconnect(listener)

    assert heard == [{Lead.objects.get().pk}]


def test_an_invalid_form_shows_what_to_fix_and_saves_nothing(browser, source):
    response = browser.post(url_of(source), {"email": "not-an-email", "company_size": "lots"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "email" in page and "company_size" in page
    assert not Lead.objects.exists() and not Activity.objects.exists()


def test_a_form_without_email_phone_or_external_id_is_refused(browser, source):
    response = browser.post(url_of(source), {"first_name": "Ada", "message": "hi"})

    assert response.status_code == 400
    assert not Lead.objects.exists()


def test_too_many_or_too_long_extra_fields_are_refused(browser, source):
    many = {f"field{i}": "x" for i in range(60)}

    assert browser.post(url_of(source), {"email": "a@example.com", **many}).status_code == 400
    long = {"email": "a@example.com", "message": "x" * 5000}
    assert browser.post(url_of(source), long).status_code == 400
    assert not Lead.objects.exists()


def test_a_multipart_form_is_accepted(browser, source):
    response = browser.post(url_of(source), {"email": "m@example.com", "note": "hi"})  # multipart

    assert response.status_code == 303
    assert Lead.objects.get().attributes == {"note": "hi"}


def test_json_gets_json_answers(browser, source):
    url = url_of(source)
    body = {"email": "j@example.com", "company_size": 12, "attributes": {"plan": "pro"}, "x": 1}

    first = browser.post(url, body, content_type="application/json")
    second = browser.post(url, body, content_type="application/json")
    bad = browser.post(url, {"email": "nope"}, content_type="application/json")

    # One answer for a new person and a known one: a public form tells no one who is a lead.
    assert first.status_code == 201 and first.json() == {"status": "received"}
    assert second.status_code == 201 and second.json() == {"status": "received"}
    assert first["Access-Control-Allow-Origin"] == "*"
    assert bad.status_code == 400 and "email" in bad.json()["errors"]
    assert Lead.objects.get().attributes == {"plan": "pro", "x": 1}


@pytest.mark.parametrize("body", ["[1, 2]", "{not json", '"text"'])
def test_json_that_is_not_an_object_is_a_400(browser, source, body):
    response = browser.post(url_of(source), body, content_type="application/json")

    assert response.status_code == 400
    assert not Lead.objects.exists()


def test_a_cross_site_script_may_ask_before_posting_json(browser, source):
    # The preflight a browser sends before a script's JSON post (answered by django-cors-headers:
    # 200 where the hand-written answer was a 204; browsers take any 2xx).
    response = browser.options(
        url_of(source),
        headers={
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
        },
    )

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Content-Type" in response["Access-Control-Allow-Headers"]
    assert "POST" in response["Access-Control-Allow-Methods"]
    assert response["Access-Control-Max-Age"] == "86400"
    assert "Access-Control-Allow-Credentials" not in response


def test_no_other_url_answers_another_site_with_cors_headers(browser, source):
    for url in ("/api/v1/leads/", "/accounts/login/", "/"):
        response = browser.get(url)
        assert "Access-Control-Allow-Origin" not in response, url
    preflight = browser.options("/api/v1/leads/", headers={"access-control-request-method": "POST"})
    assert "Access-Control-Allow-Origin" not in preflight


def test_a_filled_honeypot_looks_like_success_and_stores_nothing(browser, source):
    form = browser.post(url_of(source), {**FORM, "website_url": "http://spam.example"})
    as_json = browser.post(
        url_of(source),
        {"email": "bot@example.com", "website_url": "x"},
        content_type="application/json",
    )

    assert form.status_code == 303 and form["Location"] == source.thank_you_url
    assert as_json.status_code == 201
    assert not Lead.objects.exists() and not Activity.objects.exists()


def test_posts_over_the_limit_per_address_get_a_429(rate_window, browser, source, settings):
    settings.WEBFORM_RATE_LIMIT = 3
    url = url_of(source)

    codes = [
        browser.post(url, {"email": f"r{i}@example.com"}, REMOTE_ADDR="203.0.113.7").status_code
        for i in range(5)
    ]
    other_address = browser.post(url, {"email": "o@example.com"}, REMOTE_ADDR="203.0.113.8")
    other_source = browser.post(
        url_of(LeadSourceFactory(code="fair")),
        {"email": "f@example.com"},
        REMOTE_ADDR="203.0.113.7",
    )

    assert codes == [303, 303, 303, 429, 429]
    assert other_address.status_code == 303 and other_source.status_code == 200
    assert Lead.objects.count() == 5
    limited = browser.post(url, {"email": "z@example.com"}, REMOTE_ADDR="203.0.113.7")
    assert limited["Retry-After"] == "60"


def test_with_redis_down_posts_are_taken_rather_than_refused(browser, source, settings):
    # The cache answers a miss when Redis is away (leadcrm/cache.py): each count starts over at
    # one, so a visitor's post is stored rather than refused or a 500.
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    unreachable = FailSoftRedisCache(
        f"redis://127.0.0.1:{port}/0",
        {"OPTIONS": {"socket_timeout": 1, "socket_connect_timeout": 1, "retry_after": 60}},
    )
    settings.WEBFORM_RATE_LIMIT = 1
    with mock.patch("leads.throttling.cache", unreachable):
        codes = [
            browser.post(url_of(source), {"email": f"d{i}@example.com"}).status_code
            for i in range(3)
        ]
    assert codes == [303, 303, 303]
    assert Lead.objects.count() == 3


def test_behind_a_proxy_the_limit_keys_on_the_address_the_proxy_saw(
    rate_window, browser, source, settings
):
    settings.WEBFORM_RATE_LIMIT = 1
    settings.PROXY_COUNT = 1
    url = url_of(source)

    def post(forwarded: str, email: str) -> int:
        return browser.post(
            url, {"email": email}, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded
        ).status_code

    assert post("198.51.100.1", "a@example.com") == 303
    # A client cannot dodge the limit by writing its own X-Forwarded-For entries.
    assert post("1.2.3.4, 198.51.100.1", "b@example.com") == 429
    assert post("198.51.100.2", "c@example.com") == 303


def test_an_unknown_key_is_a_404_and_get_is_not_allowed(browser, source):
    assert browser.post("/f/no-such-key/", {"email": "a@example.com"}).status_code == 404
    assert browser.get(url_of(source)).status_code == 405
    assert not Lead.objects.exists()


# The Sources page


def test_marketers_and_admins_see_each_sources_form_address_and_snippet(client, users, source):
    for role in ("marketer", "admin"):
        client.force_login(users[role])

        page = client.get("/leads/sources/").content.decode()

        assert f"http://testserver/f/{source.intake_key}/" in page
        assert "&lt;form action=&quot;http://testserver/f/" in page  # shown as text to copy
        assert "website_url" in page and "position:absolute;left:-10000px" in page


@pytest.mark.parametrize("role", ["sdr", "rep", "manager", "outsider"])
def test_other_roles_may_not_see_or_rotate_sources(client, users, source, role):
    client.force_login(users[role])

    assert client.get("/leads/sources/").status_code == 403
    assert client.post(f"/leads/sources/{source.pk}/rotate-key/").status_code == 403
    key = source.intake_key
    source.refresh_from_db()
    assert source.intake_key == key


def test_anonymous_is_sent_to_login(client, source):
    for response in (
        client.get("/leads/sources/"),
        client.post(f"/leads/sources/{source.pk}/rotate-key/"),
    ):
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_rotating_the_key_cuts_off_the_old_form(client, marketer, browser, source):
    old_url = url_of(source)
    client.force_login(marketer)

    response = client.post(f"/leads/sources/{source.pk}/rotate-key/")

    assert response.status_code == 302
    source.refresh_from_db()
    assert browser.post(old_url, {"email": "a@example.com"}).status_code == 404
    assert browser.post(url_of(source), {"email": "a@example.com"}).status_code == 303


def test_rotating_needs_a_post_with_a_csrf_token(marketer, source):
    client = Client(enforce_csrf_checks=True)
    client.force_login(marketer)
    key = source.intake_key

    assert client.get(f"/leads/sources/{source.pk}/rotate-key/").status_code == 405
    assert client.post(f"/leads/sources/{source.pk}/rotate-key/").status_code == 403
    source.refresh_from_db()
    assert source.intake_key == key


def test_the_sources_page_queries_do_not_grow_with_sources(
    client, marketer, django_assert_max_num_queries
):
    client.force_login(marketer)
    LeadSourceFactory.create_batch(2)
    with django_assert_max_num_queries(8) as few:
        client.get("/leads/sources/")
    LeadSourceFactory.create_batch(30)
    with django_assert_max_num_queries(len(few)):
        assert client.get("/leads/sources/").status_code == 200


@pytest.mark.parametrize("as_json", [False, True])
def test_a_post_that_would_give_a_lead_another_leads_identity_is_a_409(browser, source, as_json):
    # The e-mail matches a lead with no source whose external id "1" another lead of this
    # source already holds: filling the source in would make two leads (website, "1").
    by_email = LeadFactory(email="ada@example.com", external_id="1", source=None)
    LeadFactory(email="", external_id="1", source=source)
    body = {"email": "ada@example.com", "first_name": "Ada"}
    if as_json:
        response = browser.post(url_of(source), body, content_type="application/json")
        assert response.json()["errors"]["non_field_errors"]
    else:
        response = browser.post(url_of(source), body)
        assert b"two different contacts" in response.content
    assert response.status_code == 409
    assert response["Access-Control-Allow-Origin"] == "*"
    by_email.refresh_from_db()
    assert by_email.source is None
    assert not LeadChange.objects.exists()


def test_an_email_and_an_external_id_of_two_leads_merge_into_the_email_one(browser, source):
    by_email = LeadFactory(email="ada@example.com", external_id="", source=None, company="")
    by_id = LeadFactory(email="", external_id="7", source=source)
    body = {"email": "ada@example.com", "external_id": "7", "company": "Analytical"}
    response = browser.post(url_of(source), body, content_type="application/json")
    # A public form answers a known person as a new one: it tells nobody who is stored.
    assert response.status_code == 201
    by_email.refresh_from_db()
    by_id.refresh_from_db()
    assert (by_email.company, by_email.external_id, by_id.external_id) == ("Analytical", "", "7")


ZOE = "Zoë Ångström"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        # A page with no UTF-8 declaration: the browser sends Windows-1252 and says nothing.
        (
            "email=zoe%40example.com&first_name=Zo%EB+%C5ngstr%F6m",
            "application/x-www-form-urlencoded",
        ),
        # The snippet's `_charset_` field, filled in by the browser.
        (
            "_charset_=iso-8859-1&email=zoe%40example.com&first_name=Zo%EB+%C5ngstr%F6m",
            "application/x-www-form-urlencoded",
        ),
        # A charset in the Content-Type.
        (
            "email=zoe%40example.com&first_name=Zo%EB+%C5ngstr%F6m",
            "application/x-www-form-urlencoded; charset=iso-8859-1",
        ),
        # UTF-8, as the snippet's accept-charset makes browsers send it.
        (
            "_charset_=UTF-8&email=zoe%40example.com&first_name=Zo%C3%AB+%C3%85ngstr%C3%B6m",
            "application/x-www-form-urlencoded",
        ),
    ],
    ids=["windows-1252-undeclared", "charset-field", "content-type-charset", "utf-8"],
)
def test_a_form_posted_in_another_encoding_keeps_its_accents(browser, source, body, content_type):
    response = browser.post(url_of(source), body, content_type=content_type)

    assert response.status_code == 303
    lead = Lead.objects.get()
    assert lead.first_name == ZOE
    assert "_charset_" not in lead.attributes


def test_a_json_body_in_a_declared_charset_is_decoded_with_it(browser, source):
    # The test client encodes a text body in the Content-Type's charset: Latin-1 bytes here.
    body = '{"email": "zoe@example.com", "first_name": "Zoë Ångström"}'

    response = browser.post(
        url_of(source), body, content_type="application/json; charset=iso-8859-1"
    )

    assert response.status_code == 201
    assert Lead.objects.get().first_name == ZOE


def test_the_snippet_declares_utf8_and_asks_the_browser_for_its_charset(client, marketer, source):
    client.force_login(marketer)

    page = client.get("/leads/sources/").content.decode()

    assert "method=&quot;post&quot; accept-charset=&quot;utf-8&quot;&gt;" in page
    assert "&lt;input type=&quot;hidden&quot; name=&quot;_charset_&quot;&gt;" in page
