"""Property-based fuzzing of the REST API from its own OpenAPI schema (schemathesis), on
PostgreSQL: whatever a client sends, the answer is never a 5xx, and every answer the schema
documents has the documented shape and content type.

Bounded so CI stays fast: FUZZ_EXAMPLES examples per operation (default 30; `make fuzz` runs
more). Each 500 found here became a regression test in tests/leads/test_strict_input.py.
"""

import json
import os

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, settings
from rest_framework.throttling import SimpleRateThrottle
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
)

from leads.api_tokens import token_issue
from leads.models import Stage
from tests.factories import LeadFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "30"))
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


@pytest.fixture
def _keep_the_test_connection():
    # The WSGI handler closes the connection after each request, and with it the test's
    # transaction; Django's test client disconnects this the same way.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def _load_schema():
    """The schema /api/v1/schema/ serves, generated in-process (no database needed)."""
    raw = json.loads(json.dumps(SchemaGenerator().get_schema(request=None, public=True)))
    loaded = schemathesis.openapi.from_dict(raw)
    loaded.app = get_wsgi_application()
    return loaded


schema = _load_schema()


@pytest.fixture
def token(admin_user, monkeypatch, _keep_the_test_connection) -> str:
    # The fuzzer sends hundreds of requests a minute; the budget is not what is tested here.
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "user", "1000000/min")
    # Leads in each stage, with ids the fuzzer's small integers hit.
    for stage in (Stage.NEW, Stage.MQL, Stage.SAL, Stage.SQL):
        LeadFactory(stage=stage)
    return token_issue(user=admin_user)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_the_api_never_answers_5xx_and_keeps_to_its_schema(case, token):
    response = case.call(headers={"Authorization": f"Token {token}"})
    case.validate_response(response, checks=CHECKS)
