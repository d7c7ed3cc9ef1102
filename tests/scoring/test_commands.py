from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from leads.models import Lead, ProductLine
from scoring.models import RescoreRun, ScoringModel
from tests.factories import LeadFactory
from tests.scoring.conftest import make_version
from tests.scoring.test_backtest import DIRECTOR, make_leads
from tests.scoring.test_fit import make_history

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def default_model() -> ScoringModel:
    return ScoringModel.objects.get(is_default=True)


def test_rescore_scores_every_lead_and_records_the_run():
    make_version([DIRECTOR], weights=(1, 0, 0), threshold=60)
    lead = LeadFactory(job_title="IT Director")

    output = run("rescore")

    assert "Default v2: 1 leads rescored, 1 promoted to MQL." in output
    lead.refresh_from_db()
    assert (lead.score, lead.stage) == (80, "mql")
    (rescore,) = RescoreRun.objects.all()
    assert (rescore.reason, rescore.status, rescore.done) == ("command", "done", 1)


def test_rescore_of_one_model():
    line = ProductLine.objects.create(code="crm", name="CRM")
    own = ScoringModel.objects.create(name="CRM", product_line=line)
    make_version([DIRECTOR], weights=(1, 0, 0), model=own, threshold=100)
    crm_lead = LeadFactory(job_title="IT Director", product_line=line)
    LeadFactory(job_title="IT Director")

    output = run("rescore", "--model", str(own.pk))

    assert output.startswith("CRM v1: 1 leads rescored")
    assert list(Lead.objects.filter(score=80)) == [crm_lead]


def test_rescore_refuses_an_unknown_model():
    with pytest.raises(CommandError, match="No scoring model with id 999"):
        run("rescore", "--model", "999")


def test_decay_scores_reports_the_leads_rescored():
    make_version(
        [
            {
                "kind": "event",
                "name": "Demo",
                "activity_type": "demo_request",
                "points": 50,
                "decays": True,
            }
        ],
        weights=(0, 1, 0),
    )
    LeadFactory()

    assert run("decay_scores") == "1 leads rescored with decay.\n"


def test_backtest_scoring_prints_auc_and_the_what_if_table():
    version = make_version([DIRECTOR], weights=(1, 0, 0), threshold=60)
    make_leads([("IT Director", None, ["mql", "sal"]), ("Engineer", None, ["mql", "nurture"])])

    output = run("backtest_scoring", str(version.model_id))
    assert output == run("backtest_scoring", str(version.model_id), "--as-of", "now")

    assert "Default v2: 2 leads (1 positive, 1 negative), ROC AUC 1.0000" in output
    assert "at 60: 1 MQLs, 1 accepted by sales, precision 100.0%, recall 100.0%" in output
    assert len([line for line in output.splitlines() if line.strip().startswith(("40", "90"))]) == 2


def test_backtest_scoring_compares_two_versions():
    old = make_version([DIRECTOR], weights=(1, 0, 0))
    make_version([], weights=(1, 0, 0), status="draft")
    make_leads([("IT Director", None, ["mql", "sal"]), ("Engineer", None, ["mql", "nurture"])])

    output = run("backtest_scoring", str(old.model_id), "--version", "2", "--compare-version", "3")

    assert "Default v2: 2 leads" in output and "ROC AUC 1.0000" in output
    assert "Default v3: 2 leads" in output and "ROC AUC 0.5000" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["999"], "No scoring model with id 999"),
        (["{model}", "--version", "42"], "has no version 42"),
        (["{model}", "--positive", "closed"], "Unknown stage code"),
        (["{model}", "--threshold", "101"], "between 0 and 100"),
        (["{model}", "--as-of", "yesterday"], "invalid choice"),
    ],
)
def test_backtest_scoring_refuses_bad_arguments(args, message):
    model = default_model()
    with pytest.raises(CommandError, match=message):
        run("backtest_scoring", *(a.format(model=model.pk) for a in args))


def test_fit_scoring_adds_a_draft_and_prints_cv_auc():
    make_history()

    output = run("fit_scoring", "--name", "Default")

    draft = default_model().current_draft
    assert draft is not None and draft.fit_report["cv_auc"] > 0.5
    assert output.splitlines()[-1] == f"cv_auc {draft.fit_report['cv_auc']:.4f}"
    assert default_model().active_version.number == 1


def test_fit_scoring_creates_a_product_lines_model():
    line = ProductLine.objects.create(code="crm", name="CRM")
    make_history()
    Lead.objects.update(product_line=line)

    run("fit_scoring", "--name", "CRM fitted", "--product-line", "crm")

    model = ScoringModel.objects.get(name="CRM fitted")
    assert model.product_line == line and model.current_draft is not None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--name", "Nope"], "Fit the default model with --name 'Default'"),
        (["--name", "X", "--product-line", "nope"], "No product line 'nope'"),
        (["--name", "Default"], "at least 10 won"),
    ],
)
def test_fit_scoring_refuses_bad_arguments(args, message):
    with pytest.raises(CommandError, match=message):
        run("fit_scoring", *args)
