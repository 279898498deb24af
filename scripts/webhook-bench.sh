#!/usr/bin/env bash
# Webhook benchmark (issue 18; docs/benchmarks.md "Webhooks"), the gateway on PostgreSQL with the built-in simulator
# and the receiver scripts/WebhookReceiver.java on the same machine (verifying every signature):
#   1. lag: simplified invoices at RATE per second for DURATION s (load/LoadDriver.java, UNITS units); the lag of
#      each invoice.reported event from its time (when Fatoora's answer was recorded) to its arrival at the
#      receiver: p50, p99, max; and the rate the gateway actually sustained
#   2. throughput: ENDPOINTS endpoints are switched off, INVOICES invoices issued, then all switched on at once:
#      ENDPOINTS x INVOICES deliveries drained; deliveries per second from the first arrival to the last
# Settings (environment): PORT (9197), RECEIVER_PORT (9198), UNITS (4), RATE (200), DURATION (60), WARMUP (60 s of
# load before step 1), ENDPOINTS (10), RECEIVERS (one JVM for every endpoint, or each: a JVM per endpoint), INVOICES (1000), DB (fatoora_webhook_bench), SIMULATOR_VALIDATION (true),
# SKIP_BUILD=1. Run from the project folder: scripts/webhook-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

PORT=${PORT:-9197}
RECEIVER_PORT=${RECEIVER_PORT:-9198}
UNITS=${UNITS:-4}
RATE=${RATE:-200}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-60}
ENDPOINTS=${ENDPOINTS:-10}
RECEIVERS=${RECEIVERS:-one} # one: a receiver JVM for all endpoints; each: one JVM per endpoint (the first figures)
INVOICES=${INVOICES:-1000}
SIMULATOR_VALIDATION=${SIMULATOR_VALIDATION:-true}
DB=${DB:-fatoora_webhook_bench}
SERVER=fatoora-whbench
BASE=http://localhost:$PORT
OUT=target/webhook-bench
mkdir -p "$OUT"
rm -f "$OUT"/*.txt
RECEIVER=""
trap 'stop_server $SERVER; [ -z "$RECEIVER" ] || kill "$RECEIVER" 2>/dev/null; restore_autovacuum' EXIT

ensure_built
log "PostgreSQL database $DB (fresh), server $SERVER on $PORT"
fresh_database
start_server "$SERVER" "$PORT" -Dfatoora.outbox.interval-seconds=2 \
  -Dzatca.simulator.validate-documents="$SIMULATOR_VALIDATION" \
  -Dfatoora.webhooks.allow-http=true -Dfatoora.webhooks.allowed-networks=127.0.0.1/32
tenant_with_units "$BASE" "$UNITS"

# register URL EVENTS-JSON: prints the new endpoint's "id secret"
register() {
  curl -sf -X POST "$BASE/api/v1/webhooks" -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
    -d "{\"url\":\"$1\",\"events\":$2}" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["id"], d["secret"])'
}
enable() {
  curl -sf -X PATCH "$BASE/api/v1/webhooks/$1" -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
    -d "{\"enabled\":$2}" >/dev/null
}

# each endpoint has its own secret, so each gets its own receiver (and port)
read -r LAG_ID SECRET < <(register "http://127.0.0.1:$RECEIVER_PORT/lag" '["invoice.reported"]')
java -Xmx512m scripts/WebhookReceiver.java "$RECEIVER_PORT" "$SECRET" "$OUT/lag-received.txt" > "$OUT/receiver.txt" 2>&1 &
RECEIVER=$!
sleep 3

log "warm-up: $WARMUP s of simplified invoices"
driver --base "$BASE" --key "$KEY" --units "$UNIT_LIST" --kind simplified --concurrency 8 --duration "$WARMUP" \
  --warmup 0 > "$OUT/warmup-driver.txt" 2>&1
sleep 5
: > "$OUT/lag-received.txt"
BEFORE=$(machine)

log "1. lag: $RATE invoices/s for $DURATION s"
driver --base "$BASE" --key "$KEY" --units "$UNIT_LIST" --kind simplified --rate "$RATE" --duration "$DURATION" \
  --warmup 0 --max-in-flight 256 > "$OUT/lag-driver.txt" 2>&1
sleep 10
python3 - "$OUT/lag-received.txt" "$DURATION" <<'PY' | tee "$OUT/lag-summary.txt"
import sys
lags = sorted(int(l.split("lag=")[1]) for l in open(sys.argv[1]) if l.startswith("verified "))
bad = sum(1 for l in open(sys.argv[1]) if not l.startswith("verified "))
def p(q): return lags[min(len(lags) - 1, max(0, int(round(q / 100 * len(lags))) - 1))]
print(f"events received {len(lags)} ({len(lags) / int(sys.argv[2]):.0f}/s over the run), not verified {bad}; "
      f"lag ms p50 {p(50)} p90 {p(90)} p99 {p(99)} max {lags[-1]}")
PY
grep -E "throughput|invoices/s|p99|2xx" "$OUT/lag-driver.txt" | head -5 || true

log "2. throughput: $ENDPOINTS endpoints off, $INVOICES invoices, endpoints on"
kill "$RECEIVER"; RECEIVER=""
enable "$LAG_ID" false
PIDS=()
IDS=()
ENDPOINT_ARGS=()
for i in $(seq 1 "$ENDPOINTS"); do
  port=$((RECEIVER_PORT + i))
  read -r id secret < <(register "http://127.0.0.1:$port/t$i" '["invoice.reported"]')
  enable "$id" false
  IDS+=("$id")
  ENDPOINT_ARGS+=("$port" "$secret" "$OUT/throughput-$i.txt")
  if [ "$RECEIVERS" = each ]; then
    java -Xmx256m -XX:+UseSerialGC scripts/WebhookReceiver.java "$port" "$secret" "$OUT/throughput-$i.txt" \
      > "$OUT/receiver-$i.txt" 2>&1 &
    PIDS+=($!)
  fi
done
if [ "$RECEIVERS" != each ]; then
  # one JVM serves every endpoint (each its own port and secret): the receivers' own cost stays one process's
  java -Xmx512m scripts/WebhookReceiver.java "${ENDPOINT_ARGS[@]}" > "$OUT/receiver-all.txt" 2>&1 &
  PIDS+=($!)
  sleep 3 # its start, before any delivery is due
fi
driver --base "$BASE" --key "$KEY" --units "$UNIT_LIST" --kind simplified --concurrency 8 --count "$INVOICES" \
  --warmup 0 > "$OUT/throughput-driver.txt" 2>&1
EXPECTED=$((ENDPOINTS * INVOICES))
START_MS=$(date +%s%3N)
for id in "${IDS[@]}"; do enable "$id" true; done
for _ in $(seq 1 600); do
  got=$(cat "$OUT"/throughput-*.txt 2>/dev/null | grep -c '^verified ' || true)
  [ "$got" -ge "$EXPECTED" ] && break
  sleep 0.5
done
END_MS=$(date +%s%3N)
for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
got=$(cat "$OUT"/throughput-*.txt | grep -c '^verified ' || true)
echo "deliveries: $got of $EXPECTED in $((END_MS - START_MS)) ms from switching the endpoints on:" \
  "$(( got * 1000 / (END_MS - START_MS) )) deliveries/s" | tee "$OUT/throughput-summary.txt"
echo "before: $BEFORE"
machine
