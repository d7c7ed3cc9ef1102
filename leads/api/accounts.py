"""GET|POST /api/v1/accounts/, GET|PATCH /api/v1/accounts/{id}/: companies
{id, name, domains [..], owner (username), leads (count)}."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from leads.access import Perm
from leads.account_selectors import account_for, account_list
from leads.account_services import AccountError, account_save
from leads.api.leads import active_user_named
from leads.api.schema import answers
from leads.models import Account, Team
from leads.search import MAX_SEARCH_LENGTH


class AccountSerializer(serializers.ModelSerializer):
    domains = serializers.SerializerMethodField()
    # The schema must say what the answers hold (the API fuzzer checks it): no owner or team
    # is null, and a website may be blank.
    owner = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)
    team = serializers.SlugRelatedField(slug_field="name", read_only=True, allow_null=True)
    website = serializers.CharField(read_only=True, allow_blank=True)
    leads = serializers.IntegerField(source="lead_count", read_only=True)

    class Meta:
        model = Account
        fields = ["id", "name", "domains", "website", "owner", "team", "leads", "created_at"]
        read_only_fields = fields

    def get_domains(self, account: Account) -> list[str]:
        return sorted(d.domain for d in account.domains.all())


class AccountWriteSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=200)
    domains = serializers.ListField(
        child=serializers.CharField(max_length=253), required=False, max_length=100
    )
    website = serializers.URLField(max_length=200, required=False, allow_blank=True)
    owner = serializers.CharField(max_length=150, required=False, allow_null=True)
    team = serializers.SlugRelatedField(
        slug_field="name", queryset=Team.objects.all(), required=False, allow_null=True
    )

    def to_internal_value(self, data):
        if isinstance(data, dict):
            unknown = sorted(str(k) for k in data if k not in self.fields)
            if unknown:
                raise serializers.ValidationError({k: ["Unknown field."] for k in unknown})
        return super().to_internal_value(data)

    def validate_owner(self, value: str | None):
        return active_user_named(value)


def _saved(request: Request, account: Account | None, partial: bool) -> Response:
    serializer = AccountWriteSerializer(data=request.data, partial=partial)
    serializer.is_valid(raise_exception=True)
    try:
        saved = account_save(by=request.user, data=dict(serializer.validated_data), account=account)
    except AccountError as exc:
        return Response({"detail": exc.message, **exc.errors}, status=exc.status)
    body = AccountSerializer(account_for(request.user, saved.pk)).data
    return Response(body, status=status.HTTP_200_OK if account else status.HTTP_201_CREATED)


class AccountListCreate(generics.ListAPIView):
    access = {"GET": Perm.USE, "POST": Perm.ACCOUNTS_EDIT}
    serializer_class = AccountSerializer
    filter_backends: list = []

    def get_queryset(self):
        search = self.request.query_params.get("search", "")
        if len(search) > MAX_SEARCH_LENGTH:
            # As the lead list's search: 70,000 characters were a 503 on SQLite (LIKE limit).
            raise ValidationError(
                {"search": [f"At most {MAX_SEARCH_LENGTH} characters (it has {len(search)})."]}
            )
        return account_list(self.request.user, search=search)

    @extend_schema(
        request=AccountWriteSerializer,
        responses=answers(
            {
                201: AccountSerializer,
                400: "Bad field, or a free-mail or taken domain.",
                403: "Only marketers, managers and admins.",
            }
        ),
    )
    def post(self, request: Request) -> Response:
        return _saved(request, None, partial=False)


class AccountDetail(APIView):
    access = {"GET": Perm.USE, "PATCH": Perm.ACCOUNTS_EDIT}

    @extend_schema(responses=AccountSerializer)
    def get(self, request: Request, pk: int) -> Response:
        return Response(AccountSerializer(account_for(request.user, pk)).data)

    @extend_schema(request=AccountWriteSerializer, responses=AccountSerializer)
    def patch(self, request: Request, pk: int) -> Response:
        return _saved(request, account_for(request.user, pk), partial=True)
