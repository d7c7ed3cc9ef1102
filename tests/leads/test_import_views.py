import csv
import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from leads.export import FORMULA_STARTS
from leads.imports import forms as import_forms
from leads.imports.progress import progress_report
from leads.imports.reader import MAX_CELL
from leads.models import ImportJob, Lead
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

CSV = (
    "Contact;First Name;Plan;Seats\n"
    "ada@example.com;Ada;pro;12\n"
    "not-an-email;Bob;basic;1\n"
    "cy@example.com;Cy;basic;yes\n"
)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def csv_upload(content: str = CSV, name: str = "leads.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content.encode(), content_type="text/csv")


def make_job(user, status=ImportJob.Status.PREVIEW, **fields) -> ImportJob:
    job = ImportJob(filename="leads.csv", uploaded_by=user, status=status, **fields)
    job.mapping = {"Contact": "attribute", "First Name": "first_name"}
    job.file.save("leads.csv", ContentFile(CSV.encode()), save=False)
    job.save()
    return job


def urls_of(job: ImportJob) -> list[str]:
    return [
        reverse("leads:imports:upload"),
        reverse("leads:imports:preview", args=[job.pk]),
        reverse("leads:imports:detail", args=[job.pk]),
        reverse("leads:imports:progress", args=[job.pk]),
        reverse("leads:imports:report", args=[job.pk]),
    ]


def test_anonymous_users_are_sent_to_log_in(client, marketer):
    for url in urls_of(make_job(marketer)):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("role", ["sdr", "rep", "manager", "outsider"])
def test_other_roles_are_refused(client, users, role):
    job = make_job(users["marketer"])
    client.force_login(users[role])

    for url in urls_of(job):
        assert client.get(url).status_code == 403, url
    response = client.post(reverse("leads:imports:upload"), {"file": csv_upload()})
    assert response.status_code == 403
    assert not ImportJob.objects.exclude(pk=job.pk).exists()


@pytest.mark.parametrize("role", ["marketer", "admin"])
def test_marketers_and_admins_see_the_upload_page_and_the_nav_link(client, users, role):
    client.force_login(users[role])

    response = client.get(reverse("leads:imports:upload"))

    assert response.status_code == 200
    assert reverse("leads:imports:upload") in response.content.decode()


def test_the_nav_link_is_hidden_from_other_roles(client, sdr):
    client.force_login(sdr)

    response = client.get(reverse("leads:list"))

    assert reverse("leads:imports:upload") not in response.content.decode()


def test_upload_preview_change_mapping_run_report_and_download(
    client, marketer, django_capture_on_commit_callbacks
):
    client.force_login(marketer)

    response = client.post(reverse("leads:imports:upload"), {"file": csv_upload()})

    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("leads:imports:preview", args=[job.pk])
    assert job.mapping == {
        "Contact": "attribute",
        "First Name": "first_name",
        "Plan": "attribute",
        "Seats": "attribute",
    }

    preview = client.get(response["Location"])

    page = preview.content.decode()
    assert preview.status_code == 200
    assert "ada@example.com" in page and "not-an-email" in page
    assert "Read as UTF-8, separated by semicolons." in page
    assert preview.context["form"]["column_1"].initial == "first_name"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("leads:imports:preview", args=[job.pk]),
            {
                "column_0": "email",
                "column_1": "first_name",
                "column_2": "attribute",
                "column_3": "ignore",
                "skip_invalid": "on",
            },
        )

    assert response.status_code == 302
    assert response["Location"] == reverse("leads:imports:detail", args=[job.pk])
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE
    assert (job.created_count, job.merged_count, job.rejected_count) == (2, 0, 1)
    ada = Lead.objects.get(email="ada@example.com")
    assert (ada.first_name, ada.attributes) == ("Ada", {"Plan": "pro"})

    report = client.get(response["Location"])

    page = report.content.decode()
    assert 'id="count-created">2<' in page
    assert 'id="count-rejected">1<' in page
    assert "email: &#x27;not-an-email&#x27; is not a valid e-mail address" in page

    download = client.get(reverse("leads:imports:report", args=[job.pk]))

    assert download.status_code == 200
    assert download["Content-Type"] == "text/csv"
    assert "attachment" in download["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(download.streaming_content).decode())))
    assert rows == [
        ["line", "outcome", "lead", "detail"],
        ["3", "rejected", "", "email: 'not-an-email' is not a valid e-mail address"],
    ]


# Headers a spreadsheet would run as formulas: a cell longer than MAX_CELL under one of them
# is rejected with a reason that starts with the header.
FORMULA_HEADERS = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)"]


def test_it_escapes_every_cell_of_the_downloaded_report_a_spreadsheet_would_run(
    client, marketer, django_capture_on_commit_callbacks
):
    LeadFactory(email="dup@example.com", first_name="")
    too_long = "x" * (MAX_CELL + 1)
    lines = [["email", "first_name", "company_size", *FORMULA_HEADERS]]
    lines += [
        [f"long{i}@example.com", "", "", *(too_long if j == i else "" for j in range(4))]
        for i in range(4)
    ]
    lines += [['=HYPERLINK("http://x","y")', "", "", "", "", "", ""]]  # a bad e-mail
    lines += [["@SUM(A1)@x", "+1+1", "-2+3", "", "", "", ""]]
    lines += [
        ["ok@example.com", "Ok", "", "", "", "", ""],
        ["dup@example.com", "Dee", "", "", "", "", ""],
    ]
    content = io.StringIO()
    csv.writer(content).writerows(lines)
    client.force_login(marketer)

    client.post(reverse("leads:imports:upload"), {"file": csv_upload(content.getvalue())})
    job = ImportJob.objects.get()
    targets = ["email", "first_name", "company_size", *["attribute"] * 4]
    mapping = {f"column_{i}": target for i, target in enumerate(targets)}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("leads:imports:preview", args=[job.pk]), {**mapping, "skip_invalid": "on"}
        )
    assert response.status_code == 302
    job.refresh_from_db()
    assert (job.created_count, job.merged_count, job.rejected_count) == (1, 1, 6)

    download = client.get(reverse("leads:imports:report", args=[job.pk]))

    rows = list(csv.reader(io.StringIO(b"".join(download.streaming_content).decode())))
    details = {row[0]: row[3] for row in rows[1:]}
    for line, header in enumerate(FORMULA_HEADERS, start=2):
        assert details[str(line)] == f"'{header}: longer than {MAX_CELL:,} characters"
    assert details["9"].startswith("filled first_name")  # the merged row, saved
    assert len(rows) == 8  # the header, six rejected rows, one merged (created ones are not listed)
    assert [cell for row in rows for cell in row if cell.startswith(FORMULA_STARTS)] == []


def test_without_skip_invalid_a_bad_row_saves_nothing(
    client, marketer, django_capture_on_commit_callbacks
):
    client.force_login(marketer)
    job = make_job(marketer)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("leads:imports:preview", args=[job.pk]),
            {f"column_{i}": t for i, t in enumerate(["email", "first_name", "ignore", "ignore"])},
        )

    job.refresh_from_db()
    assert (job.status, job.rejected_count, job.created_count) == ("done", 1, 0)
    assert "Nothing was saved" in job.message
    assert not Lead.objects.exists()
    assert (
        "Nothing was saved"
        in client.get(reverse("leads:imports:detail", args=[job.pk])).content.decode()
    )


def test_a_mapping_without_an_identity_column_is_a_form_error(client, marketer):
    client.force_login(marketer)
    job = make_job(marketer)

    response = client.post(
        reverse("leads:imports:preview", args=[job.pk]),
        {f"column_{i}": "attribute" for i in range(4)},
    )

    assert response.status_code == 400
    assert "Map at least one column to email, phone or external_id" in response.content.decode()
    job.refresh_from_db()
    assert job.status == ImportJob.Status.PREVIEW


def test_a_started_job_cannot_be_remapped(client, marketer):
    client.force_login(marketer)
    job = make_job(marketer, status=ImportJob.Status.QUEUED)

    response = client.post(reverse("leads:imports:preview", args=[job.pk]), {"column_0": "email"})

    assert response.status_code == 302
    assert response["Location"] == reverse("leads:imports:detail", args=[job.pk])


def test_a_file_that_is_not_csv_is_refused_with_a_form_error(client, marketer):
    client.force_login(marketer)

    by_name = client.post(reverse("leads:imports:upload"), {"file": csv_upload(name="leads.xlsx")})
    by_content = client.post(
        reverse("leads:imports:upload"),
        {"file": SimpleUploadedFile("leads.csv", b"PK\x03\x04\x00\x00binary")},
    )

    assert by_name.status_code == 400
    assert "Upload a .csv file." in by_name.content.decode()
    assert by_content.status_code == 400
    assert "not a CSV file" in by_content.content.decode()
    assert not ImportJob.objects.exists()


def test_a_file_over_the_size_limit_is_refused_with_a_form_error(client, marketer, monkeypatch):
    monkeypatch.setattr(import_forms, "MAX_UPLOAD_BYTES", 50)
    client.force_login(marketer)

    response = client.post(reverse("leads:imports:upload"), {"file": csv_upload()})

    assert response.status_code == 400
    assert "the limit is 50\xa0bytes" in response.content.decode()
    assert not ImportJob.objects.exists()


def test_a_running_job_shows_a_polling_progress_bar(client, marketer):
    client.force_login(marketer)
    job = make_job(marketer, status=ImportJob.Status.RUNNING)
    progress_report(job.pk, 500, 2000)

    page = client.get(reverse("leads:imports:detail", args=[job.pk])).content.decode()
    partial = client.get(reverse("leads:imports:progress", args=[job.pk]))

    assert 'hx-trigger="every 1s"' in page
    assert partial.status_code == 200
    assert 'aria-valuenow="25"' in partial.content.decode()
    assert "500 of about 2,000 rows" in partial.content.decode()


def test_the_progress_poll_of_a_finished_job_reloads_the_page(client, marketer):
    client.force_login(marketer)
    job = make_job(marketer, status=ImportJob.Status.DONE)

    response = client.get(reverse("leads:imports:progress", args=[job.pk]))

    assert response.status_code == 204
    assert response["HX-Redirect"] == reverse("leads:imports:detail", args=[job.pk])


def test_the_upload_page_lists_recent_imports_in_constant_queries(
    client, marketer, django_assert_max_num_queries
):
    client.force_login(marketer)
    for _ in range(15):
        make_job(marketer, status=ImportJob.Status.DONE)

    with django_assert_max_num_queries(8):
        response = client.get(reverse("leads:imports:upload"))

    assert response.content.decode().count("leads.csv") >= 15


def test_the_preview_says_how_a_latin1_file_was_read(client, marketer):
    client.force_login(marketer)
    upload = SimpleUploadedFile(
        "leads.csv", "email,city\nrene@example.com,Besançon\n".encode("latin-1")
    )

    response = client.post(reverse("leads:imports:upload"), {"file": upload})
    page = client.get(response["Location"]).content.decode()

    assert "Read as Latin-1, separated by commas." in page
    assert "Besançon" in page
