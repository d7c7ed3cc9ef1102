"""Demo activity for seed_demo's leads, so that `make run` shows real scores with reasons.

Deterministic for a seed: leads that went further in the funnel did more before their first
MQL move (demo and quote requests, pricing pages, webinars), so a backtest or a fit on the
demo finds something to learn.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta

from django.db.models import Min
from django.utils import timezone

from leads.models import Activity, ActivityType, Lead, Stage, StageChange, Via
from scoring.selectors import active_versions
from scoring.services import rescore_version

# How keen each final stage suggests the lead was, 0..1.
KEENNESS = {
    Stage.WON: 0.9,
    Stage.SQL: 0.75,
    Stage.SAL: 0.65,
    Stage.LOST: 0.5,
    Stage.TQL: 0.55,
    Stage.MQL: 0.5,
    Stage.NURTURE: 0.3,
    Stage.NEW: 0.25,
    Stage.DISQUALIFIED: 0.1,
}
# (type code, chance per lead at keenness 0, at keenness 1, most times)
HABITS = [
    ("page_view", 0.9, 1.0, 12),
    ("pricing_page_view", 0.05, 0.7, 3),
    ("content_download", 0.2, 0.6, 3),
    ("webinar_registered", 0.1, 0.4, 1),
    ("webinar_attended", 0.02, 0.3, 1),
    ("email_open", 0.5, 0.8, 6),
    ("email_click", 0.1, 0.5, 3),
    ("form_submit", 0.3, 0.6, 2),
    ("demo_request", 0.0, 0.55, 1),
    ("quote_request", 0.0, 0.3, 1),
    ("chat_started", 0.02, 0.2, 1),
    ("unsubscribe", 0.15, 0.0, 1),
]
ASSETS = ["ebook", "datasheet", "case-study", "whitepaper"]
PAGES = ["/", "/product", "/pricing", "/blog/lead-scoring", "/customers", "/docs"]


def demo_activities(leads: Sequence[Lead], *, seed: int, now: datetime) -> list[Activity]:
    types = dict(ActivityType.objects.filter(active=True).values_list("code", "pk"))
    first_mql = dict(
        StageChange.objects.filter(lead__in=[lead.pk for lead in leads], to_stage=Stage.MQL)
        .values("lead_id")
        .annotate(at=Min("at"))
        .values_list("lead_id", "at")
    )
    rng = random.Random(f"scoring-demo-{seed}")
    rows = []
    for lead in leads:
        keen = KEENNESS.get(lead.stage, 0.3)
        # Most of what a lead does happens before marketing hands it over.
        until = min(first_mql.get(lead.pk) or now, now)
        window = max(60.0, (until - lead.created_at).total_seconds())
        for code, low, high, most in HABITS:
            if code not in types or rng.random() >= low + (high - low) * keen:
                continue
            for _ in range(rng.randint(1, most)):
                at = lead.created_at + timedelta(seconds=rng.uniform(0, window))
                if rng.random() < 0.15:  # some come back later
                    at += timedelta(days=rng.uniform(0, 30))
                if at >= now:
                    continue
                properties: dict = {}
                if code in ("page_view", "pricing_page_view"):
                    properties = {"path": rng.choice(PAGES), "seconds": rng.randint(5, 400)}
                elif code == "content_download":
                    properties = {"asset": rng.choice(ASSETS)}
                rows.append(
                    Activity(
                        lead_id=lead.pk,
                        type_id=types[code],
                        occurred_at=at,
                        properties=properties,
                        via=Via.IMPORT,
                        created_at=at,
                    )
                )
    return rows


def demo_seed_scoring(leads: Sequence[Lead], *, seed: int) -> int:
    """Add the demo's activities and score every lead with the set-based path (no promotions:
    the demo's stages are its history)."""
    Activity.objects.bulk_create(
        demo_activities(leads, seed=seed, now=timezone.now()), batch_size=2000
    )
    return sum(rescore_version(v, promote=False).scored for v in active_versions())
