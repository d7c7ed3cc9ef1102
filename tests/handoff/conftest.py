import pytest

from handoff.models import RoutingRule
from leads.models import Team


@pytest.fixture
def team(users) -> Team:
    """Inside Sales: sdr, rep, rep2 and their manager."""
    return Team.objects.get(name="Inside Sales")


@pytest.fixture
def default_rule(team) -> RoutingRule:
    return RoutingRule.objects.create(
        position=100, name="Everyone else", team=team, response_hours=8, is_default=True
    )


@pytest.fixture
def web(client):
    def as_user(user):
        client.force_login(user)
        return client

    return as_user
