from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from leads import worklog
from leads.access import Perm
from leads.activities import MAX_EVENTS, activities_record, events_parse
from leads.models import Activity, Via
from leads.selectors import lead_for, visible_leads


class EventSerializer(serializers.Serializer):
    """The shape of one event, for the API schema; leads.activities.events_parse checks it."""

    lead = serializers.IntegerField(required=False, min_value=1)
    email = serializers.CharField(required=False, max_length=254)
    type = serializers.SlugField(max_length=50)
    occurred_at = serializers.DateTimeField(required=False)
    properties = serializers.DictField(required=False)
    idempotency_key = serializers.CharField(required=False, max_length=200, allow_blank=True)


class EventsView(APIView):
    """POST /api/v1/events/: one event or a list of up to 1,000."""

    access = Perm.USE

    @extend_schema(
        request=EventSerializer(many=True),
        responses={
            201: inline_serializer(
                "EventsStored",
                {
                    "received": serializers.IntegerField(),
                    "stored": serializers.IntegerField(),
                    "duplicates": serializers.IntegerField(),
                },
            )
        },
    )
    def post(self, request: Request) -> Response:
        payload = request.data
        many = isinstance(payload, list)
        items = payload if many else [payload]
        if not items:
            return Response({"detail": "Send one event or a list of events."}, status=400)
        if len(items) > MAX_EVENTS:
            return Response(
                {"detail": f"At most {MAX_EVENTS} events per request; got {len(items)}."},
                status=400,
            )
        events, errors = events_parse(items)
        if errors:
            return Response(
                {"detail": "Some events are invalid; none was stored.", "errors": errors},
                status=400,
            )
        result = activities_record(events=events, leads=visible_leads(request.user), via=Via.API)
        return Response(
            {"received": result.received, "stored": result.stored, "duplicates": result.duplicates},
            status=status.HTTP_201_CREATED,
        )


class ActivitySerializer(serializers.ModelSerializer):
    type = serializers.SlugRelatedField(slug_field="code", read_only=True)
    by = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = Activity
        fields = [
            "id",
            "type",
            "outcome",
            "note",
            "by",
            "occurred_at",
            "properties",
            "idempotency_key",
            "via",
            "created_at",
            "edited_at",
        ]


class WorkSerializer(serializers.Serializer):
    """Work logged on a lead; leads.worklog checks the rules (a call's outcome, no future)."""

    type = serializers.ChoiceField(choices=worklog.WORK_TYPES)
    outcome = serializers.ChoiceField(
        choices=Activity.Outcome.choices, required=False, allow_blank=True
    )
    note = serializers.CharField(
        required=False, allow_blank=True, max_length=worklog.MAX_NOTE, trim_whitespace=False
    )
    occurred_at = serializers.DateTimeField(required=False)


class WorkEditSerializer(WorkSerializer):
    type = None  # the type of logged work stays what it was


class WorkOutSerializer(serializers.ModelSerializer):
    type = serializers.SlugRelatedField(slug_field="code", read_only=True)
    by = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = Activity
        fields = ["id", "type", "outcome", "note", "by", "occurred_at", "edited_at"]


def _work_error(exc: worklog.WorkError) -> Response:
    return Response({"detail": exc.message, **exc.errors}, status=400)


class LeadActivities(generics.ListAPIView):
    """GET /api/v1/leads/{id}/activities/: newest first. POST logs work on the lead."""

    access = Perm.USE
    serializer_class = ActivitySerializer
    filter_backends: list = []

    def get_queryset(self):
        lead = lead_for(self.request.user, self.kwargs["pk"])
        return lead.activities.select_related("type", "by").order_by("-occurred_at", "-pk")

    @extend_schema(request=WorkSerializer, responses={201: WorkOutSerializer})
    def post(self, request: Request, pk: int) -> Response:
        lead = lead_for(request.user, pk)
        serializer = WorkSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            activity = worklog.work_log(
                lead=lead, by=request.user, via=Via.API, **serializer.validated_data
            )
        except worklog.WorkError as exc:
            return _work_error(exc)
        return Response(WorkOutSerializer(activity).data, status=status.HTTP_201_CREATED)


class LeadActivity(APIView):
    """PATCH /api/v1/leads/{id}/activities/{activity}/: its author corrects logged work within
    worklog.EDIT_WINDOW. There is no DELETE: logged work stays."""

    access = Perm.USE

    @extend_schema(request=WorkEditSerializer, responses={200: WorkOutSerializer})
    def patch(self, request: Request, pk: int, activity: int) -> Response:
        lead = lead_for(request.user, pk)
        found = lead.activities.select_related("type", "by").filter(pk=activity).first()
        if found is None:
            return Response({"detail": "No such activity on this lead."}, status=404)
        serializer = WorkEditSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        try:
            found = worklog.work_edit(activity=found, by=request.user, **serializer.validated_data)
        except worklog.WorkError as exc:
            if not worklog.may_edit(found, request.user):
                return Response({"detail": exc.message, **exc.errors}, status=403)
            return _work_error(exc)
        return Response(WorkOutSerializer(found).data)
