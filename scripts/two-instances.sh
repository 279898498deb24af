#!/usr/bin/env bash
# Two instances, one database: two Liberty servers (copies of the build's server definition with their own ports,
# logs and JVMs, one data folder) on one PostgreSQL database, both issuing invoices for the SAME EGS unit at the
# same time. Passes when that unit has one valid chain: ICVs 1..N without gaps or repeats, each PIH the hash of the
# document before, N the number of 2xx answers of both drivers together, and both servers issued documents.
# Both servers share FATOORA_MASTER_KEY (the unit's key is stored encrypted) and FATOORA_ADMIN_API_KEY.
# Settings (environment): PORT_A (9188), PORT_B (9189), CONCURRENCY (8 per server), DURATION (60 s), DB
# (fatoora_two), SKIP_BUILD=1. Run from the project folder: scripts/two-instances.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

PORT_A=${PORT_A:-9188}
PORT_B=${PORT_B:-9189}
CONCURRENCY=${CONCURRENCY:-8}
DURATION=${DURATION:-60}
DB=${DB:-fatoora_two}
OUT=target/reliability
mkdir -p "$OUT"
rm -f "$OUT"/two-record-*.txt
trap 'stop_server fatoora-a; stop_server fatoora-b; restore_autovacuum' EXIT

ensure_built
log "PostgreSQL database $DB (fresh), servers fatoora-a on $PORT_A and fatoora-b on $PORT_B"
fresh_database
# one data folder for both: the built-in simulator keeps its CA key there (the real Fatoora is one service too)
export DATA_DIR=$PWD/$OUT/two-data
rm -rf "$DATA_DIR"
TIMING=(-Dfatoora.outbox.interval-seconds=2 -Dfatoora.outbox.retry-initial-seconds=2)
start_server fatoora-a "$PORT_A" "${TIMING[@]}"
start_server fatoora-b "$PORT_B" "${TIMING[@]}"
KEY=$(new_tenant "http://localhost:$PORT_A")
UNIT=$(onboarded_unit "http://localhost:$PORT_A" "$KEY" 1100)
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)

log "load: unit $UNIT through both servers at once, $CONCURRENCY clients each, $DURATION s"
for s in a b; do
  port=$PORT_A; [ $s = b ] && port=$PORT_B
  driver --base "http://localhost:$port" --key "$KEY" --units "$UNIT" --kind mixed --concurrency "$CONCURRENCY" \
    --duration "$DURATION" --warmup 0 --record "$OUT/two-record-$s.txt" > "$OUT/two-driver-$s.txt" 2>&1 &
done
wait
DRAIN=$(wait_delivered 120)

cat "$OUT"/two-record-a.txt "$OUT"/two-record-b.txt > "$OUT/two-record.txt"
load_record "$OUT/two-record.txt"
OK_A=$(grep -c '^2' "$OUT/two-record-a.txt" || true)
OK_B=$(grep -c '^2' "$OUT/two-record-b.txt" || true)
OK=$(count_2xx)
REFUSED=$(grep -vc -e '^2' -e '^ERR' "$OUT/two-record.txt" || true)
TOTAL=$(psql_q "SELECT count(*) FROM fg_invoice WHERE egsunitid = $UNIT")
MAX_ICV=$(psql_q "SELECT coalesce(max(icv), 0) FROM fg_invoice WHERE egsunitid = $UNIT")
MISSING=$(missing_2xx)
FAULTS=$(chain_faults)
OTHER=$(psql_q "SELECT count(*) FROM fg_invoice WHERE status NOT IN ('REPORTED', 'CLEARED')")
WARNED=$(psql_q "SELECT count(*) FROM fg_invoice WHERE messages LIKE '%invalid-icv%' OR messages LIKE '%invalid-pih%'")

log "result"
{
  machine
  echo "load average before the run: $LOAD_BEFORE"
  echo "server a: $(grep -h '^| mixed' "$OUT/two-driver-a.txt" || true)"
  echo "server b: $(grep -h '^| mixed' "$OUT/two-driver-b.txt" || true)"
  echo "unit $UNIT: $TOTAL documents, ICV 1..$MAX_ICV; 2xx answers: $OK_A from a, $OK_B from b; other answers: $REFUSED"
  echo "statuses: $(status_counts); delivered $DRAIN s after the load; simulator chain warnings (documents reported out of ICV order across the two servers): $WARNED"
  verdict "$( [ "$OK_A" -gt 0 ] && [ "$OK_B" -gt 0 ]; echo $?)" "both servers issued documents for the unit"
  verdict "$(printf '%s' "$FAULTS" | grep -c . || true)" "one valid chain: ICVs 1..N, PIH links, chain head ${FAULTS:+($FAULTS)}"
  verdict "$(( TOTAL == OK ? MISSING : 1 ))" "the chain holds exactly the 2xx documents of both servers ($TOTAL stored, $OK answered 2xx, $MISSING missing)"
  verdict "$OTHER" "every document ends REPORTED or CLEARED ($OTHER not)"
} | tee "$OUT/two-result.txt"
! grep -q '^FAIL' "$OUT/two-result.txt"
