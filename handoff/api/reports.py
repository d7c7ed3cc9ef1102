"""The funnel report API: GET /api/v1/reports/funnel/."""

from __future__ import annotations

from django.urls import path
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.exceptions import PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from handoff.reports import funnel_report
from handoff.reports.access import report_scope
from handoff.reports.forms import ReportFilterForm
from handoff.reports.funnel import Funnel
from leadcrm.replica import reads_from_replica
from leads.access import REFUSALS, Perm


def funnel_json(funnel: Funnel) -> dict:
    return {
        "cohort": {
            "leads": funnel.leads,
            "created_after": funnel.filters.created_after.isoformat(),
            "created_before": funnel.filters.created_before.isoformat(),
            "won": funnel.won,
            "lead_to_won": funnel.lead_to_won,
        },
        "stages": [
            {"stage": s.stage, "reached": s.reached, "current": s.current} for s in funnel.stages
        ],
        "conversion": [
            {"from": c.from_stage, "to": c.to_stage, "rate": c.rate} for c in funnel.conversions
        ],
        "rejections": [
            {"reason": r.reason, "category": r.category, "count": r.count}
            for r in funnel.rejections
        ],
    }


_FILTERS = ["created_after", "created_before", "source", "product_line", "campaign", "accounts"]


class FunnelReport(APIView):
    """The cohort funnel for leads created in the window (dates inclusive, UTC)."""

    access = Perm.USE

    @extend_schema(
        parameters=[
            OpenApiParameter(name, str, description=description)
            for name, description in [
                ("created_after", "First creation day, YYYY-MM-DD (default: 89 days before)"),
                ("created_before", "Last creation day, YYYY-MM-DD (default: today)"),
                ("source", "Source code"),
                ("product_line", "Product line code"),
                ("campaign", "Campaign"),
                ("accounts", "existing (leads of an account) or new (new business)"),
                ("team", "Team id (managers and admins)"),
                ("owner", "Owner's username (managers and admins; reps see their own)"),
            ]
        ],
        responses=inline_serializer(
            "FunnelReport",
            {
                "cohort": serializers.DictField(),
                "stages": serializers.ListField(child=serializers.DictField()),
                "conversion": serializers.ListField(child=serializers.DictField()),
                "rejections": serializers.ListField(child=serializers.DictField()),
            },
        ),
    )
    @reads_from_replica
    def get(self, request: Request) -> Response:
        scope = report_scope(request.user)
        if scope is None:
            raise PermissionDenied(REFUSALS[Perm.USE])
        params = request.query_params
        if not scope.people:
            owner = params.get("owner")
            if params.get("team") or (owner and owner != request.user.get_username()):
                raise PermissionDenied("Your role sees no other people's figures.")
        data = {name: params.get(name, "") for name in [*_FILTERS, "team", "owner"]}
        data["tz"] = "UTC"
        form = ReportFilterForm(data, scope=scope)
        if not form.is_valid():
            errors = form.errors.get_json_data()
            return Response(
                {field: [e["message"] for e in items] for field, items in errors.items()},
                status=400,
            )
        return Response(funnel_json(funnel_report(**form.report_kwargs())))


urlpatterns = [
    path("reports/funnel/", FunnelReport.as_view(), name="api-reports-funnel"),
]
