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

from leads.account_demo import dress_review_leads, seed_accounts
from leads.accounts import user_create_with_role
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


def _reasons() -> dict[str, list[Reason]]:
    by_key: dict[str, list[Reason]] = {}
    for reason in Reason.objects.filter(active=True):
        by_key.setdefault(f"{reason.applies_to}:{reason.sends_to or reason.category}", []).append(
            reason
        )
    return by_key


def _path(
    rng: random.Random, created: datetime, now: datetime, users: dict, reasons: dict, rep
) -> list[HistoryStep]:
    """A random walk through the allowed moves, each step some hours to days after the last."""
    steps: list[HistoryStep] = []
    at = created
    stage = Stage.NEW
    quality = rng.random()  # a hidden "how good is this lead" that drives each choice

    def waiting(days: int, chance: float) -> bool:
        """Recent leads are still being worked: they wait in the current stage."""
        return (now - at) < timedelta(days=days) and rng.random() < chance

    def step(to: str, by, hours: tuple[float, float], reason=None, action="", note="") -> bool:
        nonlocal at, stage
        nxt = at + timedelta(hours=rng.uniform(*hours))
        if nxt >= now:
            return False
        at, stage = nxt, to
        steps.append(
            HistoryStep(to_stage=to, at=at, by=by, reason=reason, action=action, note=note)
        )
        return True

    for _cycle in range(2):
        if stage in (Stage.NEW, Stage.NURTURE):
            if rng.random() < 0.08 and stage == Stage.NEW:
                step(
                    Stage.DISQUALIFIED,
                    users["marketer"],
                    (2, 48),
                    rng.choice(reasons["disqualify:disqualified"]),
                    "disqualify",
                )
                return steps
            if rng.random() > 0.35 + quality * 0.6:
                return steps
            if not step(
                Stage.MQL,
                users["marketer"] if rng.random() < 0.4 else None,
                (1, 240),
                action="promote",
            ):
                return steps
        if stage == Stage.MQL and waiting(10, 0.6):
            return steps
        if (
            stage == Stage.MQL
            and rng.random() < 0.45
            and not step(Stage.TQL, users["sdr"], (1, 36), action="qualify")
        ):
            return steps
        if stage in (Stage.MQL, Stage.TQL):
            if stage == Stage.TQL and waiting(10, 0.5):
                return steps
            if rng.random() < 0.30 + (1 - quality) * 0.35:
                reason = rng.choice(reasons["reject:nurture"] + reasons["reject:disqualified"])
                step(
                    reason.sends_to,
                    rep if stage == Stage.MQL else users["sdr"],
                    (2, 72),
                    reason,
                    "reject",
                    rng.choice(["", "", "Left two voicemails.", "Says they are a student."]),
                )
                if stage == Stage.NURTURE and rng.random() < 0.5:
                    continue  # re-engages later as a new MQL cycle
                return steps
            if not step(Stage.SAL, rep, (1, 60), action="accept"):
                return steps
        if stage == Stage.SAL:
            if waiting(30, 0.5):
                return steps
            if rng.random() < 0.25 + (1 - quality) * 0.2:
                step(
                    Stage.NURTURE, rep, (24, 240), rng.choice(reasons["recycle:nurture"]), "recycle"
                )
                return steps
            if not step(Stage.SQL, rep, (24, 336), action="qualify"):
                return steps
        if stage == Stage.SQL:
            if waiting(45, 0.5):
                return steps
            won = rng.random() < 0.25 + quality * 0.45
            if won:
                step(Stage.WON, rep, (72, 720), action="close")
            else:
                step(Stage.LOST, rep, (72, 720), rng.choice(reasons["close:lost"]), "close")
            return steps
    return steps


@transaction.atomic
def seed_demo(*, leads: int = 2000, seed: int = 1, password: str = DEMO_PASSWORD) -> DemoResult:
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
    team = Team.objects.get(name="Inside Sales")
    sources = []
    for code, name, weight in SOURCES:
        source, _ = LeadSource.objects.get_or_create(code=code, defaults={"name": name})
        sources.append((source, weight))
    lines = [
        ProductLine.objects.get_or_create(code=c, defaults={"name": n})[0] for c, n in PRODUCT_LINES
    ]
    reasons = _reasons()

    if Lead.all_objects.filter(external_id__startswith="demo-").exists():
        return DemoResult(users=tokens, leads=0)

    rng = random.Random(seed)
    now = datetime.combine(timezone.now().date(), time.min, tzinfo=UTC)
    start = now - timedelta(days=182)
    items = []
    for i in range(leads):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        company = f"{rng.choice(COMPANIES)} {rng.choice(SUFFIXES)}"
        title, title_fit = rng.choice(TITLES)
        country, prefix = rng.choice(COUNTRIES)
        source = rng.choices([s for s, _ in sources], weights=[w for _, w in sources])[0]
        created = start + timedelta(seconds=rng.uniform(0, (now - start).total_seconds()))
        rep = rng.choice([users["rep1"], users["rep2"]])
        path = _path(rng, created, now, users, reasons, rep)
        size = rng.choice([5, 12, 40, 120, 350, 800, 2500, 10000])
        owner = None
        final = path[-1].to_stage if path else Stage.NEW
        if final == Stage.MQL:
            roll = rng.random()
            if roll < 0.4:
                owner = rep
            elif roll < 0.8:
                # The SDR calls these first (and, now that TQLs go to reps at once, has no
                # other waiting leads: a larger share keeps a small demo's SDR queue busy).
                owner = users["sdr"]
        elif final == Stage.TQL:
            owner = rep  # qualified by the SDR and handed to a rep at once
        elif final in (Stage.SAL, Stage.SQL, Stage.WON, Stage.LOST):
            owner = rep
        fit = min(100, int(title_fit * 0.6 + min(size, 2000) / 50))
        behavioral = min(100, int(rng.uniform(0, 60) + 40 * len(path) / 5))
        engagement = min(100, int(rng.uniform(0, 70) + 6 * len(path)))
        phone = f"{prefix}{i:04d}"
        if i % DUPLICATE_EVERY == DUPLICATE_EVERY - 1:
            # The same person signed up again with another e-mail: the duplicates page has work.
            phone = items[-1][0].phone
        lead = Lead(
            email=f"{first}.{last}.{i}@{company.split()[0].lower()}.example".lower(),
            phone=phone,
            external_id=f"demo-{seed}-{i}",
            first_name=first,
            last_name=last,
            company=company,
            job_title=title,
            industry=rng.choice(INDUSTRIES),
            company_size=size,
            country=country,
            city="",
            source=source,
            product_line=rng.choice(lines),
            campaign=rng.choice(CAMPAIGNS),
            attributes={
                "newsletter": rng.random() < 0.4,
                "visits": rng.randint(1, 40),
                "budget_band": rng.choice(["<10k", "10k-50k", "50k+", "unknown"]),
            },
            owner=owner,
            # Marketing's leads belong to no sales team until they are handed over.
            team=team if owner or final in (Stage.MQL, Stage.TQL) else None,
            score=round(fit * 0.4 + behavioral * 0.35 + engagement * 0.25),
            score_demographic=fit,
            score_behavioral=behavioral,
            score_engagement=engagement,
            created_at=created,
        )
        items.append((lead, path))
    for lead, path in items:  # leads_create_with_history sets it from the path too
        lead.stage = path[-1].to_stage if path else Stage.NEW
    dress_review_leads([lead for lead, _ in items])
    created_leads = leads_create_with_history(items, via=Via.IMPORT)
    seed_accounts(leads=created_leads, users=users, seed=seed)
    # Scoring, routing and the rest add their demo data (activities, rules, SLAs) here.
    demo_seeded.send(sender=Lead, leads=created_leads, users=users, seed=seed)
    return DemoResult(users=tokens, leads=len(created_leads))
