"""'Which rule would take this lead?': try the routing rules without routing anything."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from handoff.account_routing import KIND as ACCOUNT_OWNER
from handoff.account_routing import route_plan
from handoff.forms import RoutingCheckForm
from handoff.routing import ROUTED_ROLES, active_rules, next_member
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
            plan = route_plan(lead, context["rules"])
            context.update(lead=lead, plan=plan, rule=plan.rule)
            if plan.rule is not None and plan.owner is None:
                context["next_owner"] = plan.rule.rep or next_member(
                    plan.rule.team, roles=ROUTED_ROLES[Stage.MQL], peek=True
                )
    return render(request, "handoff/routing_check.html", context)
