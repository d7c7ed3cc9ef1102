"""Outbound webhooks: the API, event names, headers and signature are public names.

Handoff listens to the signals leads/ sends (receivers.py), writes one delivery row per
subscription in the same transaction as the change, and a Celery task posts it after the commit
(tasks.py -> delivery.py), signed, retried, in order per lead, and logged.
"""
