import pytest

from handoff.webhooks.models import Event, WebhookSubscription
from tests.handoff.webhooks.receiver import Receiver

SECRET = "test-secret-0123456789"


@pytest.fixture
def receiver():
    with Receiver() as running:
        yield running


@pytest.fixture
def subscription(receiver, admin_user) -> WebhookSubscription:
    """Every event, to the test receiver."""
    return WebhookSubscription.objects.create(
        url=receiver.url, events=list(Event.values), secret=SECRET, created_by=admin_user
    )


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what waits for the commit (the deliveries' tasks) as the block ends."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run
