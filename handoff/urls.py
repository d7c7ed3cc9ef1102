from django.urls import path

from handoff.views import inbox, notifications, queue, routing, worklog

app_name = "handoff"

urlpatterns = [
    path("queue/", queue.queue, name="queue"),
    path("queue/promote/", queue.promote_many, name="promote-many"),
    path("queue/<int:pk>/promote/", queue.promote_one, name="promote"),
    path("rejected/", queue.rejected, name="rejected"),
    path("inbox/", inbox.inbox, name="inbox"),
    path("inbox/<int:pk>/form/<slug:action>/", inbox.move_form, name="move-form"),
    path("inbox/<int:pk>/move/<slug:action>/", inbox.move, name="move"),
    path("inbox/<int:pk>/reassign/", inbox.reassign, name="reassign"),
    path("inbox/<int:pk>/work/<slug:action>/form/", worklog.work_form, name="work-form"),
    path("inbox/<int:pk>/work/<slug:action>/", worklog.work, name="work"),
    path("routing/check/", routing.routing_check, name="routing-check"),
    path("notifications/", notifications.notification_list, name="notifications"),
    path("notifications/read/", notifications.notifications_read, name="notifications-read"),
    path(
        "notifications/settings/", notifications.notification_settings, name="notification-settings"
    ),
]
