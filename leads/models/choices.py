"""The lifecycle's vocabulary: the stages a lead passes through, the moves that take it there,
and where a change came from. The codes are stored in rows and are part of the public API.

Here as in every choices class of the project, a member names its label only where the label
differs from the one Django derives from the member's name (LOST = "lost" reads "Lost",
NOT_REACHABLE would read "Not Reachable")."""

from django.db import models


class Stage(models.TextChoices):
    """Lifecycle stages. The codes are part of the public API."""

    NEW = "new", "Lead"
    MQL = "mql", "Marketing Qualified Lead"
    TQL = "tql", "Teleprospecting Qualified Lead"
    SAL = "sal", "Sales Accepted Lead"
    SQL = "sql", "Sales Qualified Lead"
    WON = "won", "Customer"
    LOST = "lost"
    NURTURE = "nurture", "Recycled"
    DISQUALIFIED = "disqualified"


class Action(models.TextChoices):
    """The moves a person or program asks for; the stage machine maps each to a target stage."""

    PROMOTE = "promote", "Promote to MQL"
    QUALIFY = "qualify"
    ACCEPT = "accept"
    REJECT = "reject"
    RECYCLE = "recycle", "Recycle to nurture"
    DISQUALIFY = "disqualify"
    CLOSE = "close"


class Via(models.TextChoices):
    """Where a change came from, kept on every history row."""

    UI = "ui", "Web UI"
    API = "api", "API"
    ADMIN = "admin"
    IMPORT = "import"
    WEBFORM = "webform", "Web form"
    SYSTEM = "system"
    COMMAND = "command"
