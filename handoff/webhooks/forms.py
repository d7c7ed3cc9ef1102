from __future__ import annotations

from django import forms

from handoff.webhooks.models import Event, WebhookSubscription


class SubscriptionForm(forms.Form):
    url = forms.CharField(
        label="Endpoint URL",
        max_length=500,
        widget=forms.URLInput(attrs={"placeholder": "https://hooks.example.com/leadcrm"}),
    )
    events = forms.MultipleChoiceField(
        choices=[(value, f"{value}: {label}") for value, label in Event.choices],
        widget=forms.CheckboxSelectMultiple,
        initial=Event.values,
    )
    description = forms.CharField(max_length=200, required=False)
    secret = forms.CharField(
        required=False,
        max_length=200,
        widget=forms.PasswordInput(render_value=False),
        help_text="Leave empty to generate one (new subscription) or keep the current one.",
    )
    active = forms.BooleanField(required=False, initial=True)

    @classmethod
    def for_subscription(cls, subscription: WebhookSubscription) -> SubscriptionForm:
        return cls(
            initial={
                "url": subscription.url,
                "events": subscription.events,
                "description": subscription.description,
                "active": subscription.active,
            }
        )
