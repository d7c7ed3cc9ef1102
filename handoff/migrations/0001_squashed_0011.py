"""The handoff app's schema, its reporting rollup and its role permissions, squashed from
0001_initial..0011 (the first release).

Replaces the first development history (0001_initial and 0001_reporting, the 0004 merge): a
database migrated with those names is recognized as having applied this one. It imports no
application code: the triggers that keep the report rollup (handoff.ReportCount) exact are
written out below as handoff/reports/rollup.py wrote them when this was squashed, so editing
rollup.py changes no migration. A change to that SQL (or to the report definitions it counts)
needs a new migration that drops these triggers, installs the new ones and recounts.
`replaces` can go once every install has migrated past this one.
"""

import datetime
import uuid

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

# Managers edit routing, schedules and capacities in the admin; marketers see the rules.
ROLE_PERMISSIONS = {
    "manager": [
        "view_routingrule",
        "add_routingrule",
        "change_routingrule",
        "delete_routingrule",
        "view_teamschedule",
        "add_teamschedule",
        "change_teamschedule",
        "view_profile",
        "add_profile",
        "change_profile",
        "view_assignment",
    ],
    "marketer": ["view_routingrule"],
}

# The rollup's triggers, per vendor: on PostgreSQL a PL/pgSQL function and a trigger each (new
# leads and moves counted per statement), on SQLite row triggers. Each adds the changed lead's
# contribution to every metric after the change minus before it. A new database has no leads,
# so there is nothing to recount here.
REPORT_TRIGGERS = {
    "postgresql": [
        """CREATE OR REPLACE FUNCTION handoff_reportcount_lead_insert() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE lid bigint; BEGIN 
        INSERT INTO handoff_reportcount (metric, hour_start, n)
        SELECT metric, hour_start, n FROM (
            SELECT metric, hour_start, SUM(n) AS n
            FROM (SELECT metric, hour_start, n FROM (
        SELECT 'leads' AS metric, date_trunc('hour', l.created_at, 'UTC') AS hour_start, 1 AS n FROM (SELECT id, created_at, stage, deleted_at FROM new_leads) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, date_trunc('hour', l.created_at, 'UTC'), 1 FROM (SELECT id, created_at, stage, deleted_at FROM new_leads) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM new_leads) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id IN (SELECT id FROM new_leads)) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM new_leads) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id IN (SELECT id FROM new_leads)) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id IN (SELECT id FROM new_leads)) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM new_leads) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id IN (SELECT id FROM new_leads)) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), date_trunc('hour', h.at, 'UTC'), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM new_leads) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id IN (SELECT id FROM new_leads)) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) a) d
            GROUP BY metric, hour_start
        ) delta
        WHERE n <> 0
        ORDER BY metric, hour_start
        ON CONFLICT (metric, hour_start) DO UPDATE SET n = handoff_reportcount.n + excluded.n
    ; RETURN NULL; END $$""",
        """CREATE TRIGGER handoff_reportcount_lead_insert AFTER INSERT ON leads_lead REFERENCING NEW TABLE AS new_leads FOR EACH STATEMENT  EXECUTE FUNCTION handoff_reportcount_lead_insert()""",
        """CREATE OR REPLACE FUNCTION handoff_reportcount_lead_update() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE lid bigint; BEGIN 
        INSERT INTO handoff_reportcount (metric, hour_start, n)
        SELECT metric, hour_start, n FROM (
            SELECT metric, hour_start, SUM(n) AS n
            FROM (SELECT metric, hour_start, n FROM (
        SELECT 'leads' AS metric, date_trunc('hour', l.created_at, 'UTC') AS hour_start, 1 AS n FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, date_trunc('hour', l.created_at, 'UTC'), 1 FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), date_trunc('hour', h.at, 'UTC'), 1
        FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) a UNION ALL SELECT metric, hour_start, -n AS n FROM (
        SELECT 'leads' AS metric, date_trunc('hour', l.created_at, 'UTC') AS hour_start, 1 AS n FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, date_trunc('hour', l.created_at, 'UTC'), 1 FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), date_trunc('hour', h.at, 'UTC'), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) b) d
            GROUP BY metric, hour_start
        ) delta
        WHERE n <> 0
        ORDER BY metric, hour_start
        ON CONFLICT (metric, hour_start) DO UPDATE SET n = handoff_reportcount.n + excluded.n
    ; RETURN NULL; END $$""",
        """CREATE TRIGGER handoff_reportcount_lead_update AFTER UPDATE OF stage, created_at, deleted_at ON leads_lead FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage OR OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at) EXECUTE FUNCTION handoff_reportcount_lead_update()""",
        """CREATE OR REPLACE FUNCTION handoff_reportcount_lead_delete() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE lid bigint; BEGIN 
        INSERT INTO handoff_reportcount (metric, hour_start, n)
        SELECT metric, hour_start, n FROM (
            SELECT metric, hour_start, SUM(n) AS n
            FROM (SELECT metric, hour_start, -n AS n FROM (
        SELECT 'leads' AS metric, date_trunc('hour', l.created_at, 'UTC') AS hour_start, 1 AS n FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, date_trunc('hour', l.created_at, 'UTC'), 1 FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, date_trunc('hour', l.created_at, 'UTC'), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), date_trunc('hour', h.at, 'UTC'), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) b) d
            GROUP BY metric, hour_start
        ) delta
        WHERE n <> 0
        ORDER BY metric, hour_start
        ON CONFLICT (metric, hour_start) DO UPDATE SET n = handoff_reportcount.n + excluded.n
    ; RETURN NULL; END $$""",
        """CREATE TRIGGER handoff_reportcount_lead_delete AFTER DELETE ON leads_lead FOR EACH ROW  EXECUTE FUNCTION handoff_reportcount_lead_delete()""",
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
        """CREATE TRIGGER handoff_reportcount_move_insert AFTER INSERT ON leads_stagechange REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT  EXECUTE FUNCTION handoff_reportcount_move_insert()""",
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
        """CREATE TRIGGER handoff_reportcount_move_delete AFTER DELETE ON leads_stagechange REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT  EXECUTE FUNCTION handoff_reportcount_move_delete()""",
    ],
    "sqlite": [
        """CREATE TRIGGER handoff_reportcount_lead_insert AFTER INSERT ON leads_lead FOR EACH ROW  BEGIN 
        INSERT INTO handoff_reportcount (metric, hour_start, n)
        SELECT metric, hour_start, n FROM (
            SELECT metric, hour_start, SUM(n) AS n
            FROM (SELECT metric, hour_start, n FROM (
        SELECT 'leads' AS metric, strftime('%Y-%m-%d %H:00:00', l.created_at) AS hour_start, 1 AS n FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1 FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), strftime('%Y-%m-%d %H:00:00', h.at), 1
        FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) a) d
            GROUP BY metric, hour_start
        ) delta
        WHERE n <> 0
        ORDER BY metric, hour_start
        ON CONFLICT (metric, hour_start) DO UPDATE SET n = handoff_reportcount.n + excluded.n
    ; END""",
        """CREATE TRIGGER handoff_reportcount_lead_update AFTER UPDATE OF stage, created_at, deleted_at ON leads_lead FOR EACH ROW WHEN OLD.stage IS NOT NEW.stage OR OLD.created_at IS NOT NEW.created_at OR OLD.deleted_at IS NOT NEW.deleted_at BEGIN 
        INSERT INTO handoff_reportcount (metric, hour_start, n)
        SELECT metric, hour_start, n FROM (
            SELECT metric, hour_start, SUM(n) AS n
            FROM (SELECT metric, hour_start, n FROM (
        SELECT 'leads' AS metric, strftime('%Y-%m-%d %H:00:00', l.created_at) AS hour_start, 1 AS n FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1 FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), strftime('%Y-%m-%d %H:00:00', h.at), 1
        FROM (SELECT NEW.id AS id, NEW.created_at AS created_at, NEW.stage AS stage, NEW.deleted_at AS deleted_at) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) a UNION ALL SELECT metric, hour_start, -n AS n FROM (
        SELECT 'leads' AS metric, strftime('%Y-%m-%d %H:00:00', l.created_at) AS hour_start, 1 AS n FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1 FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), strftime('%Y-%m-%d %H:00:00', h.at), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) b) d
            GROUP BY metric, hour_start
        ) delta
        WHERE n <> 0
        ORDER BY metric, hour_start
        ON CONFLICT (metric, hour_start) DO UPDATE SET n = handoff_reportcount.n + excluded.n
    ; END""",
        """CREATE TRIGGER handoff_reportcount_lead_delete AFTER DELETE ON leads_lead FOR EACH ROW  BEGIN 
        INSERT INTO handoff_reportcount (metric, hour_start, n)
        SELECT metric, hour_start, n FROM (
            SELECT metric, hour_start, SUM(n) AS n
            FROM (SELECT metric, hour_start, -n AS n FROM (
        SELECT 'leads' AS metric, strftime('%Y-%m-%d %H:00:00', l.created_at) AS hour_start, 1 AS n FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1 FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), strftime('%Y-%m-%d %H:00:00', h.at), 1
        FROM (SELECT OLD.id AS id, OLD.created_at AS created_at, OLD.stage AS stage, OLD.deleted_at AS deleted_at) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) b) d
            GROUP BY metric, hour_start
        ) delta
        WHERE n <> 0
        ORDER BY metric, hour_start
        ON CONFLICT (metric, hour_start) DO UPDATE SET n = handoff_reportcount.n + excluded.n
    ; END""",
        """CREATE TRIGGER handoff_reportcount_move_insert AFTER INSERT ON leads_stagechange FOR EACH ROW  BEGIN 
        INSERT INTO handoff_reportcount (metric, hour_start, n)
        SELECT metric, hour_start, n FROM (
            SELECT metric, hour_start, SUM(n) AS n
            FROM (SELECT metric, hour_start, n FROM (
        SELECT 'leads' AS metric, strftime('%Y-%m-%d %H:00:00', l.created_at) AS hour_start, 1 AS n FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = NEW.lead_id) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1 FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = NEW.lead_id) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = NEW.lead_id) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.lead_id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = NEW.lead_id) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.lead_id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.lead_id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = NEW.lead_id) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.lead_id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), strftime('%Y-%m-%d %H:00:00', h.at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = NEW.lead_id) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.lead_id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) a UNION ALL SELECT metric, hour_start, -n AS n FROM (
        SELECT 'leads' AS metric, strftime('%Y-%m-%d %H:00:00', l.created_at) AS hour_start, 1 AS n FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = NEW.lead_id) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1 FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = NEW.lead_id) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = NEW.lead_id) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.lead_id AND id <> NEW.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = NEW.lead_id) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.lead_id AND id <> NEW.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.lead_id AND id <> NEW.id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = NEW.lead_id) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.lead_id AND id <> NEW.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), strftime('%Y-%m-%d %H:00:00', h.at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = NEW.lead_id) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = NEW.lead_id AND id <> NEW.id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) b) d
            GROUP BY metric, hour_start
        ) delta
        WHERE n <> 0
        ORDER BY metric, hour_start
        ON CONFLICT (metric, hour_start) DO UPDATE SET n = handoff_reportcount.n + excluded.n
    ; END""",
        """CREATE TRIGGER handoff_reportcount_move_delete AFTER DELETE ON leads_stagechange FOR EACH ROW  BEGIN 
        INSERT INTO handoff_reportcount (metric, hour_start, n)
        SELECT metric, hour_start, n FROM (
            SELECT metric, hour_start, SUM(n) AS n
            FROM (SELECT metric, hour_start, n FROM (
        SELECT 'leads' AS metric, strftime('%Y-%m-%d %H:00:00', l.created_at) AS hour_start, 1 AS n FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = OLD.lead_id) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1 FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = OLD.lead_id) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = OLD.lead_id) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.lead_id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = OLD.lead_id) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.lead_id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.lead_id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = OLD.lead_id) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.lead_id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), strftime('%Y-%m-%d %H:00:00', h.at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = OLD.lead_id) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.lead_id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) a UNION ALL SELECT metric, hour_start, -n AS n FROM (
        SELECT 'leads' AS metric, strftime('%Y-%m-%d %H:00:00', l.created_at) AS hour_start, 1 AS n FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = OLD.lead_id) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'current:' || l.stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1 FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = OLD.lead_id) l WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'reached:' || r.to_stage, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = OLD.lead_id) l JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.lead_id UNION ALL SELECT OLD.id AS id, OLD.lead_id AS lead_id, OLD.from_stage AS from_stage, OLD.to_stage AS to_stage, OLD.at AS at, OLD.reason_id AS reason_id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) r ON r.lead_id = l.id WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'both:' || p.a || '>' || p.b, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = OLD.lead_id) l
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.lead_id UNION ALL SELECT OLD.id AS id, OLD.lead_id AS lead_id, OLD.from_stage AS from_stage, OLD.to_stage AS to_stage, OLD.at AS at, OLD.reason_id AS reason_id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) ra ON ra.lead_id = l.id
        JOIN (SELECT DISTINCT h.lead_id, h.to_stage FROM (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.lead_id UNION ALL SELECT OLD.id AS id, OLD.lead_id AS lead_id, OLD.from_stage AS from_stage, OLD.to_stage AS to_stage, OLD.at AS at, OLD.reason_id AS reason_id) h WHERE h.to_stage IN ('mql', 'tql', 'sal', 'sql', 'won')) rb ON rb.lead_id = l.id
        JOIN (SELECT 'mql' AS a, 'tql' AS b UNION ALL SELECT 'mql' AS a, 'sal' AS b UNION ALL SELECT 'tql' AS a, 'sal' AS b UNION ALL SELECT 'sal' AS a, 'sql' AS b UNION ALL SELECT 'sql' AS a, 'won' AS b UNION ALL SELECT 'mql' AS a, 'won' AS b) p ON p.a = ra.to_stage AND p.b = rb.to_stage
        WHERE l.deleted_at IS NULL
        UNION ALL
        SELECT 'rejected:' || h.reason_id, strftime('%Y-%m-%d %H:00:00', l.created_at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = OLD.lead_id) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.lead_id UNION ALL SELECT OLD.id AS id, OLD.lead_id AS lead_id, OLD.from_stage AS from_stage, OLD.to_stage AS to_stage, OLD.at AS at, OLD.reason_id AS reason_id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND h.reason_id IS NOT NULL AND h.to_stage IN ('nurture', 'disqualified')
        UNION ALL
        SELECT 'flow:' || (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END), strftime('%Y-%m-%d %H:00:00', h.at), 1
        FROM (SELECT id, created_at, stage, deleted_at FROM leads_lead WHERE id = OLD.lead_id) l JOIN (SELECT id, lead_id, from_stage, to_stage, at, reason_id FROM leads_stagechange WHERE lead_id = OLD.lead_id UNION ALL SELECT OLD.id AS id, OLD.lead_id AS lead_id, OLD.from_stage AS from_stage, OLD.to_stage AS to_stage, OLD.at AS at, OLD.reason_id AS reason_id) h ON h.lead_id = l.id
        WHERE l.deleted_at IS NULL AND (CASE WHEN h.to_stage = 'mql' THEN 'mql' WHEN h.to_stage = 'tql' THEN 'tql' WHEN h.to_stage = 'sal' THEN 'accepted' WHEN h.to_stage = 'sql' THEN 'sql' WHEN h.to_stage = 'won' THEN 'won' WHEN h.to_stage = 'lost' THEN 'lost' WHEN h.from_stage IN ('mql', 'tql') AND h.to_stage IN ('nurture', 'disqualified') THEN 'rejected' END) IS NOT NULL
    ) b) d
            GROUP BY metric, hour_start
        ) delta
        WHERE n <> 0
        ORDER BY metric, hour_start
        ON CONFLICT (metric, hour_start) DO UPDATE SET n = handoff_reportcount.n + excluded.n
    ; END""",
    ],
}
DROP_REPORT_TRIGGERS = {
    "postgresql": [
        "DROP TRIGGER IF EXISTS handoff_reportcount_lead_insert ON leads_lead",
        "DROP FUNCTION IF EXISTS handoff_reportcount_lead_insert()",
        "DROP TRIGGER IF EXISTS handoff_reportcount_lead_update ON leads_lead",
        "DROP FUNCTION IF EXISTS handoff_reportcount_lead_update()",
        "DROP TRIGGER IF EXISTS handoff_reportcount_lead_delete ON leads_lead",
        "DROP FUNCTION IF EXISTS handoff_reportcount_lead_delete()",
        "DROP TRIGGER IF EXISTS handoff_reportcount_move_insert ON leads_stagechange",
        "DROP FUNCTION IF EXISTS handoff_reportcount_move_insert()",
        "DROP TRIGGER IF EXISTS handoff_reportcount_move_delete ON leads_stagechange",
        "DROP FUNCTION IF EXISTS handoff_reportcount_move_delete()",
    ],
    "sqlite": [
        "DROP TRIGGER IF EXISTS handoff_reportcount_lead_insert",
        "DROP TRIGGER IF EXISTS handoff_reportcount_lead_update",
        "DROP TRIGGER IF EXISTS handoff_reportcount_lead_delete",
        "DROP TRIGGER IF EXISTS handoff_reportcount_move_insert",
        "DROP TRIGGER IF EXISTS handoff_reportcount_move_delete",
    ],
}


def _vendor_sql(statements: dict[str, list[str]]):
    """A RunPython function running the statements written for the database's vendor."""

    def run(apps, schema_editor) -> None:
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql, params=None)

    return run


def grant_permissions(apps, schema_editor) -> None:
    # Permissions are normally made after migrate; make them now so the groups can hold them.
    app_config = apps.get_app_config("handoff")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="handoff", codename__in=codenames)
        )


class Migration(migrations.Migration):
    initial = True

    replaces = [
        ("handoff", "0001_initial"),
        ("handoff", "0001_reporting"),
        ("handoff", "0002_manager_permissions"),
        ("handoff", "0003_inbox_index"),
        ("handoff", "0004_merge_reporting"),
        ("handoff", "0005_profile_time_zone"),
        ("handoff", "0006_reinstall_report_triggers"),
        ("handoff", "0007_webhooks_subscriptions"),
        ("handoff", "0008_handoff_sla_honesty"),
        ("handoff", "0009_scoring_model_drift_kind"),
        ("handoff", "0010_workday_task_due"),
        ("handoff", "0011_accounts_account_owner_routing"),
    ]

    dependencies = [
        ("leads", "0001_squashed_0020"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="WebhookDelivery",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("uuid", models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
                ("event", models.CharField(max_length=50)),
                ("lead_pk", models.BigIntegerField(blank=True, null=True)),
                ("body", models.TextField()),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("pending", "Waiting"),
                            ("sending", "Sending"),
                            ("retrying", "Retrying"),
                            ("delivered", "Delivered"),
                            ("failed", "Failed"),
                        ],
                        default="pending",
                        max_length=20,
                    ),
                ),
                ("attempts", models.PositiveIntegerField(default=0)),
                ("next_attempt_at", models.DateTimeField(blank=True, null=True)),
                ("claimed_at", models.DateTimeField(blank=True, null=True)),
                ("finished_at", models.DateTimeField(blank=True, null=True)),
                ("last_status_code", models.PositiveIntegerField(blank=True, null=True)),
                ("last_error", models.CharField(blank=True, max_length=300)),
                ("redelivery", models.BooleanField(default=False)),
            ],
            options={
                "ordering": ["-pk"],
            },
        ),
        migrations.CreateModel(
            name="Profile",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "capacity",
                    models.PositiveIntegerField(
                        default=50, help_text="Most open MQL + TQL + SAL leads routed to them."
                    ),
                ),
                (
                    "available",
                    models.BooleanField(
                        default=True, help_text="Off (holiday, leaving): routing skips them."
                    ),
                ),
                (
                    "email_notifications",
                    models.BooleanField(
                        default=True,
                        help_text="E-mail me about assignments, escalations and rejections.",
                    ),
                ),
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="handoff_profile",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "time_zone",
                    models.CharField(
                        blank=True,
                        help_text="Dates on the pages are shown in this time zone.",
                        max_length=64,
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="ReportCount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("metric", models.CharField(max_length=40)),
                ("hour_start", models.DateTimeField()),
                ("n", models.BigIntegerField(default=0)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("metric", "hour_start"), name="reportcount_metric_hour"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="RoundRobinCursor",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "last_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "team",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="leads.team",
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="RoutingRule",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("position", models.PositiveIntegerField(default=0)),
                ("name", models.CharField(max_length=100)),
                ("active", models.BooleanField(default=True)),
                (
                    "countries",
                    models.CharField(
                        blank=True,
                        help_text="ISO codes, comma-separated, e.g. DE,AT,CH",
                        max_length=200,
                    ),
                ),
                (
                    "regions",
                    models.CharField(blank=True, help_text="Comma-separated.", max_length=300),
                ),
                (
                    "postal_prefixes",
                    models.CharField(
                        blank=True, help_text="Comma-separated, e.g. 10,11,75", max_length=300
                    ),
                ),
                (
                    "campaigns",
                    models.CharField(blank=True, help_text="Comma-separated.", max_length=300),
                ),
                ("min_score", models.PositiveSmallIntegerField(blank=True, null=True)),
                (
                    "response_hours",
                    models.PositiveSmallIntegerField(
                        default=24, help_text="Response-time target, in the team's business hours."
                    ),
                ),
                (
                    "escalation_hours",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        help_text="Optional second deadline after assignment: then the lead goes to someone else in the team.",
                        null=True,
                    ),
                ),
                (
                    "fast_lane",
                    models.BooleanField(
                        default=False,
                        help_text="Hot leads: the target counts clock hours (nights and weekends too) and they come first in the inbox.",
                    ),
                ),
                (
                    "is_default",
                    models.BooleanField(
                        default=False, help_text="Takes every lead no rule matched."
                    ),
                ),
                (
                    "rep",
                    models.ForeignKey(
                        blank=True,
                        help_text="Or send every matching lead to this one person.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "team",
                    models.ForeignKey(
                        blank=True,
                        help_text="Round-robin among the team's available SDRs and reps with capacity left.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="routing_rules",
                        to="leads.team",
                    ),
                ),
                (
                    "skip_account_owner",
                    models.BooleanField(
                        default=False,
                        help_text="Route this rule's leads by this rule even when their account has an owner (e.g. a product line the account owners do not sell).",
                    ),
                ),
                (
                    "product_lines",
                    models.ManyToManyField(blank=True, related_name="+", to="leads.productline"),
                ),
                (
                    "sources",
                    models.ManyToManyField(blank=True, related_name="+", to="leads.leadsource"),
                ),
            ],
            options={
                "ordering": ["is_default", "position", "pk"],
            },
        ),
        migrations.CreateModel(
            name="Assignment",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "stage",
                    models.CharField(
                        help_text="The lead's stage when it was assigned.", max_length=20
                    ),
                ),
                ("fast_lane", models.BooleanField(default=False)),
                ("assigned_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("due_at", models.DateTimeField()),
                ("first_response_at", models.DateTimeField(blank=True, null=True)),
                ("escalated_at", models.DateTimeField(blank=True, null=True)),
                ("reassign_at", models.DateTimeField(blank=True, null=True)),
                ("reassigned_at", models.DateTimeField(blank=True, null=True)),
                ("ended_at", models.DateTimeField(blank=True, null=True)),
                (
                    "lead",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="assignments",
                        to="leads.lead",
                    ),
                ),
                (
                    "owner",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="handoff_assignments",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "team",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="leads.team",
                    ),
                ),
                (
                    "rule",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="assignments",
                        to="handoff.routingrule",
                    ),
                ),
                ("sla_restarted", models.BooleanField(default=False)),
            ],
            options={
                "ordering": ["-assigned_at", "-pk"],
            },
        ),
        migrations.CreateModel(
            name="TeamSchedule",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "timezone",
                    models.CharField(default="UTC", help_text="e.g. Europe/Berlin", max_length=64),
                ),
                ("workday_start", models.TimeField(default=datetime.time(9, 0))),
                ("workday_end", models.TimeField(default=datetime.time(17, 0))),
                (
                    "weekdays",
                    models.CharField(
                        default="1,2,3,4,5",
                        help_text="ISO weekdays, 1 = Monday … 7 = Sunday.",
                        max_length=13,
                    ),
                ),
                (
                    "team",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="schedule",
                        to="leads.team",
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="WebhookAttempt",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.PositiveIntegerField()),
                ("at", models.DateTimeField(default=django.utils.timezone.now)),
                ("status_code", models.PositiveIntegerField(blank=True, null=True)),
                ("error", models.CharField(blank=True, max_length=300)),
                ("duration_ms", models.PositiveIntegerField(default=0)),
                ("response_body", models.TextField(blank=True)),
                ("manual", models.BooleanField(default=False)),
                (
                    "delivery",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="attempt_log",
                        to="handoff.webhookdelivery",
                    ),
                ),
            ],
            options={
                "ordering": ["delivery", "number"],
            },
        ),
        migrations.CreateModel(
            name="WebhookSubscription",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "url",
                    models.URLField(
                        help_text="http(s) address that receives the POSTs.", max_length=500
                    ),
                ),
                (
                    "events",
                    models.JSONField(
                        default=list, help_text="Event names, e.g. lead.stage_changed."
                    ),
                ),
                ("secret", models.CharField(max_length=200)),
                ("description", models.CharField(blank=True, max_length=200)),
                ("active", models.BooleanField(default=True)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                ("failing_since", models.DateTimeField(blank=True, null=True)),
                ("disabled_at", models.DateTimeField(blank=True, null=True)),
                ("disabled_reason", models.CharField(blank=True, max_length=300)),
                (
                    "created_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["pk"],
            },
        ),
        migrations.AddField(
            model_name="webhookdelivery",
            name="subscription",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="deliveries",
                to="handoff.webhooksubscription",
            ),
        ),
        migrations.CreateModel(
            name="Notification",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("assigned", "Lead assigned"),
                            ("overdue", "Response overdue"),
                            ("escalated", "Escalated"),
                            ("reassigned", "Reassigned"),
                            ("rejected", "MQL rejected by sales"),
                            ("unrouted", "Nobody had capacity"),
                            ("webhook_disabled", "Webhook turned off"),
                            ("model_drift", "Scoring model drifting"),
                            ("task_due", "Follow-up task due"),
                            ("account_lead", "Your account's lead went to the rules"),
                        ],
                        max_length=20,
                    ),
                ),
                ("text", models.CharField(max_length=500)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("read_at", models.DateTimeField(blank=True, null=True)),
                (
                    "lead",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notifications",
                        to="leads.lead",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notifications",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                ("resolved_at", models.DateTimeField(blank=True, null=True)),
            ],
            options={
                "ordering": ["-created_at", "-pk"],
                "indexes": [
                    models.Index(fields=["user", "-created_at"], name="notification_user"),
                    models.Index(
                        condition=models.Q(("read_at__isnull", True)),
                        fields=["user"],
                        name="notification_unread",
                    ),
                ],
            },
        ),
        migrations.AddConstraint(
            model_name="routingrule",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("rep__isnull", True), ("team__isnull", False)),
                    models.Q(("rep__isnull", False), ("team__isnull", True)),
                    _connector="OR",
                ),
                name="rule_team_xor_rep",
            ),
        ),
        migrations.AddConstraint(
            model_name="routingrule",
            constraint=models.UniqueConstraint(
                condition=models.Q(("active", True), ("is_default", True)),
                fields=("is_default",),
                name="one_active_default_rule",
            ),
        ),
        migrations.AddIndex(
            model_name="assignment",
            index=models.Index(
                condition=models.Q(("ended_at__isnull", True), ("first_response_at__isnull", True)),
                fields=["due_at"],
                name="assignment_open_due",
            ),
        ),
        migrations.AddIndex(
            model_name="assignment",
            index=models.Index(
                condition=models.Q(("ended_at__isnull", True), ("first_response_at__isnull", True)),
                fields=["owner", "due_at"],
                name="assignment_owner_due",
            ),
        ),
        migrations.AddIndex(
            model_name="assignment",
            index=models.Index(fields=["lead", "-assigned_at"], name="assignment_lead"),
        ),
        migrations.AddIndex(
            model_name="assignment",
            index=models.Index(fields=["assigned_at", "team", "owner"], name="assignment_window"),
        ),
        migrations.AddConstraint(
            model_name="assignment",
            constraint=models.UniqueConstraint(
                condition=models.Q(("ended_at__isnull", True), ("first_response_at__isnull", True)),
                fields=("lead",),
                name="one_open_assignment_per_lead",
            ),
        ),
        migrations.AddConstraint(
            model_name="teamschedule",
            constraint=models.CheckConstraint(
                condition=models.Q(("workday_end__gt", models.F("workday_start"))),
                name="schedule_day_not_empty",
            ),
        ),
        migrations.AddIndex(
            model_name="webhookdelivery",
            index=models.Index(fields=["subscription", "-id"], name="webhookdelivery_log"),
        ),
        migrations.AddIndex(
            model_name="webhookdelivery",
            index=models.Index(
                condition=models.Q(("status__in", ["pending", "sending", "retrying"])),
                fields=["subscription", "lead_pk", "id"],
                name="webhookdelivery_lead_open",
            ),
        ),
        migrations.AddIndex(
            model_name="webhookdelivery",
            index=models.Index(
                condition=models.Q(("status__in", ["pending", "sending", "retrying"])),
                fields=["next_attempt_at"],
                name="webhookdelivery_due",
            ),
        ),
        migrations.AddIndex(
            model_name="webhookdelivery",
            index=models.Index(fields=["created_at"], name="webhookdelivery_created"),
        ),
        migrations.RunPython(_vendor_sql(REPORT_TRIGGERS), _vendor_sql(DROP_REPORT_TRIGGERS)),
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
    ]
