"""Domain errors in one place (leads.errors), and an unreachable database or broker: a JSON 503
with Retry-After for the API, a plain 503 for pages, never an HTML 500 (issue 13, item 5)."""

from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError, connection
from django.test import Client
from kombu.exceptions import OperationalError as BrokerError
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from leads.deletion import DeletionConflict, DeletionError, DeletionForbidden
from leads.errors import RETRY_AFTER, Conflict, DomainError, Forbidden
from leads.merging import MergeConflict, MergeError, MergeForbidden
from leads.services import MoveForbidden, MoveNotAllowed
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def _database_down(exc: type[Exception] = OperationalError):
    """Every new cursor fails as it does when PostgreSQL is stopped or unreachable."""
    return mock.patch.object(
        connection, "cursor", side_effect=exc("could not connect to server: Connection refused")
    )


def _assert_json_503(response) -> None:
    assert response.status_code == 503
    assert response["Content-Type"].startswith("application/json")
    assert response["Retry-After"] == str(RETRY_AFTER)
    assert "try again" in response.json()["detail"]


@pytest.mark.parametrize("exc", [OperationalError, InterfaceError])
@pytest.mark.parametrize(
    ("method", "url", "body"),
    [
        ("get", "/api/v1/leads/", None),
        ("post", "/api/v1/leads/", {"email": "ada@example.com"}),
        ("get", "/api/v1/reasons/", None),
        ("post", "/api/v1/events/", {"email": "ada@example.com", "type": "page_view"}),
    ],
)
def test_the_api_answers_a_json_503_when_the_database_is_down(marketer, method, url, body, exc):
    client = APIClient()
    client.force_authenticate(marketer)
    with _database_down(exc):
        response = getattr(client, method)(url, body, format="json")
    _assert_json_503(response)


def test_a_token_client_gets_the_503_too(marketer):
    # The token is looked up in the database: that fails first.
    key = Token.objects.get(user=marketer).key
    client = APIClient(raise_request_exception=False)
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    with _database_down():
        response = client.get("/api/v1/leads/")
    _assert_json_503(response)


def test_a_session_client_gets_the_503_even_when_a_middleware_hits_the_database(marketer):
    client = Client(raise_request_exception=False)
    client.force_login(marketer)
    with _database_down():
        api = client.get("/api/v1/leads/")
        page = client.get("/leads/")
    _assert_json_503(api)
    assert page.status_code == 503 and page["Retry-After"] == str(RETRY_AFTER)
    assert b"<html" not in page.content.lower()


def test_a_broker_a_request_needs_is_a_503_not_a_500(marketer):
    client = APIClient()
    client.force_authenticate(marketer)
    with mock.patch("leads.api.leads.lead_list", side_effect=BrokerError("connection refused")):
        response = client.get("/api/v1/leads/")
    _assert_json_503(response)


def test_any_other_error_is_still_a_500(marketer):
    client = APIClient(raise_request_exception=False)
    client.force_authenticate(marketer)
    with mock.patch("leads.api.leads.lead_list", side_effect=ZeroDivisionError):
        response = client.get("/api/v1/leads/")
    assert response.status_code == 500
    assert response.json() == {"detail": "Server error."}


def test_domain_errors_carry_their_status_message_and_field_errors():
    error = DomainError("Bad thing.", errors={"reason": ["Unknown."]})
    assert (error.status, error.body()) == (400, {"detail": "Bad thing.", "reason": ["Unknown."]})
    assert Forbidden("No.").status == 403 and Conflict("Taken.").status == 409
    assert DomainError("Gone.", status=410).status == 410
    moved = MoveNotAllowed("Not from sal.", current_stage="sal")
    assert (moved.status, moved.body()) == (409, {"detail": "Not from sal.", "stage": "sal"})
    assert isinstance(MoveForbidden("x"), Forbidden) and isinstance(MergeConflict("x"), Conflict)


def test_it_gives_each_refusal_family_the_status_of_its_kind():
    # The families' Forbidden and Conflict members take 403 and 409 from those bases, not
    # their family's DomainError default of 400.
    for family, forbidden, conflict in (
        (DeletionError, DeletionForbidden, DeletionConflict),
        (MergeError, MergeForbidden, MergeConflict),
    ):
        assert (family("x").status, forbidden("x").status, conflict("x").status) == (400, 403, 409)
        assert issubclass(forbidden, family) and issubclass(conflict, family)


def test_the_api_maps_a_domain_error_through_the_one_handler(api, sdr):
    lead = LeadFactory(stage="new", owner=sdr)

    response = api(sdr).post(f"/api/v1/leads/{lead.pk}/promote/", {}, format="json")

    assert response.status_code == 403
    assert response.json() == {"detail": "Your role may not promote leads.", "stage": "new"}


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_postgresql_really_unreachable_the_api_answers_503(marketer, settings):
    """The connection points at a closed port: connecting fails for real."""
    client = APIClient(raise_request_exception=False)
    client.force_authenticate(marketer)
    port = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = "1"  # nothing listens there
    try:
        response = client.get("/api/v1/leads/")
        page = client.get("/api/v1/reasons/")
    finally:
        connection.close()
        connection.settings_dict["PORT"] = port
    _assert_json_503(response)
    _assert_json_503(page)
