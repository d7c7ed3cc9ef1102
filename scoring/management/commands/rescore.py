from django.core.management.base import BaseCommand, CommandError

from scoring.models import RescoreRun, ScoringModel
from scoring.runs import rescore_run_execute
from scoring.selectors import active_versions


class Command(BaseCommand):
    help = "Rescore every lead with the active version of each model (or of one model)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--model", type=int, help="Only this scoring model's leads (its id).")

    def handle(self, *args, model: int | None, **options) -> None:
        versions = active_versions()
        if model is not None:
            if not ScoringModel.objects.filter(pk=model).exists():
                raise CommandError(f"No scoring model with id {model}.")
            versions = versions.filter(model_id=model)
        if not versions:
            raise CommandError("No active version to score with; activate one first.")
        for version in versions:
            run = RescoreRun.objects.create(version=version, reason="command")
            # Here and now, not queued: the command reports the outcome.
            run = rescore_run_execute(run.pk)
            self.stdout.write(
                f"{version.label}: {run.done} leads rescored, {run.promoted} promoted to MQL."
            )
