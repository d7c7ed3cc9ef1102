"""Load test: intake, events, web forms and the work pages through gunicorn and a real worker.

    CELERY_BROKER_URL=redis://127.0.0.1:56379/14 CACHE_URL=redis://127.0.0.1:56379/15 \
        .venv/bin/python bench/load.py [--seconds 120] [--requests 100000] [--concurrency 16]

Drops and recreates DATABASE_URL (default postgres://postgres@127.0.0.1:55432/leadcrm_load; its
name must start with "leadcrm_"), flushes the two Redis databases, migrates, seeds a small demo
and takes API tokens with `manage.py add_user`. Then it starts gunicorn (DEBUG off, throttles
raised) and a Celery worker as subprocesses, stopped at the end whatever happens, and drives
them from --concurrency threads (http.client, one connection each) for --seconds or --requests,
whichever comes first: new, duplicate and simultaneous duplicate leads (API), event batches of 1
to 1,000 with unique idempotency keys (some re-sent, some sent twice at once), web-form posts,
the marketer's queue, the inboxes and the lead list after a real login, the lead and funnel API.

It prints per endpoint the requests, the unexpected answers by status and p50/p95/p99 latency;
checks that every accepted event is stored exactly once, every lead once, every form post
recorded, and waits for the worker to score every lead that changed. Exit status 1 on any 5xx,
failed connection, lost or doubled event or lead, or a lead left unscored. 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import random
import re
import secrets
import signal
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[1]
LOCAL = {"127.0.0.1", "localhost", "::1"}
PASSWORD = "demo"  # noqa: S105 (the demo users' published password)
EVENT_TYPES = ["page_view", "pricing_page_view", "email_open", "email_click", "content_download"]
sys.path.insert(0, str(ROOT))

# Beside this script (on sys.path when run as `python bench/load.py`).
from load_checks import (  # noqa: E402
    DOMAIN,
    Ledger,
    check_events,
    check_leads,
    percentile,
    wait_for_scoring,
)
from load_servers import (  # noqa: E402
    database_recreate,
    manage,
    server_env,
    start_servers,
    stop,
    wait_until_up,
)

# --- the client ---------------------------------------------------------------------------


class Http:
    """One keep-alive connection (reopened when the server closes it)."""

    def __init__(self, port: int):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def send(
        self, method: str, path: str, body: bytes | None = None, headers: dict | None = None
    ) -> tuple[int, http.client.HTTPResponse | None, bytes, float]:
        """(status, response, body, seconds); status 0 when the connection failed."""
        began = time.perf_counter()
        try:
            self.conn.request(method, path, body=body, headers=headers or {})
            response = self.conn.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()
            return 0, None, b"", time.perf_counter() - began
        return response.status, response, data, time.perf_counter() - began


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.statuses: dict[str, Counter] = defaultdict(Counter)
        self.unexpected: dict[str, Counter] = defaultdict(Counter)

    def record(self, label: str, status: int, seconds: float, expected: tuple[int, ...]) -> bool:
        with self.lock:
            self.latencies[label].append(seconds)
            self.statuses[label][status] += 1
            if status not in expected:
                self.unexpected[label][status] += 1
        return status in expected

    def print(self, elapsed: float) -> None:
        print(
            f"\n{'endpoint':<44}{'requests':>9}  {'unexpected':<18}{'p50':>8}{'p95':>8}{'p99':>8}"
        )
        total = 0
        for label in sorted(self.latencies):
            times = self.latencies[label]
            total += len(times)
            bad = ", ".join(f"{s or 'conn'}x{n}" for s, n in sorted(self.unexpected[label].items()))
            print(
                f"{label:<44}{len(times):>9}  {bad or '-':<18}"
                + "".join(f"{percentile(times, q) * 1000:>6.0f}ms" for q in (0.5, 0.95, 0.99))
            )
        print(f"{total} requests in {elapsed:.1f} s: {total / elapsed:.0f}/s")

    def failures(self) -> int:
        """Answers that must never happen: server errors and failed connections."""
        return sum(
            n
            for statuses in self.statuses.values()
            for status, n in statuses.items()
            if status == 0 or status >= 500
        )


class Load:
    def __init__(
        self,
        *,
        port: int,
        run: str,
        tokens: dict[str, str],
        sessions: dict[str, str],
        form_key: str,
        ledger: Ledger,
        stats: Stats,
    ):
        self.port, self.run, self.tokens, self.sessions = port, run, tokens, sessions
        self.form_key, self.ledger, self.stats = form_key, ledger, stats
        self.numbers = itertools.count()

    def api(self, user: str) -> dict[str, str]:
        return {"Authorization": f"Token {self.tokens[user]}", "Content-Type": "application/json"}

    # Leads through the API ----------------------------------------------------------------

    def _post_lead(self, http: Http, label: str, email: str, expected: tuple[int, ...]) -> None:
        body = {
            "email": email,
            "first_name": "Load",
            "company": "Load Ltd",
            "source": "load",
            "job_title": "Director of Testing",
            "attributes": {"run": self.run},
        }
        status, _r, data, took = http.send(
            "POST", "/api/v1/leads/", json.dumps(body).encode(), self.api("marketer")
        )
        if self.stats.record(label, status, took, expected):
            lead_id = json.loads(data)["id"]
            with self.ledger.lock:
                self.ledger.api_ids[email].add(lead_id)
                if status == 201:
                    self.ledger.api_created[email] += 1
                    self.ledger.api_emails.append(email)
                    self.ledger.leads.append((lead_id, email))

    def lead_new(self, http: Http, second: Http, rng: random.Random) -> None:
        email = f"api-{self.run}-{next(self.numbers)}@{DOMAIN}"
        self._post_lead(http, "POST /api/v1/leads/ new", email, (201,))

    def lead_duplicate(self, http: Http, second: Http, rng: random.Random) -> None:
        with self.ledger.lock:
            email = rng.choice(self.ledger.api_emails) if self.ledger.api_emails else None
        if email:
            self._post_lead(http, "POST /api/v1/leads/ duplicate", email.upper(), (200,))

    def lead_twice_at_once(self, http: Http, second: Http, rng: random.Random) -> None:
        email = f"api-{self.run}-{next(self.numbers)}@{DOMAIN}"
        label = "POST /api/v1/leads/ same lead twice at once"
        at_once(*(lambda h=h: self._post_lead(h, label, email, (200, 201)) for h in (http, second)))

    # Events -------------------------------------------------------------------------------

    def _batch(self, rng: random.Random) -> tuple[bytes, list[str]]:
        size = min(1000, round(10 ** rng.uniform(0, 3.05)))
        with self.ledger.lock:
            targets = rng.choices(self.ledger.leads, k=size)
        batch = next(self.numbers)
        now = datetime.now(UTC).isoformat()
        items = [
            {
                **({"lead": lead_id} if i % 2 else {"email": email}),
                "type": rng.choice(EVENT_TYPES),
                "occurred_at": now,
                "properties": {"url": f"/page/{i % 7}"},
                "idempotency_key": f"{self.run}-{batch}-{i}",
            }
            for i, (lead_id, email) in enumerate(targets)
        ]
        return json.dumps(items).encode(), [item["idempotency_key"] for item in items]

    def _post_events(self, http: Http, label: str, body: bytes, keys: list[str]) -> dict | None:
        status, _r, data, took = http.send("POST", "/api/v1/events/", body, self.api("marketer"))
        ok = self.stats.record(label, status, took, (201,))
        with self.ledger.lock:
            self.ledger.events_sent += len(keys)
            if ok:
                self.ledger.accepted.update(keys)
            elif 400 <= status < 500:
                self.ledger.refused.update(keys)
            else:
                self.ledger.uncertain.update(keys)
        return json.loads(data) if ok else None

    def events(self, http: Http, second: Http, rng: random.Random) -> None:
        body, keys = self._batch(rng)
        answer = self._post_events(http, "POST /api/v1/events/", body, keys)
        if answer:
            with self.ledger.lock:
                self.ledger.stored_reported += answer["stored"]
                self.ledger.batches = [*self.ledger.batches[-199:], body]

    def events_resent(self, http: Http, second: Http, rng: random.Random) -> None:
        with self.ledger.lock:
            body = rng.choice(self.ledger.batches) if self.ledger.batches else None
        if body:
            keys = [item["idempotency_key"] for item in json.loads(body)]
            answer = self._post_events(http, "POST /api/v1/events/ re-sent", body, keys)
            if answer:
                with self.ledger.lock:
                    self.ledger.resend_stored += answer["stored"]

    def events_twice_at_once(self, http: Http, second: Http, rng: random.Random) -> None:
        body, keys = self._batch(rng)
        answers: list[dict | None] = []
        label = "POST /api/v1/events/ same batch twice at once"
        at_once(
            *(
                lambda h=h: answers.append(self._post_events(h, label, body, keys))
                for h in (http, second)
            )
        )
        with self.ledger.lock:
            self.ledger.stored_reported += sum(a["stored"] for a in answers if a)

    # Web forms and pages ------------------------------------------------------------------

    def webform(self, http: Http, second: Http, rng: random.Random) -> None:
        with self.ledger.lock:
            again = self.ledger.form_emails and rng.random() < 0.2
            email = rng.choice(self.ledger.form_emails) if again else None
        email = email or f"form-{self.run}-{next(self.numbers)}@{DOMAIN}"
        body = urlencode(
            {
                "email": email,
                "first_name": "Form",
                "company": "Forms Inc",
                "interest": "pricing",
                "website_url": "",
            }
        ).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        status, _r, _d, took = http.send("POST", f"/f/{self.form_key}/", body, headers)
        if self.stats.record("POST /f/<key>/", status, took, (200, 303)):
            with self.ledger.lock:
                self.ledger.form_posts += 1
                if not again:
                    self.ledger.form_emails.append(email)

    def page(self, http: Http, user: str, path: str, label: str) -> None:
        headers = {"Cookie": f"sessionid={self.sessions[user]}"}
        status, _r, _d, took = http.send("GET", path, headers=headers)
        self.stats.record(label, status, took, (200,))

    def queue(self, http: Http, second: Http, rng: random.Random) -> None:
        self.page(http, "marketer", "/handoff/queue/", "GET /handoff/queue/ (marketer)")

    def inbox(self, http: Http, second: Http, rng: random.Random) -> None:
        user = rng.choice(["sdr", "rep1", "rep2", "manager"])
        self.page(http, user, "/handoff/inbox/", "GET /handoff/inbox/ (sdr, reps, manager)")

    def lead_list(self, http: Http, second: Http, rng: random.Random) -> None:
        user = rng.choice(["marketer", "sdr", "rep1", "manager"])
        self.page(http, user, "/leads/", "GET /leads/ (every role)")

    def lead_list_api(self, http: Http, second: Http, rng: random.Random) -> None:
        user = rng.choice(["sdr", "rep1", "rep2"])
        status, _r, _d, took = http.send(
            "GET", "/api/v1/leads/?page_size=100", headers=self.api(user)
        )
        self.stats.record("GET /api/v1/leads/ (sdr, reps)", status, took, (200,))

    def funnel(self, http: Http, second: Http, rng: random.Random) -> None:
        user = rng.choice(["marketer", "manager"])
        status, _r, _d, took = http.send("GET", "/api/v1/reports/funnel/", headers=self.api(user))
        self.stats.record("GET /api/v1/reports/funnel/", status, took, (200,))


def at_once(*calls: Callable[[], None]) -> None:
    threads = [threading.Thread(target=call) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def login(port: int, username: str, stats: Stats) -> str:
    """A real login through the page: its CSRF cookie and token, then the session cookie."""
    http = Http(port)
    status, response, page, took = http.send("GET", "/accounts/login/")
    stats.record("GET /accounts/login/", status, took, (200,))
    if response is None or status != 200:
        sys.exit(f"GET /accounts/login/ answered {status}")
    csrf = SimpleCookie(response.getheader("Set-Cookie", ""))["csrftoken"].value
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
    form = urlencode({"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token})
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={csrf}"}
    status, response, _d, took = http.send("POST", "/accounts/login/", form.encode(), headers)
    stats.record("POST /accounts/login/", status, took, (302,))
    cookies = SimpleCookie()
    for header in response.msg.get_all("Set-Cookie") or [] if response else []:
        cookies.load(header)
    if status != 302 or "sessionid" not in cookies:
        sys.exit(f"Logging in as {username} answered {status} without a session")
    return cookies["sessionid"].value


# (operation, weight): reads and writes in roughly the proportions a busy day would see.
OPERATIONS: list[tuple[Callable, int]] = [
    (Load.lead_new, 12),
    (Load.lead_duplicate, 4),
    (Load.lead_twice_at_once, 1),
    (Load.events, 10),
    (Load.events_resent, 2),
    (Load.events_twice_at_once, 1),
    (Load.webform, 8),
    (Load.queue, 4),
    (Load.inbox, 5),
    (Load.lead_list, 4),
    (Load.lead_list_api, 2),
    (Load.funnel, 2),
]


def drive(load: Load, *, seconds: float, requests: int, concurrency: int) -> float:
    deadline = time.monotonic() + seconds
    budget = itertools.count()  # next() is atomic: each operation takes one ticket
    stop = threading.Event()
    operations, weights = zip(*OPERATIONS, strict=True)

    def worker(n: int) -> None:
        rng = random.Random(n)
        http, second = Http(load.port), Http(load.port)
        while not stop.is_set() and time.monotonic() < deadline and next(budget) < requests:
            rng.choices(operations, weights)[0](load, http, second, rng)

    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(concurrency)]
    began = time.monotonic()
    try:
        for thread in threads:
            thread.start()
        while any(thread.is_alive() for thread in threads):
            time.sleep(0.5)
    finally:
        stop.set()
    return time.monotonic() - began


# --- main ---------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument(
        "--requests", type=int, default=100_000, help="operations (a 'twice at once' sends two)"
    )
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--leads", type=int, default=400, help="demo leads to seed")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--web-workers", type=int, default=4)
    parser.add_argument("--worker-concurrency", type=int, default=2)
    parser.add_argument("--drain-timeout", type=float, default=300)
    args = parser.parse_args()
    args.database_url = os.environ.get(
        "DATABASE_URL", "postgres://postgres@127.0.0.1:55432/leadcrm_load"
    )
    args.broker_url = os.environ.get("CELERY_BROKER_URL", "")
    args.cache_url = os.environ.get("CACHE_URL", "")
    urls = (args.database_url, args.broker_url, args.cache_url)
    if not (args.broker_url.startswith("redis://") and args.cache_url.startswith("redis://")):
        sys.exit("Set CELERY_BROKER_URL and CACHE_URL to redis://127.0.0.1:PORT/N (yours).")
    if any(urlsplit(url).hostname not in LOCAL for url in urls):
        sys.exit("bench/load.py only talks to servers on 127.0.0.1.")
    return args


USERS = {"marketer": "marketer", "sdr": "sdr", "rep1": "rep", "rep2": "rep", "manager": "manager"}


def prepare(args: argparse.Namespace, env: dict[str, str]) -> tuple[dict[str, str], str, Ledger]:
    """A fresh database with the demo: API tokens by user, the web form's key, the ledger."""
    import django
    import redis

    setup_began = time.monotonic()
    for url in (args.broker_url, args.cache_url):
        redis.Redis.from_url(url).flushdb()  # stale tasks of an earlier run
    database_recreate(args.database_url)
    manage(env, "migrate", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")  # DEBUG off: the manifest
    manage(env, "seed_demo", "--leads", str(args.leads))
    tokens = {
        user: manage(env, "add_user", user, "--role", role).split()[-1]
        for user, role in USERS.items()
    }
    django.setup()
    from django.db import connections

    from leads.models import Lead, LeadSource

    form_key = LeadSource.objects.get(code="website").intake_key
    ledger = Ledger(leads=list(Lead.objects.values_list("pk", "email")))
    connections.close_all()
    print(
        f"prepared {args.database_url.rsplit('/', 1)[-1]}: {len(ledger.leads)} demo leads "
        f"in {time.monotonic() - setup_began:.0f} s"
    )
    return tokens, form_key, ledger


def main() -> int:
    args = parse_args()
    env = server_env(args)
    os.environ.update(env)
    # SIGTERM ends the run like Ctrl-C: through the `finally` that stops the servers.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    tokens, form_key, ledger = prepare(args, env)
    processes: list = []
    try:
        processes += start_servers(args, env)
        wait_until_up(
            args, processes, ready=lambda: Http(args.port).send("GET", "/accounts/login/")[0] == 200
        )
        stats = Stats()
        sessions = {user: login(args.port, user, stats) for user in USERS}
        run = secrets.token_hex(4)
        load = Load(
            port=args.port,
            run=run,
            tokens=tokens,
            sessions=sessions,
            form_key=form_key,
            ledger=ledger,
            stats=stats,
        )
        began = datetime.now(UTC)
        print(
            f"driving {args.concurrency} clients for {args.seconds:.0f} s "
            f"(at most {args.requests} operations), {args.web_workers} gunicorn workers, "
            f"a worker of {args.worker_concurrency}"
        )
        elapsed = drive(
            load, seconds=args.seconds, requests=args.requests, concurrency=args.concurrency
        )
        ended = time.monotonic()
        stats.print(elapsed)
        problems = check_events(ledger, run, elapsed) + check_leads(ledger)
        unscored = wait_for_scoring(began, ended, args.drain_timeout)
        failures = stats.failures()
        print(
            f"\n5xx or failed connections: {failures}; lost or doubled events and leads: "
            f"{problems}; leads left unscored: {unscored}"
        )
        return 1 if failures or problems or unscored else 0
    finally:
        for process in reversed(processes):
            stop(process)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit("Interrupted; the servers were stopped.")
