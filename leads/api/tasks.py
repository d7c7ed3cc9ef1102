"""GET|POST /api/v1/tasks/ and POST /api/v1/tasks/{id}/done/: follow-ups on leads,
seen by whoever may see their lead."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from leads.access import Perm
from leads.models import FollowUp
from leads.selectors import visible_leads
from leads.strict_input import is_whole_number
from leads.tasks_followup import TaskError, task_create, task_done, visible_tasks


class TaskSerializer(serializers.ModelSerializer):
    lead = serializers.IntegerField(source="lead_id", min_value=1)
    assignee = serializers.SlugRelatedField(
        slug_field="username",
        queryset=get_user_model().objects.filter(is_active=True),
        required=False,
    )
    done_by = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = FollowUp
        fields = ["id", "lead", "title", "due_at", "assignee", "done_at", "done_by", "created_at"]
        read_only_fields = ["id", "done_at", "done_by", "created_at"]


STATUSES = ("open", "done", "overdue")


class TaskList(generics.ListAPIView):
    access = Perm.USE
    serializer_class = TaskSerializer
    filter_backends: list = []

    @extend_schema(
        parameters=[
            OpenApiParameter("mine", bool, description="Only tasks assigned to me (mine=1)."),
            OpenApiParameter("status", str, enum=STATUSES),
            OpenApiParameter("lead", int),
        ]
    )
    def get(self, request: Request, *args, **kwargs) -> Response:
        return super().get(request, *args, **kwargs)

    def get_queryset(self) -> QuerySet[FollowUp]:
        params = self.request.query_params
        tasks = visible_tasks(self.request.user)
        problems: dict[str, list[str]] = {}
        if params.get("mine") in ("1", "true", "yes"):
            tasks = tasks.filter(assignee=self.request.user)
        state = params.get("status")
        if state == "open":
            tasks = tasks.filter(done_at__isnull=True)
        elif state == "done":
            tasks = tasks.filter(done_at__isnull=False)
        elif state == "overdue":
            tasks = tasks.filter(done_at__isnull=True, due_at__lt=timezone.now())
        elif state:
            problems["status"] = ["One of: " + ", ".join(STATUSES) + "."]
        if lead := params.get("lead"):
            if not is_whole_number(lead):
                problems["lead"] = ["A lead id."]
            else:
                tasks = tasks.filter(lead_id=int(lead))
        if problems:
            raise ValidationError(problems)
        return tasks.order_by("done_at", "due_at", "pk")

    @extend_schema(request=TaskSerializer, responses={201: TaskSerializer})
    def post(self, request: Request) -> Response:
        serializer = TaskSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        lead = visible_leads(request.user).filter(pk=data["lead_id"]).first()
        if lead is None:
            return Response({"lead": [f"No lead {data['lead_id']} visible to you."]}, status=400)
        try:
            task = task_create(
                lead=lead,
                by=request.user,
                title=data["title"],
                due_at=data["due_at"],
                assignee=data.get("assignee"),
            )
        except TaskError as exc:
            return Response({"detail": exc.message, **exc.errors}, status=400)
        return Response(TaskSerializer(task).data, status=status.HTTP_201_CREATED)


class TaskDone(APIView):
    access = Perm.USE

    @extend_schema(request=None, responses={200: TaskSerializer})
    def post(self, request: Request, pk: int) -> Response:
        task = visible_tasks(request.user).filter(pk=pk).first()
        if task is None:
            return Response({"detail": "No such task."}, status=404)
        return Response(TaskSerializer(task_done(task=task, by=request.user)).data)
