from __future__ import annotations

import zoneinfo

from django import forms
from django.conf import settings

from handoff.models import Profile
from leads.forms import AssignForm, MoveForm
from leads.models import Action, Lead, LeadSource, ProductLine, Stage

BANT = ("budget", "authority", "need", "timeline")


class InboxMoveForm(MoveForm):
    """A move from an inbox row; qualifying an accepted lead also takes the BANT checklist."""

    budget = forms.BooleanField(required=False, label="Budget confirmed")
    authority = forms.BooleanField(required=False, label="Authority: decision maker reached")
    need = forms.BooleanField(required=False, label="Need verified")
    timeline = forms.BooleanField(required=False, label="Timeline confirmed")

    def __init__(self, *args, action: str, lead: Lead, **kwargs):
        super().__init__(*args, action=action, lead=lead, **kwargs)
        if not (action == Action.QUALIFY and lead.stage == Stage.SAL):
            for name in BANT:
                del self.fields[name]

    def move_kwargs(self) -> dict:
        kwargs = super().move_kwargs()
        if "budget" in self.fields:
            kwargs["details"] = {"bant": {name: self.cleaned_data[name] for name in BANT}}
        return kwargs


class ReassignForm(AssignForm):
    """The inbox's reassign: the manager may also start the response time again."""

    restart_sla = forms.BooleanField(
        required=False,
        label="Restart the response time",
        help_text="Off: the new owner inherits the time left (or overdue) of the lead.",
    )


def _time_zone_choices() -> list[tuple[str, str]]:
    default = [("", f"The site's ({settings.TIME_ZONE})")]
    return default + [(name, name) for name in sorted(zoneinfo.available_timezones())]


class NotificationSettingsForm(forms.ModelForm):
    time_zone = forms.ChoiceField(
        choices=_time_zone_choices,
        required=False,
        label="Time zone",
        help_text="Dates and times on the pages are shown in it.",
    )

    class Meta:
        model = Profile
        fields = ["email_notifications", "time_zone"]


class RoutingCheckForm(forms.Form):
    """A lead's routing fields, or a lead's id to take them from."""

    lead = forms.IntegerField(required=False, label="Lead id", min_value=1)
    country = forms.CharField(required=False, max_length=2)
    region = forms.CharField(required=False, max_length=100)
    postal_code = forms.CharField(required=False, max_length=20)
    product_line = forms.ModelChoiceField(queryset=ProductLine.objects.all(), required=False)
    source = forms.ModelChoiceField(queryset=LeadSource.objects.all(), required=False)
    campaign = forms.CharField(required=False, max_length=100)
    score = forms.IntegerField(required=False, min_value=0, max_value=100)

    def lead_like(self) -> Lead:
        data = self.cleaned_data
        return Lead(
            country=(data["country"] or "").upper(),
            region=data["region"] or "",
            postal_code=data["postal_code"] or "",
            product_line=data["product_line"],
            source=data["source"],
            campaign=data["campaign"] or "",
            score=data["score"] or 0,
        )
