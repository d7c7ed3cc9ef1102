"""Matching a lead to its account whenever the leads app says a lead was created or changed
(intake, edits, merges: leads.signals.lead_saved) or imported (leads_imported)."""

from __future__ import annotations

from django.dispatch import receiver

from leads.account_services import MATCH_FIELDS, lead_match_account
from leads.models import Lead
from leads.queueing import enqueue
from leads.signals import lead_saved, leads_imported
from leads.tasks import match_accounts_of


@receiver(lead_saved, dispatch_uid="accounts_on_lead_saved")
def match_on_save(sender, lead: Lead, created: bool, fields=None, **kwargs) -> None:
    # Inside the saving transaction: the lead is routed (after the commit) with its account.
    if lead.account_id is None and (created or not fields or MATCH_FIELDS & set(fields)):
        lead_match_account(lead=lead)


@receiver(leads_imported, dispatch_uid="accounts_on_leads_imported")
def match_on_import(sender, lead_ids, **kwargs) -> None:
    if lead_ids:
        enqueue(match_accounts_of, list(lead_ids), lead_ids=[])
