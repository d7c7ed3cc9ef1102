"""The demo data set: believable users, teams, sources and six months of lead history.

Deterministic: the same seed on the same day gives the same data (times are counted back from
midnight UTC of the current day).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from leads.account_demo import dress_review_leads, seed_accounts
from leads.accounts import user_create_with_role
from leads.demo_walk import demo_path, demo_reasons
from leads.demo_work import seed_work
from leads.models import Lead, LeadSource, ProductLine, Reason, Stage, Team, Via
from leads.roles import Role
from leads.services import HistoryStep, leads_create_with_history
from leads.signals import demo_seeded

# The demo's published logins: a known password is the point of a demo, never of a real install.
DEMO_PASSWORD = "demo"  # noqa: S105
# One lead in this many shares its phone with the lead before it.
DUPLICATE_EVERY = 40
DEMO_USERS = [
    ("marketer", Role.MARKETER, None),
    ("sdr", Role.SDR, "Inside Sales"),
    ("rep1", Role.REP, "Inside Sales"),
    ("rep2", Role.REP, "Inside Sales"),
    ("manager", Role.MANAGER, "Inside Sales"),
    ("admin", Role.ADMIN, None),
]
SOURCES = [
    ("website", "Website forms", 30),
    ("paid_search", "Paid search", 18),
    ("organic_search", "Organic search", 14),
    ("webinar", "Webinars", 10),
    ("social", "Social", 10),
    ("referral", "Referrals", 8),
    ("email", "E-mail campaigns", 6),
    ("events", "Trade shows", 4),
]
PRODUCT_LINES = [("crm", "CRM Suite"), ("analytics", "Analytics"), ("payments", "Payments")]
CAMPAIGNS = ["spring-launch", "q3-webinar-series", "retargeting", "partner-week", ""]
FIRST = [
    "Ana",
    "Ben",
    "Chloé",
    "Dmitri",
    "Eva",
    "Farah",
    "Gus",
    "Hana",
    "Ivan",
    "Jude",
    "Kenji",
    "Lena",
    "Marco",
    "Nia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sven",
    "Tariq",
    "Uma",
    "Vik",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoë",
]
LAST = [
    "Almeida",
    "Brown",
    "Chen",
    "Dubois",
    "Eriksen",
    "Fischer",
    "García",
    "Haddad",
    "Ito",
    "Jensen",
    "Kowalski",
    "López",
    "Müller",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rossi",
    "Silva",
    "Tanaka",
    "Ueda",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhou",
]
COMPANIES = [
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Vandelay",
    "Stark",
    "Wayne",
    "Tyrell",
    "Cyberdyne",
    "Soylent",
    "Wonka",
    "Gringotts",
    "Oscorp",
    "Aperture",
]
SUFFIXES = ["Ltd", "GmbH", "Inc", "SA", "BV", "Group", "Labs"]
TITLES = [
    ("Head of Marketing", 70),
    ("Marketing Director", 80),
    ("CEO", 90),
    ("Operations Manager", 50),
    ("Sales Director", 75),
    ("Analyst", 35),
    ("Student", 5),
    ("Office Manager", 30),
    ("VP Sales", 85),
    ("Engineer", 40),
]
INDUSTRIES = ["Retail", "Software", "Manufacturing", "Healthcare", "Finance", "Education"]
COUNTRIES = [
    ("US", "+1415555"),
    ("GB", "+4420794"),
    ("DE", "+4930123"),
    ("FR", "+3314123"),
    ("BR", "+5511912"),
    ("ES", "+3491123"),
    ("NL", "+3120123"),
]


@dataclass
class DemoResult:
    users: dict[str, str]  # username -> API token
    leads: int


@dataclass
class _DemoWorld:
    """What every demo lead draws from: the demo's users, team and catalog, and its six-month
    window (counted back from midnight UTC, so the same seed on the same day gives the same data)."""

    seed: int
    users: dict
    team: Team
    sources: list[tuple[LeadSource, int]]
    lines: list[ProductLine]
    reasons: dict[str, list[Reason]]
    start: datetime
    now: datetime


@transaction.atomic
def seed_demo(*, leads: int = 2000, seed: int = 1, password: str = DEMO_PASSWORD) -> DemoResult:
    """The demo logins and catalog (refreshed on every run), and once `leads` leads with their
    history, accounts, logged work and (through demo_seeded) every other app's demo data."""
    users, tokens = _seed_users(password)
    team = Team.objects.get(name="Inside Sales")
    sources, lines = _seed_catalog()
    reasons = demo_reasons()

    if Lead.all_objects.filter(external_id__startswith="demo-").exists():
        return DemoResult(users=tokens, leads=0)

    now = datetime.combine(timezone.now().date(), time.min, tzinfo=UTC)
    world = _DemoWorld(
        seed, users, team, sources, lines, reasons, start=now - timedelta(days=182), now=now
    )
    items = _demo_leads(leads, world)
    for lead, path in items:  # leads_create_with_history sets it from the path too
        lead.stage = path[-1].to_stage if path else Stage.NEW
    dress_review_leads([lead for lead, _ in items])
    created_leads = leads_create_with_history(items, via=Via.IMPORT)
    seed_accounts(leads=created_leads, users=users, seed=seed)
    seed_work(leads=created_leads, seed=seed)
    # Scoring, routing and the rest add their demo data (activities, rules, SLAs) here.
    demo_seeded.send(sender=Lead, leads=created_leads, users=users, seed=seed)
    return DemoResult(users=tokens, leads=len(created_leads))


def _demo_leads(count: int, world: _DemoWorld) -> list[tuple[Lead, list[HistoryStep]]]:
    """`count` unsaved leads with their paths, all drawn from one generator seeded with the
    demo's seed: the order of the draws is what makes the demo repeatable."""
    rng = random.Random(world.seed)
    items: list[tuple[Lead, list[HistoryStep]]] = []
    for i in range(count):
        lead, path = _demo_lead(rng, i, world)
        if i % DUPLICATE_EVERY == DUPLICATE_EVERY - 1:
            # The same person signed up again with another e-mail: the duplicates page has work.
            previous_lead, _path = items[-1]
            lead.phone = previous_lead.phone
        items.append((lead, path))
    return items


def _demo_lead(rng: random.Random, i: int, world: _DemoWorld) -> tuple[Lead, list[HistoryStep]]:
    """The demo's lead number `i` and its path. Draws from `rng` in a fixed order (person,
    company, source, creation time, rep, path, size, owner, scores, then the rest): reordering
    them would change every demo lead after the first."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    company = f"{rng.choice(COMPANIES)} {rng.choice(SUFFIXES)}"
    title, title_fit = rng.choice(TITLES)
    country, prefix = rng.choice(COUNTRIES)
    sources = world.sources
    source = rng.choices([s for s, _ in sources], weights=[w for _, w in sources])[0]
    window = (world.now - world.start).total_seconds()
    created = world.start + timedelta(seconds=rng.uniform(0, window))
    users = world.users
    rep = rng.choice([users["rep1"], users["rep2"]])
    path = demo_path(rng, created, world.now, users, world.reasons, rep)
    size = rng.choice([5, 12, 40, 120, 350, 800, 2500, 10000])
    final = path[-1].to_stage if path else Stage.NEW
    owner = _demo_owner(rng, final, rep, users)
    fit, behavioral, engagement = _demo_scores(rng, title_fit, size, len(path))
    lead = Lead(
        email=f"{slugify(first)}.{slugify(last)}.{i}@{slugify(company.split()[0])}.example",  # ASCII, as most mailboxes are
        phone=f"{prefix}{i:04d}",
        external_id=f"demo-{world.seed}-{i}",
        first_name=first,
        last_name=last,
        company=company,
        job_title=title,
        industry=rng.choice(INDUSTRIES),
        company_size=size,
        country=country,
        city="",
        source=source,
        product_line=rng.choice(world.lines),
        campaign=rng.choice(CAMPAIGNS),
        attributes=_demo_attributes(rng),
        owner=owner,
        # Marketing's leads belong to no sales team until they are handed over.
        team=world.team if owner or final in (Stage.MQL, Stage.TQL) else None,
        score=round(fit * 0.4 + behavioral * 0.35 + engagement * 0.25),
        score_demographic=fit,
        score_behavioral=behavioral,
        score_engagement=engagement,
        created_at=created,
    )
    return lead, path


def _seed_catalog() -> tuple[list[tuple[LeadSource, int]], list[ProductLine]]:
    """The lead sources (with how often leads come from each) and the product lines."""
    sources = []
    for code, name, weight in SOURCES:
        source, _ = LeadSource.objects.get_or_create(code=code, defaults={"name": name})
        sources.append((source, weight))
    lines = [
        ProductLine.objects.get_or_create(code=c, defaults={"name": n})[0] for c, n in PRODUCT_LINES
    ]
    return sources, lines


def _demo_scores(rng: random.Random, title_fit: int, size: int, steps: int) -> tuple[int, int, int]:
    """Fit, behaviour and engagement sub-scores: a longer walk means a more engaged lead."""
    fit = min(100, int(title_fit * 0.6 + min(size, 2000) / 50))
    behavioral = min(100, int(rng.uniform(0, 60) + 40 * steps / 5))
    engagement = min(100, int(rng.uniform(0, 70) + 6 * steps))
    return fit, behavioral, engagement


def _seed_users(password: str) -> tuple[dict, dict[str, str]]:
    """The demo logins, and their API tokens by username."""
    tokens: dict[str, str] = {}
    users = {}
    for username, role, team in DEMO_USERS:
        user, token = user_create_with_role(
            username=username,
            role=role,
            password=password,
            team=team,
            email=f"{username}@leadcrm.example",
        )
        users[username] = user
        tokens[username] = token
    return users, tokens


def _demo_owner(rng: random.Random, final: str, rep, users: dict):
    """Who holds a lead that ended its walk in `final`: nobody before sales has it."""
    if final == Stage.MQL:
        roll = rng.random()
        if roll < 0.4:
            return rep
        if roll < 0.8:
            # The SDR calls these first (and, now that TQLs go to reps at once, has no other
            # waiting leads: a larger share keeps a small demo's SDR queue busy).
            return users["sdr"]
        return None
    if final in (Stage.TQL, Stage.SAL, Stage.SQL, Stage.WON, Stage.LOST):
        return rep  # a TQL was qualified by the SDR and handed to a rep at once
    return None


def _demo_attributes(rng: random.Random) -> dict:
    """Extra answers a lead brought along (its attributes): the lead page lists them and a merge
    shows which ones the kept lead gains."""
    return {
        "newsletter": rng.random() < 0.4,
        "visits": rng.randint(1, 40),
        "budget_band": rng.choice(["<10k", "10k-50k", "50k+", "unknown"]),
    }
