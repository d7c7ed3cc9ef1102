"""Property-based tests of the public web form: whatever a visitor's browser or script posts,
the answer is a success, a 400 naming what to fix, or a 409; never a 500 (hypothesis)."""

import json

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import LeadSourceFactory

pytestmark = pytest.mark.django_db

FIELD_NAMES = st.sampled_from(
    ["email", "first_name", "phone", "country", "company_size", "external_id", "attributes"]
) | st.text(min_size=1, max_size=30)
# Form posts are UTF-8 bytes: no surrogates. NUL and every other character may come.
FORM_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=60) | st.sampled_from(
    ["ada@example.com", "zoë@bücher.de", "020 7946 0018", "GB", "1e400", "-1", "\x00"]
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and infinities included: json.dumps writes them as NaN/Infinity
    | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
OK = {200, 201, 303, 400, 409}


@pytest.fixture
def url(settings) -> str:
    settings.WEBFORM_RATE_LIMIT = 1_000_000
    return f"/f/{LeadSourceFactory(code='website').intake_key}/"


@FUZZ
@given(fields=st.dictionaries(FIELD_NAMES, FORM_TEXT, max_size=6))
def test_a_form_post_is_never_a_500(url, fields):
    response = Client().post(url, fields)
    assert response.status_code in OK, (fields, response.content[:300])


@FUZZ
@given(body=st.dictionaries(FIELD_NAMES, JSON_VALUES, max_size=6) | JSON_VALUES)
def test_a_json_post_is_never_a_500(url, body):
    text = json.dumps(body)  # lone surrogates, NUL and NaN survive as JSON escapes/literals
    response = Client().post(url, text, content_type="application/json")
    assert response.status_code in OK, (text[:300], response.content[:300])
    if response.status_code == 400:
        assert response.json()["errors"]
