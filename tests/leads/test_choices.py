"""The labels people read for the lifecycle's codes. A member without a written label takes the
one Django derives from its name, so these pin what the pages, exports and schema show."""

from leads.models import Action, Stage, Via


def test_it_labels_every_stage_as_the_pages_show_it():
    assert dict(Stage.choices) == {
        "new": "Lead",
        "tql": "Teleprospecting Qualified Lead",
        "mql": "Marketing Qualified Lead",
        "sal": "Sales Accepted Lead",
        "sql": "Sales Qualified Lead",
        "won": "Customer",
        "lost": "Lost",
        "nurture": "Recycled",
        "disqualified": "Disqualified",
    }


def test_it_labels_every_action_and_origin_in_plain_words():
    assert dict(Action.choices) == {
        "promote": "Promote to MQL",
        "qualify": "Qualify",
        "accept": "Accept",
        "reject": "Reject",
        "recycle": "Recycle to nurture",
        "disqualify": "Disqualify",
        "close": "Close",
    }
    assert Via.ADMIN.label == "Admin"
    assert Via.API.label == "API"
