"""Files written exactly as HubSpot, Salesforce, Pipedrive, Zoho CRM and Mautic export them
(tests/leads/exports/: their headers, labels, date formats, BOMs, semicolons, quoted newlines)
import with no flags: every field, stage, source and owner is asserted."""

import io
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from leads.imports.presets import detect_preset
from leads.imports.reader import CsvSource
from leads.imports.service import leads_import
from leads.models import Lead, LeadChange, LeadSource, Stage
from tests.factories import LeadFactory, LeadSourceFactory, UserFactory

pytestmark = pytest.mark.django_db

EXPORTS = Path(__file__).parent / "exports"


def run(name: str, **kwargs):
    with (EXPORTS / name).open("rb") as stream:
        return leads_import(file=stream, **kwargs)


@pytest.fixture
def jane():
    return UserFactory(
        username="jdoe", first_name="Jane", last_name="Doe", email="jane@leadcrm.example"
    )


@pytest.fixture
def rep1():
    return UserFactory(username="rep1", first_name="Rep", last_name="One")


def lead(email: str) -> Lead:
    return Lead.objects.select_related("source", "owner").get(email=email)


@pytest.mark.parametrize(
    ("name", "preset"),
    [
        ("hubspot-contacts.csv", "hubspot"),
        ("salesforce-leads-report.csv", "salesforce"),
        ("salesforce-dataloader.csv", "salesforce-api"),
        ("pipedrive-people.csv", "pipedrive"),
        ("zoho-leads.csv", "zoho"),
        ("mautic-contacts.csv", "mautic"),
    ],
)
def test_it_recognizes_each_tool_from_its_header_row(name, preset):
    with (EXPORTS / name).open("rb") as stream:
        assert detect_preset(CsvSource.open(stream).headers).name == preset


def test_a_plain_csv_has_no_preset():
    assert detect_preset(["email", "first_name", "Company Name", "Lead Source"]) is None


def test_it_imports_a_hubspot_contacts_export(jane, rep1):
    report = run("hubspot-contacts.csv")

    assert report.preset == "hubspot"
    assert (report.rejected, report.created, report.merged) == (0, 5, 0)
    zoe = lead("zoe@nordic.example")
    assert (zoe.first_name, zoe.last_name, zoe.company, zoe.job_title) == (
        "Zoë",
        "Ångström",
        "Nordic AB",
        "CTO",
    )
    assert (zoe.phone, zoe.country, zoe.external_id) == ("+14155550100", "US", "51")
    assert zoe.stage == Stage.MQL
    assert zoe.created_at == datetime(2024, 1, 15, 10, 30, tzinfo=UTC)
    assert (zoe.source.code, zoe.source.name) == ("organic-search", "Organic Search")
    assert zoe.owner == jane
    assert zoe.attributes == {"Lead Status": "Open"}
    dora = lead("dora.import@example.com")
    assert (dora.stage, dora.phone, dora.source.name) == (
        Stage.WON,
        "+14155550111",
        "Direct Traffic",
    )
    assert dora.owner is None and dora.attributes == {}
    olaf = lead("olaf.import@example.com")
    # Dora's colleague shares her switchboard number: two people, two leads.
    assert (olaf.stage, olaf.phone, olaf.source_id) == (Stage.NEW, "+14155550111", dora.source_id)
    assert olaf.owner is None
    assert olaf.attributes == {"Contact owner": "nobody@example.com"}
    mia = lead("mia@example.de")
    assert (mia.phone, mia.country, mia.job_title) == ("+49301234567", "DE", "Head of Sales\nEMEA")
    assert (mia.stage, mia.owner, mia.source.name) == (Stage.NEW, rep1, "Paid Search")
    assert mia.created_at == datetime(2024, 2, 29, 23, 59, tzinfo=UTC)
    assert mia.attributes == {"Lead Status": "In Progress"}
    pat = lead("pat@example.com")
    assert (pat.phone, pat.stage, pat.country, pat.owner) == ("", Stage.SQL, "CA", jane)
    assert pat.attributes == {"Phone Number": "call me"}
    assert LeadSource.objects.filter(name="Offline Sources", code="offline-sources").exists()
    assert [(n.line, n.reason) for n in report.notes] == [
        (4, "owner 'nobody@example.com' is not a user here: kept in 'Contact owner'"),
        (7, "phone 'call me' could not be read: kept in 'Phone Number'"),
    ]
    assert [(d.line, d.lead_id, d.other_id) for d in report.duplicates] == [(4, olaf.pk, dora.pk)]


def test_it_imports_a_salesforce_leads_report(jane, rep1):
    report = run("salesforce-leads-report.csv")

    assert report.preset == "salesforce"
    # The report's footer lines are not leads.
    assert (report.rows, report.created, report.rejected) == (4, 4, 0)
    ana = lead("ana@acme.example")
    assert (ana.first_name, ana.last_name, ana.job_title, ana.company) == (
        "Ana",
        "García",
        "VP Marketing",
        "Acme Iberia",
    )
    assert (ana.phone, ana.country, ana.external_id) == ("+34912345678", "ES", "00Q5g00000AbCdEEA1")
    assert (ana.stage, ana.source.code, ana.owner) == (Stage.NEW, "web", jane)
    assert ana.created_at == datetime(2024, 3, 4, 9, 15, tzinfo=UTC)
    bill = lead("bill@smith.example")
    assert (bill.stage, bill.phone, bill.country) == (Stage.SAL, "+12125550199", "US")
    assert (bill.source.name, bill.owner) == ("Partner Referral", jane)
    assert bill.created_at == datetime(2024, 3, 5, 17, 40, tzinfo=UTC)
    assert bill.stage_changes.get().at == bill.created_at
    chen = lead("chen@li.example")
    assert (chen.stage, chen.country, chen.owner, chen.source.name) == (
        Stage.SQL,
        "CN",
        rep1,
        "Trade Show",
    )
    dev = lead("dev@patel.example")
    assert (dev.stage, dev.owner, dev.source_id) == (Stage.DISQUALIFIED, None, ana.source_id)
    assert dev.attributes == {"Lead Owner": "Someone Gone"}
    assert Lead.objects.count() == 4


def test_it_imports_a_salesforce_data_loader_export():
    report = run("salesforce-dataloader.csv")

    assert (report.preset, report.created) == ("salesforce-api", 1)
    eva = lead("eva@novak.example")
    assert (eva.first_name, eva.last_name, eva.job_title, eva.company) == (
        "Eva",
        "Novak",
        "CFO",
        "Novak s.r.o.",
    )
    assert (eva.phone, eva.country, eva.stage) == ("+420601123456", "CZ", Stage.SAL)
    assert (eva.source.code, eva.source.name) == ("purchased-list", "Purchased List")
    assert eva.created_at == datetime(2024, 4, 2, 8, 0, tzinfo=UTC)
    assert eva.external_id == "00Q5g00000XyZaAEA1"
    assert eva.attributes == {"OWNERID": "0055g00000ABCdeAAF"}


def test_it_imports_a_pipedrive_people_export_with_semicolons(rep1):
    report = run("pipedrive-people.csv")

    assert (report.preset, report.created, report.rejected) == ("pipedrive", 2, 0)
    joerg = lead("joerg@weiss.example")
    assert (joerg.first_name, joerg.last_name, joerg.company, joerg.phone) == (
        "Jörg",
        "Weiß",
        "Weiß KG",
        "+4930901820",
    )
    assert (joerg.owner, joerg.external_id, joerg.stage) == (rep1, "101", Stage.NEW)
    assert joerg.created_at == datetime(2024, 5, 6, 14, 3, 22, tzinfo=UTC)
    assert joerg.attributes == {"Person - Name": "Jörg Weiß", "Person - Label": "Hot"}
    lena = lead("lena@janssen.example")
    # No country to read "06 12345678" in: kept as written, the row imported all the same.
    assert (lena.phone, lena.owner) == ("", None)
    assert lena.attributes == {
        "Person - Name": 'Lena "LJ" Janssen',
        "Person - Label": "Warm",
        "Person - Phone - Work": "06 12345678",
    }


def test_it_imports_a_zoho_leads_export(rep1):
    report = run("zoho-leads.csv")

    assert (report.preset, report.created) == ("zoho", 2)
    ravi = lead("ravi@kumar.example")
    assert (ravi.job_title, ravi.company, ravi.industry, ravi.company_size) == (
        "Director",
        "Kumar Exports",
        "Manufacturing",
        250,
    )
    assert (ravi.phone, ravi.country, ravi.city, ravi.stage) == (
        "+919876543210",
        "IN",
        "Mumbai",
        Stage.MQL,
    )
    assert (ravi.owner, ravi.source.name, ravi.do_not_email) == (rep1, "Trade Show", False)
    assert ravi.created_at == datetime(2024, 6, 10, 11, 22, 33, tzinfo=UTC)
    assert ravi.external_id == "zcrm_4876876000000123001"
    yuki = lead("yuki@sato.example")
    assert (yuki.phone, yuki.stage, yuki.do_not_email) == ("+81312345678", Stage.DISQUALIFIED, True)
    assert yuki.source.name == "Web Download"


def test_it_imports_a_mautic_contacts_export():
    report = run("mautic-contacts.csv")

    assert (report.preset, report.created) == ("mautic", 2)
    ines = lead("ines@dupont.example")
    assert (ines.first_name, ines.last_name, ines.job_title, ines.company) == (
        "Inès",
        "Dupont",
        "Marketing Manager",
        "Dupont SA",
    )
    assert (ines.phone, ines.country, ines.city, ines.stage) == (
        "+33123456789",
        "FR",
        "Paris",
        Stage.MQL,
    )
    assert ines.created_at == datetime(2024, 7, 1, 10, 0, tzinfo=UTC)
    # Mautic's "title" is the salutation, never the job title.
    assert ines.attributes == {
        "title": "Mrs",
        "points": 42,
        "date_identified": "2024-07-01 10:05:00",
    }
    luca = lead("luca@rossi.example")
    assert (luca.stage, luca.external_id, luca.source) == (Stage.NEW, "8", None)


def test_a_phone_match_never_merges_a_row_into_a_colleague_with_another_email():
    """Issue 14: Dora shared a phone with a lead already stored; she was merged into him."""
    colleague = LeadFactory(
        email="olaf@importco.example", phone="+14155550111", first_name="Olaf", company="Importco"
    )
    text = "First Name,Email,Company Name,Phone Number,Country,budget\n"
    text += "Dora,dora.import@example.com,Importco,(415) 555-0111,US,5000\n"
    report = leads_import(file=io.BytesIO(text.encode()))

    assert (report.created, report.merged) == (1, 0)
    colleague.refresh_from_db()
    assert (colleague.email, colleague.first_name) == ("olaf@importco.example", "Olaf")
    assert "budget" not in colleague.attributes
    dora = lead("dora.import@example.com")
    assert (dora.first_name, dora.phone, dora.attributes) == (
        "Dora",
        "+14155550111",
        {"budget": 5000},
    )
    flag = LeadChange.objects.get(lead=dora)
    assert (flag.kind, flag.new_value) == (
        LeadChange.Kind.IMPORT,
        f"possible duplicate of lead {colleague.pk}",
    )
    assert [(d.line, d.lead_id, d.other_id) for d in report.duplicates] == [
        (2, dora.pk, colleague.pk)
    ]


def test_a_phone_match_still_merges_when_the_emails_do_not_differ():
    by_phone = LeadFactory(email="", phone="+14155550111")
    report = leads_import(file=io.BytesIO(b"email,phone,country\ndora@example.com,4155550111,US\n"))

    assert (report.created, report.merged) == (0, 1)
    by_phone.refresh_from_db()
    assert by_phone.email == "dora@example.com"
    assert [(m.line, m.lead_id, m.filled) for m in report.merges] == [
        (2, by_phone.pk, ["email", "country"])
    ]


def test_the_report_links_each_merged_row_to_its_lead_and_the_fields_it_filled():
    ada = LeadFactory(email="ada@example.com", company="", job_title="")
    report = leads_import(
        file=io.BytesIO(
            b"email,company,job_title,plan\n"
            b"ada@example.com,Babbage Ltd,,pro\n"
            b"new@example.com,,,\n"
            b"NEW@example.com,Newco,CTO,\n"
        )
    )

    assert [(m.line, m.lead_id, m.filled) for m in report.merges] == [
        (2, ada.pk, ["company", "attributes"]),
        (4, Lead.objects.get(email="new@example.com").pk, ["company", "job_title"]),
    ]


def test_map_stage_and_preset_and_date_format_from_the_command(tmp_path):
    LeadSourceFactory(code="seo", name="Organic Search")
    path = tmp_path / "leads.csv"
    path.write_text(
        "Record ID,Email,Lifecycle Stage,Create Date,Original Source\n"
        "1,a@example.com,Hot prospect,03/04/2024,Organic Search\n"
    )
    out = StringIO()

    call_command(
        "import_leads",
        str(path),
        "--preset",
        "hubspot",
        "--map-stage",
        "Hot prospect=sal",
        "--date-format",
        "%d/%m/%Y",
        stdout=out,
    )

    a = lead("a@example.com")
    assert (a.stage, a.source.code, a.external_id) == (Stage.SAL, "seo", "1")
    assert a.created_at == datetime(2024, 4, 3, tzinfo=UTC)
    assert "read as: HubSpot contacts export" in out.getvalue()


def test_an_ambiguous_day_month_file_is_refused_asking_for_the_format(tmp_path):
    path = tmp_path / "leads.csv"
    path.write_text("email,created_at\na@example.com,03/04/2024\nb@example.com,05/06/2024\n")

    with pytest.raises(CommandError, match=r"could be day/month or month/day.*--date-format"):
        call_command("import_leads", str(path), stdout=StringIO())
    assert not Lead.objects.exists()


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        (["03/04/2024", "25/12/2023"], datetime(2024, 4, 3, tzinfo=UTC)),  # day first
        (["03/04/2024", "12/25/2023 4:05 PM"], datetime(2024, 3, 4, tzinfo=UTC)),  # month first
        (["2024-03-04T09:15:00Z", "2024-03-05"], datetime(2024, 3, 4, 9, 15, tzinfo=UTC)),
        (['"Mar 4, 2024 09:15 AM"', "04.03.2024"], datetime(2024, 3, 4, 9, 15, tzinfo=UTC)),
    ],
)
def test_the_file_tells_its_day_month_order(dates, expected):
    text = "email,created_at\n" + "".join(f"l{i}@example.com,{d}\n" for i, d in enumerate(dates))
    report = leads_import(file=io.BytesIO(text.encode()))

    assert report.created == 2
    assert lead("l0@example.com").created_at == expected


def test_a_date_against_the_files_order_is_a_row_error():
    text = "email,created_at\na@example.com,25/12/2023\nb@example.com,12/25/2023\n"
    report = leads_import(file=io.BytesIO(text.encode()))

    assert [(e.line, e.reason) for e in report.errors] == [
        (3, "created_at: '12/25/2023' is not a date (the file's other dates are day/month)")
    ]


def test_stages_by_leadcrm_name_in_any_case_and_unknown_preset_refused(tmp_path):
    report = leads_import(
        file=io.BytesIO(
            b"email,stage\na@example.com,marketing qualified LEAD\nb@example.com,Recycled\n"
        )
    )
    assert report.created == 2
    assert lead("a@example.com").stage == Stage.MQL
    assert lead("b@example.com").stage == Stage.NURTURE
    path = tmp_path / "x.csv"
    path.write_text("email\na@example.com\n")
    with pytest.raises(CommandError, match="invalid choice"):
        call_command("import_leads", str(path), "--preset", "marketo", stdout=StringIO())
    with pytest.raises(CommandError, match="'hot' is not a stage code"):
        call_command("import_leads", str(path), "--map-stage", "Warm=hot", stdout=StringIO())


def test_sources_by_code_by_name_or_created_once_for_the_whole_file():
    seo = LeadSourceFactory(code="seo", name="Organic Search")
    report = leads_import(
        file=io.BytesIO(
            b"email,lead source\n"
            b"a@example.com,SEO\n"
            b"b@example.com,organic search\n"
            b"c@example.com,Direct Traffic\n"
            b"d@example.com,direct traffic\n"
        )
    )

    assert report.created == 4
    assert lead("a@example.com").source == seo
    assert lead("b@example.com").source == seo
    direct = LeadSource.objects.get(name="Direct Traffic")
    assert direct.code == "direct-traffic"
    assert lead("d@example.com").source == direct
