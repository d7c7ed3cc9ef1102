"""What the reports count, in one place: the plain queries and the rollup's triggers both read
these, so the two can never disagree. Changing one needs a migration that reinstalls the
rollup's triggers and rebuilds its counts (handoff.reports.rollup)."""

from leads.models import Stage

FUNNEL_STAGES = [Stage.MQL, Stage.TQL, Stage.SAL, Stage.SQL, Stage.WON]
# The steps a lead takes; TQL is optional, so MQL -> SAL is measured directly too.
CONVERSIONS = [
    (Stage.MQL, Stage.TQL),
    (Stage.MQL, Stage.SAL),
    (Stage.TQL, Stage.SAL),
    (Stage.SAL, Stage.SQL),
    (Stage.SQL, Stage.WON),
    (Stage.MQL, Stage.WON),
]
# Moves out of the funnel with a reason: sales' rejections and later recycles/disqualifications.
REJECTION_STAGES = [Stage.NURTURE, Stage.DISQUALIFIED]

# The kinds of move a trend shows, in the order of the funnel.
FLOW_KINDS = {
    "mql": "New MQLs",
    "tql": "TQLs",
    "accepted": "Accepted (SAL)",
    "rejected": "Rejected",
    "sql": "Qualified (SQL)",
    "won": "Won",
    "lost": "Lost",
}
FLOW_KIND_OF_STAGE = {
    Stage.MQL: "mql",
    Stage.TQL: "tql",
    Stage.SAL: "accepted",
    Stage.SQL: "sql",
    Stage.WON: "won",
    Stage.LOST: "lost",
}
# Sales' answer "no" to a lead handed over: out of MQL or TQL to nurture or disqualified.
REJECTED_FROM = [Stage.MQL, Stage.TQL]

# The velocity report's stages (time spent in each), and its time to first response: the stay
# that began with a lead's first entry to MQL.
VELOCITY_STAGES = [Stage.MQL, Stage.TQL, Stage.SAL, Stage.SQL, Stage.NURTURE]
FIRST_RESPONSE = "first_response"
