"""What scoring announces. Handoff (notifications) listens: scoring does not import it."""

from django.dispatch import Signal

# Sent once per version and month whose AUC fell more than monitoring.DRIFT under the
# version's backtest figure, after the DriftAlert is committed; kwargs: alert, version.
model_drift_detected = Signal()
