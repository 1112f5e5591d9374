#!/bin/bash
# The streaming replica: on first start, copy the primary with pg_basebackup (-R writes standby.signal and
# primary_conninfo; PGPASSWORD comes from the environment), then run PostgreSQL as a hot standby.
set -euo pipefail
PGDATA="${PGDATA:-/var/lib/postgresql/data}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h postgres-primary -p 5432 -q; do sleep 1; done
  rm -rf "${PGDATA:?}"/*
  pg_basebackup -h postgres-primary -p 5432 -U replicator -D "$PGDATA" -R -X stream -c fast
fi
chmod 700 "$PGDATA"
exec postgres -c hot_standby=on -c max_connections=200
