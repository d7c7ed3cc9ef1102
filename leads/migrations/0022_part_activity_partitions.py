"""Activities partitioned by month on PostgreSQL; idempotency keys in a table of their own.

PostgreSQL: leads_activity becomes a table partitioned by RANGE (occurred_at), one partition per
month (leads_activity_pYYYY_MM) from the oldest row's month (at most ten years back) to three
months ahead, and a DEFAULT partition for anything else (leads.partitions keeps the months
coming). The rows are copied (ids kept), the old table dropped, the new one takes its name; the
indexes and foreign keys, same names, are built on the parent after the copy. The primary key
becomes (id, occurred_at): a partitioned table's unique indexes must hold the partition key.
PostgreSQL 15 has no identity column on a partitioned table, so id takes its default from a
sequence OWNED BY the column, which pg_get_serial_sequence (Django's sequence reset, flush)
finds. No foreign key points at leads_activity.

For the same reason the partial unique index on idempotency_key cannot stay: the key goes to
leads_activitykey (both databases, so both behave alike), filled here from the stored keys.

SQLite keeps the plain table. On both, the lead's own index goes (activity_lead_time serves it). Backwards: a plain table again, with the data and the sequence.
The SQL is frozen here: the migration must not import the application.
"""

from datetime import UTC, datetime

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

TABLE = "leads_activity"
COLUMNS = (
    "id, occurred_at, properties, idempotency_key, via, created_at, lead_id, type_id, "
    "moved_from_id, by_id, edited_at, note, outcome"
)
COLUMN_DDL = """
    occurred_at timestamp with time zone NOT NULL,
    properties jsonb NOT NULL,
    idempotency_key varchar(200) NOT NULL,
    via varchar(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    lead_id bigint NOT NULL,
    type_id bigint NOT NULL,
    moved_from_id bigint NULL,
    by_id integer NULL,
    edited_at timestamp with time zone NULL,
    note text NOT NULL DEFAULT '',
    outcome varchar(20) NOT NULL DEFAULT ''
"""
# Django's names, so that later migrations find them.
INDEXES = [
    "CREATE INDEX activity_lead_time ON leads_activity (lead_id, occurred_at DESC)",
    "CREATE INDEX activity_moved_from ON leads_activity (moved_from_id) "
    "WHERE moved_from_id IS NOT NULL",
    "CREATE INDEX leads_activity_type_id_284f1163 ON leads_activity (type_id)",
]
FOREIGN_KEYS = [
    "ALTER TABLE leads_activity ADD CONSTRAINT leads_activity_by_id_4d750ecc_fk_auth_user_id "
    "FOREIGN KEY (by_id) REFERENCES auth_user(id) DEFERRABLE INITIALLY DEFERRED",
    "ALTER TABLE leads_activity ADD CONSTRAINT leads_activity_lead_id_9cc33a14_fk_leads_lead_id "
    "FOREIGN KEY (lead_id) REFERENCES leads_lead(id) DEFERRABLE INITIALLY DEFERRED",
    "ALTER TABLE leads_activity "
    "ADD CONSTRAINT leads_activity_moved_from_id_ea6619a3_fk_leads_lead_id "
    "FOREIGN KEY (moved_from_id) REFERENCES leads_lead(id) DEFERRABLE INITIALLY DEFERRED",
    "ALTER TABLE leads_activity "
    "ADD CONSTRAINT leads_activity_type_id_284f1163_fk_leads_activitytype_id "
    "FOREIGN KEY (type_id) REFERENCES leads_activitytype(id) DEFERRABLE INITIALLY DEFERRED",
]
AHEAD = 3
OLDEST = 120  # months back: older rows go to DEFAULT rather than to hundreds of partitions


def _months(oldest: datetime | None, now: datetime) -> list[datetime]:
    def index(moment: datetime) -> int:
        return moment.year * 12 + moment.month - 1

    last = index(now) + AHEAD
    first = index(now) if oldest is None else max(index(oldest), index(now) - OLDEST)
    first = min(first, index(now))
    return [datetime(i // 12, i % 12 + 1, 1, tzinfo=UTC) for i in range(first, last + 1)]


def _next(start: datetime) -> datetime:
    return datetime(start.year + start.month // 12, start.month % 12 + 1, 1, tzinfo=UTC)


def _sequence(cursor) -> tuple[int, bool]:
    cursor.execute(f"SELECT pg_get_serial_sequence('{TABLE}', 'id')")
    (sequence,) = cursor.fetchone()
    cursor.execute(f"SELECT last_value, is_called FROM {sequence}")  # noqa: S608
    return cursor.fetchone()


def partition(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"LOCK TABLE {TABLE} IN ACCESS EXCLUSIVE MODE")
        cursor.execute(f"SELECT min(occurred_at) FROM {TABLE}")  # noqa: S608
        (oldest,) = cursor.fetchone()
        last_value, is_called = _sequence(cursor)
        cursor.execute(
            f"CREATE TABLE {TABLE}_new (id bigint NOT NULL, {COLUMN_DDL}) "
            "PARTITION BY RANGE (occurred_at)"
        )
        for start in _months(oldest, datetime.now(UTC)):
            cursor.execute(
                f"CREATE TABLE {TABLE}_p{start:%Y_%m} PARTITION OF {TABLE}_new "
                f"FOR VALUES FROM ('{start.isoformat()}') TO ('{_next(start).isoformat()}')"
            )
        cursor.execute(f"CREATE TABLE {TABLE}_default PARTITION OF {TABLE}_new DEFAULT")
        cursor.execute(
            f"INSERT INTO {TABLE}_new ({COLUMNS}) SELECT {COLUMNS} FROM {TABLE}"  # noqa: S608
        )
        cursor.execute(f"DROP TABLE {TABLE}")  # its identity sequence goes with it
        cursor.execute(f"ALTER TABLE {TABLE}_new RENAME TO {TABLE}")
        cursor.execute(f"CREATE SEQUENCE {TABLE}_id_seq OWNED BY {TABLE}.id")
        cursor.execute(f"SELECT setval('{TABLE}_id_seq', %s, %s)", [last_value, is_called])
        cursor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN id SET DEFAULT nextval('{TABLE}_id_seq')")
        cursor.execute(
            f"ALTER TABLE {TABLE} ADD CONSTRAINT {TABLE}_pkey PRIMARY KEY (id, occurred_at)"
        )
        for sql in INDEXES + FOREIGN_KEYS:
            cursor.execute(sql)
        cursor.execute(f"ANALYZE {TABLE}")


def unpartition(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"LOCK TABLE {TABLE} IN ACCESS EXCLUSIVE MODE")
        last_value, is_called = _sequence(cursor)
        cursor.execute(f"CREATE TABLE {TABLE}_plain (id bigint NOT NULL, {COLUMN_DDL})")
        cursor.execute(
            f"INSERT INTO {TABLE}_plain ({COLUMNS}) SELECT {COLUMNS} FROM {TABLE}"  # noqa: S608
        )
        cursor.execute(f"DROP TABLE {TABLE}")  # its partitions and sequence go with it
        cursor.execute(f"ALTER TABLE {TABLE}_plain RENAME TO {TABLE}")
        cursor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY")
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('{TABLE}', 'id'), %s, %s)",
            [last_value, is_called],
        )
        cursor.execute(f"ALTER TABLE {TABLE} ADD CONSTRAINT {TABLE}_pkey PRIMARY KEY (id)")
        for sql in INDEXES + FOREIGN_KEYS:
            cursor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("leads", "0021_workday_team_owner_statistics")]

    operations = [
        migrations.RemoveConstraint(model_name="activity", name="activity_idempotency_key_unique"),
        # The (lead_id) index goes: activity_lead_time (lead_id, occurred_at DESC) serves it.
        migrations.AlterField(
            model_name="activity",
            name="lead",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="activities",
                to="leads.lead",
            ),
        ),
        migrations.CreateModel(
            name="ActivityKey",
            fields=[
                ("key", models.CharField(max_length=200, primary_key=True, serialize=False)),
                ("activity_id", models.BigIntegerField(db_index=True)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
        ),
        migrations.RunSQL(
            "INSERT INTO leads_activitykey (key, activity_id, created_at) "
            "SELECT idempotency_key, id, created_at FROM leads_activity "
            "WHERE idempotency_key <> ''",
            migrations.RunSQL.noop,
        ),
        migrations.RunPython(partition, unpartition),
    ]
