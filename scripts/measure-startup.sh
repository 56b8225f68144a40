#!/usr/bin/env bash
# Measures the start-up time of the packaged jar on the embedded default: a first start on an empty data
# directory (PostgreSQL initdb, all migrations, demo data) and a second start on the same directory.
# Usage: mvn -DskipTests package && scripts/measure-startup.sh [runs]
set -euo pipefail
export LANG=C.UTF-8
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=target/sen.jar
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 2; }

start_once() { # $1 = data dir; prints seconds until the application reports it has started
  local log; log=$(mktemp)
  local t0; t0=$(date +%s.%N)
  SEN_DATA_DIR="$1" SEN_PORT=18080 SEN_EMBEDDED_DB_PORT=15499 java -jar "$jar" >"$log" 2>&1 &
  local pid=$!
  until grep -q "Started SenApplication" "$log"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  local t1; t1=$(date +%s.%N)
  local reported; reported=$(grep -o "Started SenApplication in [0-9.]* seconds" "$log" | grep -o "[0-9.]*" | head -1)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
  printf '%.1f (JVM-reported %s)\n' "$(echo "$t1 - $t0" | bc)" "$reported"
}

for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  printf 'run %d, empty data dir: ' "$i"; start_once "$dir"
  printf 'run %d, existing data:  ' "$i"; start_once "$dir"
  rm -rf "$dir"
done
