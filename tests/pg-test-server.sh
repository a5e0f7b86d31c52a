#!/bin/sh
# A throw-away PostgreSQL server for the test suite, in a folder of its own (data, log and
# unix socket; no TCP port is opened, so several can run side by side).
#   pg-test-server.sh start DIR   initdb, start, create the test database and roles; prints
#                                 the environment the tests read (eval it)
#   pg-test-server.sh stop DIR    stop the server and delete DIR
#   pg-test-server.sh pause DIR   stop the server, keep its data (a test of a lost server)
#   pg-test-server.sh resume DIR  start it again
set -eu

COMMAND=${1:?usage: $0 start|stop|pause|resume DIR}
DIR=${2:?usage: $0 start|stop|pause|resume DIR}
PORT=${READOUT_TEST_PG_PORT:-54329}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
    echo "pg-test-server: PostgreSQL is not installed (Debian package postgresql)" >&2
    exit 1
fi

# initdb refuses to run as root: the server belongs to the postgres account then.
as_server() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

ctl() {
    as_server "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" "$@"
}

case "$COMMAND" in
start)
    mkdir -p "$DIR"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$DIR"
    fi
    as_server "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --no-sync \
        >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
    cat >>"$DIR/data/postgresql.conf" <<CONF
port = $PORT
listen_addresses = ''
unix_socket_directories = '$DIR'
fsync = off
max_connections = 100
CONF
    # One role needs a password, so that a failed login can be tested.
    cat >"$DIR/data/pg_hba.conf" <<HBA
local all readout_carol scram-sha-256
local all all trust
HBA
    ctl -w start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
    as_server "$BIN/psql" -q -X -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U postgres -d postgres <<SQL >&2
CREATE ROLE readout_admin LOGIN;
CREATE ROLE readout_alice LOGIN;
CREATE ROLE readout_bob LOGIN;
CREATE ROLE readout_carol LOGIN PASSWORD 'not-the-password-you-give';
CREATE DATABASE readout_test OWNER readout_admin;
SQL
    echo "READOUT_TEST_PG='host=$DIR port=$PORT dbname=readout_test'; export READOUT_TEST_PG"
    echo "READOUT_TEST_PG_CTL='$0 %1 $DIR'; export READOUT_TEST_PG_CTL"
    ;;
stop)
    if [ -f "$DIR/data/postmaster.pid" ]; then
        ctl -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
    ;;
pause)
    ctl -m fast -w stop >/dev/null
    ;;
resume)
    ctl -w start >/dev/null
    ;;
*)
    echo "usage: $0 start|stop|pause|resume DIR" >&2
    exit 2
    ;;
esac
