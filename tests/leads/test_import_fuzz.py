"""Property: whatever bytes a file holds, the import and its preview answer with a report or
ImportFileError (a message for the person), never another exception (a 500 on the page)."""

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leads.imports.reader import CsvSource, ImportFileError
from leads.imports.service import leads_import

pytestmark = pytest.mark.django_db

CELLS = st.text(
    alphabet=st.sampled_from(list('ab@.,;"\n\r\t 0123456789+-/=:Zé\x00\ud7ff')), max_size=30
)
HEADERS = st.lists(
    st.sampled_from(
        [
            "email",
            "phone",
            "Country",
            "Create Date",
            "Lifecycle Stage",
            "Lead Source",
            "Contact owner",
            "Record ID",
            "company_size",
            "do_not_call",
            "x",
        ]
    ),
    min_size=1,
    max_size=6,
    unique=True,
)


@st.composite
def csv_files(draw) -> bytes:
    headers = draw(HEADERS)
    rows = draw(st.lists(st.lists(CELLS, min_size=0, max_size=len(headers) + 1), max_size=5))
    delimiter = draw(st.sampled_from([",", ";"]))
    text = delimiter.join(headers) + "\n" + "\n".join(delimiter.join(r) for r in rows)
    return text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1"])), "replace")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=st.one_of(csv_files(), st.binary(max_size=300)))
def test_any_file_gets_a_report_or_a_message(content):
    try:
        report = leads_import(file=io.BytesIO(content), dry_run=True)
    except ImportFileError as exc:
        assert str(exc)
        return
    assert report.rows >= report.rejected
    assert all(error.reason for error in report.errors)


@settings(max_examples=100, deadline=None)
@given(content=st.binary(max_size=300))
def test_the_reader_refuses_with_a_message_or_reads(content):
    try:
        source = CsvSource.open(io.BytesIO(content))
        list(source.rows())
    except ImportFileError as exc:
        assert str(exc)
