"""The notification list behind the navbar bell, and each person's e-mail setting."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from handoff import selectors
from handoff.forms import NotificationSettingsForm
from handoff.models import Profile
from handoff.notifications import mark_read, set_email_notifications, set_time_zone
from handoff.time_zones import remember_time_zone
from handoff.views.common import page_of
from leads.access import Perm, access_required
from leads.strict_input import is_whole_number


@access_required(Perm.USE)
def notification_list(request: HttpRequest) -> HttpResponse:
    page = page_of(selectors.notifications_for(request.user), request.GET.get("page"))
    return render(request, "handoff/notifications.html", {"page": page})


@access_required(Perm.USE)
@require_POST
def notifications_read(request: HttpRequest) -> HttpResponse:
    posted = request.POST.getlist("id")
    ids = [int(v) for v in posted if is_whole_number(v)]
    if posted and not ids:
        # Ids none of which is one: marking every notification read instead was a surprise.
        messages.warning(request, "No such notification; nothing was marked read.")
        return redirect("handoff:notifications")
    count = mark_read(user=request.user, ids=ids or None)
    messages.success(request, f"Marked {count} notification{'s' if count != 1 else ''} read.")
    return redirect("handoff:notifications")


@access_required(Perm.USE)
def notification_settings(request: HttpRequest) -> HttpResponse:
    profile = Profile.objects.filter(user=request.user).first() or Profile(user=request.user)
    # An unticked checkbox posts nothing: an empty POST is still a submission.
    data = request.POST if request.method == "POST" else None
    form = NotificationSettingsForm(data, instance=profile)
    if request.method == "POST" and form.is_valid():
        set_email_notifications(user=request.user, enabled=form.cleaned_data["email_notifications"])
        set_time_zone(user=request.user, time_zone=form.cleaned_data["time_zone"])
        remember_time_zone(request, form.cleaned_data["time_zone"])
        messages.success(request, "Your settings are saved.")
        return redirect("handoff:notification-settings")
    return render(request, "handoff/notification_settings.html", {"form": form})
