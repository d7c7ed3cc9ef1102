"""Field types the models share: the e-mail column of a lead, and the optional link."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

from leads.normalize import normalize_email, validate_email_address


class EmailAddressFormField(forms.CharField):
    """An e-mail box in forms (the admin's): internationalized addresses valid, and the value
    normalized as intake does (leads.normalize.normalize_email)."""

    def clean(self, value):
        value = super().clean(value)
        try:
            return normalize_email(value)
        except ValidationError as exc:
            raise ValidationError(exc.messages, code="invalid") from exc


class EmailAddressField(models.EmailField):
    """Lead.email: Django's EmailField refuses valid addresses such as `zoë@example.com`."""

    default_validators = [validate_email_address]

    def deconstruct(self):
        # Migrations see a plain EmailField: the column is the same varchar(254), and the
        # validator and form field are not schema, so no migration imports this module.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.EmailField", args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": EmailAddressFormField, **kwargs})


def optional_fk(
    to: type[models.Model] | str,
    *,
    on_delete=models.SET_NULL,
    related_name: str = "+",
    **options,
) -> models.ForeignKey:
    """A link that may be empty: null in the column, optional in forms, and by default emptied
    when the row it points at is deleted (who made a change, who owns a lead, its team). Its
    related_name is "+" (no reverse accessor) unless one is named."""
    return models.ForeignKey(
        to, null=True, blank=True, on_delete=on_delete, related_name=related_name, **options
    )
