"""The "New lead" and "Edit" forms: a lead's fields as people type them, normalized like intake
(e-mail lower-cased, phone to E.164 in the lead's country, country to its ISO code)."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from leads import fields, normalize
from leads.models import Lead, LeadSource, ProductLine
from leads.roles import Role

# In the order the form shows them.
FORM_FIELDS = [
    "first_name",
    "last_name",
    "email",
    "phone",
    "company",
    "job_title",
    "industry",
    "company_size",
    "country",
    "region",
    "city",
    "postal_code",
    "source",
    "product_line",
    "campaign",
    "do_not_email",
    "do_not_call",
]
# Who types a lead in says where it came from; the other marketing fields are marketing's.
# What anyone may type into a new lead: the contact fields (what sales may edit, per the field
# registry) and where it came from.
CREATE_FIELDS = frozenset(fields.editable_by(Role.REP) | {"source", "product_line", "campaign"})


class LeadForm(forms.ModelForm):
    country = forms.CharField(
        max_length=100, required=False, help_text="ISO code or English name, e.g. FR or France."
    )
    phone = forms.CharField(
        max_length=50, required=False, help_text="Any format; read in the lead's country."
    )
    # The model's range check is skipped (_post_clean): the form holds the size to the API's.
    company_size = forms.IntegerField(
        min_value=0, max_value=fields.MAX_COMPANY_SIZE, required=False, label="Company size"
    )

    class Meta:
        model = Lead
        fields = FORM_FIELDS

    def __init__(self, *args, allowed: frozenset[str], **kwargs):
        super().__init__(*args, **kwargs)
        for name in list(self.fields):
            if name not in allowed:
                del self.fields[name]
        if "source" in self.fields:
            self.fields["source"].queryset = LeadSource.objects.order_by("code")
        if "product_line" in self.fields:
            self.fields["product_line"].queryset = ProductLine.objects.all()

    def clean_email(self) -> str:
        try:
            return normalize.normalize_email(self.cleaned_data.get("email", ""))
        except ValidationError as exc:
            raise ValidationError("Enter a valid e-mail address.") from exc

    def clean_country(self) -> str:
        return normalize.normalize_country(self.cleaned_data.get("country", ""))

    def clean(self) -> dict:
        data = super().clean()
        if "phone" in self.fields and "phone" not in self.errors:
            country = data.get("country") or (self.instance.country if self.instance else "")
            try:
                data["phone"] = normalize.normalize_phone(data.get("phone", ""), country)
            except ValidationError as exc:
                self.add_error("phone", exc)
        for name in ("first_name", "last_name", "company", "job_title", "city", "region"):
            if isinstance(data.get(name), str):
                data[name] = data[name].strip()
        identity = [data.get(n, getattr(self.instance, n)) for n in ("email", "phone")]
        if not any(identity) and not self.instance.external_id and not self.errors:
            raise ValidationError("A lead needs an e-mail or a phone.")
        return data

    def changed_data_only(self) -> dict:
        """The cleaned values of the fields shown, for leads.editing.lead_edit."""
        return {name: self.cleaned_data[name] for name in self.fields}

    def _post_clean(self) -> None:
        # The model's own validation (unique e-mail...) is left to the services, which say
        # which lead holds the value and only when the person may see it.
        pass
