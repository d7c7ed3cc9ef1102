"""The lead list's and the marketer's queue's filter forms share their common filters."""

import pytest
from django.http import QueryDict

from handoff.filters import QueueFilter
from leads.filters import LeadFilter
from leads.models import Lead
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def test_lead_list_form_starts_with_search_and_ends_with_sorting():
    form = LeadFilter(queryset=Lead.objects.all()).form
    assert list(form.fields) == [
        "search",
        "stage",
        "owner",
        "source",
        "product_line",
        "campaign",
        "country",
        "score_min",
        "score_max",
        "created_after",
        "created_before",
        "ordering",
    ]


def test_queue_form_keeps_its_stage_first_and_owner_last():
    form = QueueFilter(queryset=Lead.objects.all()).form
    assert list(form.fields) == [
        "stage",
        "source",
        "product_line",
        "campaign",
        "country",
        "score_min",
        "score_max",
        "created_after",
        "created_before",
        "owner",
    ]


@pytest.mark.parametrize("filterset", [LeadFilter, QueueFilter])
def test_shared_filters_apply_in_both(filterset):
    wanted = LeadFactory(country="GB", score=70, campaign="spring")
    LeadFactory(country="DE", score=70, campaign="spring")
    LeadFactory(country="GB", score=10, campaign="spring")
    LeadFactory(country="GB", score=70, campaign="autumn")
    query = QueryDict("country=gb&score_min=50&score_max=80&campaign=spring")
    assert list(filterset(query, queryset=Lead.objects.all()).qs) == [wanted]
