"""The leads REST API. Its paths, fields and parameters are names other programs rely on."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_slug
from django.db import transaction
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from leads import fields as lead_fields
from leads import normalize, worklog
from leads.access import Perm
from leads.api.schema import NOT_VISIBLE, answers
from leads.editing import lead_edit
from leads.filters import LeadFilter
from leads.intake import (
    clean_attributes,
    lead_intake,
    source_for_code,
)
from leads.models import Action, Lead, Reason, Via
from leads.selectors import lead_for, lead_history, lead_list, reasons_in_use
from leads.services import MAX_DETAILS_JSON, MAX_NOTE, lead_assign, lead_move
from leads.tasks_followup import next_task_due_at


class LeadSerializer(serializers.ModelSerializer):
    # Nullable and blank where the lead may have none: the schema says what answers hold.
    email = serializers.CharField(read_only=True, help_text="Normalized; empty when unknown.")
    source = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)
    product_line = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)
    owner = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)

    class Meta:
        model = Lead
        fields = [
            "id",
            *(f.name for f in lead_fields.LEAD_FIELDS),  # the registry's, in its order
            "stage",
            "owner",
            "account",
            "score",
            "created_at",
            "updated_at",
            "stage_changed_at",
        ]
        read_only_fields = fields


class HistorySerializer(serializers.Serializer):
    def to_representation(self, change) -> dict:
        return {
            "from": change.from_stage or None,
            "to": change.to_stage,
            "action": change.action or None,
            "at": serializers.DateTimeField().to_representation(change.at),
            "by": change.by.get_username() if change.by else None,
            "via": change.via,
            "reason": change.reason.code if change.reason else None,
            "reasons": change.details.get("reasons", []),
            "note": change.note,
            "score": change.score,
            "score_model_version": change.score_model_version or None,
        }


class LeadDetailSerializer(LeadSerializer):
    scores = serializers.SerializerMethodField()
    likelihood = serializers.FloatField(
        source="score_likelihood",
        read_only=True,
        allow_null=True,
        help_text="Likelihood to convert (0..1) at this score, from the fitted version's "
        "calibration; null for a version without one.",
    )
    history = serializers.SerializerMethodField()
    attempts = serializers.SerializerMethodField()
    last_activity_at = serializers.SerializerMethodField()
    next_task_due_at = serializers.SerializerMethodField()

    class Meta(LeadSerializer.Meta):
        fields = [
            *LeadSerializer.Meta.fields,
            "scores",
            "score_explanation",
            "score_model_version",
            "scored_at",
            "likelihood",
            "history",
            "attempts",
            "last_activity_at",
            "next_task_due_at",
        ]
        read_only_fields = fields

    def get_scores(self, lead: Lead) -> dict[str, int]:
        return {
            "demographic": lead.score_demographic,
            "behavioral": lead.score_behavioral,
            "engagement": lead.score_engagement,
        }

    def get_history(self, lead: Lead) -> list[dict]:
        return HistorySerializer(lead_history(lead), many=True).data

    def get_attempts(self, lead: Lead) -> int:
        """Calls logged since the lead last entered its stage (leads.worklog)."""
        return worklog.attempts(lead)

    def get_last_activity_at(self, lead: Lead) -> datetime | None:
        return worklog.last_activity_at(lead)

    def get_next_task_due_at(self, lead: Lead) -> datetime | None:
        return next_task_due_at(lead)


# What a posted value may be before it is normalized: a phone as people write it, a country by
# name; the rest are held to their column's length.
_INPUT_LENGTH = {"phone": 50, "country": 100}


def intake_field(field: lead_fields.LeadField) -> serializers.Field:
    """The intake serializer's field for a registry field, by its type."""
    if field.type == "number":
        return serializers.IntegerField(
            min_value=0, max_value=lead_fields.MAX_COMPANY_SIZE, required=False, allow_null=True
        )
    if field.type == "bool":
        return serializers.BooleanField(required=False)
    if field.type == "object":
        return serializers.DictField(required=False)
    column = Lead._meta.get_field(field.name)
    if field.type == "code":
        codes = column.related_model
        if not field.created_on_use:
            return serializers.SlugRelatedField(
                slug_field="code", queryset=codes.objects.all(), required=False, allow_null=True
            )
        # Checked as a code by validate_<name>; a new one is created on first use.
        max_length = codes._meta.get_field("code").max_length
    else:
        max_length = _INPUT_LENGTH.get(field.type, column.max_length)
    return serializers.CharField(max_length=max_length, required=False, allow_blank=True)


class LeadIntakeSerializer(serializers.Serializer):
    """Validates and normalizes a posted lead; field errors become a 400."""

    overwrite = serializers.BooleanField(required=False, default=False, write_only=True)

    def get_fields(self) -> dict[str, serializers.Field]:
        # The lead's fields are the registry's (leads.fields), read each time a serializer is
        # made; declared fields (overwrite) follow them.
        return {
            **{f.name: intake_field(f) for f in lead_fields.LEAD_FIELDS},
            **super().get_fields(),
        }

    def to_internal_value(self, data):
        # An unknown field is refused rather than dropped: a client posting `notes` or `stage`
        # would otherwise lose data without knowing.
        if isinstance(data, Mapping):
            unknown = sorted(str(name) for name in data if name not in self.fields)
            if unknown:
                raise serializers.ValidationError(
                    {name: ["Unknown field; put extra data in `attributes`."] for name in unknown}
                )
        return super().to_internal_value(data)

    def validate_attributes(self, value: dict) -> dict:
        try:
            return clean_attributes(value)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.messages) from exc

    def validate_email(self, value: str) -> str:
        try:
            return normalize.normalize_email(value)
        except DjangoValidationError as exc:
            raise serializers.ValidationError("Enter a valid e-mail address.") from exc

    def validate_source(self, value: str) -> str:
        value = value.strip().lower()
        if value:
            try:
                validate_slug(value)
            except DjangoValidationError as exc:
                raise serializers.ValidationError(
                    "A source code has letters, digits, hyphens and underscores only."
                ) from exc
        return value

    def validate(self, attrs: dict) -> dict:
        errors: dict[str, str] = {}
        try:
            attrs["country"] = normalize.normalize_country(attrs.get("country", ""))
        except DjangoValidationError as exc:
            errors["country"] = exc.messages[0]
        try:
            attrs["phone"] = normalize.normalize_phone(
                attrs.get("phone", ""), attrs.get("country", "")
            )
        except DjangoValidationError as exc:
            errors["phone"] = exc.messages[0]
        if errors:
            raise serializers.ValidationError(errors)
        for name in lead_fields.trimmed_field_names():
            if name in attrs:
                attrs[name] = attrs[name].strip()
        if not (attrs.get("email") or attrs.get("phone") or attrs.get("external_id")):
            raise serializers.ValidationError(
                "A lead needs at least one of email, phone or external_id."
            )
        return attrs


class LeadListCreate(generics.ListAPIView):
    access = Perm.USE
    serializer_class = LeadSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = LeadFilter

    def get_queryset(self):
        return lead_list(self.request.user).order_by("-created_at", "-pk")

    @extend_schema(
        request=LeadIntakeSerializer,
        responses=answers(
            {
                201: LeadDetailSerializer,
                200: OpenApiResponse(LeadDetailSerializer, description="Merged into a duplicate."),
                403: "An overwrite of fields your role may not edit.",
                409: "Matches a lead you may not see, or would take another lead's identity; "
                "nothing is saved and no lead is shown.",
            }
        ),
    )
    def post(self, request: Request) -> Response:
        serializer = LeadIntakeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        overwrite = data.pop("overwrite", False)
        with transaction.atomic():
            if data.get("source"):
                data["source"] = source_for_code(data["source"])
            else:
                data.pop("source", None)
            lead, merged = lead_intake(data=data, by=request.user, via=Via.API, overwrite=overwrite)
        body = LeadDetailSerializer(lead).data
        body["merged"] = merged
        return Response(body, status=status.HTTP_200_OK if merged else status.HTTP_201_CREATED)


# Fields a PATCH may never write: stage moves go through the actions, the owner through
# `assign`, scores through scoring.
READ_ONLY_FIELDS = (
    frozenset(LeadDetailSerializer.Meta.fields) - set(LeadIntakeSerializer().fields)
) | {"team", "score_demographic", "score_behavioral", "score_engagement", "score_likelihood"}


class LeadEditSerializer(LeadIntakeSerializer):
    """A partial edit, validated like intake; read-only fields are refused by name."""

    overwrite = None

    def to_internal_value(self, data):
        if isinstance(data, Mapping):
            fixed = sorted(str(name) for name in data if name in READ_ONLY_FIELDS)
            if fixed:
                raise serializers.ValidationError(
                    {name: ["Read-only: stage moves by action, owner by assign."] for name in fixed}
                )
        return super().to_internal_value(data)

    def validate(self, attrs: dict) -> dict:
        lead: Lead = self.context["lead"]
        errors: dict[str, str] = {}
        if "country" in attrs:
            try:
                attrs["country"] = normalize.normalize_country(attrs["country"])
            except DjangoValidationError as exc:
                errors["country"] = exc.messages[0]
        if "phone" in attrs:
            try:
                attrs["phone"] = normalize.normalize_phone(
                    attrs["phone"], attrs.get("country", lead.country)
                )
            except DjangoValidationError as exc:
                errors["phone"] = exc.messages[0]
        if errors:
            raise serializers.ValidationError(errors)
        for name, value in attrs.items():
            if isinstance(value, str) and name != "email":
                attrs[name] = value.strip()
        return attrs


class LeadDetail(APIView):
    access = Perm.USE

    @extend_schema(responses=LeadDetailSerializer)
    def get(self, request: Request, pk: int) -> Response:
        return Response(LeadDetailSerializer(lead_for(request.user, pk)).data)

    @extend_schema(
        request=LeadEditSerializer,
        responses=answers(
            {
                200: LeadDetailSerializer,
                400: "Bad value, or a field your role may not change.",
                404: NOT_VISIBLE,
                409: "Another lead has this e-mail or external id.",
            }
        ),
    )
    def patch(self, request: Request, pk: int) -> Response:
        """Edit contact data (every role) and marketing fields (marketers, managers, admins)."""
        lead = lead_for(request.user, pk)
        serializer = LeadEditSerializer(data=request.data, partial=True, context={"lead": lead})
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        with transaction.atomic():
            if "source" in data:
                data["source"] = source_for_code(data["source"]) if data["source"] else None
            lead_edit(lead=lead, by=request.user, data=data, via=Via.API)
        lead = Lead.objects.select_related("owner", "source", "product_line").get(pk=lead.pk)
        return Response(LeadDetailSerializer(lead).data)


class MoveSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=50, required=False, allow_blank=True)
    reasons = serializers.ListField(
        child=serializers.CharField(max_length=50), required=False, max_length=20
    )
    note = serializers.CharField(max_length=MAX_NOTE, required=False, allow_blank=True)
    outcome = serializers.ChoiceField(choices=["won", "lost"], required=False)
    details = serializers.DictField(
        required=False, help_text=f"At most {MAX_DETAILS_JSON:,} characters of JSON."
    )


def active_user_named(value: str | None):
    """An owner field's user: None for null, else the active user of that username (a field
    error when there is none)."""
    if value is None:
        return None
    user = get_user_model().objects.filter(username=value, is_active=True).first()
    if user is None:
        raise serializers.ValidationError(f"No active user {value!r}.")
    return user


class AssignSerializer(serializers.Serializer):
    owner = serializers.CharField(max_length=150, allow_null=True)
    note = serializers.CharField(max_length=MAX_NOTE, required=False, allow_blank=True)

    def validate_owner(self, value: str | None):
        return active_user_named(value)


class LeadAction(APIView):
    """POST /api/v1/leads/{id}/{action}/: one stage move, or `assign`. The stage machine
    decides who may make which move (403); the lead must be visible (404)."""

    access = Perm.USE

    @extend_schema(
        operation_id="leads_action",
        request=MoveSerializer,
        responses=answers(
            {
                200: LeadDetailSerializer,
                400: "Bad body or unknown reason.",
                403: "Your role may not make this move.",
                404: NOT_VISIBLE,
                409: inline_serializer(
                    "MoveConflict",
                    {"detail": serializers.CharField(), "stage": serializers.CharField()},
                ),
            }
        ),
    )
    def post(self, request: Request, pk: int, action: str) -> Response:
        lead = lead_for(request.user, pk)
        if action == "assign":
            serializer = AssignSerializer(data=request.data)
            serializer.is_valid(raise_exception=True)
            lead = lead_assign(
                lead=lead,
                owner=serializer.validated_data["owner"],
                by=request.user,
                note=serializer.validated_data.get("note", ""),
                via=Via.API,
            )
        else:
            serializer = MoveSerializer(data=request.data)
            serializer.is_valid(raise_exception=True)
            data = serializer.validated_data
            lead = lead_move(
                lead=lead,
                action=action,
                by=request.user,
                reason=data.get("reason") or None,
                reasons=data.get("reasons", ()),
                outcome=data.get("outcome"),
                note=data.get("note", ""),
                details=data.get("details"),
                via=Via.API,
            )
        lead = Lead.objects.select_related("owner", "source", "product_line").get(pk=lead.pk)
        return Response(LeadDetailSerializer(lead).data)


class ReasonSerializer(serializers.ModelSerializer):
    class Meta:
        model = Reason
        fields = ["code", "label", "category", "applies_to", "sends_to"]


class ReasonList(generics.ListAPIView):
    access = Perm.USE
    serializer_class = ReasonSerializer
    pagination_class = None
    filter_backends: list = []

    def get_queryset(self):
        return reasons_in_use()


ACTIONS_PATTERN = "|".join([*Action.values, "assign"])
