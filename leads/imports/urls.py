from django.urls import path

from leads.views import imports as views

app_name = "imports"

urlpatterns = [
    path("", views.import_upload, name="upload"),
    path("<int:pk>/", views.import_detail, name="detail"),
    path("<int:pk>/preview/", views.import_preview, name="preview"),
    path("<int:pk>/progress/", views.import_progress, name="progress"),
    path("<int:pk>/rejected.csv", views.import_report_csv, name="report"),
]
