"""The webhooks pages (admins): subscriptions, each with its delivery log, redeliver and test."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from handoff.views.common import page_of
from handoff.webhooks.forms import SubscriptionForm
from handoff.webhooks.models import WebhookDelivery, WebhookSubscription
from handoff.webhooks.selectors import delivery_log, subscription_list
from handoff.webhooks.services import (
    RedeliveryRefused,
    WebhookInvalid,
    delivery_redeliver,
    subscription_create,
    subscription_delete,
    subscription_send_test,
    subscription_update,
)
from leads.access import Perm, access_required

LOG_PAGE_SIZE = 25
# The session key holding a new secret until the next page shows it (once).
_NEW_SECRET_SESSION = "webhook-new-{}"  # noqa: S105 (a session key, not a secret)


def _form_errors(form: SubscriptionForm, exc: WebhookInvalid) -> None:
    for name, problems in exc.errors.items():
        for problem in problems:
            form.add_error(name if name in form.fields else None, problem)


@access_required(Perm.WEBHOOKS)
def webhook_list(request: HttpRequest) -> HttpResponse:
    form = SubscriptionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            subscription, secret = subscription_create(by=request.user, **form.cleaned_data)
        except WebhookInvalid as exc:
            _form_errors(form, exc)
        else:
            request.session[_NEW_SECRET_SESSION.format(subscription.pk)] = secret
            return redirect(subscription)
    context = {"form": form, "subscriptions": subscription_list()}
    return render(request, "handoff/webhooks/list.html", context)


@access_required(Perm.WEBHOOKS)
def webhook_detail(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = get_object_or_404(WebhookSubscription, pk=pk)
    if request.method == "POST":
        form = SubscriptionForm(request.POST)
        if form.is_valid():
            try:
                subscription_update(subscription=subscription, **form.cleaned_data)
            except WebhookInvalid as exc:
                _form_errors(form, exc)
            else:
                messages.success(request, "Saved.")
                return redirect(subscription)
    else:
        form = SubscriptionForm.for_subscription(subscription)
    context = {
        "subscription": subscription,
        "form": form,
        "secret": request.session.pop(_NEW_SECRET_SESSION.format(subscription.pk), None),
        "page": page_of(delivery_log(subscription), request.GET.get("page"), LOG_PAGE_SIZE),
    }
    return render(request, "handoff/webhooks/detail.html", context)


@require_POST
@access_required(Perm.WEBHOOKS)
def webhook_delete(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = get_object_or_404(WebhookSubscription, pk=pk)
    subscription_delete(subscription=subscription)
    messages.success(request, f"Webhook to {subscription.url} deleted.")
    return redirect("handoff:webhooks")


@require_POST
@access_required(Perm.WEBHOOKS)
def webhook_test(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = get_object_or_404(WebhookSubscription, pk=pk)
    subscription_send_test(subscription=subscription, by=request.user)
    messages.info(request, "Test event queued: its delivery is at the top of the log.")
    return redirect(subscription)


@require_POST
@access_required(Perm.WEBHOOKS)
def webhook_redeliver(request: HttpRequest, pk: int, delivery: uuid.UUID) -> HttpResponse:
    found = get_object_or_404(WebhookDelivery, subscription_id=pk, uuid=delivery)
    try:
        delivery_redeliver(delivery=found)
    except RedeliveryRefused as exc:
        messages.warning(request, str(exc))
    else:
        messages.info(request, f"Delivery {found.uuid} queued again.")
    return redirect("handoff:webhook", pk=pk)
