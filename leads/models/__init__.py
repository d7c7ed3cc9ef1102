from leads.models.account import Account, AccountDomain, AccountMatchReview, AccountMerge
from leads.models.activity import Activity, ActivitySummary, ActivityType
from leads.models.followup import FollowUp
from leads.models.imports import ImportJob
from leads.models.lead import (
    Action,
    HistoryIsAppendOnly,
    Lead,
    LeadChange,
    LeadQuerySet,
    LeadSource,
    ProductLine,
    Reason,
    Stage,
    StageChange,
    Team,
    Via,
    history_rewrite,
)
from leads.models.merge import LeadMerge

__all__ = [
    "history_rewrite",
    "Account",
    "AccountDomain",
    "AccountMatchReview",
    "AccountMerge",
    "Action",
    "Activity",
    "ActivitySummary",
    "ActivityType",
    "FollowUp",
    "HistoryIsAppendOnly",
    "ImportJob",
    "Lead",
    "LeadChange",
    "LeadMerge",
    "LeadQuerySet",
    "LeadSource",
    "ProductLine",
    "Reason",
    "Stage",
    "StageChange",
    "Team",
    "Via",
]
