#!/usr/bin/env bash
# Console speed with 100,000 invoices in PostgreSQL (issue 20: "dashboard and invoice list answer in < 300 ms with
# 100,000 invoices"). Steps:
#   1. a server of this build on a fresh PostgreSQL database (fatoora_console), the built-in simulator beside it;
#      a tenant with UNITS onboarded SANDBOX units; SEED_SECONDS of mixed invoices issued through the API by
#      load/LoadDriver.java (real signed, reported and cleared documents: about 1,000)
#   2. those rows copied in SQL up to TOTAL invoices of that tenant: each copy a new id, ICV, invoice number,
#      UUID and idempotency key, issued up to 89 days earlier, one in a hundred REJECTED (a rare status to filter
#      on); then ANALYZE. The copies are not valid chains (they are rows to page through, not documents to verify)
#   3. signed in to /console with the tenant's key (curl, a cookie jar), each page asked for ROUNDS times after
#      WARM rounds not counted: the dashboard, the list's first page, a deep page (keyset: before the middle id),
#      the last page, by status REJECTED, by unit and a month's dates, a search by invoice number and by UUID
# Prints one table (p50, p95, max in ms, as curl's time_total: request to last byte) into target/console-bench/.
# Settings (environment): PORT (9187), UNITS (4), SEED_SECONDS (10), TOTAL (100000), ROUNDS (30), WARM (10),
# DB (fatoora_console), SKIP_BUILD=1 to reuse the last build. Run from the project folder: scripts/console-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

PORT=${PORT:-9187}
UNITS=${UNITS:-4}
SEED_SECONDS=${SEED_SECONDS:-10}
TOTAL=${TOTAL:-100000}
ROUNDS=${ROUNDS:-30}
WARM=${WARM:-10}
DB=${DB:-fatoora_console}
SERVER=fatoora-console-bench
BASE=http://localhost:$PORT
OUT=target/console-bench
rm -rf "$OUT"
mkdir -p "$OUT"
trap 'stop_server $SERVER; restore_autovacuum' EXIT

ensure_built
log "PostgreSQL database $DB (fresh), server $SERVER on $PORT"
fresh_database
start_server "$SERVER" "$PORT"

log "tenant and $UNITS onboarded SANDBOX units; $SEED_SECONDS s of mixed invoices through the API"
tenant_with_units "$BASE" "$UNITS"
java load/LoadDriver.java --base "$BASE" --key "$KEY" --units "$UNIT_LIST" --kind mixed --lines 1 \
  --concurrency 8 --duration "$SEED_SECONDS" --warmup 0 >"$OUT/seed.txt"
seeded=$(psql_q "SELECT count(*) FROM fg_invoice")
[ "$seeded" -gt 0 ] || die "no invoice was issued"
tenant=$(psql_q "SELECT DISTINCT tenantid FROM fg_invoice")
echo "issued through the API: $seeded invoices of tenant $tenant"

log "copied in SQL up to $TOTAL invoices"
psql_q "
  INSERT INTO fg_invoice (id, action, attempts, clearedxml, completedat, createdat, deadline, documenttype, egsunitid,
      environment, icv, idempotencykey, invoicehash, invoicenumber, issuedate, issuedat, lasterror, leasetoken,
      leaseuntil, messages, nextattemptat, previousinvoicehash, qr, requestdigest, route, signedxml, status, subtype,
      tenantid, updatedat, uuid, deadlinenotice)
  SELECT 1000000 + c.n * 10000 + s.rn, s.action, s.attempts, s.clearedxml, s.completedat - make_interval(days => c.n % 89),
      s.createdat - make_interval(days => c.n % 89), s.deadline - make_interval(days => c.n % 89), s.documenttype,
      s.egsunitid, s.environment, s.icv + c.n * 100000, s.idempotencykey || '-copy-' || c.n, s.invoicehash,
      s.invoicenumber || '-C' || c.n, s.issuedate - (c.n % 89), s.issuedat - make_interval(days => c.n % 89),
      s.lasterror, NULL, NULL, s.messages, NULL, s.previousinvoicehash, s.qr, s.requestdigest, s.route, s.signedxml,
      CASE WHEN (c.n + s.rn) % 100 = 0 THEN 'REJECTED' ELSE s.status END, s.subtype, s.tenantid,
      s.updatedat, gen_random_uuid()::text, s.deadlinenotice
    FROM (SELECT d.*, row_number() OVER (ORDER BY d.id) AS rn FROM fg_invoice d) s
    CROSS JOIN generate_series(1, ($TOTAL - $seeded) / $seeded + 1) AS c(n)
   WHERE s.rn + (c.n - 1) * $seeded <= $TOTAL - $seeded" >/dev/null
psql_q "ANALYZE fg_invoice" >/dev/null
count=$(psql_q "SELECT count(*) FROM fg_invoice WHERE tenantid = $tenant")
echo "the tenant has $count invoices ($(psql_q "SELECT string_agg(status || '=' || n, ' ') FROM (SELECT status, count(*) n FROM fg_invoice GROUP BY status ORDER BY status) x"))"

log "signed in to the console; $ROUNDS rounds of each page after $WARM"
JAR=$OUT/cookies
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -H "Origin: $BASE" \
  --data-urlencode "apiKey=$KEY" "$BASE/console/sign-in")
[ "$code" = 303 ] || die "sign-in answered $code"
middle=$(psql_q "SELECT id FROM fg_invoice WHERE tenantid = $tenant ORDER BY id OFFSET $((count / 2)) LIMIT 1")
last=$(psql_q "SELECT id FROM fg_invoice WHERE tenantid = $tenant ORDER BY id OFFSET 20 LIMIT 1")
unit=${UNIT_LIST%%,*}
month_from=$(psql_q "SELECT (max(issuedate) - 30)::text FROM fg_invoice")
month_to=$(psql_q "SELECT max(issuedate)::text FROM fg_invoice")
number=$(psql_q "SELECT invoicenumber FROM fg_invoice WHERE tenantid = $tenant ORDER BY id OFFSET $((count / 3)) LIMIT 1")
uuid=$(psql_q "SELECT uuid FROM fg_invoice WHERE tenantid = $tenant ORDER BY id OFFSET $((count / 4)) LIMIT 1")
pages=(
  "dashboard|dashboard"
  "invoices, first page|invoices"
  "invoices, middle page (before $middle)|invoices?before=$middle"
  "invoices, last page (before $last)|invoices?before=$last"
  "invoices, status REJECTED|invoices?status=REJECTED"
  "invoices, unit $unit, $month_from to $month_to|invoices?unit=$unit&from=$month_from&to=$month_to"
  "invoices, search by number|invoices?q=$number"
  "invoices, search by UUID|invoices?q=$uuid"
)
{
  machine
  echo "$count invoices of one tenant in PostgreSQL $(psql_q 'SHOW server_version'); $ROUNDS rounds after $WARM"
  echo
  echo "| page | HTTP | rows shown | p50 ms | p95 ms | max ms |"
  echo "|---|---|---:|---:|---:|---:|"
  for entry in "${pages[@]}"; do
    name=${entry%%|*} path=${entry#*|}
    status=$(curl -s -b "$JAR" -o "$OUT/page.html" -w '%{http_code}' "$BASE/console/$path")
    [ "$status" = 200 ] || die "$path answered $status"
    rows=$(grep -c '<tr' "$OUT/page.html" || true)
    for _ in $(seq 1 "$WARM"); do curl -s -b "$JAR" -o /dev/null "$BASE/console/$path"; done
    for _ in $(seq 1 "$ROUNDS"); do curl -s -b "$JAR" -o /dev/null -w '%{time_total}\n' "$BASE/console/$path"; done \
      | python3 -c 'import sys
t=sorted(float(x)*1000 for x in sys.stdin)
p=lambda q: t[min(len(t)-1, int(round(q*(len(t)-1))))]
print("| %s | %s | %s | %.1f | %.1f | %.1f |" % (sys.argv[1], sys.argv[2], sys.argv[3], p(0.5), p(0.95), t[-1]))' \
        "$name" "$status" "$rows"
  done
  echo
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/results.md"
