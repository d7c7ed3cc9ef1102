"""The access policy: who may see which lead, and who may do what. Every door asks it.

- Pages and htmx partials: `@access_required(Perm.X)` (signed in, else the login page; holding
  the permission, else 403). Lead-scoped views then fetch the lead with
  `leads.selectors.lead_for` (404 for a lead the caller may not see, never 403).
- The API: `PolicyPermission` is DRF's only default permission class. A view names what it needs
  in `access` (one Perm, or {method: Perm}); a view that names nothing is refused to everyone,
  so a new endpoint cannot forget it.
- Services check again (`has_perm`, the move table), so commands, the admin and tasks obey
  the same table.
- Matching (intake, events, merges) is a read: a match is only used if `visible_leads` has it.

Roles are plain data here (a table of permissions to roles, a table of stage moves to roles, the
fields each role may edit). `rules` (django-rules) was considered: it decides per object, but
lead visibility must be a queryset filter (lists and exports of a million leads), so the table
and one queryset are simpler than predicates plus a second, SQL form of each.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from functools import wraps

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from rest_framework.permissions import BasePermission

from leads import fields
from leads.models import Lead, Stage, StageChange
from leads.roles import Role, role_of

# The actor of automatic work (score threshold, routing, web forms): `by=None` in services.
SYSTEM = "system"

User = AbstractBaseUser | AnonymousUser | None


class Perm(StrEnum):
    USE = "use"  # lead list and pages, API reads, intake, export, notifications, reports
    SEE_ALL_LEADS = "see_all_leads"  # else: own leads and the team's unassigned ones
    ASSIGN = "assign"  # reassign a lead (and may be chosen as its new owner: OWN_LEADS)
    OWN_LEADS = "own_leads"  # may be given leads
    MERGE = "merge"  # the duplicates review, merge and undo
    DELETE = "delete"  # soft delete, the deleted list, restore
    ERASE = "erase"  # GDPR erase
    IMPORT = "import"  # CSV imports
    SOURCES = "sources"  # web-form sources and their keys
    QUEUE = "queue"  # the marketer's queue and its promote buttons
    REJECTIONS = "rejections"  # sales' rejections, for marketing
    INBOX = "inbox"  # the rep and SDR inbox and its move buttons
    ROUTING = "routing"  # try the routing rules
    SCORING_VIEW = "scoring_view"  # scoring models, versions, backtests
    SCORING_EDIT = "scoring_edit"  # drafts, rules, activation, fit
    REPORTS_PEOPLE = "reports_people"  # per-team and per-rep figures
    REPORTS_SALES = "reports_sales"  # velocity and SLA compliance
    REPORTS_OWN_ONLY = "reports_own_only"  # every figure limited to the caller's leads
    ADMIN_SITE = "admin_site"  # the Django admin (with the model permissions of the group)
    EDIT_ANY_LEAD = "edit_any_lead"  # edit every lead's fields (else: the leads they own)
    CREATE_OWNS = "create_owns"  # a lead they type in is theirs (found it themselves)
    ACCOUNTS_EDIT = "accounts_edit"  # create, edit and merge accounts; decide account matches
    HANDED_OVER = "handed_over"  # the SDR's list of leads they qualified and handed to a rep
    WEBHOOKS = "webhooks"  # outbound webhooks: a subscription sends every lead's data outside


EVERY_ROLE = frozenset(Role)

PERMISSIONS: dict[Perm, frozenset[str]] = {
    Perm.USE: EVERY_ROLE,
    Perm.SEE_ALL_LEADS: frozenset({Role.MARKETER, Role.MANAGER, Role.ADMIN}),
    Perm.ASSIGN: frozenset({Role.MANAGER, Role.ADMIN, SYSTEM}),
    Perm.OWN_LEADS: frozenset({Role.SDR, Role.REP, Role.MANAGER}),
    Perm.MERGE: frozenset({Role.MARKETER, Role.MANAGER, Role.ADMIN}),
    Perm.DELETE: frozenset({Role.MANAGER, Role.ADMIN}),
    Perm.ERASE: frozenset({Role.ADMIN}),
    Perm.IMPORT: frozenset({Role.MARKETER, Role.ADMIN}),
    Perm.SOURCES: frozenset({Role.MARKETER, Role.ADMIN}),
    Perm.QUEUE: frozenset({Role.MARKETER, Role.ADMIN}),
    Perm.REJECTIONS: frozenset({Role.MARKETER, Role.MANAGER, Role.ADMIN}),
    Perm.INBOX: frozenset({Role.SDR, Role.REP, Role.MANAGER, Role.ADMIN}),
    Perm.ROUTING: frozenset({Role.MANAGER, Role.ADMIN}),
    Perm.SCORING_VIEW: frozenset({Role.MARKETER, Role.MANAGER, Role.ADMIN}),
    Perm.SCORING_EDIT: frozenset({Role.MARKETER, Role.ADMIN}),
    Perm.REPORTS_PEOPLE: frozenset({Role.MANAGER, Role.ADMIN}),
    Perm.REPORTS_SALES: frozenset({Role.SDR, Role.REP, Role.MANAGER, Role.ADMIN}),
    Perm.REPORTS_OWN_ONLY: frozenset({Role.SDR, Role.REP}),
    Perm.ADMIN_SITE: frozenset({Role.MARKETER, Role.MANAGER, Role.ADMIN}),
    Perm.EDIT_ANY_LEAD: frozenset({Role.MARKETER, Role.MANAGER, Role.ADMIN}),
    Perm.CREATE_OWNS: frozenset({Role.SDR, Role.REP}),
    Perm.ACCOUNTS_EDIT: frozenset({Role.MARKETER, Role.MANAGER, Role.ADMIN}),
    Perm.HANDED_OVER: frozenset({Role.SDR, Role.ADMIN}),
    Perm.WEBHOOKS: frozenset({Role.ADMIN}),
}
# What each refusal says.
REFUSALS: dict[Perm, str] = {
    Perm.USE: "Your account has no role yet; ask an admin to give you one.",
    Perm.ASSIGN: "Only managers and admins may reassign leads.",
    Perm.MERGE: "Only marketers, managers and admins merge leads and review duplicates.",
    Perm.DELETE: "Only managers and admins delete and restore leads.",
    Perm.ERASE: "Only admins may erase leads.",
    Perm.IMPORT: "Only marketers and admins may import leads.",
    Perm.SOURCES: "Only marketers and admins manage lead sources.",
    Perm.SCORING_VIEW: "Scoring is edited by marketers and admins; managers may look.",
    Perm.SCORING_EDIT: "Scoring is edited by marketers and admins; managers may look.",
    Perm.WEBHOOKS: "Webhooks are managed by admins.",
    Perm.ACCOUNTS_EDIT: "Only marketers, managers and admins change accounts and decide matches.",
}

# Every allowed stage move and the roles that may make it (the lifecycle in the README). Managers may
# make every move a sales role may make; admins every move; the system may only promote.
_SALES_ROLES = frozenset({Role.SDR, Role.REP})  # the sales side: SDRs and reps
_MOVES: dict[tuple[str, str], frozenset[str]] = {
    (Stage.NEW, Stage.MQL): frozenset({Role.MARKETER, SYSTEM}),
    (Stage.NURTURE, Stage.MQL): frozenset({Role.MARKETER, SYSTEM}),
    (Stage.NEW, Stage.DISQUALIFIED): frozenset({Role.MARKETER}),
    (Stage.MQL, Stage.TQL): frozenset({Role.SDR}),
    (Stage.MQL, Stage.SAL): frozenset({Role.REP}),
    (Stage.TQL, Stage.SAL): frozenset({Role.REP}),
    (Stage.MQL, Stage.NURTURE): _SALES_ROLES,
    (Stage.MQL, Stage.DISQUALIFIED): _SALES_ROLES,
    (Stage.TQL, Stage.NURTURE): _SALES_ROLES,
    (Stage.TQL, Stage.DISQUALIFIED): _SALES_ROLES,
    (Stage.SAL, Stage.SQL): frozenset({Role.REP}),
    (Stage.SAL, Stage.NURTURE): frozenset({Role.REP}),
    (Stage.SAL, Stage.DISQUALIFIED): frozenset({Role.REP}),
    (Stage.SQL, Stage.NURTURE): frozenset({Role.REP}),
    (Stage.SQL, Stage.DISQUALIFIED): frozenset({Role.REP}),
    (Stage.SQL, Stage.WON): frozenset({Role.REP}),
    (Stage.SQL, Stage.LOST): frozenset({Role.REP}),
    (Stage.LOST, Stage.NURTURE): frozenset({Role.MARKETER, Role.REP}),
}
MOVES: dict[tuple[str, str], frozenset[str]] = {
    move: roles | {Role.ADMIN} | ({Role.MANAGER} if roles & _SALES_ROLES else set())
    for move, roles in _MOVES.items()
}

# Who may edit which lead field is the field registry's (leads.fields); the team, a routing
# setting rather than a lead field, is the managers' and admins'. The API never writes it.
EDITABLE_FIELDS: dict[str, frozenset[str]] = {
    role: fields.editable_by(role)
    | ({"team"} if role in (Role.MANAGER, Role.ADMIN) else frozenset())
    for role in Role
}


class InboxScope(StrEnum):
    """Whose leads an inbox lists (always within `visible_leads`)."""

    OWN = "own"  # the leads they own
    MANAGED_TEAMS = "managed_teams"  # the leads of the teams they manage
    ALL = "all"


INBOX_SCOPES: dict[str, InboxScope] = {
    Role.SDR: InboxScope.OWN,
    Role.REP: InboxScope.OWN,
    Role.MANAGER: InboxScope.MANAGED_TEAMS,
    Role.ADMIN: InboxScope.ALL,
}


def actor_role(user: User) -> str | None:
    """The role `user` acts in; None (no user) is the system."""
    return SYSTEM if user is None else role_of(user)


def has_perm(user: User, perm: Perm) -> bool:
    return actor_role(user) in PERMISSIONS[perm]


def visible_leads(user: User) -> QuerySet[Lead]:
    """The leads `user` may see. Marketers, managers and admins see every lead; SDRs and reps
    the leads they own and their teams' unassigned leads (SDRs also those they handed over);
    anyone else none. The system sees all."""
    leads = Lead.objects.all()
    if has_perm(user, Perm.SEE_ALL_LEADS) or user is None:
        return leads
    role = role_of(user)
    if role is None:
        return leads.none()
    # The team ids as literals, not a subquery: PostgreSQL then reads lead_team_owner for the
    # team's branch (a BitmapOr with the owner's index) and, with the lead_team_owner_mcv
    # statistics (leads 0021), knows that branch is small. With a subquery it guessed a quarter
    # of the table and walked the created_at/score index through a million rows: a rep's search
    # took ~1 s at 1M leads, now ~0.1 s (bench/queues.py).
    teams = list(user.teams.values_list("pk", flat=True))
    mine = Q(owner=user) | Q(owner__isnull=True, team__in=teams)
    if role == Role.SDR:
        # SDRs keep read access to the leads they handed over (qualified to TQL) for their own
        # reporting; moving them is the new owner's (leads.services.check_move).
        mine |= Q(pk__in=handed_over_by(user).values("lead_id"))
    return leads.filter(mine)


def handed_over_by(user: AbstractBaseUser) -> QuerySet[StageChange]:
    """The moves by which `user` (an SDR) qualified leads to TQL and so handed them to a rep."""
    return StageChange.objects.filter(by=user, to_stage=Stage.TQL)


def may_see_lead(user: User, lead: Lead) -> bool:
    """Whether `lead` is among `visible_leads(user)` (the same rule; one query at most)."""
    if user is None or has_perm(user, Perm.SEE_ALL_LEADS):
        return True
    return visible_leads(user).filter(pk=lead.pk).exists()


def editable_fields(user: User) -> frozenset[str]:
    """The lead fields `user` may change (PATCH, the admin's form, an intake's overwrite)."""
    if user is None:
        return frozenset().union(*EDITABLE_FIELDS.values()) - {"team"}
    return EDITABLE_FIELDS.get(role_of(user), frozenset())


def inbox_scope(user: User) -> InboxScope | None:
    """Whose leads `user`'s inbox lists; None: they have no inbox."""
    if not has_perm(user, Perm.INBOX):
        return None
    return INBOX_SCOPES.get(role_of(user))


def lead_owners() -> QuerySet:
    """The active users leads may be given to (assign, routing filters), by name."""
    roles = [r for r in PERMISSIONS[Perm.OWN_LEADS] if r != SYSTEM]
    return (
        get_user_model()
        .objects.filter(groups__name__in=roles, is_active=True)
        .distinct()
        .order_by("username")
    )


def may_move(role: str | None, from_stage: str, to_stage: str) -> bool:
    return role in MOVES.get((from_stage, to_stage), ())


def access_required(perm: Perm) -> Callable:
    """The decorator of every page and htmx partial: signed in (else the login page) and
    holding `perm` (else 403). Marks the view so tests can check that no route lacks it."""

    def decorate(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @login_required
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not has_perm(request.user, perm):
                raise PermissionDenied(REFUSALS.get(perm, "This page is not for your role."))
            return view(request, *args, **kwargs)

        wrapped.access_perm = perm  # type: ignore[attr-defined]
        return wrapped

    return decorate


def public(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Marks a page that anyone may open (the login page, the web-form endpoint)."""
    view.access_perm = None  # type: ignore[attr-defined]
    return view


class PolicyPermission(BasePermission):
    """DRF's one permission class: the view's `access` (a Perm, or {method: Perm}) decides.
    A view without `access` is refused to everyone: a new endpoint must say who may use it."""

    message = REFUSALS[Perm.USE]

    def has_permission(self, request, view) -> bool:
        access = getattr(view, "access", None)
        # HEAD and OPTIONS ask about what GET shows.
        method = "GET" if request.method in ("HEAD", "OPTIONS") else request.method
        perm = access.get(method) if isinstance(access, Mapping) else access
        if perm is None or not request.user or not request.user.is_authenticated:
            return False
        if not has_perm(request.user, perm):
            self.message = REFUSALS.get(perm, "Your role may not do this.")
            return False
        return True
