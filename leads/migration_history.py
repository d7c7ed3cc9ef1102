"""A database check run by `migrate`: a database part-way through a squashed history.

Each app's first migration replaces the development history from before the squash (its
`replaces`; the last commit with those files is 751e1ad). Django takes a database that recorded all of those names as having applied the
squash, and one that recorded none as new; one that recorded only some (migrated with a build
stopped part-way through that history) would otherwise meet an empty history and fail with unrelated errors.
"""

from collections.abc import Iterable
from typing import Any

from django.core.checks import Error, Tags, register
from django.db import DatabaseError, connections
from django.db.migrations.loader import MigrationLoader


@register(Tags.database)
def check_squashed_history(
    app_configs: Any = None, databases: Iterable[str] | None = None, **kwargs: Any
) -> list[Error]:
    errors = []
    for alias in databases or ():
        try:
            loader = MigrationLoader(connections[alias], ignore_no_migrations=True)
        except DatabaseError:
            continue  # no database yet: nothing recorded
        for (app, name), migration in sorted(loader.replacements.items()):
            missing = [n for a, n in migration.replaces if (a, n) not in loader.applied_migrations]
            if 0 < len(missing) < len(migration.replaces):
                errors.append(
                    Error(
                        f"Database '{alias}' recorded only part of the migrations that "
                        f"{app}.{name} replaces (not applied: {', '.join(missing)}).",
                        hint="Migrate it first with a build from before the squash (commit "
                        "751e1ad has the old migrations), then with this one.",
                        id="leads.E001",
                    )
                )
    return errors
