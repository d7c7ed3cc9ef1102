from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from leads.access import lead_owners
from leads.models import Action, Lead, Reason, Stage


class DatePicker(forms.DateInput):
    """The browser's own date picker (keyboard-usable, in the person's locale); it sends ISO."""

    input_type = "date"

    def __init__(self, attrs: dict | None = None) -> None:
        super().__init__(attrs, format="%Y-%m-%d")


def reasons_for(action: str) -> QuerySet[Reason]:
    """The reasons a person may give for `action` (the retired ones are kept for history)."""
    return Reason.objects.filter(active=True, applies_to=action)


def reason_groups(action: str) -> list[tuple[str, list[Reason]]]:
    """The active reasons for `action` by category, as a select's optgroups: a close lists
    "Won" and "Lost" apart, so a lost deal is not given a winning reason by mistake."""
    groups: dict[str, list[Reason]] = {}
    for reason in reasons_for(action).order_by("category", "position", "label"):
        groups.setdefault(reason.get_category_display(), []).append(reason)
    return list(groups.items())


class MoveForm(forms.Form):
    """One stage move on the lead page. Fields appear only where the action needs them."""

    expected_stage = forms.CharField(widget=forms.HiddenInput)
    reason = forms.ModelChoiceField(
        queryset=Reason.objects.none(),
        to_field_name="code",
        required=False,
        empty_label="Choose a reason…",
    )
    reasons = forms.ModelMultipleChoiceField(
        queryset=Reason.objects.none(),
        to_field_name="code",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Qualification reasons",
    )
    outcome = forms.ChoiceField(choices=[(Stage.WON, "Won"), (Stage.LOST, "Lost")], required=False)
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=5000
    )

    def __init__(self, *args, action: str, lead: Lead, **kwargs):
        # One page shows a form per move: ids must differ so each label finds its own field.
        kwargs.setdefault("auto_id", f"id_{action}_%s")
        super().__init__(*args, **kwargs)
        self.action = action
        self.lead = lead
        self.fields["expected_stage"].initial = lead.stage
        reasons = reasons_for(action)
        if action in (Action.REJECT, Action.RECYCLE, Action.DISQUALIFY, Action.CLOSE):
            self._reason_choices(action, reasons)
        if action in (Action.REJECT, Action.RECYCLE, Action.DISQUALIFY):
            self.fields["reason"].required = True
            del self.fields["reasons"], self.fields["outcome"]
        elif action == Action.CLOSE:
            self.fields["reason"].label = "Reason (required when lost)"
            del self.fields["reasons"]
        elif action == Action.QUALIFY:
            self.fields["reasons"].queryset = reasons
            self.fields["reasons"].required = lead.stage == Stage.SAL
            del self.fields["reason"], self.fields["outcome"]
        else:
            del self.fields["reason"], self.fields["reasons"], self.fields["outcome"]
        self.helper_id = f"move-{action}"

    def _reason_choices(self, action: str, reasons: QuerySet[Reason]) -> None:
        # Validated against the queryset; shown grouped by category like the inbox's form.
        field = self.fields["reason"]
        field.queryset = reasons
        field.choices = [("", field.empty_label)] + [
            (category, [(reason.code, reason.label) for reason in items])
            for category, items in reason_groups(action)
        ]

    def clean(self) -> dict:
        data = super().clean()
        if self.action == Action.CLOSE:
            if data.get("outcome") == Stage.LOST and not data.get("reason"):
                self.add_error("reason", "Say why the deal was lost.")
            if not data.get("outcome"):
                self.add_error("outcome", "Choose won or lost.")
        return data

    def move_kwargs(self) -> dict:
        data = self.cleaned_data
        reason = data.get("reason")
        return {
            "action": self.action,
            "reason": reason.code if reason else None,
            "reasons": [r.code for r in data.get("reasons") or []],
            "outcome": data.get("outcome") or None,
            "note": data.get("note", ""),
            "expected_stage": data.get("expected_stage") or None,
        }


class AssignForm(forms.Form):
    owner = forms.ModelChoiceField(
        queryset=get_user_model().objects.none(),
        to_field_name="username",
        required=False,
        empty_label="Unassigned",
    )
    note = forms.CharField(required=False, max_length=5000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = lead_owners()
