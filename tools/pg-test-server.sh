#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests (issue 19).
#   tools/pg-test-server.sh start DIR   initdb + start on a free loopback port
#   tools/pg-test-server.sh stop DIR    stop it and delete its data
#   tools/pg-test-server.sh halt DIR    stop it, keeping its data (tests of a server going away)
#   tools/pg-test-server.sh resume DIR  start a halted server again on the same port
# DIR (in the build tree) receives:
#   data/      the cluster (owned by the unprivileged user that runs it)
#   url        postgresql://stratos_admin@127.0.0.1:PORT/postgres
#   pgpass     the superuser's password, in libpq's .pgpass format: tests set
#              PGPASSFILE to it, so the password never appears in a URL
#   unavailable  instead of the above, one line saying why there is no server
#                (no PostgreSQL installed here): the tests that need it skip
#                with that reason.
# PostgreSQL refuses to run as root; when we are root the server runs as the
# `postgres` user that Debian's package creates. ctest runs `start` as a fixture
# set-up and `stop` as its clean-up, which ctest runs even when tests fail; a
# server left by a killed run is stopped by the next `start`.
set -uo pipefail
action="${1:-}"; dir="${2:-}"
if [ -z "$action" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2; exit 2
fi
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
  bindir="$(pg_config --bindir)"
else
  for d in /usr/lib/postgresql/*/bin /usr/local/opt/postgresql*/bin /opt/homebrew/opt/postgresql*/bin; do
    [ -x "$d/initdb" ] && bindir="$d"
  done
fi

as_server_user() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_server() {
  if [ -n "$bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir/data" "$dir/url" "$dir/pgpass" "$dir/sock" "$dir/opts"
}

case "$action" in
  stop)
    stop_server
    echo "PostgreSQL test server stopped"
    exit 0 ;;
  halt) # fast shutdown: sessions are ended, open transactions rolled back
    as_server_user "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || exit 1
    echo "PostgreSQL test server halted"
    exit 0 ;;
  resume)
    as_server_user "$bindir/pg_ctl" -D "$dir/data" -o "$(cat "$dir/opts")" -l "$dir/data/server.log" -w -t 60 start >/dev/null || exit 1
    echo "PostgreSQL test server resumed"
    exit 0 ;;
  start) ;;
  *) echo "usage: $0 start|stop|halt|resume DIR" >&2; exit 2 ;;
esac

stop_server
rm -f "$dir/unavailable"
unavailable() {
  echo "$1" > "$dir/unavailable"
  echo "PostgreSQL test server unavailable: $1"
  exit 0
}
[ -n "$bindir" ] || unavailable "no PostgreSQL server binaries (initdb) on this machine; make test installs Debian's postgresql"
if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
  unavailable "running as root and there is no unprivileged 'postgres' user to run the server"
fi

# A free loopback port: ask the kernel for one.
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
password="$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"

mkdir -p "$dir/data" "$dir/sock"
# The server's user must reach its data inside DIR (a private mktemp dir is 0700).
[ "$(id -u)" = "0" ] && chmod a+x "$dir"
pwfile="$(mktemp)"
printf '%s\n' "$password" > "$pwfile"
if [ "$(id -u)" = "0" ]; then
  chown postgres "$dir/data" "$dir/sock" "$pwfile"
fi
chmod 700 "$dir/data"
# Local socket: trust (only the server's user can reach it); TCP: passwords,
# as a team's server has. fsync off: the data are thrown away.
if ! as_server_user "$bindir/initdb" -D "$dir/data" -U stratos_admin --pwfile="$pwfile" \
      --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
  rm -f "$pwfile"
  cat "$dir/initdb.log" >&2
  echo "initdb failed (log above)" >&2
  exit 1
fi
rm -f "$pwfile"
opts="-p $port -c listen_addresses=127.0.0.1 -k $dir/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
if ! as_server_user "$bindir/pg_ctl" -D "$dir/data" -o "$opts" -l "$dir/data/server.log" -w -t 60 start >/dev/null; then
  cat "$dir/data/server.log" >&2
  echo "pg_ctl start failed (log above)" >&2
  exit 1
fi
printf '%s\n' "$opts" > "$dir/opts"
umask 077
printf '127.0.0.1:%s:*:stratos_admin:%s\n' "$port" "$password" > "$dir/pgpass"
printf 'postgresql://stratos_admin@127.0.0.1:%s/postgres\n' "$port" > "$dir/url"
echo "PostgreSQL test server on 127.0.0.1:$port ($("$bindir/postgres" --version))"
