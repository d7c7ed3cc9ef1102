"""What bench/load.py holds against the database after the load: every accepted event stored
once, every lead once, every form post recorded, every changed lead scored."""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

DOMAIN = "load.invalid"  # the e-mail domain of every lead the load creates


def percentile(values: list[float], q: float) -> float:
    """The measured value nearest the q-quantile (numpy's, not a hand-written one)."""
    return float(np.quantile(values, q, method="nearest"))


@dataclass
class Ledger:
    """What the server said it accepted, to hold against the database afterwards."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    leads: list[tuple[int, str]] = field(default_factory=list)  # event targets (id, e-mail)
    api_emails: list[str] = field(default_factory=list)
    api_created: Counter = field(default_factory=Counter)  # e-mail -> 201 answers
    api_ids: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    form_emails: list[str] = field(default_factory=list)
    form_posts: int = 0
    batches: list[bytes] = field(default_factory=list)  # accepted event bodies, to re-send
    accepted: set[str] = field(default_factory=set)  # idempotency keys answered 201
    refused: set[str] = field(default_factory=set)  # answered 4xx: nothing may be stored
    uncertain: set[str] = field(default_factory=set)  # no answer: stored at most once
    stored_reported: int = 0
    resend_stored: int = 0  # events a re-sent batch claimed to store: must stay 0
    events_sent: int = 0


def check_events(ledger: Ledger, run: str, elapsed: float) -> int:
    from django.db.models import Count

    from leads.models import Activity

    stored = dict(
        Activity.objects.filter(idempotency_key__startswith=f"{run}-")
        .values_list("idempotency_key")
        .annotate(n=Count("pk"))
    )
    lost = ledger.accepted - stored.keys()
    doubled = {key for key, n in stored.items() if n > 1}
    half_saved = ledger.refused & stored.keys()
    print(
        f"\nevents: {ledger.events_sent} sent, {len(ledger.accepted)} distinct keys accepted, "
        f"{sum(stored.values())} rows stored ({len(stored)} keys); lost {len(lost)}, "
        f"stored twice {len(doubled)}, stored though refused {len(half_saved)}, "
        f"unanswered {len(ledger.uncertain)}; {len(ledger.accepted) / elapsed:.0f} accepted/s"
    )
    print(
        f"the API said it stored {ledger.stored_reported} (rows: {sum(stored.values())}); "
        f"re-sent batches stored {ledger.resend_stored} (must be 0)"
    )
    honest = ledger.uncertain or ledger.stored_reported == sum(stored.values())
    return len(lost) + len(doubled) + len(half_saved) + ledger.resend_stored + (not honest)


def check_leads(ledger: Ledger) -> int:
    from leads.models import Activity, Lead

    per_email = Counter(
        Lead.all_objects.filter(email__endswith="@" + DOMAIN).values_list("email", flat=True)
    )
    emails = set(ledger.api_ids) | set(ledger.form_emails)
    missing = [e for e in emails if per_email[e.lower()] == 0]
    doubled = [e for e, n in per_email.items() if n > 1]
    created_twice = [e for e, n in ledger.api_created.items() if n != 1]
    split = [e for e, ids in ledger.api_ids.items() if len(ids) != 1]
    form_rows = Activity.objects.filter(
        type__code="form_submit", lead__email__endswith="@" + DOMAIN
    ).count()
    print(
        f"leads: {len(ledger.api_created)} created through the API, {len(ledger.form_emails)} "
        f"through the form; {sum(per_email.values())} in the database; missing {len(missing)}, "
        f"stored twice {len(doubled)}, answered 201 more than once {len(created_twice)}, "
        f"one e-mail answered with several ids {len(split)}"
    )
    print(f"form posts accepted {ledger.form_posts}, form_submit activities {form_rows}")
    return (
        len(missing)
        + len(doubled)
        + len(created_twice)
        + len(split)
        + (form_rows != ledger.form_posts)
    )


def wait_for_scoring(began: datetime, ended: float, timeout: float) -> int:
    """Wait until every lead created or given an activity during the run is scored after its
    last change; print how far scoring lagged behind. Returns the leads left unscored."""
    from django.db.models import F, Max, Q
    from django.db.models.functions import Greatest

    from leads.models import Lead

    changed = Lead.objects.annotate(
        last=Greatest("created_at", Max("activities__created_at"))
    ).filter(last__gte=began)
    behind = changed.filter(Q(scored_at__isnull=True) | Q(scored_at__lt=F("last")))
    waiting_at_end = behind.count()
    deadline = time.monotonic() + timeout
    waiting = waiting_at_end
    while waiting and time.monotonic() < deadline:
        time.sleep(0.5)
        waiting = behind.count()
    drained = time.monotonic() - ended
    lags = [
        (scored - last).total_seconds()
        for scored, last in changed.exclude(scored_at__isnull=True).values_list("scored_at", "last")
        if scored >= last
    ]
    print(
        f"scoring: {changed.count()} leads changed; {waiting_at_end} waiting when the load "
        f"stopped, {'all scored' if not waiting else f'{waiting} still unscored'} "
        f"{drained:.1f} s after it stopped"
    )
    if lags:
        print(
            f"last change to score: p50 {percentile(lags, 0.5):.2f} s, "
            f"p95 {percentile(lags, 0.95):.2f} s, max {max(lags):.2f} s"
        )
    return waiting
