from django.http import HttpRequest

from leads.roles import role_of


def role(request: HttpRequest) -> dict:
    return {"role": role_of(getattr(request, "user", None))}
