"""API tokens are stored hashed, shown once, looked up by digest (leads/api_tokens.py)."""

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from leads.api_tokens import token_digest, token_issue

pytestmark = pytest.mark.django_db


def _get(token: str) -> int:
    return APIClient().get("/api/v1/reasons/", HTTP_AUTHORIZATION=f"Token {token}").status_code


def test_the_database_holds_only_the_digest(marketer):
    token = token_issue(user=marketer)
    stored = Token.objects.get(user=marketer).key
    assert stored == token_digest(token) and token not in stored
    assert _get(token) == 200
    # The stored value is no credential: a leaked table does not open the API.
    assert _get(stored) == 401


def test_issuing_a_new_token_revokes_the_old_one(marketer):
    old = token_issue(user=marketer)
    new = token_issue(user=marketer)
    assert (_get(old), _get(new)) == (401, 200)


def test_the_admin_does_not_create_tokens_in_clear(client, admin_user):
    client.force_login(admin_user)
    assert client.get("/admin/authtoken/tokenproxy/add/").status_code == 404
