from django.core.management.base import BaseCommand, CommandError

from leads.demo import DEMO_PASSWORD, seed_demo


class Command(BaseCommand):
    help = "Create the demo: one user per role (and a second rep), teams, sources, product lines, reasons and leads with six months of history."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--leads", type=int, default=2000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--password", default=DEMO_PASSWORD)

    def handle(self, *args, leads: int, seed: int, password: str, **options) -> None:
        if leads < 0:
            raise CommandError("--leads must be zero or more.")
        result = seed_demo(leads=leads, seed=seed, password=password)
        if result.leads:
            self.stdout.write(f"Created {result.leads} demo leads.")
        else:
            self.stdout.write("Demo leads already present; users and settings refreshed.")
        for username in result.users:
            self.stdout.write(f"  {username:<9} password: {password}")
