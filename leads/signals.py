"""What the leads app announces. Other apps listen; leads/ imports none of them.

lead_stage_changed(lead, change)   sent inside the move's transaction
lead_saved(lead, created, fields)  a lead was created or its fields changed (intake, edits)
activity_recorded(lead_ids)        activities were stored for these leads (sent on commit)
work_logged(activity, type)        a person logged a call, e-mail, meeting or note on a lead
                                   (leads.worklog; sent inside its transaction)
demo_seeded(leads, users, seed)    seed_demo created these leads; apps add their own demo data
leads_imported(lead_ids)           a CSV import created or merged these leads (sent on commit,
                                   once per import, instead of one lead_saved per lead: a
                                   listener queues one bulk job, e.g. a set-based rescore)
lead_erased(lead_ids)              a GDPR erase removed these leads' personal data (sent inside
                                   the erase's transaction): apps blank their own copies of it
"""

from django.dispatch import Signal

lead_stage_changed = Signal()
lead_saved = Signal()
activity_recorded = Signal()  # activity_recorded(lead_ids): new activities for these leads
work_logged = Signal()  # work_logged(activity, type): a person logged work on a lead
demo_seeded = Signal()  # demo_seeded(leads, users, seed): the demo's leads were just created
leads_imported = Signal()  # leads_imported(lead_ids): an import created or merged these leads
lead_erased = Signal()  # lead_erased(lead_ids): personal data of these leads was erased
