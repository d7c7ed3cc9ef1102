"""Who manages webhooks: admins only (a subscription sends every lead's data outside)."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from rest_framework.permissions import BasePermission

from leads.roles import Role, role_of

MANAGER_ROLES = frozenset({Role.ADMIN})


def may_manage_webhooks(user: AbstractBaseUser | AnonymousUser | None) -> bool:
    return role_of(user) in MANAGER_ROLES


class WebhookAccess(BasePermission):
    message = "Webhooks are managed by admins."

    def has_permission(self, request, view) -> bool:
        return may_manage_webhooks(request.user)
