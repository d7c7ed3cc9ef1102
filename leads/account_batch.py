"""Matching the existing leads to accounts in batches (the `match_accounts` command and the beat
job leads.tasks.match_accounts).

Per batch of lead ids: on PostgreSQL one UPDATE ... FROM links every lead whose e-mail domain,
or a parent of it, is an account's domain (and writes each lead's audit row in the same
statement); the leads left are matched in Python by website and company name with the one
matcher of leads.account_matching. On SQLite every lead goes through that matcher:
tests/leads/test_account_batch.py holds the two paths equal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q

from leads.account_matching import AccountMatcher
from leads.account_services import leads_link_accounts
from leads.models import AccountMatchReview, Lead, Via

BATCH = 20_000

# The most specific account domain of each lead's e-mail domain (labels[i:] for i = 1.. is the
# domain, then each parent), linked in one statement with its audit row. Account domains are
# never free-mail (refused when saved), so no free-mail lead can match here.
DOMAIN_SQL = """
WITH matched AS (
    SELECT DISTINCT ON (b.id) b.id, d.account_id
    FROM (
        SELECT id, string_to_array(split_part(email, '@', 2), '.') AS labels
        FROM leads_lead
        WHERE id >= %(low)s AND id < %(high)s AND account_id IS NULL
          AND deleted_at IS NULL AND email <> ''
    ) AS b
    CROSS JOIN LATERAL generate_series(1, greatest(cardinality(b.labels) - 1, 1)) AS i
    JOIN leads_accountdomain AS d ON d.domain = array_to_string(b.labels[i:], '.')
    WHERE NOT EXISTS (
        SELECT 1 FROM leads_accountmatchreview AS r
        WHERE r.lead_id = b.id AND r.chosen_id IS NULL
    )
    ORDER BY b.id, i
), linked AS (
    UPDATE leads_lead AS l SET account_id = matched.account_id
    FROM matched WHERE l.id = matched.id
    RETURNING l.id, l.account_id
)
INSERT INTO leads_leadchange (lead_id, kind, old_value, new_value, at, via, note)
SELECT linked.id, 'fields', '', left(a.name, 200), now(), %(via)s, 'account: by domain'
FROM linked JOIN leads_account AS a ON a.id = linked.account_id
"""


@dataclass
class BatchResult:
    leads: int = 0  # leads looked at (without an account)
    by_domain: int = 0
    by_matcher: int = 0
    to_review: int = 0


def _unmatched(low: int, high: int):
    waiting = AccountMatchReview.objects.filter(lead=OuterRef("pk"), chosen__isnull=True)
    return (
        Lead.objects.filter(pk__gte=low, pk__lt=high, account__isnull=True)
        .exclude(Exists(waiting))
        .order_by("pk")
    )


def _match_batch(low: int, high: int, matcher: AccountMatcher, *, sql: bool) -> BatchResult:
    result = BatchResult()
    with transaction.atomic():
        if sql:
            with connection.cursor() as cursor:
                cursor.execute(DOMAIN_SQL, {"low": low, "high": high, "via": Via.SYSTEM})
                result.by_domain = cursor.rowcount
        # Leads left with something to match on: a company name or attributes (a website).
        rest = _unmatched(low, high)
        if sql:  # e-mails were just tried: only a website or a name is left to match on
            rest = rest.filter(~Q(company="") | ~Q(attributes={}))
        found = [
            (lead.pk, matcher.match(lead, email=not sql))
            for lead in rest.only("pk", "email", "company", "attributes").iterator(2000)
        ]
        result.leads = len(found)
        result.by_matcher, result.to_review = leads_link_accounts(found=found, via=Via.SYSTEM)
    result.leads += result.by_domain
    return result


def match_existing_leads(
    *,
    lead_ids: Sequence[int] | None = None,
    batch: int = BATCH,
    use_sql: bool | None = None,
    progress: Callable[[int, BatchResult], None] | None = None,
) -> BatchResult:
    """Match every lead without an account (or those of `lead_ids`), a batch of ids at a time,
    each batch in its own transaction."""
    sql = connection.vendor == "postgresql" if use_sql is None else use_sql
    matcher = AccountMatcher()
    total = BatchResult()
    if lead_ids is not None:
        ids = sorted(set(lead_ids))
        ranges = [
            (ids[i], ids[min(i + batch, len(ids)) - 1] + 1) for i in range(0, len(ids), batch)
        ]
    else:
        bounds = Lead.objects.filter(account__isnull=True).order_by("pk")
        first = bounds.values_list("pk", flat=True).first()
        last = bounds.reverse().values_list("pk", flat=True).first()
        ranges = [] if first is None else [(lo, lo + batch) for lo in range(first, last + 1, batch)]
    for low, high in ranges:
        done = _match_batch(low, high, matcher, sql=sql)
        for name in ("leads", "by_domain", "by_matcher", "to_review"):
            setattr(total, name, getattr(total, name) + getattr(done, name))
        if progress:
            progress(high, total)
    return total
