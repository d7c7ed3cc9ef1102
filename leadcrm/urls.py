from csp.decorators import csp_update
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from leads.access import public
from leads.views import leads as lead_views
from leads.views import webform as webform_views

# An unreachable database or broker is a 503 with Retry-After, wherever it is noticed.
handler500 = "leads.errors.server_error"

SWAGGER_UI_STYLE = "'sha256-MMpT0iDxyjALd9PdfepImGX3DBfJPXZ4IlDWdPAgtn0='"

urlpatterns = [
    path("", lead_views.home, name="home"),
    path("accounts/login/", public(auth_views.LoginView.as_view()), name="login"),
    path("accounts/logout/", public(auth_views.LogoutView.as_view()), name="logout"),
    path("leads/", include("leads.urls")),
    path("handoff/", include("handoff.urls")),
    path("f/<str:key>/", webform_views.webform_submit_view, name="webform"),
    path("scoring/", include("scoring.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", include("leads.api_urls")),
    path("api/v1/", include("scoring.api_urls")),
    path("reports/", include("handoff.report_urls")),
    path("api/v1/", include("handoff.api.reports")),
    path("api/v1/", include("handoff.webhooks.api")),
    path("api/v1/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The split view serves Swagger UI's start script as a file: the CSP allows no inline one.
    # The vendored Swagger UI (drf-spectacular-sidecar) injects one fixed <style>: its hash.
    path(
        "api/v1/docs/",
        csp_update({"style-src": [SWAGGER_UI_STYLE]})(
            SpectacularSwaggerSplitView.as_view(url_name="api-schema")
        ),
        name="api-docs",
    ),
]
