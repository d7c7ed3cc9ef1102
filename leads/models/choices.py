"""The lifecycle's vocabulary: the stages a lead passes through, the moves that take it there,
and where a change came from. The codes are stored in rows and are part of the public API."""

from django.db import models


class Stage(models.TextChoices):
    """Lifecycle stages. The codes are part of the public API."""

    NEW = "new", "Lead"
    MQL = "mql", "Marketing Qualified Lead"
    TQL = "tql", "Teleprospecting Qualified Lead"
    SAL = "sal", "Sales Accepted Lead"
    SQL = "sql", "Sales Qualified Lead"
    WON = "won", "Customer"
    LOST = "lost", "Lost"
    NURTURE = "nurture", "Recycled"
    DISQUALIFIED = "disqualified", "Disqualified"


class Action(models.TextChoices):
    """The moves a person or program asks for; the stage machine maps each to a target stage."""

    PROMOTE = "promote", "Promote to MQL"
    QUALIFY = "qualify", "Qualify"
    ACCEPT = "accept", "Accept"
    REJECT = "reject", "Reject"
    RECYCLE = "recycle", "Recycle to nurture"
    DISQUALIFY = "disqualify", "Disqualify"
    CLOSE = "close", "Close"


class Via(models.TextChoices):
    """Where a change came from, kept on every history row."""

    UI = "ui", "Web UI"
    API = "api", "API"
    ADMIN = "admin", "Admin"
    IMPORT = "import", "Import"
    WEBFORM = "webform", "Web form"
    SYSTEM = "system", "System"
    COMMAND = "command", "Command"
