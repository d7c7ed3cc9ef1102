"""The navbar: each role's pages in the order of its day, the current one marked.

URL names are strings here (as in settings.LEADCRM_HOME_URLS), so no app imports another.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import reverse

from leads.roles import Role, role_of


@dataclass(frozen=True)
class NavItem:
    id: str
    label: str
    url_name: str
    # View names that mark this item active; a name ending in ":" covers a whole namespace.
    matches: tuple[str, ...]


_ITEMS = {
    "queue": NavItem("nav-queue", "Queue", "handoff:queue", ("handoff:queue",)),
    "inbox": NavItem("nav-inbox", "Inbox", "handoff:inbox", ("handoff:inbox",)),
    "sdr-inbox": NavItem("nav-inbox", "SDR queue", "handoff:inbox", ("handoff:inbox",)),
    "rejected": NavItem(
        "nav-rejected", "Rejected by sales", "handoff:rejected", ("handoff:rejected",)
    ),
    "routing": NavItem(
        "nav-routing", "Routing check", "handoff:routing-check", ("handoff:routing-check",)
    ),
    "leads": NavItem("nav-leads", "Leads", "leads:list", ("leads:list", "leads:detail")),
    "accounts": NavItem(
        "nav-accounts", "Accounts", "leads:accounts", ("leads:accounts", "leads:account")
    ),
    "scoring": NavItem("nav-scoring", "Scoring", "scoring:models", ("scoring:",)),
    "import": NavItem("nav-import", "Import", "leads:imports:upload", ("leads:imports:",)),
    "sources": NavItem("nav-sources", "Sources", "leads:sources", ("leads:sources",)),
    "duplicates": NavItem(
        "nav-duplicates", "Duplicates", "leads:duplicates", ("leads:duplicates", "leads:merge")
    ),
    "reports": NavItem("nav-reports", "Reports", "reports:funnel", ("reports:",)),
    "deleted": NavItem("nav-deleted", "Deleted", "leads:deleted", ("leads:deleted",)),
    "webhooks": NavItem(
        "nav-webhooks", "Webhooks", "handoff:webhooks", ("handoff:webhooks", "handoff:webhook")
    ),
    "tasks": NavItem("nav-tasks", "My tasks", "leads:my-tasks", ("leads:my-tasks",)),
}

NAV_ORDER: dict[Role, tuple[str, ...]] = {
    Role.MARKETER: (
        "queue", "leads", "accounts", "scoring", "import", "sources", "duplicates", "rejected", "reports",
    ),
    Role.SDR: ("sdr-inbox", "leads", "accounts", "reports", "tasks"),
    Role.REP: ("inbox", "leads", "accounts", "reports", "tasks"),
    Role.MANAGER: (
        "reports", "inbox", "leads", "accounts", "routing", "duplicates", "rejected", "scoring",
        "deleted", "tasks",
    ),
    Role.ADMIN: (
        "leads", "accounts", "queue", "inbox", "scoring", "import", "sources", "duplicates",
        "rejected", "routing", "reports", "deleted", "webhooks", "tasks",
    ),
}  # fmt: skip


# The first pages of a role's day sit in the bar; the rest (and Admin, API) under "More", so the
# bar stays one line at 1280 px for the roles with a dozen pages.
INLINE = 6


def _is_active(item: NavItem, view_name: str) -> bool:
    return any(view_name.startswith(m) if m.endswith(":") else view_name == m for m in item.matches)


def nav(request: HttpRequest) -> dict:
    """`nav_items` (in the bar) and `nav_more` (under "More"): [{id, label, url, active}] for the
    signed-in user's role; `nav_more_active` when the current page is under "More"."""
    role = role_of(getattr(request, "user", None))
    if role is None:
        return {"nav_items": []}
    match = getattr(request, "resolver_match", None)
    view_name = match.view_name if match else ""
    items = [
        {
            "id": item.id,
            "label": item.label,
            "url": reverse(item.url_name),
            "active": _is_active(item, view_name),
        }
        for item in (_ITEMS[key] for key in NAV_ORDER[role])
    ]
    more = items[INLINE:]
    return {
        "nav_items": items[:INLINE],
        "nav_more": more,
        "nav_more_active": any(item["active"] for item in more),
    }
