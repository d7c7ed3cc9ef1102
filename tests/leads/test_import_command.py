import io

import pytest
from django.core.management import CommandError, call_command

from leads.models import Lead
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


def import_leads(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_leads", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def good_file(tmp_path):
    path = tmp_path / "good.csv"
    path.write_text("email,first_name,Plan\nada@example.com,Ada,pro\nold@example.com,Old,\n")
    return path


@pytest.fixture
def bad_file(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("email,first_name\nada@example.com,Ada\nnope,Bob\n,Cy\n")
    return path


def test_it_prints_created_and_merged_counts(good_file):
    LeadFactory(email="old@example.com")

    out, _ = import_leads(good_file)

    assert "created 1, merged 1, rejected 0 (saved)" in out
    assert Lead.objects.get(email="ada@example.com").attributes == {"Plan": "pro"}


def test_rejected_rows_fail_the_command_and_save_nothing(bad_file):
    err = io.StringIO()
    with pytest.raises(CommandError, match="Nothing was saved: 2 rows were rejected"):
        call_command("import_leads", str(bad_file), stdout=io.StringIO(), stderr=err)

    assert "line 3: email: 'nope' is not a valid e-mail address" in err.getvalue()
    assert "line 4: a lead needs at least one of email, phone or external_id" in err.getvalue()
    assert not Lead.objects.exists()


def test_skip_invalid_saves_the_good_rows_and_lists_the_bad(bad_file):
    out, err = import_leads(bad_file, "--skip-invalid")

    assert "created 1, merged 0, rejected 2 (saved)" in out
    assert "line 3:" in err
    assert list(Lead.objects.values_list("email", flat=True)) == ["ada@example.com"]


def test_dry_run_saves_nothing(good_file):
    out, _ = import_leads(good_file, "--dry-run")

    assert "created 2, merged 0, rejected 0 (dry run, nothing saved)" in out
    assert not Lead.objects.exists()


def test_map_renames_columns(tmp_path):
    path = tmp_path / "renamed.csv"
    path.write_text("Work Mail;Given name;Shoe size\nada@example.com;Ada;38\n")

    import_leads(path, "--map", "work mail=email", "--map", "Given Name=first_name")

    lead = Lead.objects.get()
    assert (lead.email, lead.first_name, lead.attributes) == (
        "ada@example.com",
        "Ada",
        {"Shoe size": 38},
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--map", "nonsense"], "write CSVCOLUMN=field"),
        (["--map", "email=favourite_colour"], "unknown target 'favourite_colour'"),
        (["--map", "fax=phone"], "the file has no column 'fax'"),
        (["--map-stage", "Working - Contacted"], "--map-stage 'Working - Contacted': write LABEL="),
        (["--map-stage", " =sal"], "write LABEL=code"),
    ],
)
def test_bad_map_options_are_refused(good_file, args, message):
    with pytest.raises(CommandError, match=message):
        import_leads(good_file, *args)


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        import_leads(tmp_path / "missing.csv")


def test_verbosity_2_shows_progress(good_file):
    _, err = import_leads(good_file, "-v", "2")

    assert "2 of about 2 rows read" in err
