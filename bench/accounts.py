"""The batch account matcher (leads.account_batch) on a big PostgreSQL database.

    DATABASE_URL=postgres://postgres@127.0.0.1:55432/leadcrm_bench_accounts \\
        .venv/bin/python bench/accounts.py --leads 1000000 --accounts 5000

Fills the database once with --accounts accounts (one domain each) and --leads leads written
with COPY: 30% at an account's domain (a third of them at a subdomain), 5% at free mail with an
account's name in another legal form or accents, 1% with a typo of it, the rest at other
companies' domains with names no account has. A second run reuses them (--reset starts again);
every run first unlinks the bench leads. Then times `match_existing_leads` and prints leads per
second, and checks every lead at an account's domain was linked to that account.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leadcrm.settings")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from leads.account_batch import BATCH, match_existing_leads  # noqa: E402
from leads.models import Account, AccountDomain, Lead, history_rewrite  # noqa: E402

WORDS = [
    "alpha",
    "beta",
    "gamma",
    "delta",
    "omega",
    "nova",
    "terra",
    "aqua",
    "solar",
    "lunar",
    "astro",
    "blue",
    "red",
    "green",
    "silver",
    "golden",
    "iron",
    "stone",
    "river",
    "lake",
    "forest",
    "mountain",
    "harbor",
    "summit",
    "pioneer",
    "vector",
    "quantum",
    "fusion",
    "matrix",
    "orbit",
    "apex",
    "vertex",
    "zenith",
    "prime",
    "nexus",
    "atlas",
    "titan",
    "helix",
    "cobalt",
    "crimson",
    "ember",
    "falcon",
    "eagle",
    "raven",
    "wolf",
    "bear",
    "lion",
    "tiger",
    "cedar",
    "maple",
    "oak",
    "pine",
    "birch",
    "willow",
    "aspen",
]
KINDS = [
    "systems",
    "logistics",
    "software",
    "analytics",
    "foods",
    "textiles",
    "capital",
    "partners",
    "labs",
    "robotics",
    "energy",
    "health",
    "media",
    "motors",
    "pharma",
    "design",
    "consulting",
    "finance",
    "insurance",
    "networks",
]
FORMS = ["Inc.", "GmbH", "S.A.", "d.o.o.", "Ltd", "LLC", "S.p.A.", "B.V.", "AG", "Corp."]
FREE = ["gmail.com", "yahoo.com", "outlook.com", "gmx.de", "hotmail.com"]
BENCH = "bench-acct-"


def _typo(name: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(name) - 2)
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


def fill(leads: int, accounts: int, seed: int) -> None:
    if Lead.all_objects.filter(external_id__startswith=BENCH).count() >= leads:
        print(f"reusing {leads:,} bench leads", flush=True)
        return
    rng = random.Random(seed)
    names = [f"{a.title()} {b.title()} {k.title()}" for a in WORDS for b in WORDS for k in KINDS]
    rng.shuffle(names)
    names = names[:accounts]
    started = time.perf_counter()
    made = []
    for _n, name in enumerate(names):
        made.append(Account(name=name))
    for account in made:
        account.save()  # computes the normalized name
    AccountDomain.objects.bulk_create(
        [AccountDomain(account=a, domain=f"acct{n}.example") for n, a in enumerate(made)]
    )
    columns = ("email", "external_id", "company", "attributes", "stage", "created_at",
               "updated_at", "stage_changed_at", "phone", "first_name", "last_name",
               "job_title", "industry", "country", "region", "city", "postal_code",
               "campaign", "do_not_email", "do_not_call", "score", "score_demographic",
               "score_behavioral", "score_engagement", "score_explanation",
               "score_model_version")  # fmt: skip
    raw = connection.connection
    with (
        raw.cursor() as cursor,
        cursor.copy(f"COPY leads_lead ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for i in range(leads):
            roll = rng.random()
            k = rng.randrange(accounts)
            if roll < 0.10:
                email, company = f"p{i}@eu.acct{k}.example", ""
            elif roll < 0.30:
                email, company = f"p{i}@acct{k}.example", names[k]
            elif roll < 0.35:
                email = f"p{i}@{FREE[i % len(FREE)]}"
                company = f"{names[k].upper()} {FORMS[i % len(FORMS)]}"
            elif roll < 0.36:
                email, company = f"p{i}@{FREE[i % len(FREE)]}", _typo(names[k], rng)
            else:
                email, company = f"p{i}@other{i % 200000}.example", f"Other Firm {i % 150000}"
            copy.write_row(
                (email, f"{BENCH}{i}", company, "{}", "new", "2026-01-01", "2026-01-01",
                 "2026-01-01", "", "", "", "", "", "", "", "", "", "", False, False,
                 0, 0, 0, 0, "[]", "")
            )  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE leads_lead")
    print(
        f"filled {accounts:,} accounts and {leads:,} leads in {time.perf_counter() - started:.0f} s"
    )


def unlink() -> None:
    # The bench's own audit rows go with the links they recorded: the history is append-only
    # (leads 0015's trigger) outside a history_rewrite() transaction.
    with history_rewrite(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM leads_accountmatchreview_candidates")
        cursor.execute("DELETE FROM leads_accountmatchreview")
        cursor.execute(
            "DELETE FROM leads_leadchange WHERE note LIKE 'account:%%' AND lead_id IN "
            "(SELECT id FROM leads_lead WHERE external_id LIKE %s)",
            [BENCH + "%"],
        )
        cursor.execute(
            "UPDATE leads_lead SET account_id = NULL WHERE account_id IS NOT NULL "
            "AND external_id LIKE %s",
            [BENCH + "%"],
        )


def reset() -> None:
    unlink()
    with history_rewrite(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM leads_lead WHERE external_id LIKE %s", [BENCH + "%"])
        cursor.execute("DELETE FROM leads_accountdomain WHERE domain LIKE 'acct%%.example'")
        cursor.execute("DELETE FROM leads_account")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--accounts", type=int, default=5_000)
    parser.add_argument("--batch", type=int, default=BATCH)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--reset", action="store_true", help="delete the bench data first")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL to a PostgreSQL database of its own.")
    call_command("migrate", verbosity=0)
    if args.reset:
        reset()
    fill(args.leads, args.accounts, args.seed)
    unlink()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE leads_lead")
    started, cpu = time.perf_counter(), time.process_time()
    result = match_existing_leads(batch=args.batch)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    total = Lead.objects.filter(external_id__startswith=BENCH).count()
    print(
        f"{total:,} leads matched in {wall:.1f} s ({total / wall:,.0f} leads/s; "
        f"{cpu:.1f} s CPU in Python): {result.by_domain:,} linked by e-mail domain in SQL, "
        f"{result.by_matcher:,} by name in Python, {result.to_review:,} left for review"
    )
    wrong = (
        Lead.objects.filter(external_id__startswith=BENCH, email__contains="acct")
        .exclude(account__domains__domain__isnull=False)
        .count()
    )
    print(f"leads at an account's domain left unlinked: {wrong}")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
