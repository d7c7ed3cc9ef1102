"""Who may use scoring: marketers and admins change it; managers look (and backtest)."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from leads.roles import Role, role_of

EDIT_ROLES = frozenset({Role.MARKETER, Role.ADMIN})
VIEW_ROLES = EDIT_ROLES | {Role.MANAGER}


def may_view(user: AbstractBaseUser | AnonymousUser) -> bool:
    return role_of(user) in VIEW_ROLES


def may_edit(user: AbstractBaseUser | AnonymousUser) -> bool:
    return role_of(user) in EDIT_ROLES
