#!/usr/bin/env bash
# Entrypoint of localdev/postgres:15 (composectl's local PostgreSQL image; see docs/images.md).
#
# First start on an empty data directory ($PGDATA, the volume at /var/lib/postgresql/data): initdb with the superuser
# POSTGRES_USER (default postgres) and the password from POSTGRES_PASSWORD or POSTGRES_PASSWORD_FILE (it refuses to
# start without one unless POSTGRES_HOST_AUTH_METHOD=trust), listen on all addresses, accept password logins from any
# address, create POSTGRES_DB (default: the user's name), run /docker-entrypoint-initdb.d/*.sql and *.sh.
# Every later start finds the cluster and only starts the server: it never initialises twice.
# The server runs in the foreground as the postgres user and as PID 1, so it receives the stop signal (SIGINT).
set -Eeuo pipefail

INCOMPLETE_MARK=.localdev-initialisation-incomplete
INITDB_SCRIPTS=/docker-entrypoint-initdb.d
SOCKET_DIR=/var/run/postgresql
# The setup server's socket: not the default one, so healthchecks (pg_isready) stay red until the real server is up.
SETUP_SOCKET_DIR=/tmp/localdev-postgres-setup

log() { printf 'localdev-postgres: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

has_cluster() { [ -s "$PGDATA/PG_VERSION" ]; }

# Reads POSTGRES_PASSWORD_FILE (a compose/swarm secret) into POSTGRES_PASSWORD; only needed when initialising.
load_password() {
  [ -n "${POSTGRES_PASSWORD_FILE:-}" ] || return 0
  [ -z "${POSTGRES_PASSWORD:-}" ] || die "both POSTGRES_PASSWORD and POSTGRES_PASSWORD_FILE are set; set only one of them."
  [ -r "$POSTGRES_PASSWORD_FILE" ] || die "POSTGRES_PASSWORD_FILE=$POSTGRES_PASSWORD_FILE cannot be read as $(id -un); mount the password file there (e.g. as a compose secret)."
  POSTGRES_PASSWORD=$(<"$POSTGRES_PASSWORD_FILE")
  export POSTGRES_PASSWORD
  unset POSTGRES_PASSWORD_FILE
}

# As root: own the data and socket directories, read a root-only password file, then run again as postgres.
drop_root() {
  mkdir -p "$PGDATA"
  find "$PGDATA" -xdev ! -user postgres -exec chown postgres:postgres {} +
  chmod 700 "$PGDATA"
  install -d -m 3777 -o postgres -g postgres "$SOCKET_DIR"
  has_cluster || load_password
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
}

# Refuses, with what to do, every data directory this script cannot safely initialise or start.
check_data_directory() {
  if [ -e "$PGDATA/$INCOMPLETE_MARK" ]; then
    die "an earlier first start did not finish initialising $PGDATA (its log says why). Remove the volume (e.g. docker compose down -v) and start again."
  fi
  if has_cluster; then
    local version; version=$(<"$PGDATA/PG_VERSION")
    [ "$version" = "$PG_MAJOR" ] || die "$PGDATA holds a PostgreSQL $version cluster but this image runs PostgreSQL $PG_MAJOR; use an image of version $version, or dump and restore."
    return 0
  fi
  if [ -n "$(ls -A "$PGDATA")" ]; then
    # shellcheck disable=SC2012 # the names are only shown to the user
    die "$PGDATA is not empty but holds no database cluster (it contains: $(ls -A "$PGDATA" | head -n 5 | tr '\n' ' ')). Mount an empty volume there, or set PGDATA to a subdirectory of the mount."
  fi
  if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "${POSTGRES_HOST_AUTH_METHOD:-}" != trust ]; then
    die "cannot initialise the empty data directory $PGDATA: no superuser password is set. Set POSTGRES_PASSWORD (or POSTGRES_PASSWORD_FILE, e.g. a compose secret); POSTGRES_HOST_AUTH_METHOD=trust allows connections without a password (local development only)."
  fi
}

run_initdb() {
  # --no-sync: initdb fsyncs its ~1000 files one by one; initialise() flushes the file system once at the end
  # instead (syncfs), which is as durable and saves seconds on a busy disk.
  local args=(--pgdata="$PGDATA" --username="$POSTGRES_USER" --auth-local=trust --auth-host="$HOST_AUTH" --no-instructions --no-sync)
  # shellcheck disable=SC2086 # POSTGRES_INITDB_ARGS is a list of options, split on blanks as documented.
  if [ -n "${POSTGRES_PASSWORD:-}" ]; then
    # The password reaches initdb through a pipe, never a file on disk or the command line.
    initdb "${args[@]}" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") ${POSTGRES_INITDB_ARGS:-}
  else
    initdb "${args[@]}" ${POSTGRES_INITDB_ARGS:-}
  fi
}

configure_server() {
  printf "\n# localdev: listen on every address of the container.\nlisten_addresses = '*'\n" >>"$PGDATA/postgresql.conf"
  printf '\n# localdev: other containers and published ports log in with a password (%s).\nhost all all all %s\n' \
    "$HOST_AUTH" "$HOST_AUTH" >>"$PGDATA/pg_hba.conf"
}

# psql as the superuser over the setup server's socket (trusted locally, so no password is needed).
local_psql() {
  psql -v ON_ERROR_STOP=1 --no-psqlrc --no-password --quiet --username="$POSTGRES_USER" "$@"
}

run_initdb_scripts() {
  local script
  shopt -s nullglob
  for script in "$INITDB_SCRIPTS"/*; do
    # shellcheck source=/dev/null # the user's init scripts
    case "$script" in
      *.sh) log "running $script"; if [ -x "$script" ]; then "$script"; else . "$script"; fi ;;
      *.sql) log "running $script"; local_psql --dbname="$POSTGRES_DB" -f "$script" ;;
      *.sql.gz) log "running $script"; gzip -dc "$script" | local_psql --dbname="$POSTGRES_DB" ;;
      *) log "ignoring $script (not .sh, .sql or .sql.gz)" ;;
    esac
  done
  shopt -u nullglob
}

# Creates the database and runs the init scripts on a server reachable only through a private unix socket, so no
# client connects, and no healthcheck passes, before initialisation is over. PGHOST points the init scripts'
# own psql calls at it; the port stays the server's (PGPORT, default 5432).
run_setup() {
  local had_pghost=${PGHOST+set} user_pghost=${PGHOST-}
  install -d -m 700 "$SETUP_SOCKET_DIR"
  export PGHOST=$SETUP_SOCKET_DIR
  pg_ctl --pgdata="$PGDATA" --wait --silent -o "-c listen_addresses='' -c unix_socket_directories=$SETUP_SOCKET_DIR" start
  if [ "$POSTGRES_DB" != postgres ]; then
    local_psql --dbname=postgres --set=db="$POSTGRES_DB" <<<'CREATE DATABASE :"db";'
  fi
  run_initdb_scripts
  pg_ctl --pgdata="$PGDATA" --wait --silent -m fast stop
  rmdir "$SETUP_SOCKET_DIR"
  if [ -n "$had_pghost" ]; then PGHOST=$user_pghost; else unset PGHOST; fi
}

initialise() {
  HOST_AUTH=${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}
  log "initialising a new database cluster in $PGDATA (superuser $POSTGRES_USER, database $POSTGRES_DB, host auth $HOST_AUTH)"
  [ "$HOST_AUTH" != trust ] || log "warning: POSTGRES_HOST_AUTH_METHOD=trust: anyone who reaches the port logs in without a password"
  run_initdb
  # From here on a failure leaves a cluster that is not what was asked for: mark it so no later start uses it.
  touch "$PGDATA/$INCOMPLETE_MARK"
  trap 'log "error: initialisation failed (line $LINENO); $PGDATA is marked incomplete: remove the volume and start again"' ERR
  configure_server
  run_setup
  trap - ERR
  rm -f "$PGDATA/$INCOMPLETE_MARK"
  sync -f "$PGDATA/PG_VERSION"
  log "initialisation done"
}

interrupted() {
  [ -z "$(ls -A "$PGDATA")" ] || touch "$PGDATA/$INCOMPLETE_MARK"
  log "interrupted during initialisation"
  exit 130
}

main() {
  # `docker run IMAGE -c setting=value` passes options to postgres.
  if [ $# -eq 0 ] || [ "${1:0:1}" = - ]; then set -- postgres "$@"; fi
  [ "$1" = postgres ] || exec "$@"
  [ "$(id -u)" != 0 ] || drop_root "$@"

  export POSTGRES_USER=${POSTGRES_USER:-postgres}
  export POSTGRES_DB=${POSTGRES_DB:-$POSTGRES_USER}
  has_cluster || load_password
  check_data_directory
  if has_cluster; then
    log "found a PostgreSQL $(<"$PGDATA/PG_VERSION") cluster in $PGDATA; skipping initialisation"
  else
    # PID 1 ignores signals it has no handler for: without this, `docker stop` during the first start waits out its
    # grace period. Whatever the interrupted start left behind is marked incomplete.
    trap interrupted INT TERM
    initialise
    trap - INT TERM
  fi
  # The server needs none of these; keep the password out of its environment.
  unset POSTGRES_PASSWORD POSTGRES_PASSWORD_FILE
  log "starting PostgreSQL $PG_MAJOR"
  exec "$@"
}

main "$@"
