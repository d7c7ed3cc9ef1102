import django_filters
from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from leads.models import Lead, LeadSource, ProductLine, Stage

QUEUE_STAGES = [(s, Stage(s).label) for s in (Stage.NEW, Stage.NURTURE, Stage.MQL, Stage.TQL)]


class QueueFilter(django_filters.FilterSet):
    """The marketer's queue filters; their state lives in the URL's query string."""

    stage = django_filters.MultipleChoiceFilter(choices=QUEUE_STAGES)
    source = django_filters.ModelChoiceFilter(
        queryset=LeadSource.objects.all(), to_field_name="code"
    )
    product_line = django_filters.ModelChoiceFilter(
        queryset=ProductLine.objects.all(), to_field_name="code"
    )
    campaign = django_filters.CharFilter()
    country = django_filters.CharFilter(method="filter_country")
    score_min = django_filters.NumberFilter(field_name="score", lookup_expr="gte", label="Score ≥")
    score_max = django_filters.NumberFilter(field_name="score", lookup_expr="lte", label="Score ≤")
    created_after = django_filters.DateFilter(
        field_name="created_at", lookup_expr="date__gte", label="Created from"
    )
    created_before = django_filters.DateFilter(
        field_name="created_at", lookup_expr="date__lte", label="Created to"
    )
    owner = django_filters.ModelChoiceFilter(
        queryset=get_user_model().objects.filter(is_active=True).order_by("username"),
        to_field_name="username",
        null_label="Unassigned",
        null_value="none",
    )

    class Meta:
        model = Lead
        fields: list[str] = []

    def filter_country(self, queryset: QuerySet[Lead], name: str, value: str) -> QuerySet[Lead]:
        return queryset.filter(country=value.strip().upper())
