from leads.models.account import Account, AccountDomain, AccountMatchReview, AccountMerge
from leads.models.activity import Activity, ActivityKey, ActivitySummary, ActivityType
from leads.models.choices import Action, Stage, Via
from leads.models.followup import FollowUp
from leads.models.history import HistoryIsAppendOnly, LeadChange, StageChange, history_rewrite
from leads.models.imports import ImportJob
from leads.models.lead import Lead, LeadQuerySet
from leads.models.merge import LeadMerge
from leads.models.reference import LeadSource, ProductLine, Reason, Team

__all__ = [
    "history_rewrite",
    "Account",
    "AccountDomain",
    "AccountMatchReview",
    "AccountMerge",
    "Action",
    "Activity",
    "ActivityKey",
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
