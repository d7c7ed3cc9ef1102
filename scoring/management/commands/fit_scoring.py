from django.core.management.base import BaseCommand, CommandError

from leads.models import ProductLine
from scoring.fit import FitError, draft_fit
from scoring.services import ScoringError


class Command(BaseCommand):
    help = (
        "Fit a draft version from won/lost history. It is never activated: backtest it, then "
        "activate it on the scoring page or through the API."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--name", required=True, help="The model to add the draft to.")
        parser.add_argument("--product-line", dest="product_line", help="A product line code.")

    def handle(self, *args, name: str, product_line: str | None, **options) -> None:
        line = None
        if product_line:
            line = ProductLine.objects.filter(code=product_line).first()
            if line is None:
                raise CommandError(f"No product line {product_line!r}.")
        try:
            draft = draft_fit(name=name, product_line=line, by=None)
        except (ScoringError, FitError) as exc:
            raise CommandError(getattr(exc, "message", str(exc))) from exc
        report = draft.fit_report
        self.stdout.write(
            f"{draft.label} (draft): {draft.rules.count()} rules, threshold {draft.threshold}, "
            f"weights {'/'.join(map(str, draft.weights))}, from {report['leads']} leads "
            f"({report['positives']} won)."
        )
        self.stdout.write(
            f"cv_brier {report['cv_brier']:.4f}, rank correlation with the model "
            f"{report['rank_correlation']:.4f}, saturated sub-scores {report['saturated']}"
        )
        # Last, alone on its line: scripts read it.
        self.stdout.write(f"cv_auc {report['cv_auc']:.4f}")
