"""Forms for logging work and adding follow-up tasks on a lead (pages and inbox rows).

Times are typed in the person's time zone (activated by handoff.time_zones for the request):
Django reads a naive `datetime-local` value in the current time zone."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q

from leads.models import Activity
from leads.roles import Role
from leads.worklog import MAX_NOTE, WORK_TYPES


class LocalDateTimeInput(forms.DateTimeInput):
    """The browser's own date-and-time picker; it sends "YYYY-MM-DDTHH:MM"."""

    input_type = "datetime-local"

    def __init__(self, attrs: dict | None = None) -> None:
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class WorkForm(forms.Form):
    type = forms.ChoiceField(choices=WORK_TYPES)
    outcome = forms.ChoiceField(
        choices=[("", "Outcome of the call…"), *Activity.Outcome.choices], required=False
    )
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=MAX_NOTE
    )
    occurred_at = forms.DateTimeField(
        widget=LocalDateTimeInput(),
        required=False,
        label="When",
        help_text="Leave empty for now.",
    )

    def work_kwargs(self) -> dict:
        data = self.cleaned_data
        return {
            "type": data["type"],
            "outcome": data.get("outcome") or "",
            "note": data.get("note") or "",
            "occurred_at": data.get("occurred_at"),
        }


class WorkEditForm(forms.Form):
    outcome = forms.ChoiceField(choices=[("", "—"), *Activity.Outcome.choices], required=False)
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=MAX_NOTE
    )
    occurred_at = forms.DateTimeField(widget=LocalDateTimeInput(), required=False, label="When")


def task_assignees():
    """People who take tasks: the sales roles and marketers (the service checks each may see
    the lead)."""
    roles = [Role.MARKETER, Role.SDR, Role.REP, Role.MANAGER]
    return (
        get_user_model()
        .objects.filter(Q(groups__name__in=roles) | Q(is_superuser=True), is_active=True)
        .distinct()
        .order_by("username")
    )


class TaskForm(forms.Form):
    title = forms.CharField(max_length=200)
    due_at = forms.DateTimeField(widget=LocalDateTimeInput(), label="Due")
    assignee = forms.ModelChoiceField(
        queryset=get_user_model().objects.none(),
        to_field_name="username",
        required=False,
        empty_label="Me",
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "id_task_%s")
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = task_assignees()
