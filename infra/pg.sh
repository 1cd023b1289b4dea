#!/usr/bin/env bash
# Market's private PostgreSQL: a cluster under the data folder, on loopback, with its own port.
#   infra/pg.sh start   initialise if needed, start, create the role and database; prints the connection string
#   infra/pg.sh stop    stop it (fast shutdown)
#   infra/pg.sh status
#   infra/pg.sh autovacuum on|off   (the test run turns it off: its databases live for seconds)
# MARKET_DATA_DIR (default .data) and MARKET_PG_PORT (default 5433) choose where and which port.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA_DIR="$(mkdir -p "${MARKET_DATA_DIR:-$ROOT/.data}" && cd "${MARKET_DATA_DIR:-$ROOT/.data}" && pwd)"
PG_DIR="$DATA_DIR/pg"
PG_PORT="${MARKET_PG_PORT:-5433}"
PG_USER_NAME="market"
PG_PASSWORD="${MARKET_PG_PASSWORD:-market}"
PG_DATABASE="market"

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
  return 1
}

install_postgres() {
  echo "PostgreSQL binaries not found; installing them with apt-get" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
  # Debian starts a system cluster on install; Market uses its own and leaves that one alone.
}

PG_BIN="$(find_bin || { install_postgres; find_bin; })"

# initdb and the server refuse to run as root: as root they run as the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

connection_string() {
  echo "Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER_NAME;Password=$PG_PASSWORD;Database=${1:-$PG_DATABASE}"
}

psql_admin() {
  as_owner "$PG_BIN/psql" -h "$PG_DIR/socket" -p "$PG_PORT" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

start() {
  mkdir -p "$PG_DIR/data" "$PG_DIR/socket"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$PG_DIR"
    chmod 755 "$DATA_DIR"
  fi
  if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
    as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "$PG_DIR/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR/socket'
max_connections = 300
shared_buffers = 256MB
fsync = on
synchronous_commit = on
CONF
    # Loopback clients authenticate with a password; the owner uses the private socket.
    cat > "$PG_DIR/data/pg_hba.conf" <<HBA
local all all trust
host all all 127.0.0.1/32 scram-sha-256
HBA
  fi
  if ! as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
    # The port is given on the command line too: a cluster first created under another port
    # (another MARKET_*_PG_PORT) then listens where this run looks for it.
    as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -o "-p $PG_PORT" -w -t 60 start >/dev/null
  fi
  if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER_NAME'")" != "1" ]; then
    psql_admin -c "CREATE ROLE $PG_USER_NAME LOGIN CREATEDB PASSWORD '$PG_PASSWORD'"
  fi
  if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")" != "1" ]; then
    psql_admin -c "CREATE DATABASE $PG_DATABASE OWNER $PG_USER_NAME"
  fi
  connection_string
}

stop() {
  if [ -f "$PG_DIR/data/PG_VERSION" ] && as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
    as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null
  fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status ;;
  connection-string) connection_string "${2:-}" ;;
  autovacuum) psql_admin -c "ALTER SYSTEM SET autovacuum = ${2:?on or off}" -c "SELECT pg_reload_conf()" ;;
  *) echo "usage: infra/pg.sh start|stop|status|connection-string [database]|autovacuum on|off" >&2; exit 2 ;;
esac
