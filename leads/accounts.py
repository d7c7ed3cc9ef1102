"""Creating users in a role (add_user, seed_demo)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group
from django.db import transaction

from leads.access import PERMISSIONS, Perm
from leads.api_tokens import token_issue
from leads.models import Team
from leads.roles import Role


@transaction.atomic
def user_create_with_role(
    *,
    username: str,
    role: str,
    password: str | None = None,
    team: str | None = None,
    email: str = "",
) -> tuple[AbstractBaseUser, str]:
    """Create (or update) a user in exactly one role; return the user and a new API token
    (any earlier token of the user stops working)."""
    role = Role(role)
    User = get_user_model()
    user, _ = User.objects.get_or_create(username=username, defaults={"email": email})
    if password:
        user.set_password(password)
    elif not user.has_usable_password():
        user.set_unusable_password()
    user.is_staff = role in PERMISSIONS[Perm.ADMIN_SITE]
    user.is_superuser = role == Role.ADMIN
    user.save()
    user.groups.set([Group.objects.get(name=role.value)])
    if team:
        team_obj, _ = Team.objects.get_or_create(name=team)
        team_obj.members.add(user)
        if role == Role.MANAGER and team_obj.manager_id is None:
            team_obj.manager = user
            team_obj.save(update_fields=["manager"])
    # Stored hashed: the token can only be shown now, so every call issues a new one.
    return user, token_issue(user=user)
