from django.urls import path

from scoring import api

urlpatterns = [
    path("scoring/models/", api.ScoringModels.as_view(), name="api-scoring-models"),
    path("scoring/models/fit/", api.FitModel.as_view(), name="api-scoring-fit"),
    path(
        "scoring/models/<int:pk>/activate/",
        api.ActivateModel.as_view(),
        name="api-scoring-activate",
    ),
    path(
        "scoring/models/<int:pk>/backtest/",
        api.BacktestModel.as_view(),
        name="api-scoring-backtest",
    ),
]
