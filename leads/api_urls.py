from django.urls import path, re_path

from leads import api

urlpatterns = [
    path("leads/", api.LeadListCreate.as_view(), name="api-leads"),
    path("leads/<int:pk>/", api.LeadDetail.as_view(), name="api-lead"),
    re_path(
        rf"^leads/(?P<pk>\d+)/(?P<action>{api.ACTIONS_PATTERN})/$",
        api.LeadAction.as_view(),
        name="api-lead-action",
    ),
    path("reasons/", api.ReasonList.as_view(), name="api-reasons"),
]
