#!/usr/bin/env bash
# Bulk submission benchmark (issue 18): the gateway on PostgreSQL (database fatoora_batch_load, made fresh) with
# the built-in simulator, UNITS onboarded SANDBOX units (1100), a warm-up batch of WARMUP_ITEMS (not reported),
# then one batch of ITEMS invoices (load/BatchLoadDriver.java) measured from the POST to its completion, with the
# server's live heap after a full GC every HEAP_EVERY seconds. Afterwards the database is checked: every unit's chain
# holds (scripts/lib.sh chain_faults) and within the batch each unit's ICVs follow the item order.
# Settings (environment): PORT (9482), UNITS (8), ITEMS (10000), WARMUP_ITEMS (4000; 0 skips), KIND (mixed),
# FORMAT (ndjson), HEAP (1g), HEAP_EVERY (10), DB (fatoora_batch_load), SIMULATOR_VALIDATION (true), SKIP_BUILD=1,
# and any fatoora.batches.* setting as JVM option in BATCH_OPTS (e.g. "-Dfatoora.batches.parallel-units=8").
# Run from the project folder: scripts/batch-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

PORT=${PORT:-9482}
UNITS=${UNITS:-8}
ITEMS=${ITEMS:-10000}
WARMUP_ITEMS=${WARMUP_ITEMS:-4000}
KIND=${KIND:-mixed}
FORMAT=${FORMAT:-ndjson}
HEAP_EVERY=${HEAP_EVERY:-10}
SIMULATOR_VALIDATION=${SIMULATOR_VALIDATION:-true}
DB=${DB:-fatoora_batch_load}
SERVER=fatoora-batch-load
BASE=http://localhost:$PORT
OUT=target/batch-load
mkdir -p "$OUT"

trap 'stop_server $SERVER; restore_autovacuum' EXIT

ensure_built
log "PostgreSQL database $DB (fresh), server $SERVER on $PORT"
fresh_database
# shellcheck disable=SC2086
start_server "$SERVER" "$PORT" -Dfatoora.outbox.interval-seconds=2 \
  -Dzatca.simulator.validate-documents="$SIMULATOR_VALIDATION" ${BATCH_OPTS:-}
PID=$(server_pid "$SERVER")

log "tenant and $UNITS onboarded SANDBOX units (functionality 1100)"
tenant_with_units "$BASE" "$UNITS"
batch() { java -Xmx512m -XX:+UseSerialGC load/BatchLoadDriver.java --base "$BASE" --key "$KEY" --units "$UNIT_LIST" \
  --kind "$KIND" --format "$FORMAT" "$@"; }

if [ "$WARMUP_ITEMS" -gt 0 ]; then
  log "warm-up: a batch of $WARMUP_ITEMS (not part of the results)"
  batch --items "$WARMUP_ITEMS" > "$OUT/warmup.txt"
  grep -E '^(batch|completed|invoices)' "$OUT/warmup.txt" >&2
fi

# CPU seconds the server process has used so far (user + system, from /proc)
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$PID/stat"; }
BEFORE=$(machine)
CPU_BEFORE=$(cpu_seconds)
log "the batch: $ITEMS items"
batch --items "$ITEMS" --heap-pid "$PID" --heap-every "$HEAP_EVERY" | tee "$OUT/batch.txt"
CPU_AFTER=$(cpu_seconds)
AFTER=$(machine)
BATCH_ID=$(grep -m1 '^batch ' "$OUT/batch.txt" | sed -E 's/^batch ([0-9]+):.*/\1/')

log "checks"
faults=$(chain_faults)
order=$(psql_q "SELECT count(*) FROM (SELECT d.icv, lag(d.icv) OVER (PARTITION BY i.egsunitid ORDER BY i.itemindex) AS prev
  FROM fg_invoice_batch_item i JOIN fg_invoice d ON d.id = i.invoiceid WHERE i.batchid = $BATCH_ID) t
  WHERE prev IS NOT NULL AND icv <> prev + 1")
{
  echo "before: $BEFORE"
  echo "after:  $AFTER"
  echo "server: Open Liberty, PostgreSQL $(psql_q 'SHOW server_version'), heap ${HEAP:-1g}, $UNITS units, simulator in the same JVM (document validation: $SIMULATOR_VALIDATION) ${BATCH_OPTS:-}"
  grep -E '^(batch|completed|invoices|server.s own|live heap after)' "$OUT/batch.txt"
  echo "server CPU for the batch: $(python3 -c "a, b, n = $CPU_BEFORE, $CPU_AFTER, $ITEMS; print('%.1f s, %.2f ms per invoice (simulator and the heap samples full collections included)' % (b - a, (b - a) * 1000 / n))")"
  echo "items of batch $BATCH_ID whose ICV does not follow the unit's previous item: $order"
  echo "chain faults: ${faults:-none}"
  echo "documents by status: $(status_counts)"
  echo "simulator PIH warnings: $(psql_q "SELECT count(*) FROM fg_invoice WHERE messages LIKE '%invalid-pih%'")"
} | tee "$OUT/summary.txt"
[ -z "$faults" ] && [ "$order" = 0 ] || die "the chain or the batch order is broken"

# COMPARE=1: the same server, units and machine, single POST /api/v1/invoices (8 clients, 60 s, mixed): its server CPU
# per invoice beside the batch's, so that the batch's own cost shows apart from the machine's load
if [ "${COMPARE:-0}" = 1 ]; then
  log "comparison: single invoices, 8 clients, 60 s"
  CPU_BEFORE=$(cpu_seconds)
  driver --base "$BASE" --key "$KEY" --units "$UNIT_LIST" --kind mixed --lines 1 --concurrency 8 --duration 60 \
    --warmup 0 | tee "$OUT/single.txt"
  CPU_AFTER=$(cpu_seconds)
  SENT=$(grep '^| mixed' "$OUT/single.txt" | awk -F'|' '{gsub(/ /,"",$6); print $6}')
  echo "single invoices: $(grep '^| mixed' "$OUT/single.txt")" | tee -a "$OUT/summary.txt"
  echo "server CPU for them: $(python3 -c "a, b, n = $CPU_BEFORE, $CPU_AFTER, int('$SENT'); print('%.1f s, %.2f ms per invoice' % (b - a, (b - a) * 1000 / n))")" \
    | tee -a "$OUT/summary.txt"
fi
