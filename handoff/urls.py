from django.urls import path

from handoff.views import handed_over, inbox, inbox_tools, notifications, queue, routing, worklog
from handoff.webhooks import views as webhooks

app_name = "handoff"

urlpatterns = [
    path("queue/", queue.queue, name="queue"),
    path("queue/promote/", queue.promote_many, name="promote-many"),
    path("queue/<int:pk>/promote/", queue.promote_one, name="promote"),
    path("rejected/", queue.rejected, name="rejected"),
    path("inbox/", inbox.inbox, name="inbox"),
    path("handed-over/", handed_over.handed_over, name="handed-over"),
    path("inbox/<int:pk>/form/<slug:action>/", inbox.move_form, name="move-form"),
    path("inbox/<int:pk>/move/<slug:action>/", inbox.move, name="move"),
    path("inbox/<int:pk>/reassign/", inbox.reassign, name="reassign"),
    path("inbox/bulk/", inbox_tools.bulk, name="inbox-bulk"),
    path("inbox/views/", inbox_tools.saved_view_new, name="saved-view-new"),
    path("inbox/views/<int:pk>/", inbox_tools.saved_view_open, name="saved-view"),
    path("inbox/views/<int:pk>/delete/", inbox_tools.saved_view_delete, name="saved-view-delete"),
    path("inbox/<int:pk>/work/<slug:action>/form/", worklog.work_form, name="work-form"),
    path("inbox/<int:pk>/work/<slug:action>/", worklog.work, name="work"),
    path("routing/check/", routing.routing_check, name="routing-check"),
    path("notifications/", notifications.notification_list, name="notifications"),
    path("notifications/read/", notifications.notifications_read, name="notifications-read"),
    path("webhooks/", webhooks.webhook_list, name="webhooks"),
    path("webhooks/<int:pk>/", webhooks.webhook_detail, name="webhook"),
    path("webhooks/<int:pk>/delete/", webhooks.webhook_delete, name="webhook-delete"),
    path("webhooks/<int:pk>/test/", webhooks.webhook_test, name="webhook-test"),
    path(
        "webhooks/<int:pk>/deliveries/<uuid:delivery>/redeliver/",
        webhooks.webhook_redeliver,
        name="webhook-redeliver",
    ),
    path(
        "notifications/settings/", notifications.notification_settings, name="notification-settings"
    ),
]
