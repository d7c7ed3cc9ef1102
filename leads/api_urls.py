from django.urls import path, re_path

from leads.api import accounts, activities, tasks
from leads.api import leads as api

urlpatterns = [
    path("leads/", api.LeadListCreate.as_view(), name="api-leads"),
    path("leads/<int:pk>/", api.LeadDetail.as_view(), name="api-lead"),
    re_path(
        rf"^leads/(?P<pk>\d+)/(?P<action>{api.ACTIONS_PATTERN})/$",
        api.LeadAction.as_view(),
        name="api-lead-action",
    ),
    path("leads/<int:pk>/activities/", activities.LeadActivities.as_view(), name="api-activities"),
    path(
        "leads/<int:pk>/activities/<int:activity>/",
        activities.LeadActivity.as_view(),
        name="api-activity",
    ),
    path("tasks/", tasks.TaskList.as_view(), name="api-tasks"),
    path("tasks/<int:pk>/done/", tasks.TaskDone.as_view(), name="api-task-done"),
    path("reasons/", api.ReasonList.as_view(), name="api-reasons"),
    path("events/", activities.EventsView.as_view(), name="api-events"),
    path("accounts/", accounts.AccountListCreate.as_view(), name="api-accounts"),
    path("accounts/<int:pk>/", accounts.AccountDetail.as_view(), name="api-account"),
]
