#!/usr/bin/env bash
# A throwaway local PostgreSQL for the test suite: `start` prints its URL, `stop` removes it.
# Installs Debian's PostgreSQL with apt-get when initdb/pg_ctl are missing.
set -euo pipefail
state=${PGTEST_STATE:-/tmp/gateway-pgtest}
port=${PGTEST_PORT:-54329}

find_bin() {
  for dir in "" /usr/lib/postgresql/*/bin/; do
    if [ -z "$dir" ] && command -v "$1" >/dev/null 2>&1; then command -v "$1"; return; fi
    if [ -n "$dir" ] && [ -x "$dir$1" ]; then echo "$dir$1"; return; fi
  done
  return 1
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ensure_installed() {
  if find_bin initdb >/dev/null && find_bin pg_ctl >/dev/null; then return; fi
  echo "testdb: PostgreSQL not found; installing it with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
}

start() {
  ensure_installed
  initdb=$(find_bin initdb); pg_ctl=$(find_bin pg_ctl)
  if [ -f "$state/data/postmaster.pid" ] && as_pg "$pg_ctl" -D "$state/data" status >/dev/null 2>&1; then
    echo "postgresql://postgres@127.0.0.1:$port/postgres"; return
  fi
  rm -rf "$state"; mkdir -p "$state"
  [ "$(id -u)" = 0 ] && chown postgres "$state"
  as_pg "$initdb" -D "$state/data" -U postgres --auth=trust -E UTF8 >/dev/null
  as_pg "$pg_ctl" -D "$state/data" -l "$state/log" -w -o "-p $port -k $state -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  echo "postgresql://postgres@127.0.0.1:$port/postgres"
}

stop() {
  pg_ctl=$(find_bin pg_ctl) || exit 0
  if [ -d "$state/data" ]; then as_pg "$pg_ctl" -D "$state/data" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$state"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
