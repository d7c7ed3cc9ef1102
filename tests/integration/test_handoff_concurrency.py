"""Handoff under real concurrency on PostgreSQL: routing takes turns, accepts race."""

import threading
from collections import Counter

import pytest
from django.db import connection
from django.test import Client

from handoff.models import Assignment, RoutingRule
from handoff.services import route_lead
from leads.models import Lead, StageChange, Team
from leads.services import lead_promote
from tests.factories import LeadFactory
from tests.integration.conftest import wait_for

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def run_at_once(work, n: int) -> list:
    start = threading.Barrier(n)
    results: list = []
    lock = threading.Lock()

    def worker(i: int) -> None:
        try:
            start.wait(timeout=30)
            result = work(i)
            with lock:
                results.append(result)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_concurrent_routings_take_turns_in_the_team(users):
    team = Team.objects.get(name="Inside Sales")
    RoutingRule.objects.create(name="All", team=team, is_default=True)
    leads = [LeadFactory(stage="mql") for _ in range(12)]

    run_at_once(lambda i: route_lead(lead_id=leads[i].pk), 12)

    owners = Counter(Lead.objects.filter(stage="mql").values_list("owner__username", flat=True))
    assert owners == {"sdr": 4, "rep": 4, "rep2": 4}
    assert Assignment.objects.count() == 12


def test_two_reps_accepting_at_once_through_the_inbox(users):
    lead = LeadFactory(stage="mql", team=users["rep"].teams.get())
    clients = []
    for name in ("rep", "rep2"):
        client = Client()
        client.force_login(users[name])
        clients.append(client)

    statuses = run_at_once(
        lambda i: (
            clients[i]
            .post(
                f"/handoff/inbox/{lead.pk}/move/accept/",
                {"expected_stage": "mql"},
                HTTP_HX_REQUEST="true",
            )
            .status_code
        ),
        2,
    )

    # One wins; the other may no longer see the lead (it is the winner's now), so its answer is
    # the plain 404 of a lead it may not see, naming nothing (the access policy).
    assert sorted(statuses) == [200, 404]
    assert StageChange.objects.filter(lead=lead).count() == 1
    assert Lead.objects.get(pk=lead.pk).stage == "sal"


@pytest.mark.worker
def test_a_real_worker_routes_a_promoted_lead(users, real_worker):
    team = Team.objects.get(name="Inside Sales")
    RoutingRule.objects.create(name="All", team=team, is_default=True)
    lead = LeadFactory(stage="new")

    lead_promote(lead=lead, by=users["marketer"])  # commits; the task goes to the broker

    assert wait_for(lambda: Assignment.objects.filter(lead=lead).exists())
    lead.refresh_from_db()
    assert lead.owner is not None and lead.owner.username in ("sdr", "rep", "rep2")
