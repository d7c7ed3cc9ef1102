from django.urls import path

from handoff.views import reports as views

app_name = "reports"

urlpatterns = [
    path("", views.report_page, name="funnel"),
    path("<slug:page>/", views.report_page, name="page"),
    path("<slug:page>/export/<slug:table>.csv", views.report_export, name="export"),
]
