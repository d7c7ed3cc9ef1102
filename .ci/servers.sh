#!/usr/bin/env bash
# Start a throw-away PostgreSQL cluster, a streaming replica of it, a PgBouncer in transaction mode
# in front of it and redis-server on 127.0.0.1 for the integration tier.
#   source .ci/servers.sh   then   servers_start DIR   ...   servers_stop
# Exports DATABASE_URL, DATABASE_REPLICA_URL, PGBOUNCER_URL, CELERY_BROKER_URL and CACHE_URL.
# Needs root (initdb and pgbouncer run as the postgres user).

PG_PORT=${PG_PORT:-55432}
REPLICA_PORT=${REPLICA_PORT:-55433}
REDIS_PORT=${REDIS_PORT:-56379}
PGBOUNCER_PORT=${PGBOUNCER_PORT:-56432}

servers_install() {
  local need=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  command -v redis-server >/dev/null || need+=(redis-server)
  command -v pgbouncer >/dev/null || need+=(pgbouncer)
  [ -x /usr/bin/chromium ] || need+=(chromium)
  if [ ${#need[@]} -gt 0 ]; then
    echo "Installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
  fi
}

servers_start() {
  SERVERS_DIR=$1
  local pgbin
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  mkdir -p "$SERVERS_DIR"
  chown postgres "$SERVERS_DIR"
  su postgres -s /bin/sh -c "$pgbin/initdb -D '$SERVERS_DIR/pg' -U postgres --auth=trust -E UTF8 --no-instructions" >/dev/null
  su postgres -s /bin/sh -c "$pgbin/pg_ctl -D '$SERVERS_DIR/pg' -l '$SERVERS_DIR/pg.log' -w \
    -o \"-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$SERVERS_DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start" >/dev/null
  # The replica: a base backup of the primary that keeps streaming its WAL (-R writes the
  # standby settings), read-only, as production's reporting database would be.
  su postgres -s /bin/sh -c "$pgbin/pg_basebackup -h 127.0.0.1 -p $PG_PORT -U postgres -D '$SERVERS_DIR/replica' -R -X stream" >/dev/null
  su postgres -s /bin/sh -c "$pgbin/pg_ctl -D '$SERVERS_DIR/replica' -l '$SERVERS_DIR/replica.log' -w \
    -o \"-c listen_addresses=127.0.0.1 -p $REPLICA_PORT -k '$SERVERS_DIR' -c hot_standby=on -c max_connections=200\" start" >/dev/null
  pgbouncer_start "$SERVERS_DIR/pgbouncer" "$PGBOUNCER_PORT" "$PG_PORT"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --save '' --appendonly no \
    --dir "$SERVERS_DIR" --pidfile "$SERVERS_DIR/redis.pid" --logfile "$SERVERS_DIR/redis.log"
  for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/leadcrm"
  export DATABASE_REPLICA_URL="postgres://postgres@127.0.0.1:$REPLICA_PORT/leadcrm"
  export PGBOUNCER_URL="postgres://postgres@127.0.0.1:$PGBOUNCER_PORT/leadcrm"
  export CELERY_BROKER_URL="redis://127.0.0.1:$REDIS_PORT/0"
  export CACHE_URL="redis://127.0.0.1:$REDIS_PORT/1"
}

servers_stop() {
  [ -n "${SERVERS_DIR:-}" ] || return 0
  local pgbin
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pgbouncer_stop "$SERVERS_DIR/pgbouncer"
  su postgres -s /bin/sh -c "$pgbin/pg_ctl -D '$SERVERS_DIR/replica' -m fast -w stop" >/dev/null 2>&1 || true
  su postgres -s /bin/sh -c "$pgbin/pg_ctl -D '$SERVERS_DIR/pg' -m fast -w stop" >/dev/null 2>&1 || true
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  rm -rf "$SERVERS_DIR"
}

# PgBouncer in transaction mode in front of the PostgreSQL at PG_PORT, as production runs it
# (README "Behind PgBouncer"). Any database name passes through (the tests' own database too).
# The session settings the app sends in the `options` startup parameter elsewhere (PG_OPTIONS),
# which PgBouncer refuses, are run on each new server connection instead (connect_query).
# Round-robin over at least four server connections: consecutive transactions of one client
# land on different server sessions, so code that leans on session state fails here as it would
# under load (tests/integration/test_pgbouncer.py checks this happens).
#   pgbouncer_start DIR PORT PG_PORT   ...   pgbouncer_stop DIR
pgbouncer_start() {
  local dir=$1 port=$2 pg_port=$3
  mkdir -p "$dir"
  echo '"postgres" ""' >"$dir/userlist.txt"
  cat >"$dir/pgbouncer.ini" <<EOF
[databases]
* = host=127.0.0.1 port=$pg_port connect_query='SET jit = off; SET random_page_cost = 1.1'

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir =
auth_type = trust
auth_file = $dir/userlist.txt
admin_users = postgres
pool_mode = transaction
default_pool_size = 20
min_pool_size = 4
server_round_robin = 1
max_client_conn = 400
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
EOF
  chown -R postgres "$dir"
  su postgres -s /bin/sh -c "pgbouncer -d '$dir/pgbouncer.ini'"
  for _ in $(seq 50); do
    pg_isready -q -h 127.0.0.1 -p "$port" -U postgres -d postgres 2>/dev/null && break
    sleep 0.1
  done
}

pgbouncer_stop() {
  local dir=$1
  [ -f "$dir/pgbouncer.pid" ] && kill "$(cat "$dir/pgbouncer.pid")" 2>/dev/null || true
}
