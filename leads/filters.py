import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.db.models.expressions import OrderBy

from leads.forms import DatePicker
from leads.models import Lead, LeadSource, ProductLine, Stage
from leads.search import MAX_SEARCH_LENGTH, search_leads

# Stages sort in funnel order, not by their codes' spelling.
_STAGE_RANK = Case(
    *(When(stage=code, then=Value(rank)) for rank, code in enumerate(Stage.values)),
    output_field=IntegerField(),
)


class LeadOrderingFilter(django_filters.OrderingFilter):
    """Sorting by stage follows the funnel; by name, last then first name; ties by newest."""

    def get_ordering_value(self, param: str) -> str | OrderBy:
        descending = param.startswith("-")
        field = super().get_ordering_value(param).lstrip("-")
        if field == "stage":
            return _STAGE_RANK.desc() if descending else _STAGE_RANK.asc()
        return f"-{field}" if descending else field

    def filter(self, qs: QuerySet[Lead], value: list[str] | None) -> QuerySet[Lead]:
        if not value:
            return qs
        ordering = [self.get_ordering_value(param) for param in value]
        if any(param.lstrip("-") == "name" for param in value):
            ordering.append("first_name")
        return qs.order_by(*ordering, "-created_at", "-pk")


class LeadListFilter(django_filters.FilterSet):
    """The filters every list of leads offers (the lead list, its API and export, the
    marketer's queue). Subclasses add their own and name the first fields of their form."""

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

    # The filters the form shows first, in this order; the others follow as declared, these
    # shared ones before the subclass's own.
    form_order: tuple[str, ...] = ()

    class Meta:
        model = Lead
        fields: list[str] = []

    def filter_country(self, queryset: QuerySet[Lead], name: str, value: str) -> QuerySet[Lead]:
        return queryset.filter(country=value.strip().upper())

    def get_form_class(self) -> type[forms.Form]:
        form = super().get_form_class()
        form.field_order = list(self.form_order)
        return form


class LeadFilter(LeadListFilter):
    """One filter set for the lead list page and the API; the parameter names are public API."""

    # A search box's words, not a document: 70,000 characters were a 500 on SQLite (its LIKE
    # pattern limit is 50,000 bytes) and a pointless scan on PostgreSQL.
    search = django_filters.CharFilter(
        method="filter_search", label="Search", max_length=MAX_SEARCH_LENGTH
    )
    # No DISTINCT: the stage is a column of the lead, the filter joins nothing.
    stage = django_filters.MultipleChoiceFilter(choices=Stage.choices, distinct=False)
    owner = django_filters.ModelChoiceFilter(
        queryset=get_user_model().objects.filter(is_active=True),
        to_field_name="username",
        null_label="Unassigned",
        null_value="none",
    )
    source = django_filters.ModelChoiceFilter(
        queryset=LeadSource.objects.all(), to_field_name="code"
    )
    product_line = django_filters.ModelChoiceFilter(
        queryset=ProductLine.objects.all(), to_field_name="code"
    )
    ordering = LeadOrderingFilter(
        fields=(
            ("score", "score"),
            ("created_at", "created"),
            ("stage_changed_at", "moved"),
            ("stage", "stage"),
            ("last_name", "name"),
        ),
        label="Sort",
    )

    form_order = ("search", "stage", "owner", "source", "product_line")

    def filter_search(self, queryset: QuerySet[Lead], name: str, value: str) -> QuerySet[Lead]:
        return search_leads(queryset, value)
