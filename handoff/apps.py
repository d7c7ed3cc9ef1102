from django.apps import AppConfig


class HandoffConfig(AppConfig):
    name = "handoff"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from handoff import receivers, time_zones  # noqa: F401
        from handoff.webhooks import receivers as webhook_receivers  # noqa: F401
