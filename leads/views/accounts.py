"""Account pages: the list with search, and one account's leads by stage, owner, activity and
funnel; the "Account matches to review" page with its one-click choices."""

from __future__ import annotations

from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from leads.access import Perm, access_required, has_perm
from leads.account_merging import accounts_merge, accounts_unmerge
from leads.account_selectors import account_for, account_list, reviews_open
from leads.account_services import AccountError, review_resolve
from leads.models import (
    Account,
    AccountMatchReview,
    AccountMerge,
    Activity,
    Stage,
    StageChange,
)
from leads.search import MAX_SEARCH_LENGTH
from leads.selectors import visible_leads

# The stages a lead passes on its way to a customer, in the order the funnel shows them.
FUNNEL_STAGES = (Stage.MQL, Stage.TQL, Stage.SAL, Stage.SQL, Stage.WON)


@access_required(Perm.USE)
def account_list_view(request: HttpRequest) -> HttpResponse:
    search = request.GET.get("q", "")[:MAX_SEARCH_LENGTH]
    page = Paginator(account_list(request.user, search=search), 50).get_page(
        request.GET.get("page")
    )
    context = {
        "page": page,
        "q": search,
        "query": urlencode({"q": search}),  # the pager keeps the search
        "may_review": has_perm(request.user, Perm.ACCOUNTS_EDIT),
    }
    return render(request, "leads/account_list.html", context)


@access_required(Perm.USE)
def account_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    account = account_for(request.user, pk)
    leads = visible_leads(request.user).filter(account=account)
    by_stage = dict(leads.order_by().values_list("stage").annotate(n=Count("pk")))
    reached = dict(
        StageChange.objects.filter(lead__in=leads.values("pk"), to_stage__in=FUNNEL_STAGES)
        .order_by()
        .values_list("to_stage")
        .annotate(n=Count("lead", distinct=True))
    )
    context = {
        "account": account,
        "stages": [(s, by_stage.get(s.value, 0)) for s in Stage if by_stage.get(s.value)],
        "funnel": [(s, reached.get(s.value, 0)) for s in FUNNEL_STAGES],
        "leads": leads.select_related("owner").order_by("-created_at", "-pk")[:50],
        "activities": Activity.objects.filter(lead__in=leads.values("pk"))
        .select_related("lead", "type")
        .order_by("-occurred_at")[:10],
        "may_edit": has_perm(request.user, Perm.ACCOUNTS_EDIT),
        "merges": AccountMerge.objects.filter(kept=account, undone_at__isnull=True)
        .select_related("merged_away", "by")
        .order_by("-at")[:10],
    }
    return render(request, "leads/account_detail.html", context)


@access_required(Perm.ACCOUNTS_EDIT)
def account_review_view(request: HttpRequest) -> HttpResponse:
    page = Paginator(reviews_open(), 25).get_page(request.GET.get("page"))
    return render(request, "leads/account_review.html", {"page": page})


class ResolveForm(forms.Form):
    account = forms.IntegerField(required=False, min_value=1)  # empty: none of these


@access_required(Perm.ACCOUNTS_EDIT)
@require_POST
def account_review_resolve_view(request: HttpRequest, pk: int) -> HttpResponse:
    review = get_object_or_404(AccountMatchReview, pk=pk)
    form = ResolveForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose one of the accounts offered, or none.")
        return redirect("leads:account-review")
    chosen = form.cleaned_data["account"]
    account = Account.objects.filter(pk=chosen).first() if chosen else None
    if chosen and account is None:
        messages.error(request, "That account no longer exists.")
        return redirect("leads:account-review")
    try:
        review_resolve(review=review, account=account, by=request.user)
    except AccountError as exc:
        messages.error(request, exc.message)
        return redirect("leads:account-review")
    lead = review.lead
    messages.success(
        request,
        f"{lead.display_name} is now at {account}."
        if account
        else f"{lead.display_name} stays without an account; matching will not ask again.",
    )
    return redirect("leads:account-review")


class AccountMergeForm(forms.Form):
    merge_away = forms.IntegerField(min_value=1, label="Account id to merge into this one")


@access_required(Perm.ACCOUNTS_EDIT)
@require_POST
def account_merge_view(request: HttpRequest, pk: int) -> HttpResponse:
    keep = account_for(request.user, pk)
    form = AccountMergeForm(request.POST)
    away = None
    if form.is_valid():
        away = Account.objects.filter(pk=form.cleaned_data["merge_away"]).first()
    if away is None:
        messages.error(request, "Give the id of another account to merge into this one.")
        return redirect(keep)
    try:
        accounts_merge(keep=keep, merge_away=away, by=request.user)
    except AccountError as exc:
        messages.error(request, exc.message)
        return redirect(keep)
    messages.success(
        request,
        f"Merged {away} into {keep}: its leads and domains are here. Undo below for 30 days.",
    )
    return redirect(keep)


@access_required(Perm.ACCOUNTS_EDIT)
@require_POST
def account_unmerge_view(request: HttpRequest, pk: int) -> HttpResponse:
    merge = get_object_or_404(AccountMerge, pk=pk)
    try:
        restored = accounts_unmerge(merge=merge, by=request.user)
    except AccountError as exc:
        messages.error(request, exc.message)
        return redirect("leads:account", pk=merge.kept_id)
    messages.success(request, f"{restored} is back with its leads and domains.")
    return redirect(restored)
