"""Forms a person can use with the keyboard and a screen reader: every field has a label, and
dates use the browser's date picker."""

from html.parser import HTMLParser

import pytest

from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

SKIPPED_TYPES = {"hidden", "submit", "button", "reset"}


class Fields(HTMLParser):
    """Collects the form fields of a page, the ids labels point at, and fields inside labels."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: list[dict] = []
        self.label_targets: set[str] = set()
        self._in_label = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        if tag == "label":
            self._in_label += 1
            if a.get("for"):
                self.label_targets.add(a["for"])
        elif tag in ("input", "select", "textarea") and a.get("type") not in SKIPPED_TYPES:
            self.fields.append({**a, "tag": tag, "wrapped": self._in_label > 0})

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self._in_label -= 1

    def unlabelled(self) -> list[str]:
        return [
            field.get("name") or field["tag"]
            for field in self.fields
            if not (
                field["wrapped"] or field.get("aria-label") or field.get("id") in self.label_targets
            )
        ]


def _fields(client, url: str) -> Fields:
    response = client.get(url)
    assert response.status_code == 200, url
    parser = Fields()
    parser.feed(response.content.decode())
    return parser


@pytest.mark.parametrize(
    ("who", "urls"),
    [
        (
            "marketer",
            [
                "/leads/",
                "/handoff/queue/",
                "/scoring/",
                "/leads/imports/",
                "/reports/",
                "/handoff/notifications/settings/",
                "/leads/{lead}/",
            ],
        ),
        ("rep", ["/handoff/inbox/", "/reports/"]),
        (
            "manager",
            ["/reports/", "/handoff/routing/check/", "/leads/{lead}/", "/reports/velocity/"],
        ),
    ],
)
def test_every_field_has_a_label(client, users, who, urls):
    lead = LeadFactory(stage="sal", owner=users["rep"], team=users["rep"].teams.get())
    client.force_login(users[who])
    seen = 0
    for url in urls:
        page = _fields(client, url.format(lead=lead.pk))
        seen += len(page.fields)
        assert page.unlabelled() == [], url
    assert seen >= 5


def test_the_inbox_move_forms_label_their_fields(client, rep):
    lead = LeadFactory(stage="mql", owner=rep, team=rep.teams.get())
    client.force_login(rep)
    for action in ("reject", "disqualify"):
        response = client.get(f"/handoff/inbox/{lead.pk}/form/{action}/", HTTP_HX_REQUEST="true")
        parser = Fields()
        parser.feed(response.content.decode())
        assert len(parser.fields) == 2  # the reason and the note
        assert parser.unlabelled() == []


def test_date_fields_use_the_date_picker(client, marketer):
    client.force_login(marketer)
    for url, names in [
        ("/leads/", {"created_after", "created_before"}),
        ("/handoff/queue/", {"created_after", "created_before"}),
        ("/reports/", {"created_after", "created_before"}),
    ]:
        types = {f["name"]: f.get("type") for f in _fields(client, url).fields if "name" in f}
        assert {types[name] for name in names} == {"date"}, url


def test_a_picked_date_filters_and_is_shown_again(client, marketer):
    client.force_login(marketer)
    response = client.get("/leads/", {"created_after": "2026-01-31"})
    assert 'type="date" name="created_after" value="2026-01-31"' in response.content.decode()
