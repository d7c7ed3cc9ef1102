from rest_framework.permissions import BasePermission

from leads.roles import role_of


class HasRole(BasePermission):
    """Signed in and holding one of the five roles; an account without a role sees nothing."""

    message = "Your account has no role yet; ask an admin to give you one."

    def has_permission(self, request, view) -> bool:
        return role_of(request.user) is not None
