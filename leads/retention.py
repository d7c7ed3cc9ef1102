"""How long what a user removes can still be brought back.

A deleted lead can be restored, and a merge (of leads or of accounts) undone, for this long; then
the nightly purge (leads.tasks.purge_deleted_leads) deletes the lead for good and the undo is
refused. Kept apart from the tasks so that selectors and views need not import Celery.
"""

from datetime import timedelta

RESTORE_WINDOW = timedelta(days=30)
