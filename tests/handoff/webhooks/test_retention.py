"""The log keeps 30 days, forgets personal data on erase, and the README's receiver works."""

from __future__ import annotations

import json
import re
import threading
from datetime import timedelta
from http.server import HTTPServer
from pathlib import Path

import pytest
import time_machine
from django.utils import timezone

from handoff.webhooks.models import WebhookAttempt, WebhookDelivery
from handoff.webhooks.tasks import webhooks_purge
from leads.deletion import lead_erase
from leads.models import Stage
from leads.services import lead_promote
from tests.factories import LeadFactory
from tests.handoff.webhooks.conftest import SECRET

pytestmark = pytest.mark.django_db

README = Path(__file__).resolve().parents[3] / "README.md"


def test_the_nightly_purge_forgets_deliveries_older_than_30_days(subscription, marketer, on_commit):
    with time_machine.travel(timezone.now() - timedelta(days=31)), on_commit():
        lead_promote(lead=LeadFactory(stage=Stage.NEW), by=marketer)
    with on_commit():
        lead_promote(lead=LeadFactory(stage=Stage.NEW), by=marketer)
    old, recent = WebhookDelivery.objects.order_by("pk")

    assert webhooks_purge() == 1

    assert list(WebhookDelivery.objects.all()) == [recent]
    assert not WebhookAttempt.objects.filter(delivery_id=old.pk).exists()
    assert WebhookAttempt.objects.filter(delivery=recent).count() == 1


def test_an_erase_leaves_only_the_leads_id_in_the_log(
    subscription, receiver, marketer, admin_user, on_commit
):
    lead = LeadFactory(stage=Stage.NEW, email="ada@example.com", first_name="Ada")
    with on_commit():
        lead_promote(lead=lead, by=marketer)
    assert "ada@example.com" in WebhookDelivery.objects.get().body

    lead_erase(lead=lead, by=admin_user)

    delivery = WebhookDelivery.objects.get()
    assert "ada@example.com" not in delivery.body and "Ada" not in delivery.body
    payload = json.loads(delivery.body)
    assert payload["data"] == {"id": lead.pk, "erased": True}
    assert payload["id"] == str(delivery.uuid)


def _readme_receiver(secret: str) -> type:
    """The README's example receiver, as printed (its secret and its serve_forever aside)."""
    section = README.read_text().split("## Webhooks", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    code = code.replace('b"whsec_..."', repr(secret.encode()))
    code = "\n".join(line for line in code.splitlines() if "serve_forever" not in line)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 (our own README)
    return namespace["Hook"]


@pytest.mark.parametrize(("secret", "status"), [(SECRET, 204), ("not-the-secret", 401)])
def test_the_readmes_receiver_accepts_our_signature_and_no_other(
    secret, status, subscription, marketer, on_commit
):
    server = HTTPServer(("127.0.0.1", 0), _readme_receiver(secret))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    subscription.url = f"http://127.0.0.1:{server.server_port}/"
    subscription.save()
    try:
        with on_commit():
            lead_promote(lead=LeadFactory(stage=Stage.NEW), by=marketer)
    finally:
        server.shutdown()
        server.server_close()

    assert WebhookAttempt.objects.get().status_code == status
