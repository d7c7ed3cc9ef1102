"""Duplicates review (leads/duplicates.py), merging and undoing (leads/merging.py), their pages."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from leads.duplicates import DuplicateRule, duplicate_groups
from leads.merging import MergeConflict, MergeError, MergeForbidden, leads_merge, leads_unmerge
from leads.models import Activity, ActivityType, Lead, LeadChange, LeadMerge, StageChange
from leads.signals import activity_recorded
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def activity(lead, code="page_view"):
    return Activity.objects.create(lead=lead, type=ActivityType.objects.get(code=code))


def groups(rule, page=1):
    return duplicate_groups(Lead.objects.all(), rule=rule, page=page)


# Finding duplicates


def test_same_phone_makes_a_group_oldest_first_and_deleted_leads_do_not_count():
    first = LeadFactory(phone="+442079460018")
    second = LeadFactory(phone="+442079460018")
    LeadFactory(phone="+442079460018", deleted_at=timezone.now())
    LeadFactory(phone="+442079460019")
    LeadFactory(phone="")
    LeadFactory(phone="")

    page = groups(DuplicateRule.PHONE)

    assert [(g.key, g.size, g.leads) for g in page.groups] == [
        (("+442079460018",), 2, [first, second])
    ]
    assert not page.has_next


def test_same_name_at_the_same_email_domain_in_any_case():
    a = LeadFactory(first_name="Ada", last_name="Lovelace", email="ada@acme.com")
    b = LeadFactory(first_name="ADA", last_name="lovelace", email="a.lovelace@ACME.com")
    LeadFactory(first_name="Ada", last_name="Lovelace", email="ada@other.com", company="X")
    LeadFactory(first_name="", last_name="Lovelace", email="l@acme.com")

    page = groups(DuplicateRule.NAME_DOMAIN)

    assert [(g.key, g.leads) for g in page.groups] == [(("lovelace", "ada", "acme.com"), [a, b])]


def test_same_name_at_the_same_company_in_any_case():
    a = LeadFactory(first_name="Ada", last_name="Lovelace", company="Acme Ltd")
    b = LeadFactory(first_name="Ada", last_name="Lovelace", company="ACME LTD")
    LeadFactory(first_name="Ada", last_name="Lovelace", company="Other")
    LeadFactory(first_name="Ada", last_name="Lovelace", company="")

    page = groups(DuplicateRule.NAME_COMPANY)

    assert [(g.key, g.leads) for g in page.groups] == [(("lovelace", "ada", "acme ltd"), [a, b])]


def test_groups_come_in_pages():
    for n in range(25):
        LeadFactory.create_batch(2, phone=f"+4420794600{n:02d}")

    first, second = groups(DuplicateRule.PHONE, 1), groups(DuplicateRule.PHONE, 2)

    assert len(first.groups) == 20 and first.has_next
    assert len(second.groups) == 5 and not second.has_next
    assert first.groups[-1].key < second.groups[0].key


def test_a_huge_group_shows_its_first_members_without_crowding_out_the_others():
    LeadFactory.create_batch(25, phone="+442079460001")
    LeadFactory.create_batch(2, phone="+442079460002")

    page = groups(DuplicateRule.PHONE)

    assert [(g.size, len(g.leads)) for g in page.groups] == [(25, 20), (2, 2)]


# Merging


@pytest.fixture
def pair(manager):
    keep = LeadFactory(
        email="ada@acme.com", first_name="Ada", company="", phone="", attributes={"plan": "pro"}
    )
    away = LeadFactory(
        email="ada.l@acme.com",
        first_name="Augusta",
        company="Acme",
        phone="+442079460018",
        do_not_email=True,
        attributes={"plan": "free", "seats": 3},
    )
    StageChange.objects.create(lead=away, from_stage="new", to_stage="mql", by=manager)
    return keep, away


def test_a_merge_moves_activities_fills_empty_fields_and_soft_deletes(pair, manager):
    keep, away = pair
    moved = [activity(away), activity(away, "email_open")]
    own = activity(keep)

    merge = leads_merge(keep=keep, merge_away=away, by=manager)

    keep.refresh_from_db()
    assert (keep.first_name, keep.company, keep.phone, keep.do_not_email) == (
        "Ada",
        "Acme",
        "+442079460018",
        True,
    )
    assert keep.attributes == {"plan": "pro", "seats": 3}
    assert set(keep.activities.all()) == {*moved, own}
    assert Lead.all_objects.get(pk=away.pk).deleted_at is not None
    assert not Lead.objects.filter(pk=away.pk).exists()
    # History stays with the lead it happened to.
    assert StageChange.objects.get().lead_id == away.pk
    assert merge.by == manager and merge.kept == keep and merge.merged_away_id == away.pk
    changes = LeadChange.objects.filter(kind=LeadChange.Kind.MERGE)
    assert {(c.lead_id, c.by) for c in changes} == {(keep.pk, manager), (away.pk, manager)}


def test_a_merge_gives_the_kept_lead_an_email_it_lacked(manager):
    keep = LeadFactory(email="", phone="+442079460018")
    away = LeadFactory(email="ada@acme.com")

    leads_merge(keep=keep, merge_away=away, by=manager)

    keep.refresh_from_db()
    assert keep.email == "ada@acme.com"


def test_the_kept_leads_timeline_shows_both_histories(client, pair, manager):
    keep, away = pair
    activity(away)
    leads_merge(keep=keep, merge_away=away, by=manager)
    client.force_login(manager)

    page = client.get(keep.get_absolute_url()).content.decode()

    assert f"merged #{away.pk}" in page  # the merged lead's move new → mql
    assert "new → mql" in page
    assert page.count("Merged") >= 2  # the merge, on each lead's side


def test_a_merge_tells_scoring(pair, manager, django_capture_on_commit_callbacks):
    keep, away = pair
    activity(away)
    heard = []

    def listener(sender, lead_ids, **kwargs):
        heard.append(set(lead_ids))

    activity_recorded.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            leads_merge(keep=keep, merge_away=away, by=manager)
    finally:
        activity_recorded.disconnect(listener)

    assert heard == [{keep.pk}]


def test_merge_refusals(pair, users):
    keep, away = pair

    for role in ("sdr", "rep", "outsider"):
        with pytest.raises(MergeForbidden):
            leads_merge(keep=keep, merge_away=away, by=users[role])
    with pytest.raises(MergeError):
        leads_merge(keep=keep, merge_away=keep, by=users["manager"])
    leads_merge(keep=keep, merge_away=away, by=users["marketer"])
    with pytest.raises(MergeConflict):
        leads_merge(keep=keep, merge_away=away, by=users["marketer"])
    assert LeadMerge.objects.count() == 1


# Undoing


def test_undo_restores_the_lead_its_activities_and_empties_what_was_filled(
    pair, manager, admin_user
):
    keep, away = pair
    brought = activity(away)
    own = activity(keep)
    merge = leads_merge(keep=keep, merge_away=away, by=manager)
    later = activity(keep)  # recorded on the kept lead after the merge: stays there
    keep.refresh_from_db()
    keep.company = "Acme Corporation"  # changed by someone since: kept
    keep.save()

    restored = leads_unmerge(merge=merge, by=admin_user)

    keep.refresh_from_db()
    assert restored.pk == away.pk and Lead.objects.filter(pk=away.pk).exists()
    assert set(away.activities.all()) == {brought}
    assert set(keep.activities.all()) == {own, later}
    assert Activity.objects.filter(moved_from__isnull=False).count() == 0
    assert (keep.phone, keep.do_not_email, keep.company) == ("", False, "Acme Corporation")
    assert keep.attributes == {"plan": "pro"}
    merge.refresh_from_db()
    assert merge.undone_by == admin_user and merge.undone_at is not None
    restores = LeadChange.objects.filter(kind=LeadChange.Kind.RESTORE)
    assert {c.lead_id for c in restores} == {keep.pk, away.pk}
    assert StageChange.objects.get().lead_id == away.pk


def test_undo_gives_the_email_back(manager):
    keep = LeadFactory(email="", phone="+442079460018")
    away = LeadFactory(email="ada@acme.com")
    merge = leads_merge(keep=keep, merge_away=away, by=manager)

    leads_unmerge(merge=merge, by=manager)

    keep.refresh_from_db()
    assert keep.email == "" and Lead.objects.get(pk=away.pk).email == "ada@acme.com"


def test_undo_is_refused_after_30_days_twice_or_when_the_address_is_taken(pair, manager):
    keep, away = pair
    merge = leads_merge(keep=keep, merge_away=away, by=manager)
    LeadMerge.objects.filter(pk=merge.pk).update(at=timezone.now() - timedelta(days=31))
    with pytest.raises(MergeConflict, match="30 days"):
        leads_unmerge(merge=merge, by=manager)

    LeadMerge.objects.filter(pk=merge.pk).update(at=timezone.now())
    taker = LeadFactory(email="ada.l@acme.com")
    with pytest.raises(MergeConflict, match="e-mail"):
        leads_unmerge(merge=merge, by=manager)
    assert not Lead.objects.filter(pk=away.pk).exists()

    taker.delete()
    leads_unmerge(merge=merge, by=manager)
    with pytest.raises(MergeConflict, match="already"):
        leads_unmerge(merge=merge, by=manager)


def test_a_chain_of_merges_undoes_in_reverse(manager):
    a, b, c = LeadFactory(), LeadFactory(), LeadFactory()
    from_a, from_b = activity(a), activity(b)
    a_into_b = leads_merge(keep=b, merge_away=a, by=manager)
    b_into_c = leads_merge(keep=c, merge_away=b, by=manager)
    assert set(c.activities.all()) == {from_a, from_b}

    with pytest.raises(MergeConflict, match="undo that first"):
        leads_unmerge(merge=a_into_b, by=manager)
    leads_unmerge(merge=b_into_c, by=manager)
    assert set(b.activities.all()) == {from_a, from_b}
    leads_unmerge(merge=a_into_b, by=manager)

    assert list(a.activities.all()) == [from_a] and list(b.activities.all()) == [from_b]
    assert not c.activities.exists()


# Pages


def test_the_review_page_lists_groups_and_recent_merges(client, marketer, manager):
    LeadFactory.create_batch(2, phone="+442079460018", first_name="Twin")
    keep, away = LeadFactory(), LeadFactory(first_name="Gone", last_name="Away")
    leads_merge(keep=keep, merge_away=away, by=manager)
    client.force_login(marketer)

    page = client.get("/leads/duplicates/").content.decode()

    assert "+442079460018" in page and page.count("Twin") >= 2
    assert "Gone Away" in page and f"/leads/merges/{LeadMerge.objects.get().pk}/undo/" in page


def test_merge_through_the_pages_with_confirmation(pair, manager):
    keep, away = pair
    client = Client(enforce_csrf_checks=True)
    client.force_login(manager)

    confirm = client.get("/leads/duplicates/merge/", {"keep": keep.pk, "merge_away": away.pk})
    assert confirm.status_code == 200 and "table-success" in confirm.content.decode()
    assert not LeadMerge.objects.exists()  # a GET only shows what would happen
    without_token = client.post(
        "/leads/duplicates/merge/", {"keep": keep.pk, "merge_away": away.pk}
    )
    assert without_token.status_code == 403

    client = Client()  # the form's CSRF token, as a browser would send it
    client.force_login(manager)
    response = client.post("/leads/duplicates/merge/", {"keep": keep.pk, "merge_away": away.pk})

    assert response.status_code == 302 and response["Location"] == keep.get_absolute_url()
    merge = LeadMerge.objects.get()
    undo = client.get(f"/leads/merges/{merge.pk}/undo/")
    assert undo.status_code == 200 and "Undo merge" in undo.content.decode()
    response = client.post(f"/leads/merges/{merge.pk}/undo/")
    assert response.status_code == 302 and response["Location"] == away.get_absolute_url()
    assert Lead.objects.filter(pk=away.pk).exists()


def test_merging_a_lead_with_itself_or_a_deleted_one_is_refused_on_the_page(client, manager):
    lead, gone = LeadFactory(), LeadFactory(deleted_at=timezone.now())
    client.force_login(manager)

    same = client.post("/leads/duplicates/merge/", {"keep": lead.pk, "merge_away": lead.pk})
    deleted = client.post("/leads/duplicates/merge/", {"keep": lead.pk, "merge_away": gone.pk})

    assert same.status_code == 302 and same["Location"] == "/leads/duplicates/"
    assert deleted.status_code == 404
    assert not LeadMerge.objects.exists()


@pytest.mark.parametrize("role", ["sdr", "rep", "outsider"])
def test_other_roles_are_refused_every_duplicates_page(client, users, role, manager):
    keep, away = LeadFactory(), LeadFactory()
    merge = leads_merge(keep=keep, merge_away=away, by=manager)
    client.force_login(users[role])
    body = {"keep": keep.pk, "merge_away": away.pk}

    assert client.get("/leads/duplicates/").status_code == 403
    assert client.get("/leads/duplicates/merge/", body).status_code == 403
    assert client.post("/leads/duplicates/merge/", body).status_code == 403
    assert client.get(f"/leads/merges/{merge.pk}/undo/").status_code == 403
    assert client.post(f"/leads/merges/{merge.pk}/undo/").status_code == 403
    merge.refresh_from_db()
    assert merge.undone_at is None


def test_anonymous_is_sent_to_login(client):
    for url in ("/leads/duplicates/", "/leads/duplicates/merge/", "/leads/merges/1/undo/"):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_review_page_queries_do_not_grow_with_groups(
    client, marketer, manager, django_assert_max_num_queries
):
    client.force_login(marketer)

    def make(groups: int) -> None:
        for _ in range(groups):
            lead = LeadFactory()
            LeadFactory(phone=f"+44207946{lead.pk:04d}")
            LeadFactory(phone=f"+44207946{lead.pk:04d}")
            leads_merge(keep=lead, merge_away=LeadFactory(), by=manager)

    make(2)
    with django_assert_max_num_queries(12) as few:
        client.get("/leads/duplicates/")
    make(15)
    with django_assert_max_num_queries(len(few)):
        assert client.get("/leads/duplicates/").status_code == 200
