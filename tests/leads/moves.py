"""The allowed moves of PRODUCT.md, written out by hand as the tests' own expectation.

Deliberately not imported from leads.services: the tests check the machine against the spec.
"""

ALL_ROLES = ["marketer", "sdr", "rep", "manager", "admin", "system"]
STAGES = ["new", "mql", "tql", "sal", "sql", "won", "lost", "nurture", "disqualified"]

# (action, from, to, body, roles allowed)
ALLOWED = [
    ("promote", "new", "mql", {}, {"marketer", "admin", "system"}),
    ("promote", "nurture", "mql", {}, {"marketer", "admin", "system"}),
    ("disqualify", "new", "disqualified", {"reason": "dq_not_fit"}, {"marketer", "admin"}),
    ("qualify", "mql", "tql", {}, {"sdr", "manager", "admin"}),
    ("accept", "mql", "sal", {}, {"rep", "manager", "admin"}),
    ("accept", "tql", "sal", {}, {"rep", "manager", "admin"}),
    ("reject", "mql", "nurture", {"reason": "no_budget"}, {"sdr", "rep", "manager", "admin"}),
    ("reject", "mql", "disqualified", {"reason": "no_need"}, {"sdr", "rep", "manager", "admin"}),
    ("reject", "tql", "nurture", {"reason": "no_answer"}, {"sdr", "rep", "manager", "admin"}),
    ("reject", "tql", "disqualified", {"reason": "spam"}, {"sdr", "rep", "manager", "admin"}),
    ("recycle", "mql", "nurture", {"reason": "recycle_timing"}, {"sdr", "rep", "manager", "admin"}),
    ("recycle", "tql", "nurture", {"reason": "recycle_timing"}, {"sdr", "rep", "manager", "admin"}),
    (
        "disqualify",
        "mql",
        "disqualified",
        {"reason": "dq_spam"},
        {"sdr", "rep", "manager", "admin"},
    ),
    (
        "disqualify",
        "tql",
        "disqualified",
        {"reason": "dq_spam"},
        {"sdr", "rep", "manager", "admin"},
    ),
    (
        "qualify",
        "sal",
        "sql",
        {"reasons": ["budget_confirmed", "need_verified"]},
        {"rep", "manager", "admin"},
    ),
    ("recycle", "sal", "nurture", {"reason": "recycle_went_dark"}, {"rep", "manager", "admin"}),
    ("recycle", "sql", "nurture", {"reason": "recycle_no_budget"}, {"rep", "manager", "admin"}),
    ("disqualify", "sal", "disqualified", {"reason": "dq_not_fit"}, {"rep", "manager", "admin"}),
    ("disqualify", "sql", "disqualified", {"reason": "dq_duplicate"}, {"rep", "manager", "admin"}),
    ("close", "sql", "won", {"outcome": "won"}, {"rep", "manager", "admin"}),
    (
        "close",
        "sql",
        "lost",
        {"outcome": "lost", "reason": "lost_price"},
        {"rep", "manager", "admin"},
    ),
    (
        "recycle",
        "lost",
        "nurture",
        {"reason": "recycle_lost_reengage"},
        {"marketer", "rep", "manager", "admin"},
    ),
]

ACTION_BODIES = {
    "promote": {},
    "qualify": {"reasons": ["budget_confirmed"]},
    "accept": {},
    "reject": {"reason": "no_budget"},
    "recycle": {"reason": "recycle_timing"},
    "disqualify": {"reason": "dq_not_fit"},
    "close": {"outcome": "won"},
}


def allowed_cases():
    for action, src, dst, body, roles in ALLOWED:
        for role in sorted(roles):
            yield pytest_param(action, src, dst, body, role)


def refused_cases():
    """Every (action, stage, role) with no allowed move, and the answer expected: 403 when the
    role may never make that action or may not from this stage, 409 when nobody may."""
    for action, body in ACTION_BODIES.items():
        can_ever = {r for a, _, _, _, roles in ALLOWED if a == action for r in roles}
        for stage in STAGES:
            from_here = [roles for a, s, _, _, roles in ALLOWED if a == action and s == stage]
            anyone_here = set().union(*from_here) if from_here else set()
            for role in ALL_ROLES:
                if role in anyone_here:
                    continue
                if role not in can_ever:
                    expected = 403
                elif not anyone_here:
                    expected = 409
                else:
                    expected = 403
                yield pytest_param(action, stage, body, role, expected)


def pytest_param(*values):
    import pytest

    return pytest.param(*values, id="-".join(str(v) for v in values if not isinstance(v, dict)))
