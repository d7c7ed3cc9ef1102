--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


--
-- Name: unaccent; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;


--
-- Name: EXTENSION unaccent; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION unaccent IS 'text search dictionary that removes accents';


--
-- Name: handoff_reportcount_lead_delete(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.handoff_reportcount_lead_delete() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ DECLARE lid bigint; BEGIN 
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
    ; RETURN NULL; END $$;


--
-- Name: handoff_reportcount_lead_insert(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.handoff_reportcount_lead_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ DECLARE lid bigint; BEGIN 
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
    ; RETURN NULL; END $$;


--
-- Name: handoff_reportcount_lead_update(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.handoff_reportcount_lead_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ DECLARE lid bigint; BEGIN 
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
    ; RETURN NULL; END $$;


--
-- Name: handoff_reportcount_move_delete(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.handoff_reportcount_move_delete() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ DECLARE lid bigint; BEGIN FOR lid IN SELECT DISTINCT lead_id FROM old_rows ORDER BY lead_id LOOP 
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
    ; END LOOP; RETURN NULL; END $$;


--
-- Name: handoff_reportcount_move_insert(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.handoff_reportcount_move_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ DECLARE lid bigint; BEGIN FOR lid IN SELECT DISTINCT lead_id FROM new_rows ORDER BY lead_id LOOP 
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
    ; END LOOP; RETURN NULL; END $$;


--
-- Name: leadcrm_haystack(text, text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.leadcrm_haystack(first text, last text, company text, email text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
        SELECT public.unaccent('public.unaccent'::regdictionary, lower(
            coalesce(first, '') || ' ' || coalesce(last, '') || ' ' || coalesce(company, '')
            || ' ' || coalesce(email, '')))
    $$;


--
-- Name: leads_history_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.leads_history_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF current_setting('leadcrm.history_rewrite', true) = 'on' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.by_id IS NULL
            AND to_jsonb(NEW) - 'by_id' = to_jsonb(OLD) - 'by_id' THEN
        RETURN NEW;  -- the user who made the change was deleted
    END IF;
    RAISE EXCEPTION 'History is append-only: % on % refused.', TG_OP, TG_TABLE_NAME
        USING HINT = 'A GDPR erase or a purge sets leadcrm.history_rewrite in its transaction.';
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: auth_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_group (
    id integer NOT NULL,
    name character varying(150) NOT NULL
);


--
-- Name: auth_group_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_group ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_group_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_group_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_group_permissions (
    id bigint NOT NULL,
    group_id integer NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_group_permissions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_group_permissions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_permission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_permission (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    content_type_id integer NOT NULL,
    codename character varying(100) NOT NULL
);


--
-- Name: auth_permission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_permission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_permission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_user (
    id integer NOT NULL,
    password character varying(128) NOT NULL,
    last_login timestamp with time zone,
    is_superuser boolean NOT NULL,
    username character varying(150) NOT NULL,
    first_name character varying(150) NOT NULL,
    last_name character varying(150) NOT NULL,
    email character varying(254) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    date_joined timestamp with time zone NOT NULL
);


--
-- Name: auth_user_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_user_groups (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    group_id integer NOT NULL
);


--
-- Name: auth_user_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_user_groups ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_user_groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_user ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_user_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_user_user_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_user_user_permissions (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: auth_user_user_permissions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_user_user_permissions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_user_user_permissions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: authtoken_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.authtoken_token (
    key character varying(40) NOT NULL,
    created timestamp with time zone NOT NULL,
    user_id integer NOT NULL
);


--
-- Name: axes_accessattempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessattempt (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    get_data text NOT NULL,
    post_data text NOT NULL,
    failures_since_start integer NOT NULL,
    CONSTRAINT axes_accessattempt_failures_since_start_check CHECK ((failures_since_start >= 0))
);


--
-- Name: axes_accessattempt_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accessattempt ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accessattempt_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accessattemptexpiration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessattemptexpiration (
    access_attempt_id integer NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: axes_accessfailurelog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessfailurelog (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    locked_out boolean NOT NULL
);


--
-- Name: axes_accessfailurelog_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accessfailurelog ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accessfailurelog_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accesslog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accesslog (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    logout_time timestamp with time zone,
    session_hash character varying(64) NOT NULL
);


--
-- Name: axes_accesslog_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accesslog ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accesslog_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_admin_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_admin_log (
    id integer NOT NULL,
    action_time timestamp with time zone NOT NULL,
    object_id text,
    object_repr character varying(200) NOT NULL,
    action_flag smallint NOT NULL,
    change_message text NOT NULL,
    content_type_id integer,
    user_id integer NOT NULL,
    CONSTRAINT django_admin_log_action_flag_check CHECK ((action_flag >= 0))
);


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_admin_log ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_admin_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_content_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_content_type (
    id integer NOT NULL,
    app_label character varying(100) NOT NULL,
    model character varying(100) NOT NULL
);


--
-- Name: django_content_type_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_content_type ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_content_type_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_migrations (
    id bigint NOT NULL,
    app character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    applied timestamp with time zone NOT NULL
);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_migrations ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_migrations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_session (
    session_key character varying(40) NOT NULL,
    session_data text NOT NULL,
    expire_date timestamp with time zone NOT NULL
);


--
-- Name: handoff_assignment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.handoff_assignment (
    id bigint NOT NULL,
    stage character varying(20) NOT NULL,
    fast_lane boolean NOT NULL,
    assigned_at timestamp with time zone NOT NULL,
    due_at timestamp with time zone NOT NULL,
    first_response_at timestamp with time zone,
    escalated_at timestamp with time zone,
    reassign_at timestamp with time zone,
    reassigned_at timestamp with time zone,
    ended_at timestamp with time zone,
    lead_id bigint NOT NULL,
    owner_id integer,
    team_id bigint,
    rule_id bigint,
    sla_restarted boolean NOT NULL
);


--
-- Name: handoff_assignment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.handoff_assignment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.handoff_assignment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: handoff_notification; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.handoff_notification (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    text character varying(500) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone,
    lead_id bigint,
    user_id integer NOT NULL,
    resolved_at timestamp with time zone
);


--
-- Name: handoff_notification_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.handoff_notification ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.handoff_notification_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: handoff_profile; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.handoff_profile (
    id bigint NOT NULL,
    capacity integer NOT NULL,
    available boolean NOT NULL,
    email_notifications boolean NOT NULL,
    user_id integer NOT NULL,
    time_zone character varying(64) NOT NULL,
    CONSTRAINT handoff_profile_capacity_check CHECK ((capacity >= 0))
);


--
-- Name: handoff_profile_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.handoff_profile ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.handoff_profile_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: handoff_reportcount; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.handoff_reportcount (
    id bigint NOT NULL,
    metric character varying(40) NOT NULL,
    hour_start timestamp with time zone NOT NULL,
    n bigint NOT NULL
);


--
-- Name: handoff_reportcount_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.handoff_reportcount ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.handoff_reportcount_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: handoff_roundrobincursor; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.handoff_roundrobincursor (
    id bigint NOT NULL,
    last_user_id integer,
    team_id bigint NOT NULL
);


--
-- Name: handoff_roundrobincursor_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.handoff_roundrobincursor ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.handoff_roundrobincursor_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: handoff_routingrule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.handoff_routingrule (
    id bigint NOT NULL,
    "position" integer NOT NULL,
    name character varying(100) NOT NULL,
    active boolean NOT NULL,
    countries character varying(200) NOT NULL,
    regions character varying(300) NOT NULL,
    postal_prefixes character varying(300) NOT NULL,
    campaigns character varying(300) NOT NULL,
    min_score smallint,
    response_hours smallint NOT NULL,
    escalation_hours smallint,
    fast_lane boolean NOT NULL,
    is_default boolean NOT NULL,
    rep_id integer,
    team_id bigint,
    skip_account_owner boolean NOT NULL,
    CONSTRAINT handoff_routingrule_escalation_hours_check CHECK ((escalation_hours >= 0)),
    CONSTRAINT handoff_routingrule_min_score_check CHECK ((min_score >= 0)),
    CONSTRAINT handoff_routingrule_position_check CHECK (("position" >= 0)),
    CONSTRAINT handoff_routingrule_response_hours_check CHECK ((response_hours >= 0)),
    CONSTRAINT rule_team_xor_rep CHECK ((((rep_id IS NULL) AND (team_id IS NOT NULL)) OR ((rep_id IS NOT NULL) AND (team_id IS NULL))))
);


--
-- Name: handoff_routingrule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.handoff_routingrule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.handoff_routingrule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: handoff_routingrule_product_lines; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.handoff_routingrule_product_lines (
    id bigint NOT NULL,
    routingrule_id bigint NOT NULL,
    productline_id bigint NOT NULL
);


--
-- Name: handoff_routingrule_product_lines_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.handoff_routingrule_product_lines ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.handoff_routingrule_product_lines_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: handoff_routingrule_sources; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.handoff_routingrule_sources (
    id bigint NOT NULL,
    routingrule_id bigint NOT NULL,
    leadsource_id bigint NOT NULL
);


--
-- Name: handoff_routingrule_sources_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.handoff_routingrule_sources ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.handoff_routingrule_sources_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: handoff_teamschedule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.handoff_teamschedule (
    id bigint NOT NULL,
    timezone character varying(64) NOT NULL,
    workday_start time without time zone NOT NULL,
    workday_end time without time zone NOT NULL,
    weekdays character varying(13) NOT NULL,
    team_id bigint NOT NULL,
    CONSTRAINT schedule_day_not_empty CHECK ((workday_end > workday_start))
);


--
-- Name: handoff_teamschedule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.handoff_teamschedule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.handoff_teamschedule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: handoff_webhookattempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.handoff_webhookattempt (
    id bigint NOT NULL,
    number integer NOT NULL,
    at timestamp with time zone NOT NULL,
    status_code integer,
    error character varying(300) NOT NULL,
    duration_ms integer NOT NULL,
    response_body text NOT NULL,
    manual boolean NOT NULL,
    delivery_id bigint NOT NULL,
    CONSTRAINT handoff_webhookattempt_duration_ms_check CHECK ((duration_ms >= 0)),
    CONSTRAINT handoff_webhookattempt_number_check CHECK ((number >= 0)),
    CONSTRAINT handoff_webhookattempt_status_code_check CHECK ((status_code >= 0))
);


--
-- Name: handoff_webhookattempt_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.handoff_webhookattempt ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.handoff_webhookattempt_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: handoff_webhookdelivery; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.handoff_webhookdelivery (
    id bigint NOT NULL,
    uuid uuid NOT NULL,
    event character varying(50) NOT NULL,
    lead_pk bigint,
    body text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    status character varying(20) NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamp with time zone,
    claimed_at timestamp with time zone,
    finished_at timestamp with time zone,
    last_status_code integer,
    last_error character varying(300) NOT NULL,
    redelivery boolean NOT NULL,
    subscription_id bigint NOT NULL,
    CONSTRAINT handoff_webhookdelivery_attempts_check CHECK ((attempts >= 0)),
    CONSTRAINT handoff_webhookdelivery_last_status_code_check CHECK ((last_status_code >= 0))
);


--
-- Name: handoff_webhookdelivery_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.handoff_webhookdelivery ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.handoff_webhookdelivery_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: handoff_webhooksubscription; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.handoff_webhooksubscription (
    id bigint NOT NULL,
    url character varying(500) NOT NULL,
    events jsonb NOT NULL,
    secret character varying(200) NOT NULL,
    description character varying(200) NOT NULL,
    active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    failing_since timestamp with time zone,
    disabled_at timestamp with time zone,
    disabled_reason character varying(300) NOT NULL,
    created_by_id integer
);


--
-- Name: handoff_webhooksubscription_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.handoff_webhooksubscription ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.handoff_webhooksubscription_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_account (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    normalized_name character varying(200) NOT NULL,
    website character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    merged_into_id bigint,
    owner_id integer,
    team_id bigint
);


--
-- Name: leads_account_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_account ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_account_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_accountdomain; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_accountdomain (
    id bigint NOT NULL,
    domain character varying(253) NOT NULL,
    account_id bigint NOT NULL
);


--
-- Name: leads_accountdomain_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_accountdomain ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_accountdomain_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_accountmatchreview; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_accountmatchreview (
    id bigint NOT NULL,
    why character varying(10) NOT NULL,
    score smallint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    resolved_at timestamp with time zone,
    chosen_id bigint,
    lead_id bigint NOT NULL,
    resolved_by_id integer,
    CONSTRAINT leads_accountmatchreview_score_check CHECK ((score >= 0))
);


--
-- Name: leads_accountmatchreview_candidates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_accountmatchreview_candidates (
    id bigint NOT NULL,
    accountmatchreview_id bigint NOT NULL,
    account_id bigint NOT NULL
);


--
-- Name: leads_accountmatchreview_candidates_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_accountmatchreview_candidates ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_accountmatchreview_candidates_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_accountmatchreview_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_accountmatchreview ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_accountmatchreview_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_accountmerge; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_accountmerge (
    id bigint NOT NULL,
    lead_ids jsonb NOT NULL,
    domain_ids jsonb NOT NULL,
    at timestamp with time zone NOT NULL,
    undone_at timestamp with time zone,
    by_id integer,
    kept_id bigint NOT NULL,
    merged_away_id bigint NOT NULL,
    undone_by_id integer
);


--
-- Name: leads_accountmerge_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_accountmerge ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_accountmerge_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_activity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_activity (
    id bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    properties jsonb NOT NULL,
    idempotency_key character varying(200) NOT NULL,
    via character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    lead_id bigint NOT NULL,
    type_id bigint NOT NULL,
    moved_from_id bigint,
    by_id integer,
    edited_at timestamp with time zone,
    note text DEFAULT ''::text NOT NULL,
    outcome character varying(20) DEFAULT ''::character varying NOT NULL
);


--
-- Name: leads_activity_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_activity ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_activity_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_activitytype; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_activitytype (
    id bigint NOT NULL,
    code character varying(50) NOT NULL,
    label character varying(100) NOT NULL,
    kind character varying(20) NOT NULL,
    active boolean NOT NULL
);


--
-- Name: leads_activitytype_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_activitytype ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_activitytype_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_followup; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_followup (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    due_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    done_at timestamp with time zone,
    notified_at timestamp with time zone,
    assignee_id integer NOT NULL,
    created_by_id integer,
    done_by_id integer,
    lead_id bigint NOT NULL
);


--
-- Name: leads_followup_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_followup ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_followup_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_importjob; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_importjob (
    id bigint NOT NULL,
    file character varying(100) NOT NULL,
    filename character varying(255) NOT NULL,
    mapping jsonb NOT NULL,
    skip_invalid boolean NOT NULL,
    dry_run boolean NOT NULL,
    status character varying(20) NOT NULL,
    total_rows integer NOT NULL,
    processed_rows integer NOT NULL,
    created_count integer NOT NULL,
    merged_count integer NOT NULL,
    rejected_count integer NOT NULL,
    errors jsonb NOT NULL,
    report character varying(100) NOT NULL,
    message text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    uploaded_by_id integer,
    date_format character varying(50) NOT NULL,
    duplicates jsonb NOT NULL,
    merges jsonb NOT NULL,
    noted_count integer NOT NULL,
    notes jsonb NOT NULL,
    preset character varying(30) NOT NULL,
    stage_map jsonb NOT NULL,
    CONSTRAINT leads_importjob_created_count_check CHECK ((created_count >= 0)),
    CONSTRAINT leads_importjob_merged_count_check CHECK ((merged_count >= 0)),
    CONSTRAINT leads_importjob_noted_count_check CHECK ((noted_count >= 0)),
    CONSTRAINT leads_importjob_processed_rows_check CHECK ((processed_rows >= 0)),
    CONSTRAINT leads_importjob_rejected_count_check CHECK ((rejected_count >= 0)),
    CONSTRAINT leads_importjob_total_rows_check CHECK ((total_rows >= 0))
);


--
-- Name: leads_importjob_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_importjob ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_importjob_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_lead; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_lead (
    id bigint NOT NULL,
    email character varying(254) NOT NULL,
    phone character varying(32) NOT NULL,
    external_id character varying(100) NOT NULL,
    first_name character varying(100) NOT NULL,
    last_name character varying(100) NOT NULL,
    company character varying(200) NOT NULL,
    job_title character varying(200) NOT NULL,
    industry character varying(100) NOT NULL,
    company_size integer,
    country character varying(2) NOT NULL,
    region character varying(100) NOT NULL,
    city character varying(100) NOT NULL,
    postal_code character varying(20) NOT NULL,
    campaign character varying(100) NOT NULL,
    do_not_email boolean NOT NULL,
    do_not_call boolean NOT NULL,
    attributes jsonb NOT NULL,
    stage character varying(20) NOT NULL,
    score smallint NOT NULL,
    score_demographic smallint NOT NULL,
    score_behavioral smallint NOT NULL,
    score_engagement smallint NOT NULL,
    score_explanation jsonb NOT NULL,
    score_model_version character varying(50) NOT NULL,
    scored_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    stage_changed_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    owner_id integer,
    source_id bigint,
    product_line_id bigint,
    team_id bigint,
    scoring_pending_since timestamp with time zone,
    recycle_after timestamp with time zone,
    scored_threshold smallint,
    score_likelihood double precision,
    account_id bigint,
    CONSTRAINT lead_has_identity CHECK (((NOT ((email)::text = ''::text)) OR (NOT ((phone)::text = ''::text)) OR (NOT ((external_id)::text = ''::text)))),
    CONSTRAINT lead_score_range CHECK ((score <= 100)),
    CONSTRAINT lead_stage_valid CHECK (((stage)::text = ANY ((ARRAY['new'::character varying, 'mql'::character varying, 'tql'::character varying, 'sal'::character varying, 'sql'::character varying, 'won'::character varying, 'lost'::character varying, 'nurture'::character varying, 'disqualified'::character varying])::text[]))),
    CONSTRAINT lead_subscores_range CHECK (((score_demographic <= 100) AND (score_behavioral <= 100) AND (score_engagement <= 100))),
    CONSTRAINT leads_lead_company_size_check CHECK ((company_size >= 0)),
    CONSTRAINT leads_lead_score_behavioral_check CHECK ((score_behavioral >= 0)),
    CONSTRAINT leads_lead_score_check CHECK ((score >= 0)),
    CONSTRAINT leads_lead_score_demographic_check CHECK ((score_demographic >= 0)),
    CONSTRAINT leads_lead_score_engagement_check CHECK ((score_engagement >= 0)),
    CONSTRAINT leads_lead_scored_threshold_check CHECK ((scored_threshold >= 0))
);


--
-- Name: leads_lead_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_lead ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_lead_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_leadchange; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_leadchange (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    old_value character varying(200) NOT NULL,
    new_value character varying(200) NOT NULL,
    at timestamp with time zone NOT NULL,
    via character varying(20) NOT NULL,
    note text NOT NULL,
    by_id integer,
    lead_id bigint NOT NULL
);


--
-- Name: leads_leadchange_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_leadchange ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_leadchange_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_leadmerge; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_leadmerge (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    filled jsonb NOT NULL,
    undone_at timestamp with time zone,
    by_id integer,
    kept_id bigint NOT NULL,
    merged_away_id bigint NOT NULL,
    undone_by_id integer
);


--
-- Name: leads_leadmerge_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_leadmerge ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_leadmerge_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_leadsource; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_leadsource (
    id bigint NOT NULL,
    code character varying(50) NOT NULL,
    name character varying(100) NOT NULL,
    intake_key character varying(64) NOT NULL,
    thank_you_url character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: leads_leadsource_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_leadsource ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_leadsource_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_productline; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_productline (
    id bigint NOT NULL,
    code character varying(50) NOT NULL,
    name character varying(100) NOT NULL
);


--
-- Name: leads_productline_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_productline ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_productline_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_reason; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_reason (
    id bigint NOT NULL,
    code character varying(50) NOT NULL,
    label character varying(100) NOT NULL,
    category character varying(20) NOT NULL,
    applies_to character varying(20) NOT NULL,
    sends_to character varying(20) NOT NULL,
    active boolean NOT NULL,
    "position" smallint NOT NULL,
    cooldown_days smallint NOT NULL,
    CONSTRAINT leads_reason_cooldown_days_check CHECK ((cooldown_days >= 0)),
    CONSTRAINT leads_reason_position_check CHECK (("position" >= 0)),
    CONSTRAINT reason_sends_to_fits_action CHECK (((((applies_to)::text = 'reject'::text) AND ((sends_to)::text = ANY ((ARRAY['nurture'::character varying, 'disqualified'::character varying])::text[]))) OR (((applies_to)::text = 'recycle'::text) AND ((sends_to)::text = 'nurture'::text)) OR (((applies_to)::text = 'disqualify'::text) AND ((sends_to)::text = 'disqualified'::text)) OR ((NOT ((applies_to)::text = ANY ((ARRAY['reject'::character varying, 'recycle'::character varying, 'disqualify'::character varying])::text[]))) AND ((sends_to)::text = ''::text))))
);


--
-- Name: leads_reason_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_reason ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_reason_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_stagechange; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_stagechange (
    id bigint NOT NULL,
    from_stage character varying(20) NOT NULL,
    to_stage character varying(20) NOT NULL,
    action character varying(20) NOT NULL,
    at timestamp with time zone NOT NULL,
    via character varying(20) NOT NULL,
    details jsonb NOT NULL,
    note text NOT NULL,
    score smallint,
    score_model_version character varying(50) NOT NULL,
    by_id integer,
    lead_id bigint NOT NULL,
    reason_id bigint,
    entered_at timestamp with time zone,
    CONSTRAINT leads_stagechange_score_check CHECK ((score >= 0))
);


--
-- Name: leads_stagechange_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_stagechange ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_stagechange_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_team; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_team (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    manager_id integer,
    min_attempts_not_reachable smallint NOT NULL,
    CONSTRAINT leads_team_min_attempts_not_reachable_check CHECK ((min_attempts_not_reachable >= 0))
);


--
-- Name: leads_team_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_team ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_team_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads_team_members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads_team_members (
    id bigint NOT NULL,
    team_id bigint NOT NULL,
    user_id integer NOT NULL
);


--
-- Name: leads_team_members_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leads_team_members ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.leads_team_members_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: scoring_driftalert; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scoring_driftalert (
    id bigint NOT NULL,
    month date NOT NULL,
    auc double precision NOT NULL,
    baseline_auc double precision NOT NULL,
    leads integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    version_id bigint NOT NULL,
    CONSTRAINT scoring_driftalert_leads_check CHECK ((leads >= 0))
);


--
-- Name: scoring_driftalert_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.scoring_driftalert ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.scoring_driftalert_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: scoring_rescorerun; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scoring_rescorerun (
    id bigint NOT NULL,
    reason character varying(20) NOT NULL,
    status character varying(10) NOT NULL,
    total integer NOT NULL,
    done integer NOT NULL,
    promoted integer NOT NULL,
    message text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    version_id bigint NOT NULL,
    CONSTRAINT scoring_rescorerun_done_check CHECK ((done >= 0)),
    CONSTRAINT scoring_rescorerun_promoted_check CHECK ((promoted >= 0)),
    CONSTRAINT scoring_rescorerun_total_check CHECK ((total >= 0))
);


--
-- Name: scoring_rescorerun_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.scoring_rescorerun ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.scoring_rescorerun_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: scoring_rule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scoring_rule (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    name character varying(200) NOT NULL,
    "position" smallint NOT NULL,
    points smallint NOT NULL,
    field character varying(100) NOT NULL,
    operator character varying(20) NOT NULL,
    value jsonb,
    property_filter jsonb NOT NULL,
    cap smallint,
    decays boolean NOT NULL,
    activity_type_id bigint,
    version_id bigint NOT NULL,
    CONSTRAINT event_rule_has_type CHECK (((NOT ((kind)::text = 'event'::text)) OR (activity_type_id IS NOT NULL))),
    CONSTRAINT scoring_rule_cap_check CHECK ((cap >= 0)),
    CONSTRAINT scoring_rule_position_check CHECK (("position" >= 0))
);


--
-- Name: scoring_rule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.scoring_rule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.scoring_rule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: scoring_scoringmodel; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scoring_scoringmodel (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    is_default boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    product_line_id bigint,
    CONSTRAINT default_xor_product_line CHECK (((is_default AND (product_line_id IS NULL)) OR ((NOT is_default) AND (product_line_id IS NOT NULL))))
);


--
-- Name: scoring_scoringmodel_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.scoring_scoringmodel ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.scoring_scoringmodel_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: scoring_scoringversion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scoring_scoringversion (
    id bigint NOT NULL,
    number integer NOT NULL,
    status character varying(10) NOT NULL,
    threshold smallint NOT NULL,
    weight_demographic smallint NOT NULL,
    weight_behavioral smallint NOT NULL,
    weight_engagement smallint NOT NULL,
    half_life_days smallint NOT NULL,
    auto_promote boolean NOT NULL,
    note text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    activated_at timestamp with time zone,
    fit_report jsonb NOT NULL,
    activated_by_id integer,
    created_by_id integer,
    model_id bigint NOT NULL,
    CONSTRAINT half_life_positive CHECK ((half_life_days > 0)),
    CONSTRAINT scoring_scoringversion_half_life_days_check CHECK ((half_life_days >= 0)),
    CONSTRAINT scoring_scoringversion_number_check CHECK ((number >= 0)),
    CONSTRAINT scoring_scoringversion_threshold_check CHECK ((threshold >= 0)),
    CONSTRAINT scoring_scoringversion_weight_behavioral_check CHECK ((weight_behavioral >= 0)),
    CONSTRAINT scoring_scoringversion_weight_demographic_check CHECK ((weight_demographic >= 0)),
    CONSTRAINT scoring_scoringversion_weight_engagement_check CHECK ((weight_engagement >= 0)),
    CONSTRAINT threshold_range CHECK ((threshold <= 100)),
    CONSTRAINT weights_positive CHECK (((weight_demographic > 0) OR (weight_behavioral > 0) OR (weight_engagement > 0)))
);


--
-- Name: scoring_scoringversion_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.scoring_scoringversion ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.scoring_scoringversion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_group auth_group_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group
    ADD CONSTRAINT auth_group_name_key UNIQUE (name);


--
-- Name: auth_group_permissions auth_group_permissions_group_id_permission_id_0cd325b0_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_group_id_permission_id_0cd325b0_uniq UNIQUE (group_id, permission_id);


--
-- Name: auth_group_permissions auth_group_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_pkey PRIMARY KEY (id);


--
-- Name: auth_group auth_group_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group
    ADD CONSTRAINT auth_group_pkey PRIMARY KEY (id);


--
-- Name: auth_permission auth_permission_content_type_id_codename_01ab375a_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_content_type_id_codename_01ab375a_uniq UNIQUE (content_type_id, codename);


--
-- Name: auth_permission auth_permission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_pkey PRIMARY KEY (id);


--
-- Name: auth_user_groups auth_user_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_pkey PRIMARY KEY (id);


--
-- Name: auth_user_groups auth_user_groups_user_id_group_id_94350c0c_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_user_id_group_id_94350c0c_uniq UNIQUE (user_id, group_id);


--
-- Name: auth_user auth_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user
    ADD CONSTRAINT auth_user_pkey PRIMARY KEY (id);


--
-- Name: auth_user_user_permissions auth_user_user_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permissions_pkey PRIMARY KEY (id);


--
-- Name: auth_user_user_permissions auth_user_user_permissions_user_id_permission_id_14a6b632_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permissions_user_id_permission_id_14a6b632_uniq UNIQUE (user_id, permission_id);


--
-- Name: auth_user auth_user_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user
    ADD CONSTRAINT auth_user_username_key UNIQUE (username);


--
-- Name: authtoken_token authtoken_token_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authtoken_token
    ADD CONSTRAINT authtoken_token_pkey PRIMARY KEY (key);


--
-- Name: authtoken_token authtoken_token_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authtoken_token
    ADD CONSTRAINT authtoken_token_user_id_key UNIQUE (user_id);


--
-- Name: axes_accessattempt axes_accessattempt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattempt
    ADD CONSTRAINT axes_accessattempt_pkey PRIMARY KEY (id);


--
-- Name: axes_accessattempt axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattempt
    ADD CONSTRAINT axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq UNIQUE (username, ip_address, user_agent);


--
-- Name: axes_accessattemptexpiration axes_accessattemptexpiration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattemptexpiration
    ADD CONSTRAINT axes_accessattemptexpiration_pkey PRIMARY KEY (access_attempt_id);


--
-- Name: axes_accessfailurelog axes_accessfailurelog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessfailurelog
    ADD CONSTRAINT axes_accessfailurelog_pkey PRIMARY KEY (id);


--
-- Name: axes_accesslog axes_accesslog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accesslog
    ADD CONSTRAINT axes_accesslog_pkey PRIMARY KEY (id);


--
-- Name: django_admin_log django_admin_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_pkey PRIMARY KEY (id);


--
-- Name: django_content_type django_content_type_app_label_model_76bd3d3b_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_content_type
    ADD CONSTRAINT django_content_type_app_label_model_76bd3d3b_uniq UNIQUE (app_label, model);


--
-- Name: django_content_type django_content_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_content_type
    ADD CONSTRAINT django_content_type_pkey PRIMARY KEY (id);


--
-- Name: django_migrations django_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_migrations
    ADD CONSTRAINT django_migrations_pkey PRIMARY KEY (id);


--
-- Name: django_session django_session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_session
    ADD CONSTRAINT django_session_pkey PRIMARY KEY (session_key);


--
-- Name: handoff_assignment handoff_assignment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_assignment
    ADD CONSTRAINT handoff_assignment_pkey PRIMARY KEY (id);


--
-- Name: handoff_notification handoff_notification_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_notification
    ADD CONSTRAINT handoff_notification_pkey PRIMARY KEY (id);


--
-- Name: handoff_profile handoff_profile_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_profile
    ADD CONSTRAINT handoff_profile_pkey PRIMARY KEY (id);


--
-- Name: handoff_profile handoff_profile_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_profile
    ADD CONSTRAINT handoff_profile_user_id_key UNIQUE (user_id);


--
-- Name: handoff_reportcount handoff_reportcount_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_reportcount
    ADD CONSTRAINT handoff_reportcount_pkey PRIMARY KEY (id);


--
-- Name: handoff_roundrobincursor handoff_roundrobincursor_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_roundrobincursor
    ADD CONSTRAINT handoff_roundrobincursor_pkey PRIMARY KEY (id);


--
-- Name: handoff_roundrobincursor handoff_roundrobincursor_team_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_roundrobincursor
    ADD CONSTRAINT handoff_roundrobincursor_team_id_key UNIQUE (team_id);


--
-- Name: handoff_routingrule handoff_routingrule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_routingrule
    ADD CONSTRAINT handoff_routingrule_pkey PRIMARY KEY (id);


--
-- Name: handoff_routingrule_product_lines handoff_routingrule_prod_routingrule_id_productli_4ac7a8dc_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_routingrule_product_lines
    ADD CONSTRAINT handoff_routingrule_prod_routingrule_id_productli_4ac7a8dc_uniq UNIQUE (routingrule_id, productline_id);


--
-- Name: handoff_routingrule_product_lines handoff_routingrule_product_lines_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_routingrule_product_lines
    ADD CONSTRAINT handoff_routingrule_product_lines_pkey PRIMARY KEY (id);


--
-- Name: handoff_routingrule_sources handoff_routingrule_sour_routingrule_id_leadsourc_73cc04b7_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_routingrule_sources
    ADD CONSTRAINT handoff_routingrule_sour_routingrule_id_leadsourc_73cc04b7_uniq UNIQUE (routingrule_id, leadsource_id);


--
-- Name: handoff_routingrule_sources handoff_routingrule_sources_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_routingrule_sources
    ADD CONSTRAINT handoff_routingrule_sources_pkey PRIMARY KEY (id);


--
-- Name: handoff_teamschedule handoff_teamschedule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_teamschedule
    ADD CONSTRAINT handoff_teamschedule_pkey PRIMARY KEY (id);


--
-- Name: handoff_teamschedule handoff_teamschedule_team_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_teamschedule
    ADD CONSTRAINT handoff_teamschedule_team_id_key UNIQUE (team_id);


--
-- Name: handoff_webhookattempt handoff_webhookattempt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_webhookattempt
    ADD CONSTRAINT handoff_webhookattempt_pkey PRIMARY KEY (id);


--
-- Name: handoff_webhookdelivery handoff_webhookdelivery_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_webhookdelivery
    ADD CONSTRAINT handoff_webhookdelivery_pkey PRIMARY KEY (id);


--
-- Name: handoff_webhookdelivery handoff_webhookdelivery_uuid_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_webhookdelivery
    ADD CONSTRAINT handoff_webhookdelivery_uuid_key UNIQUE (uuid);


--
-- Name: handoff_webhooksubscription handoff_webhooksubscription_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_webhooksubscription
    ADD CONSTRAINT handoff_webhooksubscription_pkey PRIMARY KEY (id);


--
-- Name: leads_account leads_account_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_account
    ADD CONSTRAINT leads_account_pkey PRIMARY KEY (id);


--
-- Name: leads_accountdomain leads_accountdomain_domain_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountdomain
    ADD CONSTRAINT leads_accountdomain_domain_key UNIQUE (domain);


--
-- Name: leads_accountdomain leads_accountdomain_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountdomain
    ADD CONSTRAINT leads_accountdomain_pkey PRIMARY KEY (id);


--
-- Name: leads_accountmatchreview_candidates leads_accountmatchreview_accountmatchreview_id_ac_81ccb801_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountmatchreview_candidates
    ADD CONSTRAINT leads_accountmatchreview_accountmatchreview_id_ac_81ccb801_uniq UNIQUE (accountmatchreview_id, account_id);


--
-- Name: leads_accountmatchreview_candidates leads_accountmatchreview_candidates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountmatchreview_candidates
    ADD CONSTRAINT leads_accountmatchreview_candidates_pkey PRIMARY KEY (id);


--
-- Name: leads_accountmatchreview leads_accountmatchreview_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountmatchreview
    ADD CONSTRAINT leads_accountmatchreview_pkey PRIMARY KEY (id);


--
-- Name: leads_accountmerge leads_accountmerge_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountmerge
    ADD CONSTRAINT leads_accountmerge_pkey PRIMARY KEY (id);


--
-- Name: leads_activity leads_activity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_activity
    ADD CONSTRAINT leads_activity_pkey PRIMARY KEY (id);


--
-- Name: leads_activitytype leads_activitytype_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_activitytype
    ADD CONSTRAINT leads_activitytype_code_key UNIQUE (code);


--
-- Name: leads_activitytype leads_activitytype_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_activitytype
    ADD CONSTRAINT leads_activitytype_pkey PRIMARY KEY (id);


--
-- Name: leads_followup leads_followup_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_followup
    ADD CONSTRAINT leads_followup_pkey PRIMARY KEY (id);


--
-- Name: leads_importjob leads_importjob_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_importjob
    ADD CONSTRAINT leads_importjob_pkey PRIMARY KEY (id);


--
-- Name: leads_lead leads_lead_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_lead
    ADD CONSTRAINT leads_lead_pkey PRIMARY KEY (id);


--
-- Name: leads_leadchange leads_leadchange_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_leadchange
    ADD CONSTRAINT leads_leadchange_pkey PRIMARY KEY (id);


--
-- Name: leads_leadmerge leads_leadmerge_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_leadmerge
    ADD CONSTRAINT leads_leadmerge_pkey PRIMARY KEY (id);


--
-- Name: leads_leadsource leads_leadsource_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_leadsource
    ADD CONSTRAINT leads_leadsource_code_key UNIQUE (code);


--
-- Name: leads_leadsource leads_leadsource_intake_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_leadsource
    ADD CONSTRAINT leads_leadsource_intake_key_key UNIQUE (intake_key);


--
-- Name: leads_leadsource leads_leadsource_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_leadsource
    ADD CONSTRAINT leads_leadsource_pkey PRIMARY KEY (id);


--
-- Name: leads_productline leads_productline_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_productline
    ADD CONSTRAINT leads_productline_code_key UNIQUE (code);


--
-- Name: leads_productline leads_productline_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_productline
    ADD CONSTRAINT leads_productline_pkey PRIMARY KEY (id);


--
-- Name: leads_reason leads_reason_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_reason
    ADD CONSTRAINT leads_reason_code_key UNIQUE (code);


--
-- Name: leads_reason leads_reason_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_reason
    ADD CONSTRAINT leads_reason_pkey PRIMARY KEY (id);


--
-- Name: leads_stagechange leads_stagechange_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_stagechange
    ADD CONSTRAINT leads_stagechange_pkey PRIMARY KEY (id);


--
-- Name: leads_team_members leads_team_members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_team_members
    ADD CONSTRAINT leads_team_members_pkey PRIMARY KEY (id);


--
-- Name: leads_team_members leads_team_members_team_id_user_id_1827feeb_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_team_members
    ADD CONSTRAINT leads_team_members_team_id_user_id_1827feeb_uniq UNIQUE (team_id, user_id);


--
-- Name: leads_team leads_team_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_team
    ADD CONSTRAINT leads_team_name_key UNIQUE (name);


--
-- Name: leads_team leads_team_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_team
    ADD CONSTRAINT leads_team_pkey PRIMARY KEY (id);


--
-- Name: scoring_driftalert one_alert_per_month; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_driftalert
    ADD CONSTRAINT one_alert_per_month UNIQUE (version_id, month);


--
-- Name: handoff_reportcount reportcount_metric_hour; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_reportcount
    ADD CONSTRAINT reportcount_metric_hour UNIQUE (metric, hour_start);


--
-- Name: scoring_driftalert scoring_driftalert_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_driftalert
    ADD CONSTRAINT scoring_driftalert_pkey PRIMARY KEY (id);


--
-- Name: scoring_rescorerun scoring_rescorerun_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_rescorerun
    ADD CONSTRAINT scoring_rescorerun_pkey PRIMARY KEY (id);


--
-- Name: scoring_rule scoring_rule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_rule
    ADD CONSTRAINT scoring_rule_pkey PRIMARY KEY (id);


--
-- Name: scoring_scoringmodel scoring_scoringmodel_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_scoringmodel
    ADD CONSTRAINT scoring_scoringmodel_name_key UNIQUE (name);


--
-- Name: scoring_scoringmodel scoring_scoringmodel_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_scoringmodel
    ADD CONSTRAINT scoring_scoringmodel_pkey PRIMARY KEY (id);


--
-- Name: scoring_scoringmodel scoring_scoringmodel_product_line_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_scoringmodel
    ADD CONSTRAINT scoring_scoringmodel_product_line_id_key UNIQUE (product_line_id);


--
-- Name: scoring_scoringversion scoring_scoringversion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_scoringversion
    ADD CONSTRAINT scoring_scoringversion_pkey PRIMARY KEY (id);


--
-- Name: scoring_scoringversion version_number_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_scoringversion
    ADD CONSTRAINT version_number_unique UNIQUE (model_id, number);


--
-- Name: accountreview_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accountreview_open ON public.leads_accountmatchreview USING btree (created_at DESC) WHERE (resolved_at IS NULL);


--
-- Name: activity_idempotency_key_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX activity_idempotency_key_unique ON public.leads_activity USING btree (idempotency_key) WHERE (NOT ((idempotency_key)::text = ''::text));


--
-- Name: activity_lead_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activity_lead_time ON public.leads_activity USING btree (lead_id, occurred_at DESC);


--
-- Name: activity_moved_from; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activity_moved_from ON public.leads_activity USING btree (moved_from_id) WHERE (moved_from_id IS NOT NULL);


--
-- Name: assignment_lead; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assignment_lead ON public.handoff_assignment USING btree (lead_id, assigned_at DESC);


--
-- Name: assignment_open_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assignment_open_due ON public.handoff_assignment USING btree (due_at) WHERE ((ended_at IS NULL) AND (first_response_at IS NULL));


--
-- Name: assignment_owner_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assignment_owner_due ON public.handoff_assignment USING btree (owner_id, due_at) WHERE ((ended_at IS NULL) AND (first_response_at IS NULL));


--
-- Name: assignment_window; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assignment_window ON public.handoff_assignment USING btree (assigned_at, team_id, owner_id);


--
-- Name: auth_group_name_a6ea08ec_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_name_a6ea08ec_like ON public.auth_group USING btree (name varchar_pattern_ops);


--
-- Name: auth_group_permissions_group_id_b120cbf9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_permissions_group_id_b120cbf9 ON public.auth_group_permissions USING btree (group_id);


--
-- Name: auth_group_permissions_permission_id_84c5c92e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_permissions_permission_id_84c5c92e ON public.auth_group_permissions USING btree (permission_id);


--
-- Name: auth_permission_content_type_id_2f476e4b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_permission_content_type_id_2f476e4b ON public.auth_permission USING btree (content_type_id);


--
-- Name: auth_user_groups_group_id_97559544; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_groups_group_id_97559544 ON public.auth_user_groups USING btree (group_id);


--
-- Name: auth_user_groups_user_id_6a12ed8b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_groups_user_id_6a12ed8b ON public.auth_user_groups USING btree (user_id);


--
-- Name: auth_user_user_permissions_permission_id_1fbb5f2c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_user_permissions_permission_id_1fbb5f2c ON public.auth_user_user_permissions USING btree (permission_id);


--
-- Name: auth_user_user_permissions_user_id_a95ead1b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_user_permissions_user_id_a95ead1b ON public.auth_user_user_permissions USING btree (user_id);


--
-- Name: auth_user_username_6821ab7c_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_username_6821ab7c_like ON public.auth_user USING btree (username varchar_pattern_ops);


--
-- Name: authtoken_token_key_10f0b77e_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX authtoken_token_key_10f0b77e_like ON public.authtoken_token USING btree (key varchar_pattern_ops);


--
-- Name: axes_accessattempt_ip_address_10922d9c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_ip_address_10922d9c ON public.axes_accessattempt USING btree (ip_address);


--
-- Name: axes_accessattempt_user_agent_ad89678b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_user_agent_ad89678b ON public.axes_accessattempt USING btree (user_agent);


--
-- Name: axes_accessattempt_user_agent_ad89678b_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_user_agent_ad89678b_like ON public.axes_accessattempt USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accessattempt_username_3f2d4ca0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_username_3f2d4ca0 ON public.axes_accessattempt USING btree (username);


--
-- Name: axes_accessattempt_username_3f2d4ca0_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_username_3f2d4ca0_like ON public.axes_accessattempt USING btree (username varchar_pattern_ops);


--
-- Name: axes_accessfailurelog_ip_address_2e9f5a7f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_ip_address_2e9f5a7f ON public.axes_accessfailurelog USING btree (ip_address);


--
-- Name: axes_accessfailurelog_user_agent_ea145dda; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_user_agent_ea145dda ON public.axes_accessfailurelog USING btree (user_agent);


--
-- Name: axes_accessfailurelog_user_agent_ea145dda_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_user_agent_ea145dda_like ON public.axes_accessfailurelog USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accessfailurelog_username_a8b7e8a4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_username_a8b7e8a4 ON public.axes_accessfailurelog USING btree (username);


--
-- Name: axes_accessfailurelog_username_a8b7e8a4_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_username_a8b7e8a4_like ON public.axes_accessfailurelog USING btree (username varchar_pattern_ops);


--
-- Name: axes_accesslog_ip_address_86b417e5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_ip_address_86b417e5 ON public.axes_accesslog USING btree (ip_address);


--
-- Name: axes_accesslog_user_agent_0e659004; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_user_agent_0e659004 ON public.axes_accesslog USING btree (user_agent);


--
-- Name: axes_accesslog_user_agent_0e659004_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_user_agent_0e659004_like ON public.axes_accesslog USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accesslog_username_df93064b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_username_df93064b ON public.axes_accesslog USING btree (username);


--
-- Name: axes_accesslog_username_df93064b_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_username_df93064b_like ON public.axes_accesslog USING btree (username varchar_pattern_ops);


--
-- Name: django_admin_log_content_type_id_c4bce8eb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_admin_log_content_type_id_c4bce8eb ON public.django_admin_log USING btree (content_type_id);


--
-- Name: django_admin_log_user_id_c564eba6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_admin_log_user_id_c564eba6 ON public.django_admin_log USING btree (user_id);


--
-- Name: django_session_expire_date_a5c62663; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_session_expire_date_a5c62663 ON public.django_session USING btree (expire_date);


--
-- Name: django_session_session_key_c0390e0f_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_session_session_key_c0390e0f_like ON public.django_session USING btree (session_key varchar_pattern_ops);


--
-- Name: followup_assignee_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX followup_assignee_open ON public.leads_followup USING btree (assignee_id, due_at) WHERE (done_at IS NULL);


--
-- Name: followup_lead_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX followup_lead_open ON public.leads_followup USING btree (lead_id, due_at) WHERE (done_at IS NULL);


--
-- Name: followup_to_notify; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX followup_to_notify ON public.leads_followup USING btree (due_at) WHERE ((done_at IS NULL) AND (notified_at IS NULL));


--
-- Name: handoff_assignment_lead_id_8f6f8cea; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_assignment_lead_id_8f6f8cea ON public.handoff_assignment USING btree (lead_id);


--
-- Name: handoff_assignment_owner_id_82109c00; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_assignment_owner_id_82109c00 ON public.handoff_assignment USING btree (owner_id);


--
-- Name: handoff_assignment_rule_id_341ce201; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_assignment_rule_id_341ce201 ON public.handoff_assignment USING btree (rule_id);


--
-- Name: handoff_assignment_team_id_45f52431; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_assignment_team_id_45f52431 ON public.handoff_assignment USING btree (team_id);


--
-- Name: handoff_notification_lead_id_daf928e4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_notification_lead_id_daf928e4 ON public.handoff_notification USING btree (lead_id);


--
-- Name: handoff_notification_user_id_757c6dba; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_notification_user_id_757c6dba ON public.handoff_notification USING btree (user_id);


--
-- Name: handoff_roundrobincursor_last_user_id_0e1ae437; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_roundrobincursor_last_user_id_0e1ae437 ON public.handoff_roundrobincursor USING btree (last_user_id);


--
-- Name: handoff_routingrule_product_lines_productline_id_d15b0485; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_routingrule_product_lines_productline_id_d15b0485 ON public.handoff_routingrule_product_lines USING btree (productline_id);


--
-- Name: handoff_routingrule_product_lines_routingrule_id_3b0c9eb5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_routingrule_product_lines_routingrule_id_3b0c9eb5 ON public.handoff_routingrule_product_lines USING btree (routingrule_id);


--
-- Name: handoff_routingrule_rep_id_075f4b0d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_routingrule_rep_id_075f4b0d ON public.handoff_routingrule USING btree (rep_id);


--
-- Name: handoff_routingrule_sources_leadsource_id_6610c253; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_routingrule_sources_leadsource_id_6610c253 ON public.handoff_routingrule_sources USING btree (leadsource_id);


--
-- Name: handoff_routingrule_sources_routingrule_id_d7df1a65; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_routingrule_sources_routingrule_id_d7df1a65 ON public.handoff_routingrule_sources USING btree (routingrule_id);


--
-- Name: handoff_routingrule_team_id_df98b0c8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_routingrule_team_id_df98b0c8 ON public.handoff_routingrule USING btree (team_id);


--
-- Name: handoff_webhookattempt_delivery_id_1c34ddb6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_webhookattempt_delivery_id_1c34ddb6 ON public.handoff_webhookattempt USING btree (delivery_id);


--
-- Name: handoff_webhookdelivery_subscription_id_4f567061; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_webhookdelivery_subscription_id_4f567061 ON public.handoff_webhookdelivery USING btree (subscription_id);


--
-- Name: handoff_webhooksubscription_created_by_id_773d951d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handoff_webhooksubscription_created_by_id_773d951d ON public.handoff_webhooksubscription USING btree (created_by_id);


--
-- Name: lead_account; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lead_account ON public.leads_lead USING btree (account_id) WHERE (account_id IS NOT NULL);


--
-- Name: lead_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lead_created ON public.leads_lead USING btree (created_at DESC);


--
-- Name: lead_dupe_name_company; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lead_dupe_name_company ON public.leads_lead USING btree (lower((last_name)::text), lower((first_name)::text), lower((company)::text)) WHERE ((NOT ((last_name)::text = ''::text)) AND (NOT ((company)::text = ''::text)) AND (deleted_at IS NULL));


--
-- Name: lead_dupe_name_domain; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lead_dupe_name_domain ON public.leads_lead USING btree (lower((last_name)::text), lower((first_name)::text), "substring"(lower((email)::text), (strpos((email)::text, '@'::text) + 1))) WHERE ((NOT ((last_name)::text = ''::text)) AND (NOT ((email)::text = ''::text)) AND (deleted_at IS NULL));


--
-- Name: lead_email_unique_ci; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX lead_email_unique_ci ON public.leads_lead USING btree (lower((email)::text)) WHERE ((NOT ((email)::text = ''::text)) AND (deleted_at IS NULL));


--
-- Name: lead_owner_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lead_owner_open ON public.leads_lead USING btree (owner_id, created_at DESC, id DESC) WHERE ((deleted_at IS NULL) AND ((stage)::text = ANY ((ARRAY['mql'::character varying, 'tql'::character varying, 'sal'::character varying, 'sql'::character varying])::text[])));


--
-- Name: lead_owner_stage; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lead_owner_stage ON public.leads_lead USING btree (owner_id, stage, created_at DESC);


--
-- Name: lead_phone; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lead_phone ON public.leads_lead USING btree (phone) WHERE (NOT ((phone)::text = ''::text));


--
-- Name: lead_phone_trgm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lead_phone_trgm ON public.leads_lead USING gin (phone public.gin_trgm_ops) WHERE (deleted_at IS NULL);


--
-- Name: lead_queue_score; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lead_queue_score ON public.leads_lead USING btree (score DESC, id DESC) WHERE ((deleted_at IS NULL) AND ((stage)::text = ANY ((ARRAY['new'::character varying, 'nurture'::character varying, 'mql'::character varying, 'tql'::character varying])::text[])));


--
-- Name: lead_score_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lead_score_created ON public.leads_lead USING btree (score DESC, created_at DESC, id DESC) WHERE (deleted_at IS NULL);


--
-- Name: lead_scoring_pending; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lead_scoring_pending ON public.leads_lead USING btree (id) WHERE (scoring_pending_since IS NOT NULL);


--
-- Name: lead_search_trgm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lead_search_trgm ON public.leads_lead USING gin (public.leadcrm_haystack((first_name)::text, (last_name)::text, (company)::text, (email)::text) public.gin_trgm_ops);


--
-- Name: lead_source_external_id_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX lead_source_external_id_unique ON public.leads_lead USING btree (source_id, external_id) WHERE ((NOT ((external_id)::text = ''::text)) AND (deleted_at IS NULL));


--
-- Name: lead_stage_score; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lead_stage_score ON public.leads_lead USING btree (stage, score DESC);


--
-- Name: lead_team_owner; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lead_team_owner ON public.leads_lead USING btree (team_id, owner_id);


--
-- Name: leadchange_lead_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leadchange_lead_at ON public.leads_leadchange USING btree (lead_id, at);


--
-- Name: leadmerge_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leadmerge_at ON public.leads_leadmerge USING btree (at DESC);


--
-- Name: leadmerge_one_open_per_lead; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX leadmerge_one_open_per_lead ON public.leads_leadmerge USING btree (merged_away_id) WHERE (undone_at IS NULL);


--
-- Name: leads_account_merged_into_id_cf7f0f57; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_account_merged_into_id_cf7f0f57 ON public.leads_account USING btree (merged_into_id);


--
-- Name: leads_account_normalized_name_2a0c5444; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_account_normalized_name_2a0c5444 ON public.leads_account USING btree (normalized_name);


--
-- Name: leads_account_normalized_name_2a0c5444_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_account_normalized_name_2a0c5444_like ON public.leads_account USING btree (normalized_name varchar_pattern_ops);


--
-- Name: leads_account_owner_id_6cde5c6b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_account_owner_id_6cde5c6b ON public.leads_account USING btree (owner_id);


--
-- Name: leads_account_team_id_1c8a7247; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_account_team_id_1c8a7247 ON public.leads_account USING btree (team_id);


--
-- Name: leads_accountdomain_account_id_40b0312b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_accountdomain_account_id_40b0312b ON public.leads_accountdomain USING btree (account_id);


--
-- Name: leads_accountdomain_domain_42303afb_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_accountdomain_domain_42303afb_like ON public.leads_accountdomain USING btree (domain varchar_pattern_ops);


--
-- Name: leads_accountmatchreview_c_accountmatchreview_id_2b2a9afa; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_accountmatchreview_c_accountmatchreview_id_2b2a9afa ON public.leads_accountmatchreview_candidates USING btree (accountmatchreview_id);


--
-- Name: leads_accountmatchreview_candidates_account_id_c487c04e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_accountmatchreview_candidates_account_id_c487c04e ON public.leads_accountmatchreview_candidates USING btree (account_id);


--
-- Name: leads_accountmatchreview_chosen_id_2104cdbf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_accountmatchreview_chosen_id_2104cdbf ON public.leads_accountmatchreview USING btree (chosen_id);


--
-- Name: leads_accountmatchreview_lead_id_23c8db7b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_accountmatchreview_lead_id_23c8db7b ON public.leads_accountmatchreview USING btree (lead_id);


--
-- Name: leads_accountmatchreview_resolved_by_id_c9ea2a43; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_accountmatchreview_resolved_by_id_c9ea2a43 ON public.leads_accountmatchreview USING btree (resolved_by_id);


--
-- Name: leads_accountmerge_by_id_ab3e727d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_accountmerge_by_id_ab3e727d ON public.leads_accountmerge USING btree (by_id);


--
-- Name: leads_accountmerge_kept_id_5ac28e94; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_accountmerge_kept_id_5ac28e94 ON public.leads_accountmerge USING btree (kept_id);


--
-- Name: leads_accountmerge_merged_away_id_88cd56b1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_accountmerge_merged_away_id_88cd56b1 ON public.leads_accountmerge USING btree (merged_away_id);


--
-- Name: leads_accountmerge_undone_by_id_e712a2e9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_accountmerge_undone_by_id_e712a2e9 ON public.leads_accountmerge USING btree (undone_by_id);


--
-- Name: leads_activity_lead_id_9cc33a14; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_activity_lead_id_9cc33a14 ON public.leads_activity USING btree (lead_id);


--
-- Name: leads_activity_type_id_284f1163; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_activity_type_id_284f1163 ON public.leads_activity USING btree (type_id);


--
-- Name: leads_activitytype_code_ec174366_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_activitytype_code_ec174366_like ON public.leads_activitytype USING btree (code varchar_pattern_ops);


--
-- Name: leads_followup_assignee_id_d483a79b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_followup_assignee_id_d483a79b ON public.leads_followup USING btree (assignee_id);


--
-- Name: leads_followup_lead_id_1af7cd17; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_followup_lead_id_1af7cd17 ON public.leads_followup USING btree (lead_id);


--
-- Name: leads_importjob_uploaded_by_id_7b4a6038; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_importjob_uploaded_by_id_7b4a6038 ON public.leads_importjob USING btree (uploaded_by_id);


--
-- Name: leads_lead_product_line_id_92c00ee1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_lead_product_line_id_92c00ee1 ON public.leads_lead USING btree (product_line_id);


--
-- Name: leads_lead_source_id_a5f74de9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_lead_source_id_a5f74de9 ON public.leads_lead USING btree (source_id);


--
-- Name: leads_leadchange_by_id_aee6d9ea; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_leadchange_by_id_aee6d9ea ON public.leads_leadchange USING btree (by_id);


--
-- Name: leads_leadchange_lead_id_f04880fe; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_leadchange_lead_id_f04880fe ON public.leads_leadchange USING btree (lead_id);


--
-- Name: leads_leadmerge_by_id_2a191560; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_leadmerge_by_id_2a191560 ON public.leads_leadmerge USING btree (by_id);


--
-- Name: leads_leadmerge_kept_id_0c21bc61; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_leadmerge_kept_id_0c21bc61 ON public.leads_leadmerge USING btree (kept_id);


--
-- Name: leads_leadmerge_merged_away_id_59c3b837; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_leadmerge_merged_away_id_59c3b837 ON public.leads_leadmerge USING btree (merged_away_id);


--
-- Name: leads_leadmerge_undone_by_id_f606b316; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_leadmerge_undone_by_id_f606b316 ON public.leads_leadmerge USING btree (undone_by_id);


--
-- Name: leads_leadsource_code_3d1c5f3b_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_leadsource_code_3d1c5f3b_like ON public.leads_leadsource USING btree (code varchar_pattern_ops);


--
-- Name: leads_leadsource_intake_key_3c3028bc_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_leadsource_intake_key_3c3028bc_like ON public.leads_leadsource USING btree (intake_key varchar_pattern_ops);


--
-- Name: leads_productline_code_2705df88_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_productline_code_2705df88_like ON public.leads_productline USING btree (code varchar_pattern_ops);


--
-- Name: leads_reason_code_13955984_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_reason_code_13955984_like ON public.leads_reason USING btree (code varchar_pattern_ops);


--
-- Name: leads_stagechange_by_id_0391902e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_stagechange_by_id_0391902e ON public.leads_stagechange USING btree (by_id);


--
-- Name: leads_stagechange_lead_id_ff957079; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_stagechange_lead_id_ff957079 ON public.leads_stagechange USING btree (lead_id);


--
-- Name: leads_stagechange_reason_id_f5e6847a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_stagechange_reason_id_f5e6847a ON public.leads_stagechange USING btree (reason_id);


--
-- Name: leads_team_manager_id_6f4fa04b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_team_manager_id_6f4fa04b ON public.leads_team USING btree (manager_id);


--
-- Name: leads_team_members_team_id_ed418d0c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_team_members_team_id_ed418d0c ON public.leads_team_members USING btree (team_id);


--
-- Name: leads_team_members_user_id_3bdf7d09; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_team_members_user_id_3bdf7d09 ON public.leads_team_members USING btree (user_id);


--
-- Name: leads_team_name_b48073c7_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_team_name_b48073c7_like ON public.leads_team USING btree (name varchar_pattern_ops);


--
-- Name: notification_unread; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notification_unread ON public.handoff_notification USING btree (user_id) WHERE (read_at IS NULL);


--
-- Name: notification_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notification_user ON public.handoff_notification USING btree (user_id, created_at DESC);


--
-- Name: one_active_default_rule; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_active_default_rule ON public.handoff_routingrule USING btree (is_default) WHERE (active AND is_default);


--
-- Name: one_active_version; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_active_version ON public.scoring_scoringversion USING btree (model_id) WHERE ((status)::text = 'active'::text);


--
-- Name: one_default_model; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_default_model ON public.scoring_scoringmodel USING btree (is_default) WHERE is_default;


--
-- Name: one_open_assignment_per_lead; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_open_assignment_per_lead ON public.handoff_assignment USING btree (lead_id) WHERE ((ended_at IS NULL) AND (first_response_at IS NULL));


--
-- Name: one_open_review; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_open_review ON public.leads_accountmatchreview USING btree (lead_id) WHERE (resolved_at IS NULL);


--
-- Name: scoring_driftalert_version_id_10a82de7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX scoring_driftalert_version_id_10a82de7 ON public.scoring_driftalert USING btree (version_id);


--
-- Name: scoring_rescorerun_version_id_38e63322; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX scoring_rescorerun_version_id_38e63322 ON public.scoring_rescorerun USING btree (version_id);


--
-- Name: scoring_rule_activity_type_id_eabfb647; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX scoring_rule_activity_type_id_eabfb647 ON public.scoring_rule USING btree (activity_type_id);


--
-- Name: scoring_rule_version_id_2fc8040e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX scoring_rule_version_id_2fc8040e ON public.scoring_rule USING btree (version_id);


--
-- Name: scoring_scoringmodel_name_0017bac6_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX scoring_scoringmodel_name_0017bac6_like ON public.scoring_scoringmodel USING btree (name varchar_pattern_ops);


--
-- Name: scoring_scoringversion_activated_by_id_26fb9dff; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX scoring_scoringversion_activated_by_id_26fb9dff ON public.scoring_scoringversion USING btree (activated_by_id);


--
-- Name: scoring_scoringversion_created_by_id_398659ba; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX scoring_scoringversion_created_by_id_398659ba ON public.scoring_scoringversion USING btree (created_by_id);


--
-- Name: scoring_scoringversion_model_id_a246a604; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX scoring_scoringversion_model_id_a246a604 ON public.scoring_scoringversion USING btree (model_id);


--
-- Name: stagechange_lead_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stagechange_lead_at ON public.leads_stagechange USING btree (lead_id, at);


--
-- Name: stagechange_lead_stage; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stagechange_lead_stage ON public.leads_stagechange USING btree (lead_id, to_stage) INCLUDE (at);


--
-- Name: stagechange_to_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stagechange_to_at ON public.leads_stagechange USING btree (to_stage, at);


--
-- Name: webhookdelivery_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX webhookdelivery_created ON public.handoff_webhookdelivery USING btree (created_at);


--
-- Name: webhookdelivery_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX webhookdelivery_due ON public.handoff_webhookdelivery USING btree (next_attempt_at) WHERE ((status)::text = ANY ((ARRAY['pending'::character varying, 'sending'::character varying, 'retrying'::character varying])::text[]));


--
-- Name: webhookdelivery_lead_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX webhookdelivery_lead_open ON public.handoff_webhookdelivery USING btree (subscription_id, lead_pk, id) WHERE ((status)::text = ANY ((ARRAY['pending'::character varying, 'sending'::character varying, 'retrying'::character varying])::text[]));


--
-- Name: webhookdelivery_log; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX webhookdelivery_log ON public.handoff_webhookdelivery USING btree (subscription_id, id DESC);


--
-- Name: leads_lead handoff_reportcount_lead_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER handoff_reportcount_lead_delete AFTER DELETE ON public.leads_lead FOR EACH ROW EXECUTE FUNCTION public.handoff_reportcount_lead_delete();


--
-- Name: leads_lead handoff_reportcount_lead_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER handoff_reportcount_lead_insert AFTER INSERT ON public.leads_lead REFERENCING NEW TABLE AS new_leads FOR EACH STATEMENT EXECUTE FUNCTION public.handoff_reportcount_lead_insert();


--
-- Name: leads_lead handoff_reportcount_lead_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER handoff_reportcount_lead_update AFTER UPDATE OF stage, created_at, deleted_at ON public.leads_lead FOR EACH ROW WHEN ((((old.stage)::text IS DISTINCT FROM (new.stage)::text) OR (old.created_at IS DISTINCT FROM new.created_at) OR (old.deleted_at IS DISTINCT FROM new.deleted_at))) EXECUTE FUNCTION public.handoff_reportcount_lead_update();


--
-- Name: leads_stagechange handoff_reportcount_move_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER handoff_reportcount_move_delete AFTER DELETE ON public.leads_stagechange REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.handoff_reportcount_move_delete();


--
-- Name: leads_stagechange handoff_reportcount_move_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER handoff_reportcount_move_insert AFTER INSERT ON public.leads_stagechange REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.handoff_reportcount_move_insert();


--
-- Name: leads_leadchange leads_leadchange_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER leads_leadchange_append_only BEFORE DELETE OR UPDATE ON public.leads_leadchange FOR EACH ROW EXECUTE FUNCTION public.leads_history_append_only();


--
-- Name: leads_stagechange leads_stagechange_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER leads_stagechange_append_only BEFORE DELETE OR UPDATE ON public.leads_stagechange FOR EACH ROW EXECUTE FUNCTION public.leads_history_append_only();


--
-- Name: auth_group_permissions auth_group_permissio_permission_id_84c5c92e_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissio_permission_id_84c5c92e_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_group_permissions auth_group_permissions_group_id_b120cbf9_fk_auth_group_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_group_id_b120cbf9_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_permission auth_permission_content_type_id_2f476e4b_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_content_type_id_2f476e4b_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_groups auth_user_groups_group_id_97559544_fk_auth_group_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_group_id_97559544_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_groups auth_user_groups_user_id_6a12ed8b_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_user_id_6a12ed8b_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_user_permissions auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_user_permissions auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: authtoken_token authtoken_token_user_id_35299eff_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authtoken_token
    ADD CONSTRAINT authtoken_token_user_id_35299eff_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: axes_accessattemptexpiration axes_accessattemptex_access_attempt_id_6b73a47a_fk_axes_acce; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattemptexpiration
    ADD CONSTRAINT axes_accessattemptex_access_attempt_id_6b73a47a_fk_axes_acce FOREIGN KEY (access_attempt_id) REFERENCES public.axes_accessattempt(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_admin_log django_admin_log_content_type_id_c4bce8eb_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_content_type_id_c4bce8eb_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_admin_log django_admin_log_user_id_c564eba6_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_user_id_c564eba6_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_assignment handoff_assignment_lead_id_8f6f8cea_fk_leads_lead_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_assignment
    ADD CONSTRAINT handoff_assignment_lead_id_8f6f8cea_fk_leads_lead_id FOREIGN KEY (lead_id) REFERENCES public.leads_lead(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_assignment handoff_assignment_owner_id_82109c00_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_assignment
    ADD CONSTRAINT handoff_assignment_owner_id_82109c00_fk_auth_user_id FOREIGN KEY (owner_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_assignment handoff_assignment_rule_id_341ce201_fk_handoff_routingrule_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_assignment
    ADD CONSTRAINT handoff_assignment_rule_id_341ce201_fk_handoff_routingrule_id FOREIGN KEY (rule_id) REFERENCES public.handoff_routingrule(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_assignment handoff_assignment_team_id_45f52431_fk_leads_team_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_assignment
    ADD CONSTRAINT handoff_assignment_team_id_45f52431_fk_leads_team_id FOREIGN KEY (team_id) REFERENCES public.leads_team(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_notification handoff_notification_lead_id_daf928e4_fk_leads_lead_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_notification
    ADD CONSTRAINT handoff_notification_lead_id_daf928e4_fk_leads_lead_id FOREIGN KEY (lead_id) REFERENCES public.leads_lead(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_notification handoff_notification_user_id_757c6dba_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_notification
    ADD CONSTRAINT handoff_notification_user_id_757c6dba_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_profile handoff_profile_user_id_b6be4336_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_profile
    ADD CONSTRAINT handoff_profile_user_id_b6be4336_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_roundrobincursor handoff_roundrobincursor_last_user_id_0e1ae437_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_roundrobincursor
    ADD CONSTRAINT handoff_roundrobincursor_last_user_id_0e1ae437_fk_auth_user_id FOREIGN KEY (last_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_roundrobincursor handoff_roundrobincursor_team_id_478e4eec_fk_leads_team_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_roundrobincursor
    ADD CONSTRAINT handoff_roundrobincursor_team_id_478e4eec_fk_leads_team_id FOREIGN KEY (team_id) REFERENCES public.leads_team(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_routingrule_sources handoff_routingrule__leadsource_id_6610c253_fk_leads_lea; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_routingrule_sources
    ADD CONSTRAINT handoff_routingrule__leadsource_id_6610c253_fk_leads_lea FOREIGN KEY (leadsource_id) REFERENCES public.leads_leadsource(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_routingrule_product_lines handoff_routingrule__productline_id_d15b0485_fk_leads_pro; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_routingrule_product_lines
    ADD CONSTRAINT handoff_routingrule__productline_id_d15b0485_fk_leads_pro FOREIGN KEY (productline_id) REFERENCES public.leads_productline(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_routingrule_product_lines handoff_routingrule__routingrule_id_3b0c9eb5_fk_handoff_r; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_routingrule_product_lines
    ADD CONSTRAINT handoff_routingrule__routingrule_id_3b0c9eb5_fk_handoff_r FOREIGN KEY (routingrule_id) REFERENCES public.handoff_routingrule(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_routingrule_sources handoff_routingrule__routingrule_id_d7df1a65_fk_handoff_r; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_routingrule_sources
    ADD CONSTRAINT handoff_routingrule__routingrule_id_d7df1a65_fk_handoff_r FOREIGN KEY (routingrule_id) REFERENCES public.handoff_routingrule(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_routingrule handoff_routingrule_rep_id_075f4b0d_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_routingrule
    ADD CONSTRAINT handoff_routingrule_rep_id_075f4b0d_fk_auth_user_id FOREIGN KEY (rep_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_routingrule handoff_routingrule_team_id_df98b0c8_fk_leads_team_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_routingrule
    ADD CONSTRAINT handoff_routingrule_team_id_df98b0c8_fk_leads_team_id FOREIGN KEY (team_id) REFERENCES public.leads_team(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_teamschedule handoff_teamschedule_team_id_a6b5e542_fk_leads_team_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_teamschedule
    ADD CONSTRAINT handoff_teamschedule_team_id_a6b5e542_fk_leads_team_id FOREIGN KEY (team_id) REFERENCES public.leads_team(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_webhookattempt handoff_webhookattem_delivery_id_1c34ddb6_fk_handoff_w; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_webhookattempt
    ADD CONSTRAINT handoff_webhookattem_delivery_id_1c34ddb6_fk_handoff_w FOREIGN KEY (delivery_id) REFERENCES public.handoff_webhookdelivery(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_webhookdelivery handoff_webhookdeliv_subscription_id_4f567061_fk_handoff_w; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_webhookdelivery
    ADD CONSTRAINT handoff_webhookdeliv_subscription_id_4f567061_fk_handoff_w FOREIGN KEY (subscription_id) REFERENCES public.handoff_webhooksubscription(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: handoff_webhooksubscription handoff_webhooksubsc_created_by_id_773d951d_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handoff_webhooksubscription
    ADD CONSTRAINT handoff_webhooksubsc_created_by_id_773d951d_fk_auth_user FOREIGN KEY (created_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_account leads_account_merged_into_id_cf7f0f57_fk_leads_account_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_account
    ADD CONSTRAINT leads_account_merged_into_id_cf7f0f57_fk_leads_account_id FOREIGN KEY (merged_into_id) REFERENCES public.leads_account(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_account leads_account_owner_id_6cde5c6b_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_account
    ADD CONSTRAINT leads_account_owner_id_6cde5c6b_fk_auth_user_id FOREIGN KEY (owner_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_account leads_account_team_id_1c8a7247_fk_leads_team_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_account
    ADD CONSTRAINT leads_account_team_id_1c8a7247_fk_leads_team_id FOREIGN KEY (team_id) REFERENCES public.leads_team(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_accountdomain leads_accountdomain_account_id_40b0312b_fk_leads_account_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountdomain
    ADD CONSTRAINT leads_accountdomain_account_id_40b0312b_fk_leads_account_id FOREIGN KEY (account_id) REFERENCES public.leads_account(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_accountmatchreview_candidates leads_accountmatchre_account_id_c487c04e_fk_leads_acc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountmatchreview_candidates
    ADD CONSTRAINT leads_accountmatchre_account_id_c487c04e_fk_leads_acc FOREIGN KEY (account_id) REFERENCES public.leads_account(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_accountmatchreview_candidates leads_accountmatchre_accountmatchreview_i_2b2a9afa_fk_leads_acc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountmatchreview_candidates
    ADD CONSTRAINT leads_accountmatchre_accountmatchreview_i_2b2a9afa_fk_leads_acc FOREIGN KEY (accountmatchreview_id) REFERENCES public.leads_accountmatchreview(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_accountmatchreview leads_accountmatchre_resolved_by_id_c9ea2a43_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountmatchreview
    ADD CONSTRAINT leads_accountmatchre_resolved_by_id_c9ea2a43_fk_auth_user FOREIGN KEY (resolved_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_accountmatchreview leads_accountmatchreview_chosen_id_2104cdbf_fk_leads_account_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountmatchreview
    ADD CONSTRAINT leads_accountmatchreview_chosen_id_2104cdbf_fk_leads_account_id FOREIGN KEY (chosen_id) REFERENCES public.leads_account(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_accountmatchreview leads_accountmatchreview_lead_id_23c8db7b_fk_leads_lead_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountmatchreview
    ADD CONSTRAINT leads_accountmatchreview_lead_id_23c8db7b_fk_leads_lead_id FOREIGN KEY (lead_id) REFERENCES public.leads_lead(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_accountmerge leads_accountmerge_by_id_ab3e727d_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountmerge
    ADD CONSTRAINT leads_accountmerge_by_id_ab3e727d_fk_auth_user_id FOREIGN KEY (by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_accountmerge leads_accountmerge_kept_id_5ac28e94_fk_leads_account_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountmerge
    ADD CONSTRAINT leads_accountmerge_kept_id_5ac28e94_fk_leads_account_id FOREIGN KEY (kept_id) REFERENCES public.leads_account(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_accountmerge leads_accountmerge_merged_away_id_88cd56b1_fk_leads_account_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountmerge
    ADD CONSTRAINT leads_accountmerge_merged_away_id_88cd56b1_fk_leads_account_id FOREIGN KEY (merged_away_id) REFERENCES public.leads_account(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_accountmerge leads_accountmerge_undone_by_id_e712a2e9_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_accountmerge
    ADD CONSTRAINT leads_accountmerge_undone_by_id_e712a2e9_fk_auth_user_id FOREIGN KEY (undone_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_activity leads_activity_by_id_4d750ecc_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_activity
    ADD CONSTRAINT leads_activity_by_id_4d750ecc_fk_auth_user_id FOREIGN KEY (by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_activity leads_activity_lead_id_9cc33a14_fk_leads_lead_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_activity
    ADD CONSTRAINT leads_activity_lead_id_9cc33a14_fk_leads_lead_id FOREIGN KEY (lead_id) REFERENCES public.leads_lead(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_activity leads_activity_moved_from_id_ea6619a3_fk_leads_lead_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_activity
    ADD CONSTRAINT leads_activity_moved_from_id_ea6619a3_fk_leads_lead_id FOREIGN KEY (moved_from_id) REFERENCES public.leads_lead(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_activity leads_activity_type_id_284f1163_fk_leads_activitytype_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_activity
    ADD CONSTRAINT leads_activity_type_id_284f1163_fk_leads_activitytype_id FOREIGN KEY (type_id) REFERENCES public.leads_activitytype(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_followup leads_followup_assignee_id_d483a79b_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_followup
    ADD CONSTRAINT leads_followup_assignee_id_d483a79b_fk_auth_user_id FOREIGN KEY (assignee_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_followup leads_followup_created_by_id_920e0b07_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_followup
    ADD CONSTRAINT leads_followup_created_by_id_920e0b07_fk_auth_user_id FOREIGN KEY (created_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_followup leads_followup_done_by_id_dedf978e_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_followup
    ADD CONSTRAINT leads_followup_done_by_id_dedf978e_fk_auth_user_id FOREIGN KEY (done_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_followup leads_followup_lead_id_1af7cd17_fk_leads_lead_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_followup
    ADD CONSTRAINT leads_followup_lead_id_1af7cd17_fk_leads_lead_id FOREIGN KEY (lead_id) REFERENCES public.leads_lead(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_importjob leads_importjob_uploaded_by_id_7b4a6038_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_importjob
    ADD CONSTRAINT leads_importjob_uploaded_by_id_7b4a6038_fk_auth_user_id FOREIGN KEY (uploaded_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_lead leads_lead_account_id_d7b48dfa_fk_leads_account_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_lead
    ADD CONSTRAINT leads_lead_account_id_d7b48dfa_fk_leads_account_id FOREIGN KEY (account_id) REFERENCES public.leads_account(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_lead leads_lead_owner_id_1f4568d0_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_lead
    ADD CONSTRAINT leads_lead_owner_id_1f4568d0_fk_auth_user_id FOREIGN KEY (owner_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_lead leads_lead_product_line_id_92c00ee1_fk_leads_productline_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_lead
    ADD CONSTRAINT leads_lead_product_line_id_92c00ee1_fk_leads_productline_id FOREIGN KEY (product_line_id) REFERENCES public.leads_productline(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_lead leads_lead_source_id_a5f74de9_fk_leads_leadsource_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_lead
    ADD CONSTRAINT leads_lead_source_id_a5f74de9_fk_leads_leadsource_id FOREIGN KEY (source_id) REFERENCES public.leads_leadsource(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_lead leads_lead_team_id_93d3ec8e_fk_leads_team_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_lead
    ADD CONSTRAINT leads_lead_team_id_93d3ec8e_fk_leads_team_id FOREIGN KEY (team_id) REFERENCES public.leads_team(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_leadchange leads_leadchange_by_id_aee6d9ea_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_leadchange
    ADD CONSTRAINT leads_leadchange_by_id_aee6d9ea_fk_auth_user_id FOREIGN KEY (by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_leadchange leads_leadchange_lead_id_f04880fe_fk_leads_lead_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_leadchange
    ADD CONSTRAINT leads_leadchange_lead_id_f04880fe_fk_leads_lead_id FOREIGN KEY (lead_id) REFERENCES public.leads_lead(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_leadmerge leads_leadmerge_by_id_2a191560_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_leadmerge
    ADD CONSTRAINT leads_leadmerge_by_id_2a191560_fk_auth_user_id FOREIGN KEY (by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_leadmerge leads_leadmerge_kept_id_0c21bc61_fk_leads_lead_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_leadmerge
    ADD CONSTRAINT leads_leadmerge_kept_id_0c21bc61_fk_leads_lead_id FOREIGN KEY (kept_id) REFERENCES public.leads_lead(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_leadmerge leads_leadmerge_merged_away_id_59c3b837_fk_leads_lead_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_leadmerge
    ADD CONSTRAINT leads_leadmerge_merged_away_id_59c3b837_fk_leads_lead_id FOREIGN KEY (merged_away_id) REFERENCES public.leads_lead(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_leadmerge leads_leadmerge_undone_by_id_f606b316_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_leadmerge
    ADD CONSTRAINT leads_leadmerge_undone_by_id_f606b316_fk_auth_user_id FOREIGN KEY (undone_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_stagechange leads_stagechange_by_id_0391902e_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_stagechange
    ADD CONSTRAINT leads_stagechange_by_id_0391902e_fk_auth_user_id FOREIGN KEY (by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_stagechange leads_stagechange_lead_id_ff957079_fk_leads_lead_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_stagechange
    ADD CONSTRAINT leads_stagechange_lead_id_ff957079_fk_leads_lead_id FOREIGN KEY (lead_id) REFERENCES public.leads_lead(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_stagechange leads_stagechange_reason_id_f5e6847a_fk_leads_reason_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_stagechange
    ADD CONSTRAINT leads_stagechange_reason_id_f5e6847a_fk_leads_reason_id FOREIGN KEY (reason_id) REFERENCES public.leads_reason(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_team leads_team_manager_id_6f4fa04b_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_team
    ADD CONSTRAINT leads_team_manager_id_6f4fa04b_fk_auth_user_id FOREIGN KEY (manager_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_team_members leads_team_members_team_id_ed418d0c_fk_leads_team_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_team_members
    ADD CONSTRAINT leads_team_members_team_id_ed418d0c_fk_leads_team_id FOREIGN KEY (team_id) REFERENCES public.leads_team(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: leads_team_members leads_team_members_user_id_3bdf7d09_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads_team_members
    ADD CONSTRAINT leads_team_members_user_id_3bdf7d09_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: scoring_driftalert scoring_driftalert_version_id_10a82de7_fk_scoring_s; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_driftalert
    ADD CONSTRAINT scoring_driftalert_version_id_10a82de7_fk_scoring_s FOREIGN KEY (version_id) REFERENCES public.scoring_scoringversion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: scoring_rescorerun scoring_rescorerun_version_id_38e63322_fk_scoring_s; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_rescorerun
    ADD CONSTRAINT scoring_rescorerun_version_id_38e63322_fk_scoring_s FOREIGN KEY (version_id) REFERENCES public.scoring_scoringversion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: scoring_rule scoring_rule_activity_type_id_eabfb647_fk_leads_activitytype_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_rule
    ADD CONSTRAINT scoring_rule_activity_type_id_eabfb647_fk_leads_activitytype_id FOREIGN KEY (activity_type_id) REFERENCES public.leads_activitytype(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: scoring_rule scoring_rule_version_id_2fc8040e_fk_scoring_scoringversion_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_rule
    ADD CONSTRAINT scoring_rule_version_id_2fc8040e_fk_scoring_scoringversion_id FOREIGN KEY (version_id) REFERENCES public.scoring_scoringversion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: scoring_scoringmodel scoring_scoringmodel_product_line_id_fb4d6360_fk_leads_pro; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_scoringmodel
    ADD CONSTRAINT scoring_scoringmodel_product_line_id_fb4d6360_fk_leads_pro FOREIGN KEY (product_line_id) REFERENCES public.leads_productline(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: scoring_scoringversion scoring_scoringversi_model_id_a246a604_fk_scoring_s; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_scoringversion
    ADD CONSTRAINT scoring_scoringversi_model_id_a246a604_fk_scoring_s FOREIGN KEY (model_id) REFERENCES public.scoring_scoringmodel(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: scoring_scoringversion scoring_scoringversion_activated_by_id_26fb9dff_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_scoringversion
    ADD CONSTRAINT scoring_scoringversion_activated_by_id_26fb9dff_fk_auth_user_id FOREIGN KEY (activated_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: scoring_scoringversion scoring_scoringversion_created_by_id_398659ba_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scoring_scoringversion
    ADD CONSTRAINT scoring_scoringversion_created_by_id_398659ba_fk_auth_user_id FOREIGN KEY (created_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- PostgreSQL database dump complete
--


