"""Defaults a new LeadCRM installation starts with: role permissions and sales reasons.

Used by the data migration and by seed_demo; kept as plain data so both stay in step.
"""

# codename lists per role group (app_label.codename); admins are superusers.
ROLE_PERMISSIONS: dict[str, list[str]] = {
    "marketer": [
        "leads.view_lead",
        "leads.add_lead",
        "leads.change_lead",
        "leads.view_stagechange",
        "leads.view_leadchange",
        "leads.view_leadsource",
        "leads.add_leadsource",
        "leads.change_leadsource",
        "leads.view_productline",
        "leads.view_reason",
        "leads.view_team",
    ],
    "sdr": ["leads.view_lead", "leads.view_reason"],
    "rep": ["leads.view_lead", "leads.view_reason"],
    "manager": [
        "leads.view_lead",
        "leads.change_lead",
        "leads.view_stagechange",
        "leads.view_leadchange",
        "leads.view_leadsource",
        "leads.view_productline",
        "leads.view_reason",
        "leads.view_team",
        "leads.add_team",
        "leads.change_team",
    ],
    "admin": [],
}

# Days a lead sent to nurture for a reason waits before it returns to the marketer's queue
# (leads/migrations/0015 froze these for existing installs; admins change them per reason).
COOLDOWN_DAYS: dict[str, int] = {
    "no_budget": 90,
    "no_authority": 30,
    "no_answer": 30,
    "bad_timing": 90,
    "competitor_customer": 180,
    "recycle_timing": 90,
    "recycle_went_dark": 30,
    "recycle_no_budget": 90,
    "recycle_lost_reengage": 180,
}

# (code, label, category, applies_to, sends_to)
REASONS: list[tuple[str, str, str, str, str]] = [
    # Sales rejects an MQL/TQL: back to nurture (may come back) or out for good.
    ("no_budget", "No budget", "not_qualified", "reject", "nurture"),
    ("no_authority", "Not a decision maker", "not_qualified", "reject", "nurture"),
    ("no_need", "No need for the product", "not_qualified", "reject", "disqualified"),
    ("wrong_segment", "Wrong company size or segment", "not_qualified", "reject", "disqualified"),
    ("no_answer", "No answer after several attempts", "not_reachable", "reject", "nurture"),
    ("bad_contact_data", "Wrong phone or e-mail", "not_reachable", "reject", "disqualified"),
    ("duplicate", "Duplicate of another lead", "duplicate", "reject", "disqualified"),
    ("spam", "Spam or fake lead", "spam", "reject", "disqualified"),
    ("bad_timing", "Interested later", "timing", "reject", "nurture"),
    ("competitor_customer", "Uses a competitor, locked in", "competitor", "reject", "nurture"),
    # Recycling an accepted or lost lead to marketing.
    ("recycle_timing", "Not now: buying later", "timing", "recycle", "nurture"),
    ("recycle_went_dark", "Went dark", "not_reachable", "recycle", "nurture"),
    ("recycle_no_budget", "Budget frozen", "not_qualified", "recycle", "nurture"),
    ("recycle_lost_reengage", "Lost deal to re-engage later", "lost", "recycle", "nurture"),
    # Disqualifying.
    ("dq_not_fit", "Not a fit", "not_qualified", "disqualify", "disqualified"),
    ("dq_not_reachable", "Never reachable", "not_reachable", "disqualify", "disqualified"),
    ("dq_duplicate", "Duplicate of another lead", "duplicate", "disqualify", "disqualified"),
    ("dq_spam", "Spam or fake lead", "spam", "disqualify", "disqualified"),
    ("dq_competitor", "Competitor or student", "competitor", "disqualify", "disqualified"),
    # Qualifying: SAL to SQL (BANT) and MQL to TQL.
    ("appointment_requested", "Requested an appointment", "qualified", "qualify", ""),
    ("budget_confirmed", "Confirmed budget", "qualified", "qualify", ""),
    ("authority_confirmed", "Spoke to the decision maker", "qualified", "qualify", ""),
    ("need_verified", "Verified need", "qualified", "qualify", ""),
    ("timeline_confirmed", "Confirmed buying timeline", "qualified", "qualify", ""),
    (
        "contact_confirmed",
        "Contact data and interest confirmed by call",
        "qualified",
        "qualify",
        "",
    ),
    # Closing.
    ("won_signed", "Contract signed", "won", "close", ""),
    ("lost_price", "Price too high", "lost", "close", ""),
    ("lost_competitor", "Chose a competitor", "lost", "close", ""),
    ("lost_no_decision", "No decision", "lost", "close", ""),
    ("lost_features", "Missing features", "lost", "close", ""),
]

# (code, label, kind): the activity types a new install knows.
ACTIVITY_TYPES: list[tuple[str, str, str]] = [
    ("page_view", "Page view", "engagement"),
    ("pricing_page_view", "Pricing page view", "behavioral"),
    ("content_download", "Content download", "behavioral"),
    ("webinar_registered", "Registered for a webinar", "behavioral"),
    ("webinar_attended", "Attended a webinar", "behavioral"),
    ("email_open", "E-mail opened", "engagement"),
    ("email_click", "E-mail link clicked", "engagement"),
    ("form_submit", "Form submitted", "behavioral"),
    ("demo_request", "Demo requested", "behavioral"),
    ("quote_request", "Quote requested", "behavioral"),
    ("test_drive_request", "Test drive requested", "behavioral"),
    ("chat_started", "Chat started", "behavioral"),
    ("call", "Call", "engagement"),
    ("unsubscribe", "Unsubscribed", "engagement"),
    # Work people log on a lead (leads.worklog); "call" above serves both.
    ("email", "E-mail", "engagement"),
    ("meeting", "Meeting", "engagement"),
    ("note", "Note", "engagement"),
]
