""" "Not reachable" with too few tries: the cohort's rejections for a not-reachable reason made
with fewer logged call attempts than the lead's team asks for (Team.min_attempts_not_reachable).

The attempts are counted as the rule counts them (leads.worklog.attempts): calls people logged
while the lead was in the stage it was rejected from, from its entry into it to the rejection.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from handoff.reports.filters import ReportFilters
from handoff.reports.tables import Column, Table
from leads.models import Activity, ActivityType, Lead, Reason, StageChange, Team

LIMIT = 200


@dataclass
class UnbackedRejection:
    lead_id: int
    lead: str
    team: str
    by: str
    reason: str
    at: datetime
    attempts: int
    minimum: int


def unbacked_not_reachable(filters: ReportFilters) -> list[UnbackedRejection]:
    where, params = filters.cohort_sql("l")
    sql = f"""
        SELECT * FROM (
            SELECT l.id, l.first_name, l.last_name, l.email, t.name, u.username, r.label, sc.at,
                t.min_attempts_not_reachable AS minimum,
                (SELECT COUNT(*) FROM {Activity._meta.db_table} a
                 JOIN {ActivityType._meta.db_table} ty ON ty.id = a.type_id
                 WHERE a.lead_id = l.id AND ty.code = 'call' AND a.by_id IS NOT NULL
                   AND a.occurred_at >= COALESCE(sc.entered_at, l.created_at)
                   AND a.occurred_at <= sc.at) AS attempts
            FROM {StageChange._meta.db_table} sc
            JOIN {Lead._meta.db_table} l ON l.id = sc.lead_id
            JOIN {Reason._meta.db_table} r ON r.id = sc.reason_id
            JOIN {Team._meta.db_table} t ON t.id = l.team_id
            LEFT JOIN {get_user_model()._meta.db_table} u ON u.id = sc.by_id
            WHERE {where} AND r.category = %s AND t.min_attempts_not_reachable > 0
        ) x
        WHERE x.attempts < x.minimum
        ORDER BY x.at DESC
        LIMIT {LIMIT}
    """
    rows = []
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, Reason.Category.NOT_REACHABLE])
        for pk, first, last, email, team, by, reason, at, minimum, attempts in cursor.fetchall():
            if isinstance(at, str):  # SQLite hands back text, in UTC
                at = parse_datetime(at)
            if timezone.is_naive(at):
                at = timezone.make_aware(at, UTC)
            name = f"{first} {last}".strip() or email or f"Lead {pk}"
            rows.append(UnbackedRejection(pk, name, team, by or "—", reason, at, attempts, minimum))
    return rows


def unbacked_table(rows: list[UnbackedRejection]) -> Table:
    return Table(
        "not-reachable-attempts",
        "“Not reachable” with fewer attempts than the team's minimum",
        [
            Column("Lead"),
            Column("Team"),
            Column("By"),
            Column("Reason"),
            Column("When"),
            Column("Attempts", "count"),
            Column("Team minimum", "count"),
        ],
        [
            [
                r.lead,
                r.team,
                r.by,
                r.reason,
                f"{timezone.localtime(r.at):%Y-%m-%d %H:%M}",
                r.attempts,
                r.minimum,
            ]
            for r in rows
        ],
        "The cohort's rejections, recycles and disqualifications for a not-reachable reason "
        "made with fewer logged calls (in the stage it left) than its team now asks for; the "
        f"latest {LIMIT}. Teams without a minimum are left out.",
    )
