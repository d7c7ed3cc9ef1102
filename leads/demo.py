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
    return _Walk(rng, created, now, users, reasons, rep).walk()


# What a phase of the walk tells the walk: go on to the next phase, stop here, or start another
# cycle (a lead sent to nurture re-engages later as a new MQL).
_GO, _STOP, _AGAIN = "go", "stop", "again"


class _Walk:
    def __init__(
        self, rng: random.Random, created: datetime, now: datetime, users: dict, reasons: dict, rep
    ) -> None:
        self.rng, self.now, self.users, self.reasons, self.rep = rng, now, users, reasons, rep
        self.at = created
        self.stage: str = Stage.NEW
        self.steps: list[HistoryStep] = []
        self.quality = rng.random()  # a hidden "how good is this lead" that drives each choice

    def walk(self) -> list[HistoryStep]:
        for _cycle in range(2):
            if not self._promote():
                break
            outcome = self._qualify_or_reject()
            if outcome == _AGAIN:
                continue
            if outcome == _STOP or self._sal() == _STOP or self._sql() == _STOP:
                break
        return self.steps

    def waiting(self, days: int, chance: float) -> bool:
        """Recent leads are still being worked: they wait in the current stage."""
        return (self.now - self.at) < timedelta(days=days) and self.rng.random() < chance

    def step(
        self, to: str, by, hours: tuple[float, float], reason=None, action="", note=""
    ) -> bool:
        nxt = self.at + timedelta(hours=self.rng.uniform(*hours))
        if nxt >= self.now:
            return False
        self.at, self.stage = nxt, to
        self.steps.append(
            HistoryStep(to_stage=to, at=nxt, by=by, reason=reason, action=action, note=note)
        )
        return True

    def _promote(self) -> bool:
        """New or nurture: a few are disqualified, the better ones become MQLs."""
        if self.stage not in (Stage.NEW, Stage.NURTURE):
            return True
        rng, marketer = self.rng, self.users["marketer"]
        if rng.random() < 0.08 and self.stage == Stage.NEW:
            reason = rng.choice(self.reasons["disqualify:disqualified"])
            self.step(Stage.DISQUALIFIED, marketer, (2, 48), reason, "disqualify")
            return False
        if rng.random() > 0.35 + self.quality * 0.6:
            return False
        by = marketer if rng.random() < 0.4 else None
        return self.step(Stage.MQL, by, (1, 240), action="promote")

    def _qualify_or_reject(self) -> str:
        """An MQL: the SDR may qualify it to TQL; then sales rejects it or accepts it."""
        rng, sdr = self.rng, self.users["sdr"]
        if self.stage == Stage.MQL and self.waiting(10, 0.6):
            return _STOP
        if (
            self.stage == Stage.MQL
            and rng.random() < 0.45
            and not self.step(Stage.TQL, sdr, (1, 36), action="qualify")
        ):
            return _STOP
        if self.stage not in (Stage.MQL, Stage.TQL):
            return _GO
        if self.stage == Stage.TQL and self.waiting(10, 0.5):
            return _STOP
        if rng.random() < 0.30 + (1 - self.quality) * 0.35:
            reason = rng.choice(
                self.reasons["reject:nurture"] + self.reasons["reject:disqualified"]
            )
            by = self.rep if self.stage == Stage.MQL else sdr
            note = rng.choice(["", "", "Left two voicemails.", "Says they are a student."])
            self.step(reason.sends_to, by, (2, 72), reason, "reject", note)
            if self.stage == Stage.NURTURE and rng.random() < 0.5:
                return _AGAIN
            return _STOP
        return _GO if self.step(Stage.SAL, self.rep, (1, 60), action="accept") else _STOP

    def _held(self, stage: str, days: int) -> str | None:
        """Before the move out of `stage`: _GO on when the lead is not in it, _STOP when it still
        waits there (a recent lead, half of the time), None to decide its move."""
        if self.stage != stage:
            return _GO
        return _STOP if self.waiting(days, 0.5) else None

    def _sal(self) -> str:
        """An accepted lead: recycled to nurture, or qualified to SQL."""
        if held := self._held(Stage.SAL, 30):
            return held
        if self.rng.random() < 0.25 + (1 - self.quality) * 0.2:
            reason = self.rng.choice(self.reasons["recycle:nurture"])
            self.step(Stage.NURTURE, self.rep, (24, 240), reason, "recycle")
            return _STOP
        return _GO if self.step(Stage.SQL, self.rep, (24, 336), action="qualify") else _STOP

    def _sql(self) -> str:
        """An opportunity: won or lost (with a reason)."""
        if held := self._held(Stage.SQL, 45):
            return held
        if self.rng.random() < 0.25 + self.quality * 0.45:
            self.step(Stage.WON, self.rep, (72, 720), action="close")
        else:
            reason = self.rng.choice(self.reasons["close:lost"])
            self.step(Stage.LOST, self.rep, (72, 720), reason, "close")
        return _STOP


@transaction.atomic
def seed_demo(*, leads: int = 2000, seed: int = 1, password: str = DEMO_PASSWORD) -> DemoResult:
    users, tokens = _seed_users(password)
    team = Team.objects.get(name="Inside Sales")
    sources, lines = _seed_catalog()
    reasons = _reasons()

    if Lead.all_objects.filter(external_id__startswith="demo-").exists():
        return DemoResult(users=tokens, leads=0)

    rng = random.Random(seed)
    now = datetime.combine(timezone.now().date(), time.min, tzinfo=UTC)
    start = now - timedelta(days=182)
    items: list[tuple[Lead, list[HistoryStep]]] = []
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
        final = path[-1].to_stage if path else Stage.NEW
        owner = _demo_owner(rng, final, rep, users)
        fit, behavioral, engagement = _demo_scores(rng, title_fit, size, len(path))
        phone = f"{prefix}{i:04d}"
        if i % DUPLICATE_EVERY == DUPLICATE_EVERY - 1:
            # The same person signed up again with another e-mail: the duplicates page has work.
            phone = items[-1][0].phone
        lead = Lead(
            email=f"{slugify(first)}.{slugify(last)}.{i}@{slugify(company.split()[0])}.example",  # ASCII, as most mailboxes are
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
            attributes=_demo_attributes(rng),
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
    seed_work(leads=created_leads, seed=seed)
    # Scoring, routing and the rest add their demo data (activities, rules, SLAs) here.
    demo_seeded.send(sender=Lead, leads=created_leads, users=users, seed=seed)
    return DemoResult(users=tokens, leads=len(created_leads))


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
    return {
        "newsletter": rng.random() < 0.4,
        "visits": rng.randint(1, 40),
        "budget_band": rng.choice(["<10k", "10k-50k", "50k+", "unknown"]),
    }
