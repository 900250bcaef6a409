#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1:${PGPORT:-54329} for the test suite and prints
# the DATABASE_URL to use. Used by .ci/run and by developers (Debian package `postgresql`).
set -euo pipefail
PGPORT=${PGPORT:-54329}
PGDIR=${PGDIR:-/tmp/tuoyu-pg}
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if ! pg_isready -h 127.0.0.1 -p "$PGPORT" -q 2>/dev/null; then
  rm -rf "$PGDIR"
  mkdir -p "$PGDIR"
  chown postgres "$PGDIR" 2>/dev/null || true
  as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
  as_pg "$BIN/initdb -D $PGDIR/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  as_pg "$BIN/pg_ctl -D $PGDIR/data -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' -l $PGDIR/log -w start" >/dev/null
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "create database tuoyu_test" >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$PGPORT/tuoyu_test"
