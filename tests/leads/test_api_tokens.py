"""API tokens are stored hashed, shown once, looked up by digest (leads/api_tokens.py)."""

import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
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


def test_the_migration_hashes_existing_tokens_and_they_keep_working(marketer):
    migration = importlib.import_module("leads.migrations.0015_sec_input_hardening")
    Token.objects.filter(user=marketer).delete()
    plain = Token.objects.create(user=marketer, key="a" * 40)  # as stored before
    assert _get(plain.key) == 401
    apps = MigrationExecutor(connection).loader.project_state().apps
    migration.hash_tokens(apps, None)
    assert Token.objects.get(user=marketer).key == token_digest("a" * 40)
    assert _get("a" * 40) == 200


def test_the_admin_does_not_create_tokens_in_clear(client, admin_user):
    client.force_login(admin_user)
    assert client.get("/admin/authtoken/tokenproxy/add/").status_code == 404
