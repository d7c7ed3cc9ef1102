from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from handoff.selectors import unread_count


def notifications(request: HttpRequest) -> dict:
    """The navbar bell's unread count: one query, and only on pages that show it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": SimpleLazyObject(lambda: unread_count(user))}
