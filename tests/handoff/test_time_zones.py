"""Each person reads dates in their own time zone."""

from datetime import UTC, datetime

import pytest

from handoff.models import Profile
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db

LATE_EVENING_UTC = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)  # already the 2nd in Tokyo


def _created_cell(client) -> str:
    page = client.get("/leads/").content.decode()
    return page.split('title="2026-03-0', 1)[1].split("</td>", 1)[0]


def test_dates_follow_the_time_zone_set_on_the_settings_page(client, marketer):
    LeadFactory(created_at=LATE_EVENING_UTC)
    client.force_login(marketer)
    assert _created_cell(client).endswith(">2026-03-01")  # the site's time zone, UTC

    response = client.post(
        "/handoff/notifications/settings/",
        {"email_notifications": "on", "time_zone": "Asia/Tokyo"},
        follow=True,
    )

    assert "Your settings are saved." in response.content.decode()
    assert Profile.objects.get(user=marketer).time_zone == "Asia/Tokyo"
    assert _created_cell(client).endswith(">2026-03-02")


def test_the_time_zone_is_read_at_login(client, rep):
    Profile.objects.create(user=rep, time_zone="America/New_York")
    LeadFactory(created_at=datetime(2026, 3, 2, 3, 0, tzinfo=UTC), owner=rep)

    client.post("/accounts/login/", {"username": "rep", "password": "secret-pass"})

    assert _created_cell(client).endswith(">2026-03-01")  # 22:00 the evening before


def test_an_unknown_time_zone_is_refused(client, rep):
    client.force_login(rep)
    response = client.post("/handoff/notifications/settings/", {"time_zone": "Mars/Olympus"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Profile.objects.filter(user=rep, time_zone="Mars/Olympus").exists()


def test_the_settings_page_offers_the_sites_zone_first(client, sdr, settings):
    client.force_login(sdr)
    page = client.get("/handoff/notifications/settings/").content.decode()
    assert '<option value="" selected>The site&#x27;s (UTC)</option>' in page
    assert 'for="id_time_zone"' in page


def test_the_settings_page_is_only_for_people_with_a_role(client, outsider):
    assert client.get("/handoff/notifications/settings/").status_code == 302
    client.force_login(outsider)
    assert client.get("/handoff/notifications/settings/").status_code == 403
