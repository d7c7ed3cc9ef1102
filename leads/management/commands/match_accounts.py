"""python manage.py match_accounts [--batch N]: link the leads without an account to theirs."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandParser

from leads.account_batch import BATCH, BatchResult, match_existing_leads


class Command(BaseCommand):
    help = "Match the leads without an account to accounts (e-mail domain, website, name)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch", type=int, default=BATCH, help="lead ids per transaction")

    def handle(self, *args, batch: int, **options) -> None:
        if batch < 1:
            self.stderr.write("--batch must be at least 1.")
            raise SystemExit(2)
        started = time.monotonic()

        def progress(upto: int, total: BatchResult) -> None:
            self.stdout.write(
                f"  up to lead #{upto - 1}: {total.by_domain + total.by_matcher} linked"
            )

        result = match_existing_leads(
            batch=batch, progress=progress if options["verbosity"] > 1 else None
        )
        self.stdout.write(
            f"Looked at {result.leads} leads in {time.monotonic() - started:.1f} s: "
            f"{result.by_domain} linked by e-mail domain, {result.by_matcher} by website or name, "
            f"{result.to_review} left for review."
        )
