"""One POST to a checked address: no redirects, fixed timeouts, the answer read with a cap."""

from __future__ import annotations

import time
from dataclasses import dataclass

import certifi
import urllib3
from django.conf import settings
from urllib3.exceptions import HTTPError, NewConnectionError
from urllib3.exceptions import TimeoutError as Urllib3Timeout

from handoff.webhooks.addresses import SCHEMES, Target, Unresolvable, UnsafeURL, check_url

RESPONSE_CAP = 1024  # bytes of the answer kept in the log (and all that is read)


@dataclass(frozen=True)
class Answer:
    status: int | None  # None: no HTTP answer (timeout, refused connection, bad address)
    body: str = ""
    duration_ms: int = 0
    error: str = ""
    retry_after: str | None = None
    retryable: bool = False  # for an answer without status: worth trying again


def _pool(target: Target) -> urllib3.HTTPConnectionPool:
    timeout = urllib3.Timeout(
        connect=settings.WEBHOOKS_CONNECT_TIMEOUT, read=settings.WEBHOOKS_READ_TIMEOUT
    )
    common = {"port": target.port, "timeout": timeout, "retries": False, "maxsize": 1}
    if target.scheme == "https":
        # Connect to the checked address; verify the certificate for the name in the URL.
        return urllib3.HTTPSConnectionPool(
            target.address,
            server_hostname=target.host,
            assert_hostname=target.host,
            cert_reqs="CERT_REQUIRED",
            ca_certs=certifi.where(),
            **common,
        )
    return urllib3.HTTPConnectionPool(target.address, **common)


def _host_header(target: Target) -> str:
    host = f"[{target.host}]" if ":" in target.host else target.host
    return host if target.port == SCHEMES[target.scheme] else f"{host}:{target.port}"


def post(url: str, body: bytes, headers: dict[str, str]) -> Answer:
    try:
        target = check_url(url)
    except Unresolvable as exc:
        return Answer(status=None, error=str(exc)[:300], retryable=True)
    except UnsafeURL as exc:
        return Answer(status=None, error=str(exc)[:300], retryable=False)
    pool = _pool(target)
    started = time.monotonic()
    try:
        response = pool.urlopen(
            "POST",
            target.path,
            body=body,
            headers={**headers, "Host": _host_header(target)},
            redirect=False,
            retries=False,
            preload_content=False,
            assert_same_host=False,
        )
        try:
            head = response.read(RESPONSE_CAP, decode_content=False)
        finally:
            response.release_conn()
        elapsed = int((time.monotonic() - started) * 1000)
        return Answer(
            status=response.status,
            body=head.decode("utf-8", errors="replace"),
            duration_ms=elapsed,
            retry_after=response.headers.get("Retry-After"),
        )
    except NewConnectionError as exc:  # a subclass of the connect timeout: refused, unreachable
        return _connection_failed(started, exc)
    except Urllib3Timeout as exc:
        elapsed = int((time.monotonic() - started) * 1000)
        return Answer(
            status=None, duration_ms=elapsed, error=f"Timed out: {exc}"[:300], retryable=True
        )
    except (HTTPError, OSError) as exc:
        return _connection_failed(started, exc)
    finally:
        pool.close()


def _connection_failed(started: float, exc: Exception) -> Answer:
    """No answer: the address refused, was unreachable, or the connection broke (retried)."""
    elapsed = int((time.monotonic() - started) * 1000)
    return Answer(
        status=None, duration_ms=elapsed, error=f"Connection failed: {exc}"[:300], retryable=True
    )
