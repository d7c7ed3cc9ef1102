"""python manage.py activity_partitions [--ensure] [--ahead N] [--exact]: the activity table's
monthly partitions (PostgreSQL), with their rows and sizes; --ensure first creates the missing
months up to N ahead, as the daily task does."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from leads.partitions import activity_partition_stats, activity_partitions_ensure, is_partitioned


class Command(BaseCommand):
    help = "List the activity table's partitions (rows, sizes); --ensure creates the next months."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--ensure", action="store_true", help="create the missing months")
        parser.add_argument("--ahead", type=int, default=3, help="months ahead (with --ensure)")
        parser.add_argument("--exact", action="store_true", help="count rows (slow on big tables)")

    def handle(self, *args, ensure: bool, ahead: int, exact: bool, **options) -> None:
        if ahead < 0 or ahead > 24:
            self.stderr.write("--ahead must be between 0 and 24.")
            raise SystemExit(2)
        if not is_partitioned():
            self.stdout.write("The activity table is not partitioned (PostgreSQL only).")
            return
        if ensure:
            created = activity_partitions_ensure(timezone.now(), ahead=ahead)
            names = ", ".join(partition.name for partition in created) or "none"
            self.stdout.write(f"Created: {names}.")
        rows = activity_partition_stats(exact=exact)
        estimate = "" if exact else "~"
        for stats in rows:
            self.stdout.write(
                f"{stats.name:<26} {estimate}{stats.rows:>12,} rows "
                f"{stats.bytes / 1048576:>10,.1f} MB  {stats.bounds}"
            )
        total = sum(stats.rows for stats in rows)
        size = sum(stats.bytes for stats in rows) / 1048576
        self.stdout.write(f"{len(rows)} partitions, {estimate}{total:,} rows, {size:,.1f} MB.")
