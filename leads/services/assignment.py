"""Giving a lead to an owner (or taking it back), with its audit row."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from leads.access import Perm, has_perm
from leads.models import Lead, LeadChange, Via
from leads.services.move_rules import MoveForbidden, MoveInvalid, check_history_text


def lead_assign(
    *,
    lead: Lead,
    owner: AbstractBaseUser | None,
    by: AbstractBaseUser | None,
    note: str = "",
    via: str = Via.UI,
) -> Lead:
    """Give the lead to `owner` (None: unassign). Managers, admins and routing may."""
    if not has_perm(by, Perm.ASSIGN):
        raise MoveForbidden("Only managers and admins may reassign leads.")
    check_history_text(note=note)
    if owner is not None and not has_perm(owner, Perm.OWN_LEADS):
        raise MoveInvalid(
            "Leads can be assigned to SDRs, reps and managers only.",
            errors={"owner": [f"{owner.get_username()} is not in a sales role."]},
        )
    with transaction.atomic():
        lead = Lead.objects.select_for_update().get(pk=lead.pk)
        old = lead.owner
        lead.owner = owner
        update_fields = ["owner", "updated_at"]
        if owner is not None:
            teams = list(owner.teams.all())
            if teams and lead.team_id not in {t.pk for t in teams}:
                lead.team = teams[0]
                update_fields.append("team")
        lead.save(update_fields=update_fields)
        LeadChange.objects.create(
            lead=lead,
            kind=LeadChange.Kind.OWNER,
            old_value=old.get_username() if old else "",
            new_value=owner.get_username() if owner else "",
            by=by,
            via=via,
            note=note,
        )
    return lead
