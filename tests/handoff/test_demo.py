from datetime import UTC, datetime

import pytest
import time_machine
from django.contrib.auth.models import User
from django.db import models

from handoff.demo import seed_handoff
from handoff.models import Assignment, Notification, Profile, RoutingRule, TeamSchedule
from leads.demo import seed_demo
from leads.models import Account, AccountMatchReview, Lead

pytestmark = pytest.mark.django_db


def snapshot() -> list[tuple]:
    return list(
        Assignment.objects.order_by("lead__external_id").values_list(
            "lead__external_id",
            "owner__username",
            "rule__name",
            "assigned_at",
            "due_at",
            "escalated_at",
        )
    )


@time_machine.travel(datetime(2026, 11, 25, 12, tzinfo=UTC), tick=False)
def test_the_demo_has_routing_targets_and_notifications_and_is_repeatable():
    seed_demo(leads=600, seed=7)

    # The account-owner rule first (handoff 0012; the demo adds it when a flush removed it).
    assert list(RoutingRule.objects.values_list("name", flat=True)) == [
        "Account owner",
        "Hot payments leads to rep2",
        "Europe",
        "Everyone else",
    ]
    assert TeamSchedule.objects.get().timezone == "Europe/Berlin"
    assert Profile.objects.count() == 3
    open_leads = Lead.objects.filter(stage__in=["mql", "tql", "sal"], owner__isnull=False)
    assert Assignment.objects.count() == open_leads.count() > 0
    # Two of the customer's leads became MQLs and went to its owner by that rule.
    customer = Account.objects.filter(owner__isnull=False).order_by("pk").first()
    by_owner = Assignment.objects.filter(rule__kind="account_owner")
    assert (
        list(by_owner.values_list("owner", "lead__account"))
        == [(customer.owner_id, customer.pk)] * 2
    )
    waiting = Assignment.objects.open()
    overdue = waiting.filter(due_at__lte=datetime(2026, 11, 25, 12, tzinfo=UTC))
    assert 0 < overdue.count() < waiting.count()  # some overdue, some not yet
    assert Notification.objects.filter(user__username="manager", kind="escalated").exists()
    assert Notification.objects.filter(user__username="marketer", kind="rejected").exists()

    first = snapshot()
    Assignment.objects.all().delete()
    Notification.objects.all().delete()
    users = {u.username: u for u in Profile.objects.model.user.field.related_model.objects.all()}
    seed_handoff(leads=list(Lead.objects.order_by("pk")), users=users, seed=7)
    assert snapshot() == first


@time_machine.travel(datetime(2026, 11, 25, 12, tzinfo=UTC), tick=False)
def test_the_demo_has_logged_work_and_tasks_for_the_inbox_and_my_tasks():
    from leads.models import Activity, FollowUp

    seed_demo(leads=600, seed=7)
    now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    work = Activity.objects.filter(by__username__in=["rep1", "rep2"])
    outcomes = set(work.filter(type__code="call").values_list("outcome", flat=True))
    assert {"connected", "no_answer"} <= outcomes
    assert {"call", "email", "note"} <= set(work.values_list("type__code", flat=True))
    # Logged by the lead's owner, after it entered its stage: they count as attempts.
    assert not work.exclude(by=models.F("lead__owner")).exists()
    assert not work.filter(occurred_at__lt=models.F("lead__stage_changed_at")).exists()
    tasks = FollowUp.objects.filter(assignee__username="rep1")
    assert tasks.filter(done_at__isnull=True, due_at__lte=now).exists()  # overdue
    assert tasks.filter(done_at__isnull=True, due_at__gt=now).exists()  # upcoming
    assert tasks.filter(done_at__isnull=False).exists()
    # Overdue ones were told already: the first beat after seeding does not flood the bell.
    assert not tasks.filter(done_at__isnull=True, due_at__lte=now, notified_at__isnull=True)


@time_machine.travel(datetime(2026, 11, 25, 12, tzinfo=UTC), tick=False)
def test_the_demo_has_accounts_an_owner_a_prospect_and_matches_to_review(client):
    seed_demo(leads=600, seed=7)
    customer, prospect = Account.objects.filter(owner__isnull=False).order_by("pk")
    assert customer.leads.filter(stage="won").exists()
    assert not prospect.leads.filter(stage="won").exists()
    assert prospect.leads.filter(stage__in=["sal", "sql"], owner=prospect.owner).exists()
    reviews = AccountMatchReview.objects.filter(resolved_at__isnull=True)
    assert sorted(reviews.values_list("lead__company", "why")) == [
        ("Contoso Pharmaceuticals Europe", "fuzzy"),
        ("Northwind Traders", "tie"),
    ]
    client.force_login(User.objects.get(username="manager"))
    assert "Northwind Traders" in client.get("/leads/accounts/review/").content.decode()
    check = client.get("/handoff/routing/check/", {"lead": customer.leads.first().pk})
    assert "Account owner" in check.content.decode()
