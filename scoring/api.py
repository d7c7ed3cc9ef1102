"""The scoring REST API, mounted under /api/v1/scoring/ (public names: clients rely on them)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from leads.access import Perm
from leads.models import ProductLine, Stage
from scoring.activation import version_activate
from scoring.backtest import NEGATIVE, POSITIVE, Outcomes, backtest_compare
from scoring.fit import draft_fit
from scoring.kinds.compare import OPERATORS
from scoring.models import Rule, ScoringModel, ScoringVersion
from scoring.selectors import models_with_versions
from scoring.services import (
    draft_create,
    model_create,
)


class RuleSerializer(serializers.ModelSerializer):
    activity_type = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)
    # Blank for event rules (the schema must say so, or answers do not match it).
    operator = serializers.ChoiceField(
        choices=list(OPERATORS.items()), allow_blank=True, read_only=True
    )
    category = serializers.CharField(read_only=True)

    class Meta:
        model = Rule
        fields = [
            "id",
            "kind",
            "category",
            "name",
            "position",
            *Rule.PARAMETERS,
        ]
        read_only_fields = fields


class VersionSerializer(serializers.ModelSerializer):
    label = serializers.CharField(read_only=True)
    created_by = serializers.SlugRelatedField(
        slug_field="username", read_only=True, allow_null=True
    )
    activated_by = serializers.SlugRelatedField(
        slug_field="username", read_only=True, allow_null=True
    )
    cv_auc = serializers.SerializerMethodField()
    rules = RuleSerializer(many=True, read_only=True)

    class Meta:
        model = ScoringVersion
        fields = [
            "id",
            "number",
            "label",
            "status",
            *ScoringVersion.SETTINGS,
            "note",
            "created_at",
            "created_by",
            "activated_at",
            "activated_by",
            "cv_auc",
            "fit_report",
            "rules",
        ]
        read_only_fields = fields

    def get_cv_auc(self, version: ScoringVersion) -> float | None:
        return (version.fit_report or {}).get("cv_auc")


class ScoringModelSerializer(serializers.ModelSerializer):
    product_line = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)
    active_version = serializers.SerializerMethodField()
    current_draft = serializers.SerializerMethodField()
    versions = VersionSerializer(many=True, read_only=True)

    class Meta:
        model = ScoringModel
        fields = [
            "id",
            "name",
            "product_line",
            "is_default",
            "active_version",
            "current_draft",
            "versions",
        ]
        read_only_fields = fields

    def _number(self, model: ScoringModel, status: str) -> int | None:
        # Versions come prefetched newest first; no query per model.
        return next((v.number for v in model.versions.all() if v.status == status), None)

    def get_active_version(self, model: ScoringModel) -> int | None:
        return self._number(model, ScoringVersion.Status.ACTIVE)

    def get_current_draft(self, model: ScoringModel) -> int | None:
        return self._number(model, ScoringVersion.Status.DRAFT)


class ModelCreateSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=100)
    product_line = serializers.SlugRelatedField(
        slug_field="code", queryset=ProductLine.objects.all(), required=False, allow_null=True
    )


class ActivateSerializer(serializers.Serializer):
    note = serializers.CharField(max_length=5000, required=False, allow_blank=True)


class BacktestRequestSerializer(serializers.Serializer):
    version = serializers.IntegerField(required=False, min_value=1)
    compare_version = serializers.IntegerField(required=False, min_value=1)
    threshold = serializers.IntegerField(required=False, min_value=0, max_value=100)
    as_of = serializers.ChoiceField(
        choices=[
            ("mql", "each lead as it was at its first MQL move"),
            ("now", "every lead as it is now"),
        ],
        default="mql",
    )
    positive = serializers.ListField(
        child=serializers.ChoiceField(choices=Stage.choices), required=False, default=POSITIVE
    )
    negative = serializers.ListField(
        child=serializers.ChoiceField(choices=Stage.choices), required=False, default=NEGATIVE
    )

    def validate(self, attrs: dict) -> dict:
        try:
            attrs["outcomes"] = Outcomes(
                positive=tuple(attrs.pop("positive")), negative=tuple(attrs.pop("negative"))
            )
        except ValueError as exc:
            raise serializers.ValidationError({"positive": [str(exc)]}) from exc
        return attrs


class ThresholdRowSerializer(serializers.Serializer):
    threshold = serializers.IntegerField()
    mqls = serializers.IntegerField()
    accepted = serializers.IntegerField()
    precision = serializers.FloatField(allow_null=True)
    recall = serializers.FloatField(allow_null=True)


class ReliabilityRowSerializer(serializers.Serializer):
    decile = serializers.IntegerField()
    leads = serializers.IntegerField()
    predicted = serializers.FloatField()
    observed = serializers.FloatField()


class BacktestResultSerializer(serializers.Serializer):
    version = serializers.CharField()
    version_number = serializers.IntegerField()
    threshold = serializers.IntegerField()
    leads = serializers.IntegerField()
    positives = serializers.IntegerField()
    negatives = serializers.IntegerField()
    auc = serializers.FloatField(allow_null=True)
    at_threshold = ThresholdRowSerializer()
    what_if = ThresholdRowSerializer(many=True)
    brier = serializers.FloatField(allow_null=True)
    reliability = ReliabilityRowSerializer(many=True)


class BacktestResponseSerializer(BacktestResultSerializer):
    compare = BacktestResultSerializer(required=False)


class ScoringModels(APIView):
    """GET the models with their versions and rules; POST a new model, or a new draft of the
    model with that name."""

    access = {"GET": Perm.SCORING_VIEW, "POST": Perm.SCORING_EDIT}

    @extend_schema(responses=ScoringModelSerializer(many=True))
    def get(self, request: Request) -> Response:
        return Response(ScoringModelSerializer(models_with_versions(), many=True).data)

    @extend_schema(request=ModelCreateSerializer, responses={201: ScoringModelSerializer})
    def post(self, request: Request) -> Response:
        serializer = ModelCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        model = ScoringModel.objects.filter(name=data["name"]).first()
        if model is not None:
            draft_create(model=model, by=request.user)
        else:
            model = model_create(
                name=data["name"], product_line=data.get("product_line"), by=request.user
            )
        model = models_with_versions().get(pk=model.pk)
        return Response(ScoringModelSerializer(model).data, status=status.HTTP_201_CREATED)


class ActivateModel(APIView):
    """Activate the model's current draft and rescore its leads in the background."""

    access = Perm.SCORING_EDIT

    @extend_schema(
        request=ActivateSerializer,
        responses={
            202: inline_serializer(
                "Activation",
                {
                    "version": VersionSerializer(),
                    "rescore_run": serializers.IntegerField(),
                    "rescore_status": serializers.CharField(),
                },
            )
        },
    )
    def post(self, request: Request, pk: int) -> Response:
        model = get_object_or_404(ScoringModel, pk=pk)
        serializer = ActivateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        draft = model.current_draft
        if draft is None:
            return Response(
                {"detail": f"{model.name} has no draft to activate."},
                status=status.HTTP_409_CONFLICT,
            )
        run = version_activate(
            version=draft, by=request.user, note=serializer.validated_data.get("note", "")
        )
        run.refresh_from_db()
        version = ScoringVersion.objects.select_related("model", "activated_by", "created_by").get(
            pk=draft.pk
        )
        return Response(
            {
                "version": VersionSerializer(version).data,
                "rescore_run": run.pk,
                "rescore_status": run.status,
            },
            status=status.HTTP_202_ACCEPTED,
        )


class BacktestModel(APIView):
    """Backtest a version (the active one by default) on leads with known outcomes."""

    access = Perm.SCORING_VIEW  # computes, writes nothing: managers may run it too

    @extend_schema(request=BacktestRequestSerializer, responses=BacktestResponseSerializer)
    def post(self, request: Request, pk: int) -> Response:
        model = get_object_or_404(ScoringModel, pk=pk)
        serializer = BacktestRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        versions = []
        for field in ("version", "compare_version"):
            if field in data:
                version = model.versions.filter(number=data[field]).first()
                if version is None:
                    return Response(
                        {field: [f"{model.name} has no version {data[field]}."]}, status=400
                    )
                versions.append(version)
        if "version" not in data:
            default = model.active_version or model.versions.order_by("-number").first()
            if default is None:
                return Response({"detail": f"{model.name} has no version."}, status=409)
            versions.insert(0, default)
        results = backtest_compare(
            versions,
            threshold=data.get("threshold"),
            outcomes=data["outcomes"],
            as_of=data["as_of"],
        )
        body = results[0].as_dict()
        if len(results) > 1:
            body["compare"] = results[1].as_dict()
        return Response(body)


class FitModel(APIView):
    """Fit a draft from won/lost history; it is never activated here."""

    access = Perm.SCORING_EDIT

    @extend_schema(request=ModelCreateSerializer, responses={201: VersionSerializer})
    def post(self, request: Request) -> Response:
        serializer = ModelCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        draft = draft_fit(name=data["name"], product_line=data.get("product_line"), by=request.user)
        draft = ScoringVersion.objects.select_related("model", "created_by", "activated_by").get(
            pk=draft.pk
        )
        return Response(VersionSerializer(draft).data, status=status.HTTP_201_CREATED)
