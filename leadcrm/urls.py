from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from leads.views import leads as lead_views
from leads.views import webform as webform_views

urlpatterns = [
    path("", lead_views.home, name="home"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("leads/", include("leads.urls")),
    path("handoff/", include("handoff.urls")),
    path("f/<str:key>/", webform_views.webform_submit_view, name="webform"),
    path("scoring/", include("scoring.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", include("leads.api_urls")),
    path("api/v1/", include("scoring.api_urls")),
    path("reports/", include("handoff.report_urls")),
    path("api/v1/", include("handoff.api.reports")),
    path("api/v1/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The split view serves Swagger UI's start script as a file: the CSP allows no inline one.
    path(
        "api/v1/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"
    ),
]
