from datetime import timedelta

import pytest
from django.utils import timezone

from leads.models import Lead
from leads.tasks import purge_deleted_leads
from tests.factories import LeadFactory
from tests.integration.conftest import wait_for

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_real_worker_purges_leads_deleted_more_than_30_days_ago(real_worker):
    old = LeadFactory(deleted_at=timezone.now() - timedelta(days=31))
    recent = LeadFactory(deleted_at=timezone.now() - timedelta(days=2))
    alive = LeadFactory()

    result = purge_deleted_leads.delay()

    assert result.id  # queued on the broker, not run here
    assert wait_for(lambda: not Lead.all_objects.filter(pk=old.pk).exists())
    assert Lead.all_objects.filter(pk__in=[recent.pk, alive.pk]).count() == 2
