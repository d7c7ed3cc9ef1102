import django_filters

from leads.access import lead_owners
from leads.filters import LeadListFilter
from leads.models import LeadSource, ProductLine, Stage

QUEUE_STAGES = [(s, Stage(s).label) for s in (Stage.NEW, Stage.NURTURE, Stage.MQL, Stage.TQL)]


def _sources() -> list[tuple[str, str]]:
    return [(s.code, str(s)) for s in LeadSource.objects.all()]


def _product_lines() -> list[tuple[str, str]]:
    return [(p.code, str(p)) for p in ProductLine.objects.all()]


def _owners() -> list[tuple[str, str]]:
    """The people leads are routed to: active SDRs, reps and managers."""
    names = lead_owners().values_list("username", flat=True)
    return [(name, name) for name in names]


class QueueFilter(LeadListFilter):
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
    owner = django_filters.ChoiceFilter(
        field_name="owner__username",
        choices=_owners,
        null_label="Unassigned",
        null_value="none",
    )

    form_order = ("stage", "source", "product_line")
