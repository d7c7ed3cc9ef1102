import json
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.db.models import JSONField, TextField
from django.urls import reverse

from leadcrm.celery import app as celery_app
from leads.deletion import (
    DeletionConflict,
    DeletionForbidden,
    lead_delete,
    lead_erase,
    lead_restore,
    leads_purge_deleted,
)
from leads.merging import leads_merge
from leads.models import Activity, ActivityType, Lead, LeadChange, LeadMerge, Stage, StageChange
from leads.services import lead_promote, lead_reject
from leads.tasks import purge_deleted_leads
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


# --- delete and restore ------------------------------------------------------------------


def test_delete_hides_the_lead_and_records_who_when_and_where(manager):
    lead = LeadFactory()
    with time_machine.travel(T0, tick=False):
        lead_delete(lead=lead, by=manager, via="api")
    assert not Lead.objects.filter(pk=lead.pk).exists()
    row = LeadChange.objects.get(lead=lead, kind=LeadChange.Kind.DELETE)
    assert (row.by, row.at, row.via) == (manager, T0, "api")


@pytest.mark.parametrize("role", ["marketer", "sdr", "rep", "outsider"])
def test_only_managers_and_admins_delete(users, role):
    lead = LeadFactory()
    with pytest.raises(DeletionForbidden):
        lead_delete(lead=lead, by=users[role])
    assert Lead.objects.filter(pk=lead.pk).exists()


def test_restore_within_30_days_brings_the_lead_back(admin_user):
    lead = LeadFactory()
    with time_machine.travel(T0, tick=False):
        lead_delete(lead=lead, by=admin_user)
    with time_machine.travel(T0 + timedelta(days=29), tick=False):
        lead_restore(lead=lead, by=admin_user)
    assert Lead.objects.filter(pk=lead.pk).exists()
    kinds = list(LeadChange.objects.filter(lead=lead).values_list("kind", flat=True))
    assert kinds == [LeadChange.Kind.DELETE, LeadChange.Kind.RESTORE]


def test_restore_after_30_days_is_refused(admin_user):
    lead = LeadFactory()
    with time_machine.travel(T0, tick=False):
        lead_delete(lead=lead, by=admin_user)
    with (
        time_machine.travel(T0 + timedelta(days=31), tick=False),
        pytest.raises(DeletionConflict, match="30 days"),
    ):
        lead_restore(lead=lead, by=admin_user)


def test_restore_refuses_when_another_lead_took_the_email(admin_user):
    lead = LeadFactory(email="ada@example.com")
    lead_delete(lead=lead, by=admin_user)
    LeadFactory(email="ada@example.com")
    with pytest.raises(DeletionConflict, match="e-mail"):
        lead_restore(lead=lead, by=admin_user)
    assert Lead.all_objects.get(pk=lead.pk).deleted_at is not None


def test_a_merged_away_lead_is_restored_by_undoing_the_merge_only(admin_user):
    keep, away = LeadFactory(), LeadFactory()
    leads_merge(keep=keep, merge_away=away, by=admin_user)
    with pytest.raises(DeletionConflict, match="merge"):
        lead_restore(lead=away, by=admin_user)


# --- purge -------------------------------------------------------------------------------


def test_purge_removes_leads_deleted_more_than_30_days_ago_with_their_history(admin_user):
    old, recent = LeadFactory(), LeadFactory()
    lead_promote(lead=old, by=admin_user)
    with time_machine.travel(T0, tick=False):
        lead_delete(lead=old, by=admin_user)
    with time_machine.travel(T0 + timedelta(days=20), tick=False):
        lead_delete(lead=recent, by=admin_user)
    with time_machine.travel(T0 + timedelta(days=30, hours=1), tick=False):
        assert purge_deleted_leads() == 1
    assert not Lead.all_objects.filter(pk=old.pk).exists()
    assert not StageChange.objects.filter(lead_id=old.pk).exists()
    assert Lead.all_objects.filter(pk=recent.pk).exists()


def test_it_purges_by_the_moment_it_is_given(admin_user):
    lead = LeadFactory()
    with time_machine.travel(T0, tick=False):
        lead_delete(lead=lead, by=admin_user)
    assert leads_purge_deleted(now=T0 + timedelta(days=29)) == 0
    assert Lead.all_objects.filter(pk=lead.pk).exists()
    assert leads_purge_deleted(now=T0 + timedelta(days=30, seconds=1)) == 1
    assert not Lead.all_objects.filter(pk=lead.pk).exists()


def test_purge_runs_nightly_on_beat():
    entry = celery_app.conf.beat_schedule["purge-deleted-leads"]
    assert entry["task"] == "leads.tasks.purge_deleted_leads"
    assert entry["task"] in celery_app.tasks


# --- GDPR erase --------------------------------------------------------------------------

PERSON = {
    "email": "ada.lovelace@example.com",
    "first_name": "Ada",
    "last_name": "Lovelace",
    "phone": "+14155550123",
    "company": "Analytical Engines",
    "city": "London",
}


def _personal_text(lead_ids: set[int]) -> str:
    """Every text and JSON column of the leads, their activities, history and merges."""
    parts = []
    for model, lookup in [
        (Lead.all_objects, "pk__in"),
        (Activity.objects, "lead__in"),
        (StageChange.objects, "lead__in"),
        (LeadChange.objects, "lead__in"),
        (LeadMerge.objects, "kept__in"),
    ]:
        columns = [
            f.attname
            for f in model.model._meta.concrete_fields
            if isinstance(f, TextField | JSONField) or f.get_internal_type() == "CharField"
        ]
        for row in model.filter(**{lookup: lead_ids}).values(*columns):
            parts.append(json.dumps(row, default=str))
    return "\n".join(parts)


@pytest.fixture
def person(marketer, rep):
    lead = LeadFactory(**PERSON, attributes={"linkedin": "ada-lovelace"})
    duplicate = LeadFactory(email="ada@lovelace.example", first_name="Ada", last_name="Lovelace")
    leads_merge(keep=lead, merge_away=duplicate, by=marketer)
    visit = ActivityType.objects.get_or_create(code="page_view", defaults={"label": "Page view"})
    Activity.objects.create(
        lead=lead,
        type=visit[0],
        properties={"url": "/pricing?email=ada.lovelace@example.com"},
        idempotency_key="ada.lovelace@example.com-1",
    )
    lead_promote(lead=lead, by=marketer, note="Ada Lovelace asked for a demo")
    lead_reject(lead=lead, by=rep, reason="no_budget", note="Called Ada Lovelace on +14155550123")
    return lead


def test_erase_leaves_nothing_personal(person, admin_user):
    ids = {person.pk, *Lead.all_objects.filter(first_name="Ada").values_list("pk", flat=True)}
    assert "Lovelace" in _personal_text(ids)
    lead_erase(lead=person, by=admin_user)
    text = _personal_text(ids)
    for value in [*PERSON.values(), "Ada", "ada-lovelace", "ada@lovelace.example", "5550123"]:
        assert value not in text


def test_erase_keeps_an_anonymous_history(person, admin_user):
    moves = list(StageChange.objects.filter(lead=person).values_list("to_stage", "reason__code"))
    lead_erase(lead=person, by=admin_user)
    person.refresh_from_db()
    assert (person.first_name, person.email, person.external_id) == (
        "Erased",
        "",
        f"erased-{person.pk}",
    )
    assert person.stage == Stage.NURTURE
    after = list(StageChange.objects.filter(lead=person).values_list("to_stage", "reason__code"))
    assert after == moves
    erase = LeadChange.objects.get(lead=person, kind=LeadChange.Kind.ERASE)
    assert (erase.by, erase.old_value, erase.new_value, erase.note) == (admin_user, "", "", "")


def test_erase_does_not_change_the_funnel(person, admin_user, api):
    client = api(admin_user)
    url = reverse("api-reports-funnel") + "?created_after=2000-01-01&created_before=2100-01-01"
    before = client.get(url).json()
    lead_erase(lead=person, by=admin_user)
    assert client.get(url).json() == before
    assert before["cohort"]["leads"] == 1


@pytest.mark.parametrize("role", ["marketer", "sdr", "rep", "manager"])
def test_only_admins_erase(users, role):
    lead = LeadFactory(**PERSON)
    with pytest.raises(DeletionForbidden):
        lead_erase(lead=lead, by=users[role])
    assert Lead.objects.get(pk=lead.pk).email == PERSON["email"]


def test_erase_command_by_email_erases_deleted_leads_too(admin_user):
    deleted = LeadFactory(email="ada@example.com")
    lead_delete(lead=deleted, by=admin_user)
    alive = LeadFactory(email="ada@example.com")
    call_command("erase_lead", "--email", "Ada@Example.com")
    assert not Lead.all_objects.filter(email="ada@example.com").exists()
    erased = LeadChange.objects.filter(kind=LeadChange.Kind.ERASE, via="command")
    assert set(erased.values_list("lead", flat=True)) == {deleted.pk, alive.pk}


def test_erase_command_by_id_and_unknown():
    lead = LeadFactory(**PERSON)
    call_command("erase_lead", "--id", str(lead.pk))
    assert Lead.objects.get(pk=lead.pk).email == ""
    with pytest.raises(CommandError, match="No lead"):
        call_command("erase_lead", "--email", "nobody@example.com")
    with pytest.raises(CommandError, match="Not an e-mail"):
        call_command("erase_lead", "--email", "not an address")


# --- pages -------------------------------------------------------------------------------


def test_manager_deletes_from_the_lead_page_and_restores_from_the_list(client, manager):
    lead = LeadFactory(first_name="Grace")
    client.force_login(manager)
    page = client.get(reverse("leads:detail", args=[lead.pk]))
    assert reverse("leads:delete", args=[lead.pk]) in page.content.decode()

    response = client.post(reverse("leads:delete", args=[lead.pk]))
    assert response.status_code == 302
    assert client.get(reverse("leads:detail", args=[lead.pk])).status_code == 404
    listing = client.get(reverse("leads:deleted"))
    assert "Grace" in listing.content.decode()

    response = client.post(reverse("leads:restore", args=[lead.pk]))
    assert response["Location"] == lead.get_absolute_url()
    assert client.get(reverse("leads:detail", args=[lead.pk])).status_code == 200
    assert LeadChange.objects.get(lead=lead, kind="restore").via == "ui"


@pytest.mark.parametrize("role", ["marketer", "sdr", "rep"])
def test_other_roles_see_no_delete_button(client, users, role):
    lead = LeadFactory(team=users["rep"].teams.first())
    client.force_login(users[role])
    page = client.get(reverse("leads:detail", args=[lead.pk]))
    assert page.status_code == 200
    assert reverse("leads:delete", args=[lead.pk]) not in page.content.decode()


def test_deleted_list_leaves_out_merged_and_old_deletions(client, admin_user):
    recent, old = LeadFactory(first_name="Recent"), LeadFactory(first_name="Oldie")
    keep, away = LeadFactory(), LeadFactory(first_name="Merged")
    leads_merge(keep=keep, merge_away=away, by=admin_user)
    with time_machine.travel(T0, tick=False):
        lead_delete(lead=old, by=admin_user)
    lead_delete(lead=recent, by=admin_user)
    client.force_login(admin_user)
    with time_machine.travel(datetime.now(UTC), tick=False):
        text = client.get(reverse("leads:deleted")).content.decode()
    assert "Recent" in text
    assert "Oldie" not in text
    assert "Merged" not in text


# --- admin actions -----------------------------------------------------------------------


def _action(client, action: str, leads, **extra):
    return client.post(
        reverse("admin:leads_lead_changelist"),
        {"action": action, "_selected_action": [lead.pk for lead in leads], **extra},
    )


def test_admin_soft_deletes_and_erases(client, admin_user):
    doomed, erased = LeadFactory(), LeadFactory(**PERSON)
    client.force_login(admin_user)
    _action(client, "soft_delete_selected", [doomed])
    assert Lead.all_objects.get(pk=doomed.pk).deleted_at is not None
    confirm = _action(client, "erase_selected", [erased])
    assert b"cannot be undone" in confirm.content
    assert Lead.objects.get(pk=erased.pk).email == PERSON["email"]
    _action(client, "erase_selected", [erased], apply="1")
    assert Lead.objects.get(pk=erased.pk).email == ""
    assert LeadChange.objects.get(lead=erased, kind="erase").via == "admin"


def test_managers_admin_has_no_erase_action(client, manager):
    lead = LeadFactory(**PERSON)
    manager.user_permissions.add(*_lead_permissions())
    client.force_login(manager)
    page = client.get(reverse("admin:leads_lead_changelist"))
    assert page.status_code == 200
    assert "erase_selected" not in page.content.decode()
    assert "soft_delete_selected" in page.content.decode()
    _action(client, "erase_selected", [lead], apply="1")
    assert Lead.objects.get(pk=lead.pk).email == PERSON["email"]


def _lead_permissions():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="leads", codename__endswith="_lead")


def test_erase_tells_the_other_apps(admin_user):
    from leads.signals import lead_erased

    lead, heard = LeadFactory(**PERSON), []

    def listener(sender, lead_ids, **kwargs):
        heard.append(set(lead_ids))

    lead_erased.connect(listener)
    try:
        lead_erase(lead=lead, by=admin_user)
    finally:
        lead_erased.disconnect(listener)
    assert heard == [{lead.pk}]


def test_deleted_list_queries_do_not_grow_with_rows(
    client, admin_user, django_assert_max_num_queries
):
    for _ in range(12):
        lead_delete(lead=LeadFactory(), by=admin_user)
    client.force_login(admin_user)
    with django_assert_max_num_queries(8):
        assert client.get(reverse("leads:deleted")).status_code == 200
