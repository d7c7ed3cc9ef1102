"""The inbox's working-day tools: filters a user can save as named views, and the
managers' bulk accept and bulk reassign, each lead moved on its own through the one stage
machine (leads.services.lead_move) or the reassign service, with a result per lead."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from django import forms
from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import QuerySet

from handoff import selectors
from handoff.models import Assignment, SavedView
from handoff.services import lead_reassign
from leads.access import InboxScope, inbox_scope, lead_owners
from leads.models import Action, Lead, Via
from leads.roles import role_of
from leads.services import MoveError, lead_move

MAX_BULK = 100  # two inbox pages of ticked rows; more is a script, which has the API
MAX_SAVED_VIEWS = 30  # a menu, not a database


class InboxFilterForm(forms.Form):
    """The inbox's filters; their state is the page's query string (what a saved view keeps)."""

    stage = forms.MultipleChoiceField(required=False, widget=forms.CheckboxSelectMultiple)
    owner = forms.ChoiceField(required=False, label="Owner")
    overdue = forms.BooleanField(required=False, label="Overdue only")

    def __init__(self, *args, user: AbstractBaseUser, owners: list | None = None, **kwargs):
        """`owners`: the people leads go to, when the page has read them already (one query
        for the filter and the bulk bar's reassign)."""
        super().__init__(*args, **kwargs)
        stages = selectors.INBOX_STAGES.get(role_of(user), ())
        self.fields["stage"].choices = [(s, s.upper()) for s in stages]  # MQL, TQL: the badges
        if inbox_scope(user) == InboxScope.OWN:
            del self.fields["owner"]  # a rep's inbox holds their own leads only
        else:
            names = [u.username for u in (lead_owners() if owners is None else owners)]
            self.fields["owner"].choices = [("", "Anyone"), ("none", "Unassigned")] + [
                (name, name) for name in names
            ]

    def query(self) -> str:
        """The valid filters as a query string, in a stable order (what a saved view stores)."""
        if not self.is_valid():
            return ""
        data = self.cleaned_data
        pairs = [("stage", s) for s in data["stage"]]
        if data.get("owner"):
            pairs.append(("owner", data["owner"]))
        if data["overdue"]:
            pairs.append(("overdue", "on"))
        return urlencode(pairs)


@dataclass(frozen=True)
class InboxFilters:
    stages: tuple[str, ...] = ()
    owner: str = ""  # a username, "none" for unassigned, "" for anyone
    overdue: bool = False

    @classmethod
    def of(cls, form: InboxFilterForm) -> InboxFilters:
        if not form.is_valid():
            return cls()
        data = form.cleaned_data
        return cls(tuple(data["stage"]), data.get("owner") or "", data["overdue"])

    @property
    def active(self) -> bool:
        return bool(self.stages or self.owner or self.overdue)

    def _stage_and_owner(self, rows: QuerySet, lead: str = "") -> QuerySet:
        """The stage and owner filters, on leads or (lead="lead__") on rows that point at one."""
        if self.stages:
            rows = rows.filter(**{f"{lead}stage__in": self.stages})
        if self.owner == "none":
            rows = rows.filter(**{f"{lead}owner__isnull": True})
        elif self.owner:
            rows = rows.filter(**{f"{lead}owner__username": self.owner})
        return rows

    def waiting(self, rows: QuerySet[Assignment], now: datetime) -> QuerySet[Assignment]:
        rows = self._stage_and_owner(rows, lead="lead__")
        if self.overdue:
            rows = rows.filter(due_at__lte=now)
        return rows

    def rest(self, leads: QuerySet[Lead]) -> QuerySet[Lead]:
        if self.overdue:  # nothing is due on these leads, so none of them is overdue
            return leads.none()
        return self._stage_and_owner(leads)


class SavedViewError(ValueError):
    pass


def saved_views_of(user: AbstractBaseUser) -> QuerySet[SavedView]:
    return SavedView.objects.filter(user=user).order_by("name", "pk")


def saved_view_create(*, user: AbstractBaseUser, name: str, query: str) -> SavedView:
    """Save `query` (already validated by InboxFilterForm.query) as the user's view `name`;
    saving under a name they already use replaces that view's filters."""
    name = " ".join(name.split())
    if not name:
        raise SavedViewError("Give the view a name.")
    if len(name) > SavedView._meta.get_field("name").max_length:
        raise SavedViewError("A view's name has at most 60 characters.")
    with transaction.atomic():
        existing = SavedView.objects.select_for_update().filter(user=user, name=name).first()
        if existing is not None:
            existing.query = query
            existing.save(update_fields=["query"])
            return existing
        if saved_views_of(user).count() >= MAX_SAVED_VIEWS:
            raise SavedViewError(f"You have {MAX_SAVED_VIEWS} saved views: delete one first.")
        try:
            with transaction.atomic():
                return SavedView.objects.create(user=user, name=name, query=query)
        except IntegrityError:  # the same name saved twice at once: the other click won
            return SavedView.objects.get(user=user, name=name)


@dataclass
class BulkResult:
    """What happened to one ticked lead. `name` is empty for a lead the user may not act on:
    whoever posts guessed ids learns nothing about it."""

    lead_id: int
    name: str
    ok: bool
    message: str


def _in_reach(by: AbstractBaseUser, lead_ids: list[int]) -> dict[int, Lead]:
    """The ticked leads in `by`'s inbox: a manager acts on the teams they manage, no further."""
    return {lead.pk: lead for lead in selectors.inbox(by).filter(pk__in=lead_ids)}


def _each(by: AbstractBaseUser, lead_ids: Iterable[int], act, done: str) -> list[BulkResult]:
    ids = list(dict.fromkeys(lead_ids))[:MAX_BULK]
    leads = _in_reach(by, ids)
    results = []
    for pk in ids:
        lead = leads.get(pk)
        if lead is None:
            results.append(BulkResult(pk, "", False, "not in your inbox; nothing was changed."))
            continue
        try:
            act(lead)
        except MoveError as exc:
            # A race loser (someone moved it first) or a move the stage machine refuses: that
            # lead is reported, the others still go.
            results.append(BulkResult(pk, lead.display_name, False, exc.message))
        else:
            results.append(BulkResult(pk, lead.display_name, True, done))
    return results


def leads_accept_many(*, lead_ids: Iterable[int], by: AbstractBaseUser) -> list[BulkResult]:
    """Accept each ticked lead as its owner's manager would one by one."""

    def accept(lead: Lead) -> None:
        # No expected_stage: the lead was read just now; the move's conditional UPDATE still
        # loses to anyone who moved it since (a MoveConflict, reported for that lead).
        lead_move(lead=lead, action=Action.ACCEPT, by=by, via=Via.UI)

    return _each(by, lead_ids, accept, "accepted.")


def leads_reassign_many(
    *,
    lead_ids: Iterable[int],
    owner: AbstractBaseUser | None,
    by: AbstractBaseUser,
    note: str = "",
    restart_sla: bool = False,
) -> list[BulkResult]:
    """Hand each ticked lead to `owner`, each through the reassign service (history, SLA)."""

    def reassign(lead: Lead) -> None:
        lead_reassign(lead=lead, owner=owner, by=by, note=note, restart_sla=restart_sla)

    return _each(by, lead_ids, reassign, f"assigned to {owner or 'nobody'}.")
