"""The history is append-only through the models, bulk querysets, the admin and the API."""

import pytest
from django.db import transaction
from django.urls import reverse

from leads.models import HistoryIsAppendOnly, Lead, LeadChange, StageChange
from leads.services import lead_assign, lead_promote
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

HISTORY = [StageChange, LeadChange]


@pytest.fixture
def history(marketer, manager, rep) -> Lead:
    lead = LeadFactory()
    lead_promote(lead=lead, by=marketer, note="hot")
    lead_assign(lead=lead, owner=rep, by=manager)
    return lead


@pytest.mark.parametrize("model", HISTORY)
def test_bulk_update_and_delete_are_refused(history, model):
    rows = model.objects.filter(lead=history)
    with pytest.raises(HistoryIsAppendOnly):
        rows.update(note="rewritten")
    with pytest.raises(HistoryIsAppendOnly):
        rows.delete()
    # bulk_update's own atomic block has no savepoint: give it one, as a caller's would.
    with pytest.raises(HistoryIsAppendOnly), transaction.atomic():
        model.objects.bulk_update(list(rows), ["note"])
    assert rows.count() == 1
    assert not rows.filter(note="rewritten").exists()


@pytest.mark.parametrize("model", HISTORY)
def test_a_row_cannot_be_saved_again_or_deleted(history, model):
    row = model.objects.get(lead=history)
    row.note = "rewritten"
    with pytest.raises(HistoryIsAppendOnly):
        row.save()
    with pytest.raises(HistoryIsAppendOnly):
        row.delete()


@pytest.mark.parametrize("model", ["stagechange", "leadchange"])
def test_the_admin_shows_history_but_changes_nothing(client, admin_user, history, model):
    row = {"stagechange": StageChange, "leadchange": LeadChange}[model].objects.get(lead=history)
    client.force_login(admin_user)
    base = f"/admin/leads/{model}/"
    assert client.get(base).status_code == 200
    assert client.get(f"{base}{row.pk}/change/").status_code == 200  # a read-only view
    assert client.get(f"{base}add/").status_code == 403
    assert client.post(f"{base}{row.pk}/change/", {"note": "x"}).status_code == 403
    assert client.post(f"{base}{row.pk}/delete/", {"post": "yes"}).status_code == 403
    bulk = client.post(base, {"action": "delete_selected", "_selected_action": [row.pk]})
    assert bulk.status_code in (200, 302)
    row.refresh_from_db()
    assert row.note in ("hot", "")


def test_the_api_writes_no_history(api, admin_user, history):
    client = api(admin_user)
    url = reverse("api-lead", args=[history.pk])
    assert client.put(url, {}, format="json").status_code == 405
    assert client.delete(url).status_code == 405
    response = client.patch(url, {"history": []}, format="json")
    assert response.status_code == 400
    assert "history" in response.json()
    assert StageChange.objects.filter(lead=history).count() == 1


@pytest.mark.postgres
@pytest.mark.parametrize("model", HISTORY)
def test_the_database_refuses_a_raw_update_or_delete(history, model):
    from django.db import DatabaseError, connection

    table = model._meta.db_table
    for statement in (f"UPDATE {table} SET note = 'rewritten'", f"DELETE FROM {table}"):
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(statement)
    assert model.objects.filter(lead=history).count() == 1


@pytest.mark.postgres
def test_the_gdpr_erase_and_the_purge_still_rewrite_history_on_postgresql(history, admin_user):
    from django.db import DatabaseError, connection

    from leads.deletion import lead_erase

    lead_erase(lead=history, by=admin_user)
    assert StageChange.objects.get(lead=history).note == ""
    # The erase's permission ended with it.
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("UPDATE leads_stagechange SET note = 'x'")
    # Deleting the lead for good (the purge) takes its history along.
    Lead.all_objects.filter(pk=history.pk).delete()
    assert not StageChange.objects.filter(lead_id=history.pk).exists()
    assert not LeadChange.objects.filter(lead_id=history.pk).exists()


@pytest.mark.postgres
def test_deleting_a_user_keeps_their_history_rows(history, marketer):
    marketer.delete()
    assert StageChange.objects.get(lead=history).by is None
