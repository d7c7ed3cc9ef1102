"""A PostgreSQL database's schema read from its catalogs, in a form two databases can be
compared by: each kind of object is a set of rows, with the names and bounds of the monthly
activity partitions made alike (which months exist depends on the data, not on the
migrations)."""

import re

import psycopg

# Object kind -> the query listing it in the public schema (extensions' own objects aside).
QUERIES = {
    "extensions": "SELECT extname, extversion FROM pg_extension",
    "relations": """
        SELECT c.relname, c.relkind, c.relpersistence, c.relispartition,
               pg_get_partkeydef(c.oid), c.reloptions::text,
               pg_get_expr(c.relpartbound, c.oid), parent.relname
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_inherits i ON i.inhrelid = c.oid
        LEFT JOIN pg_class parent ON parent.oid = i.inhparent
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'i', 'I')
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')""",
    "columns": """
        SELECT c.relname, a.attname,
               rank() OVER (PARTITION BY c.oid ORDER BY a.attnum),
               format_type(a.atttypid, a.atttypmod), a.attnotnull,
               pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated,
               a.attstattarget, co.collname
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
        LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 100
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
          AND a.attnum > 0 AND NOT a.attisdropped""",
    "indexes": """
        SELECT t.relname, i.relname, pg_get_indexdef(x.indexrelid), x.indisvalid
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public'""",
    "constraints": """
        SELECT t.relname, c.conname, c.contype, pg_get_constraintdef(c.oid),
               c.condeferrable, c.condeferred, c.convalidated
        FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public'""",
    "triggers": """
        SELECT t.relname, g.tgname, pg_get_triggerdef(g.oid), g.tgenabled
        FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND NOT g.tgisinternal""",
    "functions": """
        SELECT p.proname, pg_get_function_identity_arguments(p.oid), pg_get_functiondef(p.oid)
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND p.prokind IN ('f', 'p')
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')""",
    "sequences": """
        SELECT c.relname, format_type(s.seqtypid, NULL), s.seqincrement, s.seqmin, s.seqmax,
               s.seqcycle, owner.relname, a.attname
        FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
        LEFT JOIN pg_depend d ON d.objid = c.oid AND d.deptype IN ('a', 'i')
             AND d.refobjsubid > 0
        LEFT JOIN pg_class owner ON owner.oid = d.refobjid
        LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid""",
    "statistics": """
        SELECT s.stxname, pg_get_statisticsobjdef(s.oid)
        FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
        WHERE n.nspname = 'public'""",
    "views": """
        SELECT c.relname, pg_get_viewdef(c.oid)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('v', 'm')""",
}
MONTH = re.compile(r"_p\d{4}_\d{2}(?![0-9])")
BOUNDS = re.compile(r"FOR VALUES FROM \('[^']*'\) TO \('[^']*'\)")
# pg_dump writes `x IN (...)` checks as `ANY ((ARRAY['a'::character varying])::text[])` and
# PostgreSQL reads that back as `ANY (ARRAY[('a'::character varying)::text])`: the same check,
# spelt differently once a database has been through a dump and restore.
CAST_ELEMENT = re.compile(r"\('((?:[^']|'')*)'::character varying\)::text")
CAST_ARRAY = re.compile(r"ANY \(ARRAY\[([^\]]*)\]\)")


def _normal(value: object) -> object:
    if not isinstance(value, str):
        return value
    value = BOUNDS.sub("FOR VALUES FROM (..) TO (..)", MONTH.sub("_pYYYY_MM", value))
    value = CAST_ELEMENT.sub(r"'\1'::character varying", value)
    return CAST_ARRAY.sub(r"ANY ((ARRAY[\1])::text[])", value)


def schema(conninfo: str) -> dict[str, set[tuple]]:
    """The database's objects by kind, each a set of normalised catalog rows."""
    with psycopg.connect(conninfo) as conn:
        return {
            kind: {tuple(_normal(v) for v in row) for row in conn.execute(sql).fetchall()}
            for kind, sql in QUERIES.items()
        }


def monthly_partitions(conninfo: str, table: str) -> set[str]:
    """The names of the table's monthly partitions (its default partition aside)."""
    with psycopg.connect(conninfo) as conn:
        rows = conn.execute(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "WHERE i.inhparent = %s::regclass",
            [table],
        ).fetchall()
    return {name for (name,) in rows if MONTH.search(name)}
