from django.core.management.base import BaseCommand, CommandError

from scoring.backtest import AS_OF, NEGATIVE, POSITIVE, BacktestResult, Outcomes, backtest_compare
from scoring.models import ScoringModel


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:5.1f}%"


class Command(BaseCommand):
    help = (
        "Backtest a model's version (the active one, else the newest) on leads with known "
        "outcomes: ROC AUC, precision and recall at the threshold, and a what-if table."
    )

    def create_parser(self, prog_name: str, subcommand: str, **kwargs):
        # --version names the scoring version here; it replaces Django's --version.
        return super().create_parser(prog_name, subcommand, conflict_handler="resolve", **kwargs)

    def add_arguments(self, parser) -> None:
        parser.add_argument("model_id", type=int)
        parser.add_argument("--version", type=int, help="Version number (default: active).")
        parser.add_argument("--compare-version", type=int, dest="compare_version")
        parser.add_argument("--threshold", type=int, help="Default: the version's own.")
        parser.add_argument(
            "--as-of",
            dest="as_of",
            choices=AS_OF,
            default="mql",
            help="Score each lead as it was at its first MQL move (default), or as it is now.",
        )
        parser.add_argument("--positive", default=",".join(POSITIVE), help="Stage codes.")
        parser.add_argument("--negative", default=",".join(NEGATIVE), help="Stage codes.")

    def handle(self, *args, model_id: int, **options) -> None:
        model = ScoringModel.objects.filter(pk=model_id).first()
        if model is None:
            raise CommandError(f"No scoring model with id {model_id}.")
        numbers = [options["version"], options["compare_version"]]
        versions = []
        for number in numbers:
            if number is None:
                continue
            version = model.versions.filter(number=number).first()
            if version is None:
                raise CommandError(f"{model.name} has no version {number}.")
            versions.append(version)
        if options["version"] is None:
            default = model.active_version or model.versions.order_by("-number").first()
            if default is None:
                raise CommandError(f"{model.name} has no version.")
            versions.insert(0, default)
        try:
            outcomes = Outcomes(
                positive=tuple(s.strip() for s in options["positive"].split(",") if s.strip()),
                negative=tuple(s.strip() for s in options["negative"].split(",") if s.strip()),
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        threshold = options["threshold"]
        if threshold is not None and not 0 <= threshold <= 100:
            raise CommandError("--threshold must be between 0 and 100.")
        results = backtest_compare(
            versions, threshold=threshold, outcomes=outcomes, as_of=options["as_of"]
        )
        for result in results:
            self._print(result)

    def _print(self, result: BacktestResult) -> None:
        auc = "-" if result.auc is None else f"{result.auc:.4f}"
        row = result.at_threshold
        self.stdout.write(
            f"{result.version}: {result.leads} leads ({result.positives} positive, "
            f"{result.negatives} negative), ROC AUC {auc}"
        )
        self.stdout.write(
            f"  at {row.threshold}: {row.mqls} MQLs, {row.accepted} accepted by sales, "
            f"precision {_pct(row.precision)}, recall {_pct(row.recall)}"
        )
        self.stdout.write("  threshold   MQLs  accepted  precision  recall")
        for r in result.what_if:
            self.stdout.write(
                f"  {r.threshold:>9} {r.mqls:>6} {r.accepted:>9}  {_pct(r.precision):>9} "
                f"{_pct(r.recall):>7}"
            )
