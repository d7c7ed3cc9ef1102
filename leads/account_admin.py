"""The Django admin for accounts: domains inline, validated like the API (free-mail and other
accounts' domains refused with a form error)."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError

from leads.account_matching import clean_domain, is_free_mail
from leads.models import Account, AccountDomain, AccountMatchReview
from leads.url_fields import ASSUME_HTTPS


class AccountDomainForm(forms.ModelForm):
    class Meta:
        model = AccountDomain
        fields = ["domain"]

    def clean_domain(self) -> str:
        raw = self.cleaned_data["domain"]
        domain = clean_domain(raw)
        if not domain:
            raise ValidationError(f"{raw!r} is not a domain name (e.g. acme.com).")
        if is_free_mail(domain):
            raise ValidationError(
                f"{domain} is a free-mail or disposable domain: its people do not work for "
                "one company."
            )
        taken = AccountDomain.objects.filter(domain=domain).exclude(pk=self.instance.pk).first()
        if taken is not None:
            raise ValidationError(f"{domain} already belongs to the account {taken.account}.")
        return domain


class AccountDomainInline(admin.TabularInline):
    model = AccountDomain
    form = AccountDomainForm
    extra = 1


@admin.register(Account)
class AccountAdmin(admin.ModelAdmin):
    list_display = ["name", "owner", "team", "created_at"]
    search_fields = ["name", "normalized_name", "domains__domain"]
    list_select_related = ["owner", "team"]
    autocomplete_fields: list[str] = []
    fields = ["name", "website", "owner", "team"]
    inlines = [AccountDomainInline]
    formfield_overrides = ASSUME_HTTPS


@admin.register(AccountMatchReview)
class AccountMatchReviewAdmin(admin.ModelAdmin):
    list_display = ["lead", "why", "score", "created_at", "resolved_at", "chosen"]
    list_filter = ["why"]
    raw_id_fields = ["lead", "candidates", "chosen"]
    readonly_fields = ["created_at", "resolved_at", "resolved_by"]
