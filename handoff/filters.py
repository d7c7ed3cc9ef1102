import django_filters
from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from leads.forms import DatePicker
from leads.models import Lead, LeadSource, ProductLine, Stage
from leads.roles import Role

QUEUE_STAGES = [(s, Stage(s).label) for s in (Stage.NEW, Stage.NURTURE, Stage.MQL, Stage.TQL)]


def _sources() -> list[tuple[str, str]]:
    return [(s.code, str(s)) for s in LeadSource.objects.all()]


def _product_lines() -> list[tuple[str, str]]:
    return [(p.code, str(p)) for p in ProductLine.objects.all()]


def _owners() -> list[tuple[str, str]]:
    """The people leads are routed to: active SDRs, reps and managers."""
    people = get_user_model().objects.filter(
        is_active=True, groups__name__in=[Role.SDR, Role.REP, Role.MANAGER]
    )
    names = people.order_by("username").values_list("username", flat=True).distinct()
    return [(name, name) for name in names]


class QueueFilter(django_filters.FilterSet):
    """The marketer's queue filters; their state lives in the URL's query string."""

    stage = django_filters.MultipleChoiceFilter(choices=QUEUE_STAGES)
    # Choices as plain lists: a ModelChoiceFilter reads its options through a server-side
    # cursor on PostgreSQL, three round trips each on a page that must stay fast.
    source = django_filters.ChoiceFilter(
        field_name="source__code", choices=_sources, label="Source"
    )
    product_line = django_filters.ChoiceFilter(
        field_name="product_line__code", choices=_product_lines, label="Product line"
    )
    campaign = django_filters.CharFilter()
    country = django_filters.CharFilter(method="filter_country")
    score_min = django_filters.NumberFilter(field_name="score", lookup_expr="gte", label="Score ≥")
    score_max = django_filters.NumberFilter(field_name="score", lookup_expr="lte", label="Score ≤")
    created_after = django_filters.DateFilter(
        field_name="created_at",
        lookup_expr="date__gte",
        label="Created from",
        widget=DatePicker(),
    )
    created_before = django_filters.DateFilter(
        field_name="created_at",
        lookup_expr="date__lte",
        label="Created to",
        widget=DatePicker(),
    )
    owner = django_filters.ChoiceFilter(
        field_name="owner__username",
        choices=_owners,
        null_label="Unassigned",
        null_value="none",
    )

    class Meta:
        model = Lead
        fields: list[str] = []

    def filter_country(self, queryset: QuerySet[Lead], name: str, value: str) -> QuerySet[Lead]:
        return queryset.filter(country=value.strip().upper())
