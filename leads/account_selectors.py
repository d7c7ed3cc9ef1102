"""Reads of accounts: each with the count of its leads the reader may see."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404

from leads.access import Perm, has_perm
from leads.account_matching import normalize_company_name
from leads.models import Account, AccountMatchReview
from leads.roles import role_of
from leads.selectors import visible_leads


def account_list(user: AbstractBaseUser, *, search: str = "") -> QuerySet[Account]:
    """Accounts (every role sees the companies; a lead count only of the leads it may see),
    found by any part of the name or a domain."""
    accounts = (
        Account.objects.select_related("owner", "team")
        .prefetch_related("domains")
        .order_by("name", "pk")
    )
    if role_of(user) is None:
        return accounts.none()
    if search.strip():
        key = normalize_company_name(search) or search.strip().lower()
        accounts = accounts.filter(
            Q(normalized_name__contains=key)
            | Q(name__icontains=search.strip())
            | Q(domains__domain__icontains=search.strip().lower())
        ).distinct()
    if has_perm(user, Perm.SEE_ALL_LEADS):
        counts = Count("leads", filter=Q(leads__deleted_at__isnull=True), distinct=True)
        return accounts.annotate(lead_count=counts)
    mine = (
        visible_leads(user)
        .filter(account=OuterRef("pk"))
        .order_by()
        .values("account")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return accounts.annotate(
        lead_count=Coalesce(Subquery(mine, output_field=IntegerField()), Value(0))
    )


def account_for(user: AbstractBaseUser, pk: int) -> Account:
    account = account_list(user).filter(pk=pk).first()
    if account is None:
        raise Http404("No such account.")
    return account


def reviews_open() -> QuerySet[AccountMatchReview]:
    return (
        AccountMatchReview.objects.filter(resolved_at__isnull=True, lead__deleted_at__isnull=True)
        .select_related("lead", "lead__owner")
        .prefetch_related("candidates__owner", "candidates__domains")
        .order_by("-created_at", "-pk")
    )
