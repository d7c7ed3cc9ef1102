"""The five roles. A user's role is the name of their group; superusers are admins."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models


class Role(models.TextChoices):
    MARKETER = "marketer"
    SDR = "sdr", "SDR"
    REP = "rep", "Sales rep"
    MANAGER = "manager", "Sales manager"
    ADMIN = "admin"


# Who may do what with these roles is decided in leads.access, and nowhere else.


def role_of(user: AbstractBaseUser | AnonymousUser | None) -> Role | None:
    """The user's role, cached on the user object for the request."""
    if user is None or not user.is_authenticated:
        return None
    cached = getattr(user, "_leadcrm_role", False)
    if cached is not False:
        return cached
    if user.is_superuser:
        role: Role | None = Role.ADMIN
    else:
        names = {g.name for g in user.groups.all()}
        role = next((r for r in Role if r.value in names), None)
    user._leadcrm_role = role
    return role
