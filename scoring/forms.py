"""Forms for the marketers' scoring pages. Rule values are typed as text and parsed here; the
rule's own validation (Rule.clean) decides what the engine can evaluate."""

from __future__ import annotations

import json
import math
from typing import Any

from crispy_forms.helper import FormHelper
from django import forms

from leads.models import ActivityType, ProductLine
from scoring.kinds import KINDS
from scoring.kinds.attribute import LEAD_FIELDS
from scoring.kinds.engagement import METRICS
from scoring.models import Rule, ScoringVersion


class VersionSettingsForm(forms.ModelForm):
    class Meta:
        model = ScoringVersion
        fields = [*ScoringVersion.SETTINGS, "note"]
        labels = {
            "weight_demographic": "Weight of fit",
            "weight_behavioral": "Weight of behaviour",
            "weight_engagement": "Weight of engagement",
            "half_life_days": "Half-life (days)",
        }
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["threshold"].max_value = 100
        self.fields["threshold"].widget.attrs["max"] = 100
        self.helper = FormHelper()
        self.helper.form_tag = False

    def clean(self) -> dict:
        data = super().clean()
        weights = [data.get(f) or 0 for f in self.Meta.fields[1:4]]
        if not any(weights):
            raise forms.ValidationError("At least one weight must be above 0.")
        if (data.get("threshold") or 0) > 100:
            self.add_error("threshold", "The threshold is on the 0-100 scale.")
        return data


# A rule compares with numbers people type (sizes, visits, seconds): "inf", "NaN" and 1e309
# parsed as floats JSON cannot hold (a 500 on saving the rule), and past 10^15 nothing counts.
MAX_RULE_NUMBER = 10**15


def _number(text: str) -> int | float:
    value = float(text)
    if not math.isfinite(value) or abs(value) > MAX_RULE_NUMBER:
        raise ValueError(f"not a number a rule compares with: {text!r}")
    return int(value) if value.is_integer() else value


def value_from_text(operator: str, text: str) -> Any:
    """The typed value for an operator: "a, b" lists, "low, high" ranges, numbers, true/false."""
    text = text.strip()
    if operator in ("is_empty", "not_empty") or not operator:
        return None
    if operator == "in":
        return [part.strip() for part in text.split(",") if part.strip()]
    if operator == "between":
        parts = [part.strip() for part in text.split(",")]
        if len(parts) != 2:
            raise forms.ValidationError("Give low and high separated by a comma, e.g. 100, 499.")
        try:
            return [_number(p) if p else None for p in parts]
        except ValueError as exc:
            raise forms.ValidationError("Low and high must be numbers.") from exc
    if operator in ("gte", "lte"):
        try:
            return _number(text)
        except ValueError as exc:
            raise forms.ValidationError("Give a number.") from exc
    if operator == "equals":
        if text.lower() in ("true", "false"):
            return text.lower() == "true"
        try:
            return _number(text)
        except ValueError:
            return text
    return text


def value_to_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join("" if v is None else str(v) for v in value)
    return str(value)


class RuleForm(forms.ModelForm):
    field = forms.CharField(
        required=False,
        help_text="A lead field (job_title, company_size, email_domain...), attributes.<key>, "
        "or for engagement rules one of: " + ", ".join(METRICS) + ".",
        widget=forms.TextInput(attrs={"list": "rule-fields"}),
    )
    value = forms.CharField(
        required=False,
        help_text='Lists and ranges are comma-separated: "US, GB" or "100, 499" (either side '
        "may be empty). true/false for yes/no attributes.",
    )
    property_filter = forms.CharField(
        required=False,
        help_text='Event rules only: a JSON object, e.g. {"asset": "ebook"}.',
    )
    activity_type = forms.ModelChoiceField(
        queryset=ActivityType.objects.filter(active=True), required=False
    )

    class Meta:
        model = Rule
        help_texts = {
            "kind": " ".join(f"{kind.label}: {kind.description}" for kind in KINDS.values())
        }
        fields = ["kind", "name", *Rule.PARAMETERS, "position"]

    field_suggestions = [*LEAD_FIELDS, *METRICS]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["value"] = value_to_text(self.instance.value)
            self.initial["property_filter"] = (
                json.dumps(self.instance.property_filter) if self.instance.property_filter else ""
            )
        self.helper = FormHelper()
        self.helper.form_tag = False

    def clean_property_filter(self) -> dict:
        text = self.cleaned_data["property_filter"].strip()
        if not text:
            return {}
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise forms.ValidationError('Give a JSON object, e.g. {"asset": "ebook"}.') from exc
        if not isinstance(value, dict):
            raise forms.ValidationError('Give a JSON object, e.g. {"asset": "ebook"}.')
        return value

    def clean(self) -> dict:
        data = super().clean()
        kind = KINDS.get(data.get("kind") or "")
        if kind is not None:
            # What the kind does not use is blanked, so a switched kind leaves nothing behind.
            data.update(kind.form_defaults(data))
        if kind is None or kind.compares_values:
            try:
                data["value"] = value_from_text(data.get("operator", ""), data.get("value", ""))
            except forms.ValidationError as exc:
                self.add_error("value", exc)
        return data


class ActivateForm(forms.Form):
    note = forms.CharField(
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="What changed and why: reports show it on their trends.",
    )


class FitForm(forms.Form):
    name = forms.CharField(max_length=100, help_text="The model to add the fitted draft to.")
    product_line = forms.ModelChoiceField(
        queryset=ProductLine.objects.all(),
        required=False,
        empty_label="(default model)",
        help_text="For a new model of a product line.",
    )


class BacktestForm(forms.Form):
    """The versions are chosen from the model's own, never typed in: a typo compares nothing."""

    version = forms.TypedChoiceField(
        coerce=int,
        required=False,
        empty_value=None,
        error_messages={"invalid_choice": "This model has no version %(value)s."},
    )
    compare = forms.TypedChoiceField(
        coerce=int,
        required=False,
        empty_value=None,
        label="Compare with version",
        error_messages={"invalid_choice": "This model has no version %(value)s."},
    )
    threshold = forms.IntegerField(required=False, min_value=0, max_value=100)
    as_of = forms.ChoiceField(
        choices=[
            ("mql", "as each lead was at its first MQL move"),
            ("now", "as every lead is now"),
        ],
        required=False,
        label="Score",
    )

    def __init__(self, *args, versions=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        choices = [(v.number, f"v{v.number} · {v.get_status_display()}") for v in versions]
        self.fields["version"].choices = [("", "The active version"), *choices]
        self.fields["compare"].choices = [("", "No comparison"), *choices]
