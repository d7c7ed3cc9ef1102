from django.urls import path

from scoring import views

app_name = "scoring"

urlpatterns = [
    path("", views.model_list, name="models"),
    path("fit/", views.fit_view, name="fit"),
    path("models/<int:pk>/backtest/", views.backtest_view, name="backtest"),
    path("versions/<int:pk>/", views.version_detail, name="version"),
    path("versions/<int:pk>/settings/", views.version_settings, name="settings"),
    path("versions/<int:pk>/copy/", views.version_copy, name="copy"),
    path("versions/<int:pk>/activate/", views.version_activate_view, name="activate"),
    path("versions/<int:pk>/rules/new/", views.rule_edit, name="rule-add"),
    path("versions/<int:pk>/rules/<int:rule_pk>/", views.rule_edit, name="rule-edit"),
    path("versions/<int:pk>/rules/<int:rule_pk>/delete/", views.rule_remove, name="rule-delete"),
    path("runs/<int:pk>/", views.run_progress, name="run"),
]
