"""The report rollup's PostgreSQL move triggers read the statement's transition table once.

handoff.ReportCount's move functions (handoff_reportcount_move_insert/_delete) looked up the
statement's new or old rows once per lead, scanning the whole transition table each time: a bulk
insert of moves (a history import) was quadratic in its size. They now read it once, grouped by
lead into arrays. The counts they write are the same, so nothing is recounted; the triggers stay
attached to the same functions, whose bodies are replaced. SQLite's row triggers are unchanged.

The SQL is frozen here as text, as handoff/reports/rollup.py wrote it when this migration was
made (FORWARD), and as handoff's first migration installed it (BACKWARD);
tests/leadcrm/test_migrations.py checks that the installed functions are what rollup.py writes now.
"""

from django.db import migrations

FORWARD = [
    """CREATE OR REPLACE FUNCTION handoff_reportcount_move_delete() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE lid bigint; new_ids bigint[]; olds leads_stagechange[]; BEGIN FOR lid, new_ids, olds IN SELECT lead_id, '{}'::bigint[], array_agg(o::leads_stagechange) FROM old_rows o GROUP BY lead_id ORDER BY 1 LOOP 
        INSERT INTO handoff_reportcount (metric, hour_start, n)
        SELECT metric, hour_start, n FROM (
            SELECT metric, hour_start, SUM(n) AS n
            FROM (SELECT metric, hour_start, n FROM (
        SELECT 'leads' AS metric, date_trunc('hour', l.created_at, 'UTC') AS hour_start, 1 AS n FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, date_trunc('hour', l.created_at, 'UTC'), 1 FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), date_trunc('hour', h.at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) a UNION ALL SELECT metric, hour_start, -n AS n FROM (
        SELECT 'leads' AS metric, date_trunc('hour', l.created_at, 'UTC') AS hour_start, 1 AS n FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, date_trunc('hour', l.created_at, 'UTC'), 1 FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid UNION ALL SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM unnest(olds)) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid UNION ALL SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM unnest(olds)) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid UNION ALL SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM unnest(olds)) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid UNION ALL SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM unnest(olds)) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), date_trunc('hour', h.at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid UNION ALL SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM unnest(olds)) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) b) d
            GROUP BY metric, hour_start
        ) delta
        WHERE n <> 0
        ORDER BY metric, hour_start
        ON CONFLICT (metric, hour_start) DO UPDATE SET n = handoff_reportcount.n + excluded.n
    ; END LOOP; RETURN NULL; END $$""",
    """CREATE OR REPLACE FUNCTION handoff_reportcount_move_insert() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE lid bigint; new_ids bigint[]; olds leads_stagechange[]; BEGIN FOR lid, new_ids, olds IN SELECT lead_id, array_agg(id), '{}'::leads_stagechange[] FROM new_rows GROUP BY lead_id ORDER BY 1 LOOP 
        INSERT INTO handoff_reportcount (metric, hour_start, n)
        SELECT metric, hour_start, n FROM (
            SELECT metric, hour_start, SUM(n) AS n
            FROM (SELECT metric, hour_start, n FROM (
        SELECT 'leads' AS metric, date_trunc('hour', l.created_at, 'UTC') AS hour_start, 1 AS n FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, date_trunc('hour', l.created_at, 'UTC'), 1 FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), date_trunc('hour', h.at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) a UNION ALL SELECT metric, hour_start, -n AS n FROM (
        SELECT 'leads' AS metric, date_trunc('hour', l.created_at, 'UTC') AS hour_start, 1 AS n FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, date_trunc('hour', l.created_at, 'UTC'), 1 FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid AND id <> ALL(new_ids)) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid AND id <> ALL(new_ids)) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid AND id <> ALL(new_ids)) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid AND id <> ALL(new_ids)) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), date_trunc('hour', h.at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid AND id <> ALL(new_ids)) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) b) d
            GROUP BY metric, hour_start
        ) delta
        WHERE n <> 0
        ORDER BY metric, hour_start
        ON CONFLICT (metric, hour_start) DO UPDATE SET n = handoff_reportcount.n + excluded.n
    ; END LOOP; RETURN NULL; END $$""",
]

BACKWARD = [
    """CREATE OR REPLACE FUNCTION handoff_reportcount_move_delete() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE lid bigint; BEGIN FOR lid IN SELECT DISTINCT lead_id FROM old_rows ORDER BY lead_id LOOP 
        INSERT INTO handoff_reportcount (metric, hour_start, n)
        SELECT metric, hour_start, n FROM (
            SELECT metric, hour_start, SUM(n) AS n
            FROM (SELECT metric, hour_start, n FROM (
        SELECT 'leads' AS metric, date_trunc('hour', l.created_at, 'UTC') AS hour_start, 1 AS n FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, date_trunc('hour', l.created_at, 'UTC'), 1 FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), date_trunc('hour', h.at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) a UNION ALL SELECT metric, hour_start, -n AS n FROM (
        SELECT 'leads' AS metric, date_trunc('hour', l.created_at, 'UTC') AS hour_start, 1 AS n FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, date_trunc('hour', l.created_at, 'UTC'), 1 FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid UNION ALL SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM old_rows WHERE lead_id = lid) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid UNION ALL SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM old_rows WHERE lead_id = lid) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid UNION ALL SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM old_rows WHERE lead_id = lid) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid UNION ALL SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM old_rows WHERE lead_id = lid) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), date_trunc('hour', h.at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid UNION ALL SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM old_rows WHERE lead_id = lid) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) b) d
            GROUP BY metric, hour_start
        ) delta
        WHERE n <> 0
        ORDER BY metric, hour_start
        ON CONFLICT (metric, hour_start) DO UPDATE SET n = handoff_reportcount.n + excluded.n
    ; END LOOP; RETURN NULL; END $$""",
    """CREATE OR REPLACE FUNCTION handoff_reportcount_move_insert() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE lid bigint; BEGIN FOR lid IN SELECT DISTINCT lead_id FROM new_rows ORDER BY lead_id LOOP 
        INSERT INTO handoff_reportcount (metric, hour_start, n)
        SELECT metric, hour_start, n FROM (
            SELECT metric, hour_start, SUM(n) AS n
            FROM (SELECT metric, hour_start, n FROM (
        SELECT 'leads' AS metric, date_trunc('hour', l.created_at, 'UTC') AS hour_start, 1 AS n FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, date_trunc('hour', l.created_at, 'UTC'), 1 FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), date_trunc('hour', h.at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) a UNION ALL SELECT metric, hour_start, -n AS n FROM (
        SELECT 'leads' AS metric, date_trunc('hour', l.created_at, 'UTC') AS hour_start, 1 AS n FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, date_trunc('hour', l.created_at, 'UTC'), 1 FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid AND id NOT IN (SELECT id FROM new_rows WHERE lead_id = lid)) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid AND id NOT IN (SELECT id FROM new_rows WHERE lead_id = lid)) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid AND id NOT IN (SELECT id FROM new_rows WHERE lead_id = lid)) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid AND id NOT IN (SELECT id FROM new_rows WHERE lead_id = lid)) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), date_trunc('hour', h.at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = lid) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = lid AND id NOT IN (SELECT id FROM new_rows WHERE lead_id = lid)) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) b) d
            GROUP BY metric, hour_start
        ) delta
        WHERE n <> 0
        ORDER BY metric, hour_start
        ON CONFLICT (metric, hour_start) DO UPDATE SET n = handoff_reportcount.n + excluded.n
    ; END LOOP; RETURN NULL; END $$""",
]


def _run(statements: list[str]):
    def run(apps, schema_editor) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return  # SQLite's row triggers did not change.
        with schema_editor.connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("handoff", "0013_workday_saved_views")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
