"""'Which rule would take this lead?': try the routing rules without routing anything."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from handoff.account_routing import KIND as ACCOUNT_OWNER
from handoff.account_routing import account_owner_decision
from handoff.forms import RoutingCheckForm
from handoff.routing import ROUTED_ROLES, active_rules, next_member, rule_for
from leads.access import Perm, access_required
from leads.models import Lead, Stage


@access_required(Perm.ROUTING)
def routing_check(request: HttpRequest) -> HttpResponse:
    form = RoutingCheckForm(request.GET or None)
    context: dict = {"form": form, "rules": active_rules(), "account_owner_kind": ACCOUNT_OWNER}
    if form.is_valid():
        lead_id = form.cleaned_data["lead"]
        lead = Lead.objects.filter(pk=lead_id).first() if lead_id else form.lead_like()
        if lead is None:
            form.add_error("lead", "No lead with this id.")
        else:
            rule = rule_for(lead, context["rules"])
            context["lead"] = lead
            context["rule"] = rule
            context["account_owner"] = account_owner_decision(lead, rule)
            if rule is not None:
                context["next_owner"] = rule.rep or next_member(
                    rule.team, roles=ROUTED_ROLES[Stage.MQL], peek=True
                )
    return render(request, "handoff/routing_check.html", context)
