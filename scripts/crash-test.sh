#!/usr/bin/env bash
# Crash test: kill -9 the server under load, start it again, then check against PostgreSQL that
#   - every invoice the driver got a 2xx for is in the database (same id, uuid, unit, ICV),
#   - every unit's chain is whole (ICVs 1..N, each PIH the hash of the document before, the head at N),
#   - every document left PENDING by the crash is delivered after the restart (REPORTED or CLEARED).
# The driver (load/LoadDriver.java) keeps sending through the crash and the restart, recording every answer.
# Settings (environment): PORT (9187), UNITS (4), CONCURRENCY (16), KILL_AFTER (15 s of load), DURATION (120 s of
# load in all), DB (fatoora_crash), SKIP_BUILD=1. Run from the project folder: scripts/crash-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

PORT=${PORT:-9187}
UNITS=${UNITS:-4}
CONCURRENCY=${CONCURRENCY:-16}
KILL_AFTER=${KILL_AFTER:-15}
DURATION=${DURATION:-120}
DB=${DB:-fatoora_crash}
SERVER=fatoora-crash
BASE=http://localhost:$PORT
OUT=target/reliability
RECORD=$OUT/crash-record.txt
mkdir -p "$OUT"
rm -f "$RECORD"
trap 'stop_server $SERVER; restore_autovacuum' EXIT

ensure_built
log "PostgreSQL database $DB (fresh), server $SERVER on $PORT"
fresh_database
# A document in flight when the server dies stays leased to the dead request until the lease ends (by default the
# 300 s clearance window plus 120 s); shorter windows let this test see the outbox deliver them within minutes.
TIMING=(-Dfatoora.clearance.retry-window-seconds=5 -Dfatoora.outbox.lease-seconds=20
        -Dfatoora.outbox.interval-seconds=2 -Dfatoora.outbox.retry-initial-seconds=2
        -Dfatoora.outbox.retry-max-seconds=10)
start_server "$SERVER" "$PORT" "${TIMING[@]}"
tenant_with_units "$BASE" "$UNITS"
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)

log "load: mixed invoices, $CONCURRENCY clients, $DURATION s; kill -9 after $KILL_AFTER s"
driver --base "$BASE" --key "$KEY" --units "$UNIT_LIST" --kind mixed --concurrency "$CONCURRENCY" \
  --duration "$DURATION" --warmup 0 --timeout 10 --record "$RECORD" > "$OUT/crash-driver.txt" 2>&1 &
DRIVER=$!
sleep "$KILL_AFTER"
PID=$(server_pid "$SERVER")
AT_KILL=$(psql_q "SELECT count(*) FROM fg_invoice")
kill -9 "$PID"
KILLED_AT=$SECONDS
log "killed server process $PID with $AT_KILL documents stored; starting it again"
sleep 2
PENDING_AT_KILL=$(count_status PENDING)
restart_server "$SERVER" "$PORT"
RESTART_SECONDS=$((SECONDS - KILLED_AT))
log "back after $RESTART_SECONDS s ($PENDING_AT_KILL documents PENDING); load continues"
wait "$DRIVER" || true
DRAIN=$(wait_delivered 300)

load_record "$RECORD"
OK=$(count_2xx)
NO_ANSWER=$(count_no_answer)
MISSING=$(missing_2xx)
FAULTS=$(chain_faults)
PENDING=$(count_status PENDING)
OTHER=$(psql_q "SELECT count(*) FROM fg_invoice WHERE status NOT IN ('REPORTED', 'CLEARED')")
TOTAL=$(psql_q "SELECT count(*) FROM fg_invoice")
AFTER_RESTART=$((TOTAL - AT_KILL))

log "result"
{
  machine
  echo "load average before the run: $LOAD_BEFORE"
  echo "driver: $(grep -h '^| mixed' "$OUT/crash-driver.txt" || true)"
  echo "2xx answers: $OK; requests without an answer (server dead or restarting): $NO_ANSWER"
  echo "documents: $TOTAL ($AT_KILL at the kill, $AFTER_RESTART after it); $PENDING_AT_KILL PENDING right after the kill"
  echo "restart took $RESTART_SECONDS s; PENDING documents delivered $DRAIN s after the load ended; statuses: $(status_counts)"
  verdict "$MISSING" "every 2xx invoice is in the database ($MISSING of $OK missing)"
  verdict "$(printf '%s' "$FAULTS" | grep -c . || true)" "every chain is whole: ICVs 1..N, PIH links, chain heads ${FAULTS:+($FAULTS)}"
  verdict "$((PENDING + OTHER))" "every document ends REPORTED or CLEARED ($PENDING PENDING, $OTHER other)"
} | tee "$OUT/crash-result.txt"
! grep -q '^FAIL' "$OUT/crash-result.txt"
