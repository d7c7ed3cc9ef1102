"""API tokens, stored hashed: the database holds a digest of each token, never the token.

Whoever reads the database (a backup, a replica, the admin) gets nothing to call the API with.
A token is shown once, when it is issued (`add_user`, `seed_demo`); a lost one is replaced by
issuing a new one. Tokens are 160 random bits, so one fast hash suffices (no salt or
stretching: there is nothing to guess), and a lookup stays one indexed query.
"""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from rest_framework.authentication import TokenAuthentication
from rest_framework.authtoken.models import Token


def token_digest(raw: str) -> str:
    """What the database stores for a token: 40 hex characters (DRF's key column)."""
    return hashlib.blake2b(raw.encode(), digest_size=20).hexdigest()


@transaction.atomic
def token_issue(*, user: AbstractBaseUser) -> str:
    """A new API token for `user`, replacing any earlier one; the only time it is readable."""
    raw = secrets.token_hex(20)
    Token.objects.filter(user=user).delete()
    Token.objects.create(user=user, key=token_digest(raw))
    return raw


class HashedTokenAuthentication(TokenAuthentication):
    """`Authorization: Token <token>`, looked up by its digest."""

    def authenticate_credentials(self, key: str):
        return super().authenticate_credentials(token_digest(key))
