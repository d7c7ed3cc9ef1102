#!/usr/bin/env bash
# Remakes schema.sql and data.sql from the release before: its code migrates an empty
# PostgreSQL database, its seed_demo writes 40 leads with six months of history, and its
# activities_record stores three activities with idempotency keys (the demo gives none).
# Usage (from the repository root): tests/leadcrm/previous_release/remake.sh [COMMIT]
set -euo pipefail
commit=${1:-751e1ad}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
old=/tmp/leadcrm-previous-release
db=leadcrm_prevrel_fixture
pg="-h 127.0.0.1 -p ${PGPORT:-55432} -U postgres"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

git -C "$root" worktree add --detach "$old" "$commit"
trap 'git -C "$root" worktree remove --force "$old"' EXIT
ln -s "$root/.venv" "$old/.venv"
"$pgbin/psql" $pg -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
export DATABASE_URL="postgres://postgres@127.0.0.1:${PGPORT:-55432}/$db"
export DJANGO_SETTINGS_MODULE=leadcrm.test_settings
unset CELERY_BROKER_URL CACHE_URL DATABASE_REPLICA_URL PGBOUNCER_URL
cd "$old"
.venv/bin/python manage.py migrate -v 0
.venv/bin/python manage.py seed_demo --leads 40 --seed 1 >/dev/null
.venv/bin/python manage.py shell -c '
from datetime import timedelta
from django.utils import timezone
from leads.activities import EventIn, activities_record
from leads.models import Lead
leads, now = Lead.objects.order_by("pk"), timezone.now()
picked = [(leads[0].pk, "pricing_page_view", 1), (leads[1].pk, "email_open", 40),
          (leads[2].pk, "webinar_attended", 100)]
events = [EventIn(type=t, lead=pk, occurred_at=now - timedelta(days=d),
                  idempotency_key=f"fixture-{pk}-{t}") for pk, t, d in picked]
print(activities_record(events=events, leads=leads))
'
# pg_dump 15.14+ writes \restrict lines with a random key: psql meta-commands, not SQL.
"$pgbin/pg_dump" $pg --schema-only --no-owner --no-privileges $db | grep -v '^\\' >"$here/schema.sql"
"$pgbin/pg_dump" $pg --data-only --inserts --no-owner --no-privileges $db 2>/dev/null \
  | grep -v '^\\' >"$here/data.sql"
"$pgbin/psql" $pg -q -c "DROP DATABASE $db"
