#!/bin/bash
# Runs IncomingLoadBenchmark scenarios against a Sen started as in docs/benchmarks.md (HTTP 18080, embedded
# PostgreSQL on data directory $SEN_BENCH_DIR, default /tmp/sen-bench) and reports, besides the driver's figures, the
# load average and the CPU time the application JVM and its PostgreSQL used during each run: on a shared machine the
# CPU per request compares versions better than throughput. One JFR recording per scenario goes to $OUT.
#
# With DRIVER=wrk the GET scenarios are replayed by wrk (scripts/wrk-requests.lua) from the requests the Java driver
# prints, so the load generator takes a few per cent of a core instead of a quarter of the machine; the CPU is then
# counted over the measured window only (after a 10 s warm-up).
#
# usage: scripts/bench-incoming.sh <app-pid> <label> scenario:users ...   (e.g. 12345 after auth:32 register:16)
set -euo pipefail
PID=$1; LABEL=$2; shift 2
DATA=${SEN_BENCH_DIR:-/tmp/sen-bench}; OUT=${OUT:-/tmp}; SECONDS_MEASURED=${SECONDS_MEASURED:-20}
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
ticks() { # CPU ticks (1/100 s) of the JVM and of the PostgreSQL server with its backends (exited ones included)
  local pgm t=0 p
  pgm=$(pgrep -f "postgres -D $DATA/pg")
  for p in $PID $(pgrep -P "$pgm"); do
    [ -r /proc/$p/stat ] && t=$((t + $(awk '{print $14+$15}' /proc/$p/stat)))
  done
  echo $((t + $(awk '{print $14+$15+$16+$17}' /proc/$pgm/stat)))
}
for s in "$@"; do
  sc=${s%%:*}; users=${s##*:}
  echo "== $LABEL $sc, $users users; load before: $(uptime | sed 's/.*load average: //')"
  jcmd "$PID" JFR.start name="$LABEL-$sc" settings=profile filename="$OUT/$LABEL-$sc.jfr" > /dev/null
  if [ "${DRIVER:-java}" = wrk ] && [ "$sc" != register ]; then
    java -cp "$CP" vn.sen.bench.IncomingLoadBenchmark http://localhost:18080 "$sc" --print 20000 > "$OUT/$sc.tsv"
    wrk -t2 -c"$users" -d10s -s scripts/wrk-requests.lua http://localhost:18080 -- "$OUT/$sc.tsv" > /dev/null
    t0=$(ticks); w0=$(date +%s.%N)
    out="$sc, $users users: $(wrk -t2 -c"$users" -d"${SECONDS_MEASURED}s" -s scripts/wrk-requests.lua \
      http://localhost:18080 -- "$OUT/$sc.tsv" | tail -1)"
    t1=$(ticks); w1=$(date +%s.%N); overhead=0
  else
    t0=$(ticks); w0=$(date +%s.%N)
    out=$(java -cp "$CP" vn.sen.bench.IncomingLoadBenchmark http://localhost:18080 "$sc" "$users" "$SECONDS_MEASURED" | tail -1)
    t1=$(ticks); w1=$(date +%s.%N); overhead=3
  fi
  jcmd "$PID" JFR.stop name="$LABEL-$sc" > /dev/null
  echo "$out"
  # CPU over the whole run (driver start, log-ins, 10 s warm-up, measure) divided by the requests it would answer at
  # the measured rate in that time: an approximation, the same for every version.
  python3 -c "
import re; r=int(re.search(r'= (\d+)/s', '''$out''').group(1)); cpu=($t1-$t0)/100; wall=$w1-$w0
print(f'   app+PostgreSQL CPU {cpu:.1f} s in {wall:.0f} s, ~{1000*cpu/(r*(wall-$overhead)):.1f} ms per request')"
  echo "   load after: $(uptime | sed 's/.*load average: //')"
done
