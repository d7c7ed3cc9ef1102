"""Where a webhook may be sent: http(s) only, and never to this server's own network.

A subscription's URL is checked when it is saved, and again before every attempt: the host is
resolved, every address it resolves to must be public, and the request then connects to the
address that was checked (not to the name again), so a DNS answer that changes between the
check and the connection (DNS rebinding) cannot point it at an internal service.
`WEBHOOKS_ALLOW_PRIVATE_ADDRESSES` lifts the address rule (tests and local receivers).
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

SCHEMES = {"http": 80, "https": 443}


class UnsafeURL(ValueError):
    """The URL is not one a webhook may be sent to; the message says why."""


class Unresolvable(UnsafeURL):
    """The host has no address now (may be temporary: a delivery retries)."""


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str  # as written in the URL, for the Host header, SNI and the certificate
    port: int
    address: str  # the checked IP address to connect to
    path: str  # path and query


def _refused(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    # Not global covers loopback, link-local (cloud metadata at 169.254.169.254), private,
    # shared (100.64/10), reserved and unspecified ranges.
    return not ip.is_global or ip.is_multicast


def split_url(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path) of an http(s) URL, or UnsafeURL."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise UnsafeURL(f"Not a valid URL: {exc}.") from exc
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise UnsafeURL("Only http:// and https:// addresses can receive webhooks.")
    if not parts.hostname:
        raise UnsafeURL("The address has no host name.")
    if parts.username or parts.password:
        raise UnsafeURL("Put credentials in the secret, not in the address.")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return scheme, parts.hostname, port or SCHEMES[scheme], path


def resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise Unresolvable(f"Could not resolve {host}: {exc}.") from exc
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise Unresolvable(f"Could not resolve {host}.")
    return addresses


def check_url(url: str) -> Target:
    """Resolve and check `url`; the Target names the address to connect to."""
    scheme, host, port, path = split_url(url)
    addresses = resolve(host, port)
    if not settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES:
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
            if _refused(ip):
                raise UnsafeURL(
                    f"{host} resolves to {address}, a loopback, link-local or private address: "
                    "webhooks go to public addresses only."
                )
    return Target(scheme=scheme, host=host, port=port, address=addresses[0], path=path)
