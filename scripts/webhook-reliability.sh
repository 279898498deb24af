#!/usr/bin/env bash
# Webhook reliability (issue 18): deliveries survive kill -9, and two instances on one PostgreSQL deliver every
# event. With a real receiver (scripts/WebhookReceiver.java, verifying every signature):
#   1. server A on a fresh database; a tenant, an onboarded unit, a webhook for invoice.reported whose receiver is
#      NOT running yet; N simplified invoices are reported, so N deliveries are pending and failing (connection
#      refused); A is killed with kill -9, the receiver starts, A starts again: every one of the N events arrives,
#      signed, none lost
#   2. server B joins on the same database; M more invoices through A and B at once: every event arrives at least
#      once (receivers dedupe on webhook-id; duplicates are counted and shown)
# The events feed (/api/v1/events) is the reference: every invoice.reported event in it must reach the receiver.
# Settings (environment): PORT_A (9194), PORT_B (9195), RECEIVER_PORT (9196), N (30), M (120), DB (fatoora_webhooks),
# SKIP_BUILD=1. Run from the project folder: scripts/webhook-reliability.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

PORT_A=${PORT_A:-9194}
PORT_B=${PORT_B:-9195}
RECEIVER_PORT=${RECEIVER_PORT:-9196}
N=${N:-30}
M=${M:-120}
DB=${DB:-fatoora_webhooks}
OUT=target/reliability
RECEIVED=$OUT/webhooks-received.txt
mkdir -p "$OUT"
rm -f "$RECEIVED"
RECEIVER=""
trap 'stop_server fatoora-wa; stop_server fatoora-wb; [ -z "$RECEIVER" ] || kill "$RECEIVER" 2>/dev/null; restore_autovacuum' EXIT

ensure_built
log "PostgreSQL database $DB (fresh), server fatoora-wa on $PORT_A"
fresh_database
export DATA_DIR=$PWD/$OUT/webhooks-data
rm -rf "$DATA_DIR"
# http to the receiver on 127.0.0.1 only; retries within minutes instead of hours; a dead instance's lease lapses
# after 10 s
TIMING=(-Dfatoora.webhooks.allow-http=true -Dfatoora.webhooks.allowed-networks=127.0.0.1/32
        -Dfatoora.webhooks.retry-schedule=PT2S,PT3S,PT5S,PT10S,PT20S,PT30S,PT60S -Dfatoora.webhooks.lease=PT10S)
start_server fatoora-wa "$PORT_A" "${TIMING[@]}"
A=http://localhost:$PORT_A
KEY=$(new_tenant "$A")
UNIT=$(onboarded_unit "$A" "$KEY" 1100)
SECRET=$(curl -sf -X POST "$A/api/v1/webhooks" -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
  -d "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hook\",\"events\":[\"invoice.reported\"]}" | json secret) \
  || die "webhook registration failed"

# issue COUNT BASE...: COUNT simplified invoices, spread over the given servers, 4 at a time
issue() {
  local count=$1; shift
  local bases=("$@")
  for i in $(seq 1 "$count"); do
    local base=${bases[$((i % ${#bases[@]}))]}
    python3 -c 'import json,sys,uuid
d=json.load(open("examples/invoices/simplified-invoice.json")); d.pop("issueDate",None); d.pop("issueTime",None)
d["id"]="WH-"+str(uuid.uuid4()); d["egsUnitId"]=int(sys.argv[1]); print(json.dumps(d))' "$UNIT" |
      curl -s -o /dev/null -w '%{http_code}\n' -X POST "$base/api/v1/invoices" -H "X-API-Key: $KEY" \
        -H 'Content-Type: application/json' -d @- &
    if (( i % 4 == 0 )); then wait; fi
  done
  wait
}

# expected: the invoice.reported event ids in the feed; arrived: the distinct verified ids the receiver got
expected_ids() {
  curl -sf "$A/api/v1/events?types=invoice.reported&limit=1000" -H "X-API-Key: $KEY" |
    python3 -c 'import json,sys; [print(e["id"]) for e in json.load(sys.stdin)["events"]]' | sort
}
arrived_ids() { [ -f "$RECEIVED" ] && grep '^verified ' "$RECEIVED" | cut -d' ' -f2 | sort -u || true; }

# await_all COUNT SECONDS: until the feed has COUNT events and every one of them arrived
await_all() {
  local count=$1 deadline=$((SECONDS + $2))
  while (( SECONDS < deadline )); do
    if [ "$(expected_ids | wc -l)" -ge "$count" ] && [ -z "$(comm -23 <(expected_ids) <(arrived_ids))" ]; then
      return 0
    fi
    sleep 2
  done
  return 1
}

log "1. $N invoices while the receiver is down, then kill -9"
issue "$N" "$A" | sort | uniq -c >&2
sleep 3
PENDING=$(psql_q "SELECT count(*) FROM fg_webhook_delivery WHERE status = 'PENDING'")
ATTEMPTED=$(psql_q "SELECT count(*) FROM fg_webhook_delivery WHERE attempts > 0")
kill -9 "$(server_pid fatoora-wa)"
log "killed fatoora-wa with $PENDING deliveries pending ($ATTEMPTED of them tried and refused); receiver up, restart"
java scripts/WebhookReceiver.java "$RECEIVER_PORT" "$SECRET" "$RECEIVED" > "$OUT/webhooks-receiver.txt" 2>&1 &
RECEIVER=$!
restart_server fatoora-wa "$PORT_A"
await_all "$N" 180 || die "after the restart not every event arrived: $(comm -23 <(expected_ids) <(arrived_ids) | wc -l) missing"
[ "$PENDING" -ge "$N" ] || die "only $PENDING deliveries were pending at the kill; the test proves nothing"
echo "kill -9: $N of $N events delivered after the restart ($PENDING were pending at the kill)"

log "2. fatoora-wb joins on the same database; $M invoices through both"
start_server fatoora-wb "$PORT_B" "${TIMING[@]}"
issue "$M" "$A" "http://localhost:$PORT_B" | sort | uniq -c >&2
await_all "$((N + M))" 180 || die "with two instances not every event arrived: $(comm -23 <(expected_ids) <(arrived_ids) | wc -l) missing"
TOTAL=$(grep -c '^verified ' "$RECEIVED")
DISTINCT=$(arrived_ids | wc -l)
UNVERIFIED=$(grep -vc '^verified ' "$RECEIVED" || true)
[ "$UNVERIFIED" = 0 ] || die "$UNVERIFIED deliveries did not verify"
echo "two instances: $DISTINCT of $((N + M)) events delivered, $((TOTAL - DISTINCT)) duplicate deliveries, every signature verified"
machine
