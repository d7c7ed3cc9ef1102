"""The marketer's queue, promoting from it, and the rejected-by-sales view."""

import pytest

from leads.models import Lead, StageChange
from leads.services import lead_promote, lead_reject
from scoring.models import ScoringModel, ScoringVersion
from tests.factories import LeadFactory, LeadSourceFactory, ProductLineFactory

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def names(response) -> list[str]:
    return [lead.display_name for lead in response.context["page"].rows]


def lead(name: str, **kw) -> Lead:
    first, last = name.split()
    return LeadFactory(first_name=first, last_name=last, **kw)


def test_the_queue_holds_leads_near_or_over_the_threshold_not_promoted_mqls(web, marketer):
    # Issue 16 changed this: promoted MQLs and TQLs wait for sales, not for the marketer, so
    # they leave the to-do (they stayed on top with nothing to do); a stage filter shows them.
    lead("Over Threshold", stage="new", score=75)
    lead("Near Threshold", stage="nurture", score=52)  # default threshold 60, 10 points margin
    lead("Far Below", stage="new", score=30)
    lead("Waiting Mql", stage="mql", score=20)
    lead("Teleprospected Lead", stage="tql", score=40)
    lead("Accepted Already", stage="sal", score=99)

    response = web(marketer).get("/handoff/queue/")

    assert names(response) == ["Over Threshold", "Near Threshold"]
    asked = web(marketer).get("/handoff/queue/?stage=mql&stage=tql")
    assert names(asked) == ["Teleprospected Lead", "Waiting Mql"]


def test_each_product_line_is_measured_against_its_own_models_threshold(web, marketer):
    strict = ProductLineFactory(code="strict")
    model = ScoringModel.objects.create(name="Strict", product_line=strict)
    ScoringVersion.objects.create(model=model, threshold=90, status="active")
    lead("Strict Low", stage="new", score=75, product_line=strict)
    lead("Strict High", stage="new", score=85, product_line=strict)
    lead("Other Line", stage="new", score=75)

    response = web(marketer).get("/handoff/queue/")

    assert names(response) == ["Strict High", "Other Line"]
    shown = {row.display_name: row.threshold for row in response.context["page"].rows}
    assert shown["Strict High"] == 90


def test_the_filters_keep_their_state_in_the_url(web, marketer):
    lead("Ada German", stage="new", score=70, country="DE", campaign="spring")
    lead("Bob French", stage="mql", score=80, country="FR")
    lead("Cy Webinar", stage="new", score=60, source=LeadSourceFactory(code="webinar"))

    client = web(marketer)
    assert names(client.get("/handoff/queue/", {"country": "de"})) == ["Ada German"]
    assert names(client.get("/handoff/queue/", {"campaign": "spring"})) == ["Ada German"]
    assert names(client.get("/handoff/queue/", {"source": "webinar"})) == ["Cy Webinar"]
    assert names(client.get("/handoff/queue/", {"score_min": 65, "score_max": 75})) == [
        "Ada German"
    ]
    response = client.get("/handoff/queue/", {"stage": "mql", "country": "FR"})
    assert names(response) == ["Bob French"]
    page = response.content.decode()
    assert 'value="FR"' in page  # the form shows the filter it applied
    assert response.context["query"] == "stage=mql&country=FR"


def test_the_queue_filters_by_owner_and_unassigned(web, marketer, rep):
    lead("Owned Lead", stage="nurture", score=70, owner=rep)
    lead("Free Lead", stage="new", score=60)
    client = web(marketer)
    assert names(client.get("/handoff/queue/", {"owner": "rep"})) == ["Owned Lead"]
    assert names(client.get("/handoff/queue/", {"owner": "none"})) == ["Free Lead"]


def test_a_bad_filter_value_is_shown_not_crashed_on(web, marketer):
    response = web(marketer).get("/handoff/queue/", {"score_min": "lots"})
    assert response.status_code == 200
    assert response.context["filter"].errors


def test_the_queue_shows_the_score_breakdown(web, marketer):
    LeadFactory(
        stage="new",
        score=70,
        score_demographic=80,
        score_behavioral=61,
        score_engagement=42,
        score_explanation=[{"rule": "Director title", "category": "demographic", "points": 15}],
    )
    page = web(marketer).get("/handoff/queue/").content.decode()
    assert "Fit 80 · Behaviour 61 · Engagement 42" in page
    assert "Director title: 15" in page


def test_promoting_many_reports_what_moved_and_what_was_refused(web, marketer):
    ready = [LeadFactory(stage="new", score=70) for _ in range(3)]
    gone = LeadFactory(stage="sal", score=90)  # someone else moved it on meanwhile

    response = web(marketer).post(
        "/handoff/queue/promote/",
        {"lead": [*(x.pk for x in ready), gone.pk], "next": "/handoff/queue/?country=DE"},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == "/handoff/queue/?country=DE"
    texts = [str(m) for m in response.context["messages"]]
    assert "Promoted 3 leads." in texts
    assert any(gone.display_name in t and "not promoted" in t for t in texts)
    assert Lead.objects.filter(stage="mql").count() == 3
    assert StageChange.objects.filter(action="promote", by=marketer).count() == 3


def test_promoting_nothing_says_so(web, marketer):
    response = web(marketer).post("/handoff/queue/promote/", {}, follow=True)
    assert "Tick at least one lead" in response.content.decode()


def test_the_promote_button_answers_with_the_row_for_htmx(web, marketer):
    one = LeadFactory(stage="new", score=70)
    response = web(marketer).post(
        f"/handoff/queue/{one.pk}/promote/", {"expected_stage": "new"}, **HTMX
    )
    assert response.status_code == 200
    assert [t.name for t in response.templates] == ["handoff/_queue_row.html"]
    page = response.content.decode()
    assert page.startswith(f'<tr id="queue-lead-{one.pk}"')
    assert "Promoted to Marketing Qualified Lead." in page
    one.refresh_from_db()
    assert one.stage == "mql"


def test_a_lead_promoted_by_someone_else_first_says_so_in_the_row(web, marketer, admin_user):
    one = LeadFactory(stage="new", score=70)
    lead_promote(lead=one, by=admin_user)
    response = web(marketer).post(
        f"/handoff/queue/{one.pk}/promote/", {"expected_stage": "new"}, **HTMX
    )
    assert response.status_code == 409
    assert "Someone else moved this lead first" in response.content.decode()
    assert StageChange.objects.filter(lead=one).count() == 1


def test_the_promote_button_without_htmx_redirects_with_a_message(web, marketer):
    one = LeadFactory(stage="new", score=70)
    response = web(marketer).post(f"/handoff/queue/{one.pk}/promote/", follow=True)
    assert "Promoted to Marketing Qualified Lead." in response.content.decode()


def test_rejected_by_sales_shows_each_rejection_with_reason_and_note(
    web, marketer, rep, admin_user
):
    mine = LeadFactory(stage="new", first_name="Mine")
    theirs = LeadFactory(stage="new", first_name="Theirs")
    lead_promote(lead=mine, by=marketer)
    lead_promote(lead=theirs, by=admin_user)
    lead_reject(lead=mine, by=rep, reason="no_budget", note="Budget frozen until Q3")
    lead_reject(lead=theirs, by=rep, reason="spam")

    client = web(marketer)
    page = client.get("/handoff/rejected/").content.decode()
    assert "No budget" in page and "Budget frozen until Q3" in page and "Spam or fake lead" in page
    assert "Not qualified" in page  # the reason's category
    response = client.get("/handoff/rejected/", {"mine": "1"})
    assert [c.lead for c in response.context["page"].rows] == [mine]
