"""Scoring listens to the leads app: new activity or changed fields rescore a lead."""

from django.db import transaction
from django.dispatch import receiver

from leads.signals import activity_recorded, demo_seeded, lead_saved, leads_imported
from scoring.demo import demo_seed_scoring
from scoring.tasks import rescore_imported_leads, schedule_rescore


@receiver(activity_recorded)
def rescore_on_activity(sender, lead_ids, **kwargs) -> None:
    schedule_rescore(lead_ids)


@receiver(lead_saved)
def rescore_on_change(sender, lead, created, fields, **kwargs) -> None:
    transaction.on_commit(lambda: schedule_rescore([lead.pk]))


@receiver(demo_seeded)
def seed_demo_scoring(sender, leads, users, seed, **kwargs) -> None:
    demo_seed_scoring(leads, seed=seed)


@receiver(leads_imported)
def rescore_on_import(sender, lead_ids, **kwargs) -> None:
    rescore_imported_leads(lead_ids)
