#!/usr/bin/env bash
# Start a throwaway PostgreSQL + PostGIS for the geofence tests, from Debian's packages.
#
# Idempotent: installs postgresql-15-postgis-3 if it is missing (as root), creates a cluster in
# $HOTSPOT_PGDATA (default /tmp/hotspot-pg) owned by the postgres user (or by the caller when not
# root), listening only on 127.0.0.1:$HOTSPOT_PGPORT (default 54329) with password auth, a role
# and database "hotspot_test" and the postgis extension. When the server already answers it only
# makes sure the role, database and extension exist. Prints the connection environment.
set -euo pipefail

PGDATA_DIR=${HOTSPOT_PGDATA:-/tmp/hotspot-pg}
PORT=${HOTSPOT_PGPORT:-54329}
DB=${HOTSPOT_PGDATABASE:-hotspot_test}
ROLE=${HOTSPOT_PGUSER:-hotspot_test}
PASSWORD=${HOTSPOT_PGPASSWORD:-hotspot_test}
ADMIN=${HOTSPOT_PGADMIN:-hotspot_admin}
ADMIN_PASSWORD=${HOTSPOT_PGADMINPASSWORD:-hotspot_admin}

if [ "$(id -u)" -eq 0 ]; then
  if ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then
    echo "Installing PostGIS for PostgreSQL" >&2
    apt-get -o DPkg::Lock::Timeout=900 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends \
      postgresql postgresql-15-postgis-3 >/dev/null
  fi
  OWNER=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  OWNER=$(id -un)
  as_owner() { "$@"; }
fi

BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "PostgreSQL server binaries not found; install the Debian packages postgresql and postgresql-15-postgis-3." >&2
  exit 1
fi

ready() { "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; }

if ! ready; then
  if [ ! -s "$PGDATA_DIR/PG_VERSION" ]; then
    rm -rf "$PGDATA_DIR"
    mkdir -p "$PGDATA_DIR"
    chown "$OWNER" "$PGDATA_DIR"
    chmod 700 "$PGDATA_DIR"
    as_owner "$BIN/initdb" -D "$PGDATA_DIR" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >>"$PGDATA_DIR/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$PGDATA_DIR'
max_connections = 60
shared_buffers = 32MB
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
  fi
  as_owner "$BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w -t 60 start >/dev/null
fi

# Superuser work over the private unix socket (trust for the owner only).
psql_admin() { PGOPTIONS="-c client_min_messages=warning" as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PGDATA_DIR" -p "$PORT" -U postgres "$@"; }
psql_admin -d postgres <<SQL
DO \$\$BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$ADMIN') THEN
    CREATE ROLE $ADMIN LOGIN CREATEROLE PASSWORD '$ADMIN_PASSWORD';
  END IF;
END\$\$;
GRANT $ROLE TO $ADMIN;
SQL
if [ "$(psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != "1" ]; then
  psql_admin -d postgres -c "CREATE DATABASE $DB OWNER $ROLE"
fi
psql_admin -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS postgis"

cat <<ENV
export PGHOST=127.0.0.1
export PGPORT=$PORT
export PGDATABASE=$DB
export PGUSER=$ROLE
export PGPASSWORD=$PASSWORD
# administrator (CREATEROLE): HOTSPOT_PGADMIN=$ADMIN HOTSPOT_PGADMINPASSWORD=$ADMIN_PASSWORD
ENV
