"""Where webhooks may go: http(s) only, public addresses only (unless allowed), and the
connection goes to the address that was checked."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from handoff.webhooks import addresses
from handoff.webhooks.addresses import UnsafeURL, check_url
from handoff.webhooks.models import WebhookDelivery
from handoff.webhooks.services import WebhookInvalid, subscription_create
from leads.models import Stage
from leads.services import lead_promote
from tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def strict(settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = False


def _resolving(monkeypatch, answers: dict[str, list[str]]) -> list[str]:
    """Make getaddrinfo answer `answers` (host -> addresses); returns the names looked up.
    Addresses (what the connection itself resolves) go to the real one."""
    asked: list[str] = []
    real = socket.getaddrinfo

    def fake(host, port, *args, **kwargs):
        try:
            ipaddress.ip_address(host)
        except ValueError:
            asked.append(host)
        else:
            return real(host, port, *args, **kwargs)
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
            for a in answers[host]
        ]

    monkeypatch.setattr(addresses.socket, "getaddrinfo", fake)
    return asked


@pytest.mark.parametrize(
    "url",
    [
        "ftp://hooks.example.com/",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "https:///no-host",
        "https://user:pw@hooks.example.com/",
        "http://hooks.example.com:99999/",
    ],
)
def test_it_refuses_what_is_not_an_http_address(url, strict):
    with pytest.raises(UnsafeURL):
        check_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.8.9.10:8080/",
        "http://localhost/",
        "http://[::1]/",
        "http://0.0.0.0/",
        "http://10.1.2.3/",
        "http://172.16.5.4/",
        "http://192.168.1.10/",
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "http://[fe80::1]/",
        "http://100.64.0.1/",  # carrier-grade NAT
        "http://[::ffff:127.0.0.1]/",  # loopback written as IPv6
        "http://[fd00::1]/",
        "http://224.0.0.1/",
    ],
)
def test_it_refuses_loopback_link_local_and_private_addresses(url, strict):
    with pytest.raises(UnsafeURL, match="public addresses only"):
        check_url(url)


def test_it_checks_every_address_a_name_resolves_to(strict, monkeypatch):
    _resolving(monkeypatch, {"mixed.example.com": ["93.184.215.14", "10.0.0.7"]})

    with pytest.raises(UnsafeURL, match="10.0.0.7"):
        check_url("https://mixed.example.com/hook")


def test_it_accepts_a_public_address_and_names_it_as_the_target(strict, monkeypatch):
    _resolving(monkeypatch, {"hooks.example.com": ["93.184.215.14"]})

    target = check_url("https://hooks.example.com/in?x=1")

    assert (target.scheme, target.host, target.port) == ("https", "hooks.example.com", 443)
    assert (target.address, target.path) == ("93.184.215.14", "/in?x=1")


def test_an_unresolvable_host_is_refused_on_save(strict, monkeypatch, admin_user):
    _resolving(monkeypatch, {})

    with pytest.raises(WebhookInvalid) as refused:
        subscription_create(url="https://nowhere.invalid/", events=["lead.created"], by=admin_user)
    assert "Could not resolve" in refused.value.errors["url"][0]


def test_a_private_address_is_refused_on_save(strict, admin_user):
    with pytest.raises(WebhookInvalid) as refused:
        subscription_create(url="http://192.168.0.5/", events=["lead.created"], by=admin_user)
    assert "public addresses only" in refused.value.errors["url"][0]


def test_the_setting_lets_private_addresses_through(settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = True
    assert check_url("http://127.0.0.1:9/").address == "127.0.0.1"


def test_it_connects_to_the_checked_address_not_to_the_name_again(
    subscription, receiver, marketer, on_commit, monkeypatch
):
    # The name resolves once per attempt; the request goes to that address with the name in
    # the Host header. A name that answered a public address at the check and a private one
    # at the connection (DNS rebinding) never gets the second lookup.
    port = receiver.server.server_port
    asked = _resolving(monkeypatch, {"hooks.example.test": ["127.0.0.1"]})
    subscription.url = f"http://hooks.example.test:{port}/in"
    subscription.save()

    with on_commit():
        lead_promote(lead=LeadFactory(stage=Stage.NEW), by=marketer)

    assert receiver.wait_for(1)
    assert receiver.received[0].headers["Host"] == f"hooks.example.test:{port}"
    assert asked == ["hooks.example.test"]


def test_a_delivery_to_an_address_refused_at_send_time_fails_without_a_request(
    subscription, receiver, marketer, on_commit, settings
):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = False  # saved while allowed, refused now
    with on_commit():
        lead_promote(lead=LeadFactory(stage=Stage.NEW), by=marketer)

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.FAILED
    assert "public addresses only" in delivery.last_error
    assert receiver.received == []
