from handoff.reporting_models import ReportCount  # noqa: F401 (the reports' rollup)
