from django.apps import AppConfig


class LeadsConfig(AppConfig):
    name = "leads"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Registers the search function on each new SQLite connection (leads.search) and the
        # squashed-history check migrate runs (leads.migration_history).
        from leads import (
            account_receivers,  # noqa: F401
            migration_history,  # noqa: F401
            search,  # noqa: F401
        )
