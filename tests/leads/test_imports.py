import io
from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from leads.imports import rows
from leads.imports.reader import CsvSource, ImportFileError
from leads.imports.service import leads_import
from leads.models import Lead, LeadChange, LeadSource, Stage, StageChange, Via
from leads.normalize import normalize_email
from leads.signals import lead_saved, leads_imported
from tests.factories import LeadFactory, LeadSourceFactory, ProductLineFactory

pytestmark = pytest.mark.django_db


def run(text: str, *, encoding: str = "utf-8", **kwargs):
    return leads_import(file=io.BytesIO(text.encode(encoding)), **kwargs)


def test_it_imports_utf8_with_a_bom():
    report = run("email,first_name\nzoe@example.com,Zoë\n", encoding="utf-8-sig")

    assert (report.created, report.merged, report.rejected) == (1, 0, 0)
    assert Lead.objects.get().first_name == "Zoë"


def test_it_reads_latin1_when_the_file_is_not_utf8():
    report = run("email;first_name;city\nrene@example.com;René;Besançon\n", encoding="latin-1")

    assert report.created == 1
    lead = Lead.objects.get()
    assert (lead.first_name, lead.city) == ("René", "Besançon")


def test_a_latin1_accent_after_the_first_megabyte_is_still_read_as_latin1():
    rows = "".join(f"lead{i}@example.com,Plain\n" for i in range(60_000))
    data = ("email,first_name\n" + rows + "last@example.com,Désirée\n").encode("latin-1")
    assert len(data) > 1 << 20

    source = CsvSource.open(io.BytesIO(data))

    assert source.encoding == "latin-1"
    assert source.physical_lines == 60_002
    assert list(source.rows())[-1] == (60_002, ["last@example.com", "Désirée"])


def test_it_reads_semicolons_and_headers_in_any_case_with_stray_spaces():
    run(" E-Mail ; FIRST NAME ;Job Title\nada@example.com;Ada;CTO\n")

    lead = Lead.objects.get()
    assert (lead.email, lead.first_name, lead.job_title) == ("ada@example.com", "Ada", "CTO")
    assert lead.attributes == {}


def test_other_columns_become_typed_attributes():
    run(
        "email,Seats,Revenue,Paid,Newsletter,Code,Plan,Empty\n"
        "ada@example.com,12,1500.50,yes,FALSE,0123,pro,\n"
    )

    assert Lead.objects.get().attributes == {
        "Seats": 12,
        "Revenue": 1500.5,
        "Paid": True,
        "Newsletter": False,
        "Code": "0123",
        "Plan": "pro",
    }


def test_it_normalizes_like_the_intake_api():
    run(
        "email,phone,country,source,do_not_call,company_size\n"
        ' Ada@Example.COM ,020 7946 0018,United Kingdom,Webinar,yes,"1,200"\n'
    )

    lead = Lead.objects.select_related("source").get()
    assert lead.email == "ada@example.com"
    assert lead.phone == "+442079460018"
    assert lead.country == "GB"
    assert lead.source.code == "webinar"
    assert lead.do_not_call is True
    assert lead.company_size == 1200


def test_a_phone_extension_is_kept_beside_the_number():
    """E.164 has no extension: the number is stored, and the cell as written is kept aside
    (as HubSpot writes it), so the rep still sees "ext. 89"."""
    report = run("email,Phone Number,country\nzoe@example.com,(555) 123-4567 ext. 89,US\n")

    lead = Lead.objects.get()
    assert lead.phone == "+15551234567"
    assert lead.attributes == {"Phone Number": "(555) 123-4567 ext. 89"}
    assert [(n.line, n.reason) for n in report.notes] == [
        (2, "phone '(555) 123-4567 ext. 89': extension 89 kept in 'Phone Number'")
    ]


def test_a_local_number_without_its_area_code_is_kept_as_written_not_made_up():
    """ "555-0199" is only dialable inside its area: "+15550199" would be a number nobody has."""
    report = run("email,phone,country\nrenee@example.com,555-0199,US\n")

    lead = Lead.objects.get()
    assert lead.phone == ""
    assert lead.attributes == {"phone": "555-0199"}
    assert [n.line for n in report.notes] == [2]


def test_an_unknown_source_is_created_on_first_use_and_reused():
    run("email,source\na@example.com,fair-2025\nb@example.com,FAIR-2025\n")

    assert LeadSource.objects.filter(code="fair-2025").count() == 1
    assert Lead.objects.filter(source__code="fair-2025").count() == 2


def test_a_product_line_must_exist():
    ProductLineFactory(code="cars")

    report = run("email,product_line\na@example.com,cars\nb@example.com,boats\n")

    assert report.rejected == 1
    assert report.errors[0].line == 3
    assert "unknown product line 'boats'" in report.errors[0].reason
    assert not Lead.objects.exists()


def test_map_renames_a_column_and_can_ignore_one():
    run(
        "Mail,Secret,Shoe size\nada@example.com,hunter2,38\n",
        overrides={"mail": "email", "SECRET": "ignore"},
    )

    assert Lead.objects.get().attributes == {"Shoe size": 38}


def test_a_mapping_without_an_identity_column_is_refused():
    with pytest.raises(ImportFileError, match="email, phone or external_id"):
        run("first_name,last_name\nAda,Lovelace\n")


def test_two_columns_for_one_field_are_refused():
    with pytest.raises(ImportFileError, match="both fill 'email'"):
        run("email,Work mail\na@example.com,b@example.com\n", overrides={"work mail": "email"})


def test_an_empty_file_is_refused():
    with pytest.raises(ImportFileError, match="empty"):
        run("")


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("not-an-email,,,", "email: 'not-an-email' is not a valid e-mail address"),
        (",,,Ada", "a lead needs at least one of email, phone or external_id"),
        ("a@example.com,Narnia,,", "country: Unknown country 'Narnia'"),
        # A phone that cannot be read costs the row only when nothing else identifies it.
        (",,abc,", "needs at least one of email, phone or external_id (the phone could not"),
        ("a@example.com,,,Ada,extra", "5 values but the header names 4 columns"),
        ("a@example.com,,,x" * 1 + "y" * 100, "first_name: longer than 100 characters"),
    ],
)
def test_bad_rows_are_reported_with_their_line_and_reason(row, reason):
    report = run(f"email,country,phone,first_name\nok@example.com,,,Ok\n{row}\n")

    assert report.rejected == 1
    assert report.errors[0].line == 3
    assert reason in report.errors[0].reason
    assert not report.saved
    assert not Lead.objects.exists()


def test_line_numbers_are_physical_lines_across_quoted_newlines_and_blank_lines():
    report = run('email,note\na@example.com,"two\nlines"\n\nnope,x\n')

    assert [(e.line, e.reason.split(":")[0]) for e in report.errors] == [(5, "email")]


def test_ten_thousand_rows_with_one_bad_row_save_nothing_and_report_the_line():
    rows = [f"lead{i}@example.com,Lead {i}" for i in range(10_000)]
    rows[6_000] = "lead-6000-at-example.com,Broken"
    text = "email,first_name\n" + "\n".join(rows) + "\n"

    report = run(text)

    assert not report.saved
    assert report.rejected == 1
    assert report.errors[0].line == 6_002
    assert (report.created, report.merged) == (0, 0)
    assert Lead.objects.count() == 0

    report = run(text, skip_invalid=True)

    assert report.saved
    assert (report.created, report.rejected) == (9_999, 1)
    assert Lead.objects.count() == 9_999


def test_every_bad_row_is_reported_not_only_the_first():
    report = run("email\nbad1\nok@example.com\nbad2\n")

    assert [e.line for e in report.errors] == [2, 4]


def test_a_dry_run_counts_but_saves_nothing():
    LeadFactory(email="old@example.com")

    report = run("email,job_title\nold@example.com,CTO\nnew@example.com,\n", dry_run=True)

    assert (report.created, report.merged, report.saved) == (1, 1, False)
    assert list(Lead.objects.values_list("email", "job_title")) == [("old@example.com", "")]
    assert not LeadChange.objects.exists()


def test_it_merges_into_a_lead_with_the_same_email_filling_empty_fields_only():
    lead = LeadFactory(email="ada@example.com", first_name="Ada", company="")
    lead.attributes = {"plan": "basic"}
    lead.save()

    report = run("email,first_name,company,plan,seats\nADA@example.com,Augusta,Babbage Ltd,pro,3\n")

    assert (report.created, report.merged) == (0, 1)
    lead.refresh_from_db()
    assert (lead.first_name, lead.company) == ("Ada", "Babbage Ltd")
    assert lead.attributes == {"plan": "basic", "seats": 3}
    change = LeadChange.objects.get(lead=lead)
    assert (change.kind, change.via) == (LeadChange.Kind.MERGE, Via.IMPORT)
    assert "line 2" in change.note


def test_it_merges_on_phone_and_on_source_plus_external_id():
    by_phone = LeadFactory(email="", phone="+442079460018")
    crm = LeadSourceFactory(code="old-crm")
    by_id = LeadFactory(email="", source=crm, external_id="A-1")

    report = run(
        "email,phone,country,source,external_id\n"
        "p@example.com,020 7946 0018,GB,,\n"
        "x@example.com,,,old-crm,A-1\n"
        "y@example.com,,,other-crm,A-1\n"
    )

    assert (report.created, report.merged) == (1, 2)
    by_phone.refresh_from_db()
    by_id.refresh_from_db()
    assert by_phone.email == "p@example.com"
    assert by_id.email == "x@example.com"


def test_duplicates_within_the_file_merge_even_across_batches():
    report = run(
        "email,phone,first_name,last_name\n"
        "ada@example.com,,Ada,\n"
        "bob@example.com,+14155550123,Bob,\n"
        "ADA@example.com,,,Lovelace\n"
        ",+1 415 555 0123,,Builder\n",
        batch_size=2,
    )

    assert (report.created, report.merged) == (2, 2)
    ada = Lead.objects.get(email="ada@example.com")
    bob = Lead.objects.get(email="bob@example.com")
    assert (ada.first_name, ada.last_name) == ("Ada", "Lovelace")
    assert (bob.phone, bob.last_name) == ("+14155550123", "Builder")


def test_rows_read_a_batch_ahead_are_reported_and_resolved_in_the_files_order():
    # Batches of two: each batch is read in the reading thread while the one before is written;
    # errors still come in line order, and only valid rows create a source.
    errors = []
    report = run(
        "email,country,source,owner\n"
        "a@example.com,GB,Trade Fair,nobody\n"
        "not-an-email,GB,Bad Row Source,\n"
        "c@example.com,Atlantis,,\n"
        "d@example.com,FR,Trade Fair,\n"
        "e@example.com,DE,Partner Event,\n",
        batch_size=2,
        skip_invalid=True,
        on_error=errors.append,
    )

    assert [e.line for e in errors] == [3, 4] and (report.created, report.rejected) == (3, 2)
    assert set(LeadSource.objects.values_list("name", flat=True)) >= {"Trade Fair", "Partner Event"}
    assert not LeadSource.objects.filter(name="Bad Row Source").exists()
    a = Lead.objects.get(email="a@example.com")
    assert a.attributes == {"owner": "nobody"} and a.source.name == "Trade Fair"
    assert Lead.objects.get(email="d@example.com").source_id == a.source_id
    assert [n.line for n in report.notes] == [2]


def test_an_email_held_by_another_lead_stays_with_it():
    LeadFactory(email="", phone="+14155550123", first_name="Phone")
    LeadFactory(email="ada@example.com", first_name="Mail")

    report = run("email,phone\nada@example.com,+14155550123\n")

    assert report.merged == 1
    assert Lead.objects.filter(email="ada@example.com").count() == 1


def test_stage_and_created_at_columns_migrate_history_as_imported():
    report = run(
        "email,stage,created_at,stage_changed_at\n"
        "won@example.com,WON,2024-03-01T10:00:00Z,15-04-2024 09:30\n"
        "mql@example.com,mql,01-02-2024,\n"
        "new@example.com,,2024-01-05,\n"
    )

    assert report.created == 3
    won = Lead.objects.get(email="won@example.com")
    assert won.stage == Stage.WON
    assert won.created_at == datetime(2024, 3, 1, 10, tzinfo=UTC)
    assert won.stage_changed_at == datetime(2024, 4, 15, 9, 30, tzinfo=UTC)
    step = StageChange.objects.get(lead=won)
    assert (step.from_stage, step.to_stage, step.via, step.reason) == ("new", "won", "import", None)
    assert step.at == datetime(2024, 4, 15, 9, 30, tzinfo=UTC)
    mql = Lead.objects.get(email="mql@example.com")
    assert mql.stage == Stage.MQL
    assert mql.stage_changes.get().at == datetime(2024, 2, 1, tzinfo=UTC)
    new = Lead.objects.get(email="new@example.com")
    assert (new.stage, new.stage_changed_at) == (Stage.NEW, datetime(2024, 1, 5, tzinfo=UTC))
    assert not new.stage_changes.exists()


def test_a_bad_stage_or_date_is_a_row_error():
    report = run("email,stage,created_at\na@example.com,hot,\nb@example.com,,yesterday\n")

    assert [e.reason for e in report.errors] == [
        "stage: unknown stage 'hot' (map it: --map-stage \"hot=CODE\", or on the preview page)",
        "created_at: 'yesterday' is not a date (use YYYY-MM-DD, or give the format: "
        "--date-format, or on the preview page)",
    ]


def test_a_merge_does_not_rewrite_the_stage():
    lead = LeadFactory(email="ada@example.com")

    run("email,stage\nada@example.com,won\n")

    lead.refresh_from_db()
    assert lead.stage == Stage.NEW
    assert not StageChange.objects.exists()


def test_one_leads_imported_signal_names_the_created_and_merged_leads(
    django_capture_on_commit_callbacks,
):
    old = LeadFactory(email="old@example.com")
    received = []

    def listener(sender, lead_ids, **kwargs):
        received.append(sorted(lead_ids))

    per_lead = []

    def per_lead_listener(sender, lead, **kwargs):
        per_lead.append(lead)

    leads_imported.connect(listener)
    lead_saved.connect(per_lead_listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            run("email,job_title\nold@example.com,CTO\nnew@example.com,\n")
    finally:
        leads_imported.disconnect(listener)
        lead_saved.disconnect(per_lead_listener)

    new = Lead.objects.get(email="new@example.com")
    assert received == [sorted([old.pk, new.pk])]
    assert per_lead == []  # no lead_saved per lead: listeners get the set at once


def test_a_rejected_import_sends_no_signal(django_capture_on_commit_callbacks):
    received = []

    def listener(sender, lead_ids, **kwargs):
        received.append(lead_ids)

    leads_imported.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            run("email\nnope\n")
    finally:
        leads_imported.disconnect(listener)

    assert received == []


def test_it_looks_leads_up_once_per_batch_and_identity_not_once_per_row():
    text = "email,phone,source\n" + "".join(
        f"l{i}@example.com,+1415555{i:04d},web\n" for i in range(2_000)
    )

    with CaptureQueriesContext(connection) as queries:
        report = run(text, batch_size=500)

    assert report.created == 2_000
    lookups = [q["sql"] for q in queries if q["sql"].startswith('SELECT "leads_lead"')]
    assert len(lookups) == 4 * 2  # 4 batches, by e-mail and by phone


@settings(max_examples=200, deadline=None)
@given(st.from_regex(rows._PLAIN_EMAIL, fullmatch=True))
def test_the_fast_email_check_accepts_only_what_the_intake_check_accepts(email):
    assume(len(email) <= 254)

    assert normalize_email(email) == email


@pytest.mark.parametrize(
    "email",
    [
        "a..b@example.com",
        ".a@example.com",
        "a@-example.com",
        "a@example",
        "a@example.c",
        "0@00--0.aa",  # a reserved label ("--" third and fourth), found by the test above
        "0@0---0.aa",  # the same, its second character a hyphen (found by it too)
    ],
)
def test_addresses_outside_the_fast_check_still_get_the_intake_check(email):
    report = run(f"email\n{email}\n")

    assert report.rejected == 1


def test_a_big_file_has_its_phones_read_by_a_helper_process_with_the_same_results(monkeypatch):
    from leads.imports import phones, service

    text = "email,phone,country\n" + "".join(
        f"p{i}@example.com,{number},{country}\n"
        for i, (number, country) in enumerate(
            [("020 7946 0018", "GB"), ("(415) 555-0100", "US"), ("call me", "US"), ("", "")] * 5
        )
    )
    serial = run(text, dry_run=True)
    started = []
    real_start = phones.PhoneReader.start
    monkeypatch.setattr(service, "PARALLEL_MIN_ROWS", 0)
    monkeypatch.setattr(
        phones.PhoneReader,
        "start",
        classmethod(lambda cls: started.append(real_start()) or started[-1]),
    )

    parallel = run(text, batch_size=4)

    assert len(started) == 1 and started[0] is not None  # the helper process did start
    assert (parallel.created, parallel.rejected, parallel.noted) == (20, 0, 5)
    assert (serial.created, serial.noted) == (parallel.created, parallel.noted)
    assert Lead.objects.filter(phone="+442079460018").count() == 5
    assert Lead.objects.filter(phone="+14155550100").count() == 5
    assert Lead.objects.get(email="p2@example.com").attributes == {"phone": "call me"}
