#!/usr/bin/env bash
# End-to-end load: the gateway on PostgreSQL (database fatoora_load, made fresh) with the built-in simulator,
# onboarded SANDBOX units made with curl, then load/LoadDriver.java posting invoices to /api/v1/invoices:
#   1. concurrency sweep (simplified, standard, mixed; 1-line invoices)
#   2. invoice size sweep (1, 10, 100, 1000 lines)
#   3. fixed arrival rate at half the best throughput of step 1 (the p99 goal is set at that rate), RATE_DURATION
#      seconds after a 20-s warm-up of the new driver, with a per-second timeline (target/load/rate-timeline.txt)
#   4. memory: MEMORY_INVOICES invoices with the heap measured after a full GC every tenth of them
# Before step 1 the server is warmed up for WARMUP seconds (300) of mixed load: its JIT compiler takes a whole
# core for minutes after a start (measured: 45 invoices/s in the first 30 s, 130-140/s after four minutes), and the
# figures are meant to be a running server's, not a starting one's.
# Prints one table of all runs. Settings (environment): STEPS (1234), PORT (9186), UNITS (8), WARMUP (300), DURATION (20 s per row),
# CONCURRENCY (1,2,4,8,16,32), SIZE_CONCURRENCY (8), RATE (step 3's rate; unset: half the best of step 1),
# RATE_DURATION (180: long enough to include PostgreSQL's minutely autovacuum rounds), MEMORY_INVOICES (100000; 0 skips), HEAP (1g), DB
# (fatoora_load), SIMULATOR_VALIDATION (true; false: the simulator skips its XSD and schematron runs, which are the
# real Fatoora's work on its own servers, so the figures are the gateway's), SKIP_BUILD=1 to reuse the last build.
# Run from the project folder: scripts/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

PORT=${PORT:-9186}
UNITS=${UNITS:-8}
WARMUP=${WARMUP:-300}
STEPS=${STEPS:-1234} # which of steps 1-4 run, e.g. STEPS=4: the memory step alone (after the warm-up)
DURATION=${DURATION:-20}
CONCURRENCY=${CONCURRENCY:-1,2,4,8,16,32}
SIZE_CONCURRENCY=${SIZE_CONCURRENCY:-8}
MEMORY_INVOICES=${MEMORY_INVOICES:-100000}
RATE_DURATION=${RATE_DURATION:-180}
SIMULATOR_VALIDATION=${SIMULATOR_VALIDATION:-true}
DB=${DB:-fatoora_load}
SERVER=fatoora-load
BASE=http://localhost:$PORT
OUT=target/load
mkdir -p "$OUT"
rm -f "$OUT"/*.txt # an earlier run's files must not show up in this run's table
trap 'stop_server $SERVER; restore_autovacuum' EXIT

ensure_built
log "PostgreSQL database $DB (fresh), server $SERVER on $PORT"
fresh_database
# the outbox interval is shortened so a PENDING document (none expected) would not wait long
start_server "$SERVER" "$PORT" -Dfatoora.outbox.interval-seconds=2 \
  -Dzatca.simulator.validate-documents="$SIMULATOR_VALIDATION"
PID=$(server_pid "$SERVER")

log "tenant and $UNITS onboarded SANDBOX units (functionality 1100)"
tenant_with_units "$BASE" "$UNITS"
BEFORE=$(machine)
common=(--base "$BASE" --key "$KEY" --units "$UNIT_LIST" --duration "$DURATION")

log "0. warm-up: $WARMUP s of mixed invoices, 8 clients (not part of the results)"
driver "${common[@]}" --kind mixed --lines 1 --concurrency 8 --duration "$WARMUP" --warmup 0 > "$OUT/warmup.txt"
grep '^| mixed' "$OUT/warmup.txt" >&2 || true

if [[ $STEPS == *1* ]]; then
  log "1. concurrency sweep"
  driver "${common[@]}" --kind simplified --lines 1 --concurrency "$CONCURRENCY" --warmup 10 | tee "$OUT/concurrency.txt"
  driver "${common[@]}" --kind standard --lines 1 --concurrency "$CONCURRENCY" --warmup 5 | tee -a "$OUT/concurrency.txt"
  driver "${common[@]}" --kind mixed --lines 1 --concurrency "$CONCURRENCY" --warmup 5 | tee -a "$OUT/concurrency.txt"
fi

if [[ $STEPS == *2* ]]; then
  log "2. invoice size sweep"
  driver "${common[@]}" --kind mixed --lines 1,10,100,1000 --concurrency "$SIZE_CONCURRENCY" --warmup 5 \
    | tee "$OUT/size.txt"
fi

# A new driver JVM is slow for its first seconds (JIT, 100 new connections): at 200/s on a warm server, its first
# 10 s had p99 1.2 s with sends up to 445 ms late. The 20-s warm-up keeps that out of a steady-state figure.
fixed_rate() {
  log "3. fixed rate: $1 invoices/s ($2), $RATE_DURATION s"
  rm -f "$OUT/rate-timeline.raw"
  driver "${common[@]}" --kind mixed --lines 1 --rate "$1" --duration "$RATE_DURATION" --warmup 20 \
    --timeline "$OUT/rate-timeline.raw" | tee "$OUT/rate.txt"
  per_second "$OUT/rate-timeline.raw" "$RATE_DURATION" > "$OUT/rate-timeline.txt"
  echo "slowest seconds of the fixed rate (UTC time, invoices due, p50, p99, max ms):" > "$OUT/rate-worst.txt"
  sort -k5 -g "$OUT/rate-timeline.txt" | tail -n 5 >> "$OUT/rate-worst.txt"
}
# per_second RAW SECONDS: latency by the second the invoices were due, the last SECONDS seconds (the measured phase)
per_second() {
  python3 - "$1" "$2" <<'PY'
import collections, datetime, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    due, ms = line.split()[:2]
    rows[int(due) // 1000].append(float(ms))
for s in sorted(rows)[-int(sys.argv[2]):]:
    v = sorted(rows[s])
    print(datetime.datetime.fromtimestamp(s, datetime.timezone.utc).strftime("%H:%M:%S"), len(v),
          "%.1f %.1f %.1f" % (v[len(v) // 2], v[min(len(v) - 1, int(0.99 * len(v)))], v[-1]))
PY
}

if [[ $STEPS == *3* ]] && [ -n "${RATE:-}" ]; then
  fixed_rate "$RATE" "RATE"
elif [[ $STEPS == *3* ]] && [ -f "$OUT/concurrency.txt" ]; then
  # the best mixed throughput of step 1 (invoices/s is the 9th column)
  BEST=$(grep '^| mixed | 1 | c=' "$OUT/concurrency.txt" | awk -F'|' '{gsub(/ /,"",$9); print $9}' | sort -g | tail -n 1)
  fixed_rate "$(python3 -c "print(max(1, round(float('$BEST') / 2)))")" "half of the best mixed throughput, $BEST/s"
fi

if [[ $STEPS == *4* ]] && [ "$MEMORY_INVOICES" -gt 0 ]; then
  log "4. memory over $MEMORY_INVOICES invoices (live heap after a full GC: jcmd GC.class_histogram)"
  driver "${common[@]}" --kind mixed --lines 1 --concurrency 16 --warmup 0 --count "$MEMORY_INVOICES" \
    --heap-pid "$PID" --heap-every $((MEMORY_INVOICES / 10)) | tee "$OUT/memory.txt"
fi
AFTER=$(machine)

log "results"
{
  echo "before: $BEFORE"
  echo "after:  $AFTER"
  echo "server: Open Liberty, PostgreSQL $(psql_q 'SHOW server_version'), heap ${HEAP:-1g}, $UNITS units, simulator in the same JVM (document validation: $SIMULATOR_VALIDATION)"
  echo
  grep -h -m1 '^| kind' "$OUT/warmup.txt"
  grep -h -m1 '^|---' "$OUT/warmup.txt"
  for step in concurrency size rate memory; do
    if [ -f "$OUT/$step.txt" ]; then grep -h '^| [a-z]' "$OUT/$step.txt" | grep -v '^| kind'; fi
  done
  grep -h '^live heap after full GC:' "$OUT/memory.txt" 2>/dev/null || true
  cat "$OUT/rate-worst.txt" 2>/dev/null || true
  echo
  echo "documents by status: $(psql_q "SELECT status || '=' || count(*) FROM fg_invoice GROUP BY status" | tr '\n' ' ')"
} | tee "$OUT/summary.txt"
