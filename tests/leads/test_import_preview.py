"""The import preview: it tells the truth about the rows (each failing cell marked with its
reason), shows and lets people change the tool a file comes from, its stage labels and date
format, and any file it accepted can be confirmed. Hostile files get a message, never a 500."""

import csv
import io
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from leads.imports.reader import MAX_COLUMNS, CsvSource
from leads.models import ImportJob, Lead, LeadSource, Stage
from tests.factories import LeadFactory, UserFactory

pytestmark = pytest.mark.django_db

EXPORTS = Path(__file__).parent / "exports"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def upload(client, content: bytes, name: str = "leads.csv"):
    return client.post(
        reverse("leads:imports:upload"), {"file": SimpleUploadedFile(name, content, "text/csv")}
    )


def preview_url(job: ImportJob) -> str:
    return reverse("leads:imports:preview", args=[job.pk])


def posted(form) -> dict:
    """What the browser posts for the form as shown: every field's initial value."""
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value not in (None, False):
            data[name] = "on" if value is True else value
    return data


def test_the_preview_marks_each_failing_cell_with_its_reason(client, marketer):
    client.force_login(marketer)
    upload(
        client,
        b"email,phone,country,created_at,stage\n"
        b"ok@example.com,+14155550100,US,2024-01-05,mql\n"
        b"not-an-email,12,Narnia,yesterday,hot\n"
        b",,,2024-01-05,\n"
        b"x@example.com,call me,,,\n",
    )
    job = ImportJob.objects.get()

    response = client.get(preview_url(job))

    rows = response.context["preview"].rows
    assert [(c.value, c.error) for c in rows[0].cells] == [
        ("ok@example.com", ""),
        ("+14155550100", ""),
        ("US", ""),
        ("2024-01-05", ""),
        ("mql", ""),
    ]
    errors = {c.value: c.error for c in rows[1].cells if c.error}
    assert errors == {
        "not-an-email": "'not-an-email' is not a valid e-mail address",
        "Narnia": "Unknown country 'Narnia': use an ISO code or an English name.",
        "yesterday": "'yesterday' is not a date (use YYYY-MM-DD, or give the format: "
        "--date-format, or on the preview page)",
        "hot": "unknown stage 'hot' (map it: --map-stage \"hot=CODE\", or on the preview page)",
    }
    assert (rows[2].line, rows[2].error) == (
        4,
        "a lead needs at least one of email, phone or external_id",
    )
    assert rows[3].cells[1].note == "phone 'call me' could not be read: kept in 'phone'"
    page = response.content.decode()
    assert "2 of these 4 rows will be rejected" in page
    assert 'data-error="&#x27;not-an-email&#x27; is not a valid e-mail address"' in page
    assert not LeadSource.objects.exists()  # the preview writes nothing


def test_the_preview_shows_the_tool_its_mapping_and_stage_labels(client, marketer):
    client.force_login(marketer)
    upload(client, (EXPORTS / "salesforce-leads-report.csv").read_bytes())
    job = ImportJob.objects.get()

    response = client.get(preview_url(job))

    assert job.preset == "salesforce"
    page = response.content.decode()
    assert 'id="import-preset">Salesforce leads report export<' in page
    form = response.context["form"]
    assert [f.initial for f in form.column_fields()] == [
        "external_id",
        "first_name",
        "last_name",
        "job_title",
        "company",
        "email",
        "phone",
        "source",
        "stage",
        "country",
        "created_at",
        "owner",
    ]
    assert {f.label: f.initial for f in form.stage_fields()} == {
        "Open - Not Contacted": "new",
        "Working - Contacted": "sal",
        "Closed - Converted": "sql",
        "Closed - Not Converted": "disqualified",
    }
    assert not LeadSource.objects.exists()


def test_the_stage_labels_and_mapping_chosen_on_the_page_are_imported(
    client, marketer, django_capture_on_commit_callbacks
):
    client.force_login(marketer)
    upload(client, (EXPORTS / "zoho-leads.csv").read_bytes())
    job = ImportJob.objects.get()
    form = client.get(preview_url(job)).context["form"]
    data = posted(form)
    junk = next(f.name for f in form.stage_fields() if f.label == "Junk Lead")
    data[junk] = Stage.NURTURE
    data["column_5"] = "attribute"  # Designation

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(preview_url(job), data)

    assert response.status_code == 302
    job.refresh_from_db()
    assert (job.status, job.created_count, job.preset) == ("done", 2, "zoho")
    assert job.stage_map["Junk Lead"] == "nurture"
    yuki = Lead.objects.get(email="yuki@sato.example")
    assert (yuki.stage, yuki.job_title, yuki.attributes["Designation"]) == (
        Stage.NURTURE,
        "",
        "Manager",
    )


def test_choosing_another_tool_maps_the_columns_again(client, marketer):
    client.force_login(marketer)
    upload(client, b"id,firstname,email,title\n1,Ines,ines@example.com,Mrs\n")
    job = ImportJob.objects.get()
    assert job.preset == ""
    assert job.mapping["title"] == "job_title"
    data = posted(client.get(preview_url(job)).context["form"])
    data["preset"] = "mautic"

    response = client.post(preview_url(job), data)

    assert response.status_code == 302
    job.refresh_from_db()
    assert job.preset == "mautic"
    assert job.mapping == {
        "id": "external_id",
        "firstname": "first_name",
        "email": "email",
        "title": "attribute",
    }
    assert job.status == ImportJob.Status.PREVIEW


def test_a_file_with_ambiguous_dates_asks_for_the_format_then_imports(
    client, marketer, django_capture_on_commit_callbacks
):
    client.force_login(marketer)
    upload(client, b"email,created_at\na@example.com,03/04/2024\n")
    job = ImportJob.objects.get()
    response = client.get(preview_url(job))
    assert "could be day/month or month/day" in response.content.decode()
    data = posted(response.context["form"])

    refused = client.post(preview_url(job), data)

    assert refused.status_code == 400
    assert "could be day/month or month/day" in refused.content.decode()
    data["date_format"] = "%d/%m/%Y"
    checked = client.post(preview_url(job), {**data, "check": "1"})
    assert checked.status_code == 302
    assert client.get(preview_url(job)).context["preview"].rows[0].cells[1].error == ""
    with django_capture_on_commit_callbacks(execute=True):
        client.post(preview_url(job), data)
    assert Lead.objects.get().created_at.date().isoformat() == "2024-04-03"


def test_a_file_of_the_most_columns_the_preview_accepts_can_be_confirmed(
    client, marketer, django_capture_on_commit_callbacks
):
    client.force_login(marketer)
    headers = ["email"] + [f"c{i}" for i in range(MAX_COLUMNS - 1)]
    row = ["a@example.com"] + ["x"] * (MAX_COLUMNS - 1)
    upload(client, (",".join(headers) + "\n" + ",".join(row) + "\n").encode())
    job = ImportJob.objects.get()
    data = posted(client.get(preview_url(job)).context["form"])
    data.update({f"column_{i}": "ignore" for i in range(51, MAX_COLUMNS)})  # 50 attributes max

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(preview_url(job), data)

    assert response.status_code == 302
    job.refresh_from_db()
    assert (job.status, job.created_count) == ("done", 1)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (("email," + "c," * MAX_COLUMNS + "\n").encode(), f"at most {MAX_COLUMNS} can be"),
        (b"email," + b"x" * 140_000 + b"\n", "cannot be read"),
        (b"email," + b"y" * 1_200_000 + b"\n", "Line 1 (the header) is longer than 1,000,000"),
        (b"email,note\na@example.com," + b"z" * 200_000 + b"\n", "Line 2: cannot be read"),
        (b"email,note\na@example.com," + b"q" * 40_000 + b"\n", None),
    ],
    ids=["too-many-columns", "huge-header-cell", "huge-header-line", "huge-cell", "big-cell"],
)
def test_a_hostile_file_gets_a_message_not_a_500(client, marketer, content, message):
    client.force_login(marketer)

    response = upload(client, content)

    if message is None:  # under csv's limit, over a cell's: the preview marks it
        job = ImportJob.objects.get()
        cell = client.get(preview_url(job)).context["preview"].rows[0].cells[1]
        assert cell.error == "longer than 32,767 characters"
        return
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ImportJob.objects.exists()


def test_the_repeated_column_check_is_linear():
    headers = ",".join(f"column {i}" for i in range(MAX_COLUMNS)).encode()
    started = time.perf_counter()
    for _ in range(20):
        CsvSource.open(io.BytesIO(headers + b"\n"))
    assert time.perf_counter() - started < 1.0


def test_forty_thousand_columns_are_refused_in_milliseconds(client, marketer):
    client.force_login(marketer)
    content = (",".join(f"c{i}" for i in range(40_000)) + "\n").encode()

    started = time.perf_counter()
    response = upload(client, content)

    assert time.perf_counter() - started < 2.0
    assert response.status_code == 400
    assert "names 40,000 columns" in response.content.decode()


def test_the_report_lists_kept_aside_values_merges_and_leads_kept_apart(
    client, marketer, django_capture_on_commit_callbacks
):
    UserFactory(username="jdoe", first_name="Jane", last_name="Doe")
    UserFactory(username="rep1")
    client.force_login(marketer)
    upload(client, (EXPORTS / "hubspot-contacts.csv").read_bytes())
    job = ImportJob.objects.get()
    data = posted(client.get(preview_url(job)).context["form"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(preview_url(job), data)
    # The same file again: every row merges into the lead it made.
    upload(client, (EXPORTS / "hubspot-contacts.csv").read_bytes())
    again = ImportJob.objects.exclude(pk=job.pk).get()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(preview_url(again), posted(client.get(preview_url(again)).context["form"]))

    first = client.get(reverse("leads:imports:detail", args=[job.pk])).content.decode()
    second = client.get(reverse("leads:imports:detail", args=[again.pk])).content.decode()

    olaf = Lead.objects.get(email="olaf.import@example.com")
    dora = Lead.objects.get(email="dora.import@example.com")
    assert "phone &#x27;call me&#x27; could not be read: kept in &#x27;Phone Number&#x27;" in first
    assert f'<a href="{reverse("leads:detail", args=[olaf.pk])}">Lead {olaf.pk}</a>' in first
    assert f'<a href="{reverse("leads:detail", args=[dora.pk])}">Lead {dora.pk}</a>' in first
    again.refresh_from_db()
    assert again.merged_count == 5
    assert {m["lead"] for m in again.merges} == set(Lead.objects.values_list("pk", flat=True))
    assert f'<a href="{reverse("leads:detail", args=[dora.pk])}">Lead {dora.pk}</a>' in second
    assert "nothing new" in second


def test_the_downloadable_report_lists_every_merged_and_kept_apart_row(
    client, marketer, django_capture_on_commit_callbacks
):
    ada = LeadFactory(email="ada@example.com", company="")
    colleague = LeadFactory(email="olaf@example.com", phone="+14155550111")
    client.force_login(marketer)
    upload(
        client,
        b"email,company,phone,country\n"
        b"ada@example.com,Babbage Ltd,,\n"
        b"dora@example.com,,4155550111,US\n"
        b"ADA@example.com,,,\n",
    )
    job = ImportJob.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(preview_url(job), posted(client.get(preview_url(job)).context["form"]))

    download = client.get(reverse("leads:imports:report", args=[job.pk]))

    dora = Lead.objects.get(email="dora@example.com")
    rows = list(csv.reader(io.StringIO(b"".join(download.streaming_content).decode())))
    assert rows == [
        ["line", "outcome", "lead", "detail"],
        ["2", "merged", str(ada.pk), "filled company"],
        ["4", "merged", str(ada.pk), "nothing new"],
        [
            "3",
            "kept apart",
            str(dora.pk),
            f"shares its phone with lead {colleague.pk}, not its e-mail",
        ],
    ]


@pytest.mark.parametrize(
    ("date_format", "message"),
    [("%Q/%m", "is not a date format"), ("dd/mm/yyyy", "Write the format with %d (day)")],
)
def test_a_date_format_that_cannot_be_read_is_a_field_error_on_the_preview(
    client, marketer, date_format, message
):
    client.force_login(marketer)
    upload(client, b"email,created_at\na@example.com,03/04/2024\n")
    job = ImportJob.objects.get()
    data = posted(client.get(preview_url(job)).context["form"])

    refused = client.post(preview_url(job), {**data, "date_format": date_format})

    assert refused.status_code == 400
    assert message in " ".join(refused.context["form"].errors["date_format"])
    job.refresh_from_db()
    assert job.status == ImportJob.Status.PREVIEW


def test_a_date_format_given_still_reads_the_iso_dates_of_the_file(
    client, marketer, django_capture_on_commit_callbacks
):
    client.force_login(marketer)
    upload(client, b"email,created_at\na@example.com,03/04/2024\nb@example.com,2024-05-06\n")
    job = ImportJob.objects.get()
    data = posted(client.get(preview_url(job)).context["form"])

    with django_capture_on_commit_callbacks(execute=True):
        client.post(preview_url(job), {**data, "date_format": "%d/%m/%Y"})

    created = dict(Lead.objects.values_list("email", "created_at__date"))
    assert {email: day.isoformat() for email, day in created.items()} == {
        "a@example.com": "2024-04-03",
        "b@example.com": "2024-05-06",
    }
