import io

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from leads.api_tokens import token_digest
from leads.duplicates import DuplicateRule, duplicate_groups
from leads.models import Lead, Stage, StageChange
from leads.roles import role_of

pytestmark = pytest.mark.django_db


def test_add_user_creates_a_user_in_a_role_and_prints_the_token():
    out = io.StringIO()

    call_command(
        "add_user",
        "dana",
        "--role",
        "rep",
        "--password",
        "pw-12345",
        "--team",
        "East",
        stdout=out,
        stderr=io.StringIO(),
    )

    user = get_user_model().objects.get(username="dana")
    assert role_of(user) == "rep"
    assert user.check_password("pw-12345")
    assert user.teams.get().name == "East"
    token = out.getvalue().strip().splitlines()[-1]
    # Shown once: the database holds only its digest, and the token authenticates.
    assert Token.objects.get(user=user).key == token_digest(token) != token
    assert (
        APIClient().get("/api/v1/reasons/", HTTP_AUTHORIZATION=f"Token {token}").status_code == 200
    )


def test_add_user_refuses_an_unknown_role():
    with pytest.raises(CommandError):
        call_command("add_user", "dana", "--role", "wizard", stderr=io.StringIO())
    assert not get_user_model().objects.filter(username="dana").exists()


def _snapshot() -> list:
    leads = list(
        Lead.objects.order_by("external_id").values_list(
            "external_id",
            "email",
            "stage",
            "score",
            "created_at",
            "owner__username",
            "source__code",
        )
    )
    moves = list(
        StageChange.objects.order_by("lead__external_id", "at").values_list(
            "lead__external_id",
            "from_stage",
            "to_stage",
            "at",
            "by__username",
            "reason__code",
        )
    )
    return [leads, moves]


@time_machine.travel("2026-06-15 10:00:00Z", tick=False)
def test_seed_demo_is_deterministic_and_reaches_every_stage():
    call_command("seed_demo", "--leads", "400", "--seed", "7", stdout=io.StringIO())
    first = _snapshot()
    stages = set(Lead.objects.values_list("stage", flat=True))
    Lead.all_objects.all().delete()

    call_command("seed_demo", "--leads", "400", "--seed", "7", stdout=io.StringIO())

    assert _snapshot() == first
    assert stages == set(Stage.values)
    assert len(first[0]) == 400
    users = get_user_model().objects.values_list("username", flat=True)
    assert set(users) >= {"marketer", "sdr", "rep1", "rep2", "manager", "admin"}


@time_machine.travel("2026-06-15 10:00:00Z", tick=False)
def test_seed_demo_history_is_believable():
    call_command("seed_demo", "--leads", "300", stdout=io.StringIO())

    first = Lead.objects.order_by("created_at").first().created_at
    assert (Lead.objects.order_by("-created_at").first().created_at - first).days >= 150
    for change in StageChange.objects.select_related("lead"):
        assert change.at >= change.lead.created_at
    # Every lead's history is a chain: each move starts where the last ended.
    for lead in Lead.objects.prefetch_related("stage_changes"):
        stage = "new"
        for change in lead.stage_changes.all():
            assert change.from_stage == stage
            stage = change.to_stage
        assert stage == lead.stage


def test_seed_demo_a_second_time_adds_no_leads():
    call_command("seed_demo", "--leads", "20", stdout=io.StringIO())
    out = io.StringIO()
    call_command("seed_demo", "--leads", "20", stdout=out)
    assert Lead.objects.count() == 20
    assert "already present" in out.getvalue()


def test_seed_demo_leaves_some_duplicates_to_review():
    call_command("seed_demo", "--leads", "120", stdout=io.StringIO())
    page = duplicate_groups(Lead.objects.all(), rule=DuplicateRule.PHONE, page=1)
    assert len(page.groups) == 3
    assert all(len(group.leads) == 2 for group in page.groups)
