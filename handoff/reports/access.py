"""Who sees which figures, as leads.access decides it.

Managers and admins see everything. Reps and SDRs see their own figures: every report is limited
to the leads they own. Marketers see the marketing half: the funnel, the flow, rejections and
acceptance by source, product line and campaign, but no per-team or per-rep figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser

from handoff.reports.quality import DIMENSIONS, MARKETING_DIMENSIONS
from leads.access import Perm, has_perm
from leads.roles import Role, role_of


@dataclass(frozen=True)
class ReportScope:
    role: Role
    owner: AbstractBaseUser | None  # every figure is limited to this owner's leads
    people: bool  # per-team and per-rep figures, and the team/owner filters
    sales: bool  # velocity and SLA compliance

    @property
    def dimensions(self) -> list[str]:
        return list(DIMENSIONS) if self.people else MARKETING_DIMENSIONS


def report_scope(user: AbstractBaseUser) -> ReportScope | None:
    """What `user` may see in the reports; None: nothing."""
    role = role_of(user)
    if role is None or not has_perm(user, Perm.USE):
        return None
    return ReportScope(
        role,
        owner=user if has_perm(user, Perm.REPORTS_OWN_ONLY) else None,
        people=has_perm(user, Perm.REPORTS_PEOPLE),
        sales=has_perm(user, Perm.REPORTS_SALES),
    )
