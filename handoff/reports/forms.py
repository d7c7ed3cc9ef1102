"""The report filters, kept in the URL; one form for the pages and the API."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from django import forms
from django.utils import timezone

from handoff.reports.access import ReportScope
from handoff.reports.filters import ACCOUNT_CHOICES, ReportKwargs
from handoff.reports.flow import PERIODS
from leads.access import lead_owners
from leads.forms import DatePicker
from leads.models import LeadSource, ProductLine, Team

DEFAULT_DAYS = 90
# The dates a report may cover, and its longest window. Past them the window's ends overflowed
# Python's dates (created_before=9999-12-31, or 0001-01-01 in Tokyo: a 500), and the funnel
# page drew a row per week: 0002-01-01..9999-12-30 took 52 s. 100 years of weeks take < 1 s.
EARLIEST = date(1900, 1, 1)
LATEST = date(2999, 12, 31)
MAX_WINDOW = timedelta(days=36_525)  # 100 years


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


class ReportFilterForm(forms.Form):
    created_after = forms.DateField(required=False, label="From", widget=DatePicker())
    created_before = forms.DateField(required=False, label="To", widget=DatePicker())
    source = forms.ModelChoiceField(LeadSource.objects.all(), to_field_name="code", required=False)
    product_line = forms.ModelChoiceField(
        ProductLine.objects.all(), to_field_name="code", required=False
    )
    campaign = forms.CharField(required=False, max_length=100)
    team = forms.ModelChoiceField(Team.objects.all(), required=False)
    owner = forms.ModelChoiceField(
        lead_owners(),
        to_field_name="username",
        required=False,
        label="Owner now",
    )
    accounts = forms.ChoiceField(
        choices=[("", "All leads"), *ACCOUNT_CHOICES.items()], required=False, label="Accounts"
    )
    tz = forms.CharField(required=False, label="Time zone", max_length=64)
    period = forms.ChoiceField(
        choices=[(p, p.title()) for p in PERIODS], required=False, label="Per"
    )

    def __init__(self, data=None, *, scope: ReportScope, **kwargs) -> None:
        super().__init__(data, **kwargs)
        self.scope = scope
        if not scope.people:
            del self.fields["team"]
            del self.fields["owner"]
        self.fields["tz"].widget.attrs["placeholder"] = timezone.get_current_timezone_name()

    def _clean_day(self, name: str) -> date | None:
        day = self.cleaned_data.get(name)
        if day is not None and not EARLIEST <= day <= LATEST:
            raise forms.ValidationError(f"A date between {EARLIEST} and {LATEST}.")
        return day

    def clean_created_after(self) -> date | None:
        return self._clean_day("created_after")

    def clean_created_before(self) -> date | None:
        return self._clean_day("created_before")

    def clean_tz(self) -> ZoneInfo:
        name = self.cleaned_data["tz"] or timezone.get_current_timezone_name()
        if name not in _zones():
            raise forms.ValidationError(f"Unknown time zone {name!r}; use e.g. Europe/Lisbon.")
        return ZoneInfo(name)

    def clean(self) -> dict:
        data = super().clean()
        tz = data.get("tz") or ZoneInfo(timezone.get_current_timezone_name())
        today = timezone.now().astimezone(tz).date()
        before = data.get("created_before") or today
        after = data.get("created_after") or before - timedelta(days=DEFAULT_DAYS - 1)
        if "created_before" not in self.errors and "created_after" not in self.errors:
            if after > before:
                self.add_error("created_before", "The end date is before the start date.")
            elif before - after > MAX_WINDOW:
                self.add_error("created_before", "A report covers at most 100 years.")
            data["created_after"], data["created_before"] = after, before
        data["period"] = data.get("period") or "week"
        return data

    def report_kwargs(self) -> ReportKwargs:
        """The cleaned filters, with the owner forced for those who see only their own."""
        data = self.cleaned_data
        return ReportKwargs(
            created_after=data["created_after"],
            created_before=data["created_before"],
            source=data.get("source"),
            product_line=data.get("product_line"),
            campaign=data.get("campaign", ""),
            team=data.get("team"),
            owner=data.get("owner"),
            worked_by=self.scope.owner,
            accounts=data.get("accounts", ""),
            tz=data["tz"],
        )
