"""The orchestrator's probes: /healthz and /readyz answer anyone, cheaply, and say what is down."""

import pytest
from django.db import OperationalError, connections
from django.test import Client

pytestmark = pytest.mark.django_db(databases="__all__")


def test_it_answers_healthz_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"


def test_it_answers_readyz_when_everything_answers(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["default"] == "ok"
    assert set(body["checks"]) >= set(connections.settings)


def test_it_needs_no_login_session_or_known_host(settings):
    """A probe comes from the orchestrator with the pod's address as host, over plain HTTP."""
    settings.ALLOWED_HOSTS = ["crm.example.com"]
    settings.SECURE_SSL_REDIRECT = True
    probe = Client(HTTP_HOST="10.0.3.17:8000")
    for path in ("/healthz", "/readyz", "/healthz/"):
        response = probe.get(path)
        assert response.status_code == 200, path
        assert "sessionid" not in response.cookies
        assert "csrftoken" not in response.cookies
    # Everything else still gets the host check and the HTTPS redirect.
    assert probe.get("/leads/").status_code == 400


def test_it_is_not_rate_limited(client):
    statuses = {client.get("/readyz").status_code for _ in range(100)}
    assert statuses == {200}


def test_it_says_503_and_names_the_database_when_it_is_down(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connections["default"], "cursor", refuse)
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["default"] == "unavailable: OperationalError"


def test_it_says_503_and_names_the_broker_when_it_is_down(client, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:9/0"  # the discard port: nothing listens
    settings.CELERY_TASK_ALWAYS_EAGER = False
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["checks"]["broker"].startswith("unavailable")
    assert body["checks"]["default"] == "ok"


@pytest.mark.worker
def test_it_checks_the_real_broker(client, settings):
    import os

    settings.CELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]
    settings.CELERY_TASK_ALWAYS_EAGER = False
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["broker"] == "ok"


def test_it_leaves_other_methods_to_the_app(client):
    assert client.post("/healthz").status_code == 404
