#!/usr/bin/env bash
# Shared helpers of the load and reliability scripts (sourced, not run): a Liberty server of this project on
# PostgreSQL, a tenant and onboarded SANDBOX EGS units made with curl, psql queries. Needs curl, psql, python3.

PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
WLP=${WLP:-target/liberty/wlp}

log() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

# json FIELD: one field of the JSON object on stdin (dotted path), printed raw
json() { python3 -c 'import json,sys
v=json.load(sys.stdin)
for k in sys.argv[1].split("."): v=v[k]
print(v)' "$1"; }

psql_q() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -At -F ' ' -c "$1"; }

fresh_database() {
  dropdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" --if-exists "$DB"
  createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$DB"
  autovacuum_on
}

# PostgreSQL as production runs it: with autovacuum. Some machines of this workplace switch it off in the server's
# configuration; then no table ever gets statistics, the gateway's prepared statements keep plans made while the
# tables were empty, and lookups slow down with every invoice (measured: 0.1 ms to 9 ms after 60,000). Switched on
# for the run (ALTER SYSTEM + reload), restored by restore_autovacuum, which each script's EXIT trap calls.
AUTOVACUUM_CHANGED=0
autovacuum_on() {
  local psql=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -Atq)
  if [ "$("${psql[@]}" -c 'SHOW autovacuum')" = off ]; then
    log "PostgreSQL has autovacuum off: switched on for this run"
    "${psql[@]}" -c "ALTER SYSTEM SET autovacuum = on" -c "SELECT pg_reload_conf()" >/dev/null
    AUTOVACUUM_CHANGED=1
  fi
}
restore_autovacuum() {
  if [ "$AUTOVACUUM_CHANGED" = 1 ]; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -Atq -c "ALTER SYSTEM RESET autovacuum" \
      -c "SELECT pg_reload_conf()" >/dev/null || true
  fi
}

# Servers are copies of the one the build defines (target/liberty/wlp/usr/servers/fatoora, made by
# `./mvnw package liberty:create liberty:deploy`; its app is the loose WAR in target/classes): each copy has its own
# name, ports, logs, data folder and JVM options, so the build's own server (the integration tests') is left alone.
ensure_built() {
  if [ "${SKIP_BUILD:-0}" = 1 ] && [ -d "$WLP/usr/servers/fatoora" ]; then
    return
  fi
  log "building the WAR and the Liberty server definition (SKIP_BUILD=1 skips this)"
  ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true liberty:create liberty:deploy >&2
}

# machine: one line for the published figures
machine() {
  printf 'machine: %s cores, %s, %s GiB RAM, %s; load average %s\n' "$(nproc)" \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" \
    "$(awk '/MemTotal/{printf "%.0f", $2/1048576}' /proc/meminfo)" \
    "$(java -version 2>&1 | head -n 2 | tail -n 1)" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

# driver ARGS...: the JDK-only load driver (load/LoadDriver.java) as a single-file source program
driver() { java -Xmx1g -XX:+UseSerialGC load/LoadDriver.java "$@"; }

# start_server NAME PORT [JVM options...]: a fresh copy named NAME on PORT (https PORT+1000), on PostgreSQL
# database $DB, calling the built-in simulator on its own port. Needs FATOORA_ADMIN_API_KEY and FATOORA_MASTER_KEY
# in the environment (two servers on one database must share both).
start_server() {
  local name=$1 port=$2; shift 2
  local dir="$WLP/usr/servers/$name"
  [ "$name" != fatoora ] || die "the build's own server is not for scripts"
  rm -rf "$dir"
  cp -r "$WLP/usr/servers/fatoora" "$dir"
  rm -rf "$dir/logs" "$dir/workarea" "$dir/tranlog" "$dir/derby.log"
  # the packaged WAR, not the build's loose application (target/classes): a rebuild during a run changes nothing
  rm -f "$dir/apps/fatoora-gateway.war.xml"
  cp target/fatoora-gateway.war "$dir/apps/fatoora-gateway.war"
  # the built-in simulator's own WAR, deployed beside it (liberty/app/simulator-on.xml), copied for the same reason
  cp target/fatoora-gateway-simulator.war "$dir/apps/fatoora-gateway-simulator.war"
  local data=${DATA_DIR:-$PWD/$dir/data}
  mkdir -p "$data" "$dir/configDropins/overrides"
  # The simulator answers inside the same server (another application, the same thread pool): every invoice request holds an executor thread while it waits
  # for a simulator call that needs another one. Liberty's executor starts with 2 threads per core and grows slowly,
  # so under load all threads end up waiting for calls no thread is left to serve (seen: 28 of 32 threads stuck
  # until the read timeout). Enough threads from the start keep the in-process simulator out of the figures.
  cat > "$dir/configDropins/overrides/executor.xml" <<XML
<server><executor coreThreads="${CORE_THREADS:-300}" maxThreads="-1"/></server>
XML
  sed -i -e "s/^http.port=.*/http.port=$port/" -e "s/^https.port=.*/https.port=$((port + 1000))/" \
         -e "s/^db.kind=.*/db.kind=postgres/" -e "s#^fatoora.data.dir=.*#fatoora.data.dir=$data#" \
         -e "s#^zatca.embedded.base-url=.*#zatca.embedded.base-url=http://localhost:$port/simulator/e-invoicing#" \
         -e "s#^fatoora.simulator.war=.*#fatoora.simulator.war=$PWD/$dir/apps/fatoora-gateway-simulator.war#" \
         "$dir/bootstrap.properties"
  # the build's server has JVM options only after the ITs ran (src/test/liberty/jvm.options); scripts need none of them
  { [ ! -f "$WLP/usr/servers/fatoora/jvm.options" ] || grep -v '^-Xm[sx]' "$WLP/usr/servers/fatoora/jvm.options" || true
    printf '%s\n' "-Xms${HEAP:-1g}" "-Xmx${HEAP:-1g}" "$@"; } \
    > "$dir/jvm.options"
  FATOORA_DB_HOST=$PG_HOST FATOORA_DB_PORT=$PG_PORT FATOORA_DB_NAME=$DB FATOORA_DB_USER=$PG_USER \
    "$WLP/bin/server" start "$name" >/dev/null || die "server $name did not start"
  wait_ready "$port" || die "server $name on $port is not ready (see $dir/logs/messages.log)"
}

# restart_server NAME PORT: starts an existing copy again (after a kill), same settings
restart_server() {
  FATOORA_DB_HOST=$PG_HOST FATOORA_DB_PORT=$PG_PORT FATOORA_DB_NAME=$DB FATOORA_DB_USER=$PG_USER \
    "$WLP/bin/server" start "$1" >/dev/null || die "server $1 did not start again"
  wait_ready "$2" || die "server $1 on $2 is not ready again"
}

wait_ready() {
  local port=$1 s
  for _ in $(seq 1 120); do
    s=$(curl -s "http://localhost:$port/health/ready" || true)
    case "$s" in *'"status":"UP"'*) return 0 ;; esac
    sleep 2
  done
  return 1
}

server_pid() { cat "$WLP/usr/servers/.pid/$1.pid"; }

stop_server() { "$WLP/bin/server" stop "$1" >/dev/null 2>&1 || true; }

# keys shared by every server of a run: generated once per run unless the caller set them
export FATOORA_ADMIN_API_KEY=${FATOORA_ADMIN_API_KEY:-fgw_admin_$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')}
export FATOORA_MASTER_KEY=${FATOORA_MASTER_KEY:-$(head -c 32 /dev/urandom | base64)}

# new_tenant BASE: creates a tenant, prints its API key
new_tenant() {
  curl -sf -X POST "$1/api/v1/admin/tenants" -H "X-API-Key: $FATOORA_ADMIN_API_KEY" \
    -H 'Content-Type: application/json' -d "{\"name\":\"load-$(date +%s%N)\"}" | json apiKey.key
}

# onboarded_unit BASE KEY FUNCTIONALITY: registers examples/egs-units/<functionality> under a unique name and
# onboards it against the simulator with a fresh OTP; prints the unit id
onboarded_unit() {
  local base=$1 key=$2 functionality=$3 file id otp
  case $functionality in 1000) file=standard-1000 ;; 0100) file=simplified-0100 ;; *) file=both-1100 ;; esac
  id=$(python3 -c 'import json,sys,uuid
d=json.load(open(sys.argv[1])); d["name"]="LOAD-"+str(uuid.uuid4()); print(json.dumps(d))' \
        "examples/egs-units/$file.json" |
      curl -sf -X POST "$base/api/v1/egs-units" -H "X-API-Key: $key" -H 'Content-Type: application/json' -d @- |
      json id) || die "EGS unit creation failed"
  otp=$(curl -sf -X POST "$base/simulator/admin/otps" -H "X-API-Key: $FATOORA_ADMIN_API_KEY" \
        -H 'Content-Type: application/json' -d '{"environment":"developer-portal"}' | json otp) || die "no OTP"
  curl -sf -X POST "$base/api/v1/egs-units/$id/onboarding" -H "X-API-Key: $key" \
    -H 'Content-Type: application/json' -d "{\"otp\":\"$otp\"}" >/dev/null || die "onboarding of unit $id failed"
  echo "$id"
}

# tenant_with_units BASE COUNT: a new tenant (KEY) with COUNT onboarded 1100 units (UNIT_LIST, comma separated)
tenant_with_units() {
  local units=()
  KEY=$(new_tenant "$1")
  for _ in $(seq 1 "$2"); do units+=("$(onboarded_unit "$1" "$KEY" 1100)"); done
  UNIT_LIST=$(IFS=,; echo "${units[*]}")
  echo "tenant with units $UNIT_LIST" >&2
}

# ---- checks against the database (PostgreSQL folds EclipseLink's unquoted names to lower case) ----

FIRST_PIH=NWZlY2ViNjZmZmM4NmYzOGQ5NTI3ODZjNmQ2OTZjNzljMmRiYzIzOWRkNGU5MWI0NjcyOWQ3M2EyN2ZiNTdlOQ==

# chain_faults: one line per broken rule of any unit's chain (ICVs 1..N without gaps or repeats, the first PIH
# the initial hash, each PIH the hash of the document before, the chain head at the last document); empty = valid
chain_faults() {
  psql_q "
    SELECT 'unit ' || egsunitid || ': ' || count(*) || ' documents but ICVs ' || min(icv) || '..' || max(icv)
      FROM fg_invoice GROUP BY egsunitid HAVING min(icv) <> 1 OR max(icv) <> count(*) OR count(DISTINCT icv) <> count(*);
    SELECT 'unit ' || d.egsunitid || ' ICV ' || d.icv || ': PIH is not the hash of ICV ' || (d.icv - 1)
      FROM fg_invoice d LEFT JOIN fg_invoice p ON p.egsunitid = d.egsunitid AND p.icv = d.icv - 1
     WHERE (d.icv = 1 AND d.previousinvoicehash <> '$FIRST_PIH')
        OR (d.icv > 1 AND (p.invoicehash IS NULL OR p.invoicehash <> d.previousinvoicehash));
    SELECT 'unit ' || c.egsunitid || ': chain head at ICV ' || c.lasticv || ' but ' || count(d.id) || ' documents'
      FROM fg_invoice_chain c LEFT JOIN fg_invoice d ON d.egsunitid = c.egsunitid
     GROUP BY c.egsunitid, c.lasticv HAVING c.lasticv <> count(d.id);"
}

# load_record FILE: the driver's record of answered invoices into table load_record (replaced)
load_record() {
  psql_q "DROP TABLE IF EXISTS load_record;
          CREATE TABLE load_record (http text, unit text, id text, uuid text, icv text, status text, number text);" >/dev/null
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -q \
    -c "\\copy load_record FROM '$1' WITH (FORMAT text, DELIMITER ' ')"
}

# missing_2xx: invoices the driver got a 2xx for that are not in the database as answered (id, uuid, unit, ICV)
missing_2xx() {
  psql_q "SELECT count(*) FROM load_record r WHERE r.http LIKE '2%' AND NOT EXISTS (
            SELECT 1 FROM fg_invoice d WHERE d.id::text = r.id AND d.uuid = r.uuid
               AND d.egsunitid::text = r.unit AND d.icv::text = r.icv)"
}

count_2xx() { psql_q "SELECT count(*) FROM load_record WHERE http LIKE '2%'"; }
count_no_answer() { psql_q "SELECT count(*) FROM load_record WHERE http = 'ERR'"; }
count_status() { psql_q "SELECT count(*) FROM fg_invoice WHERE status = '$1'"; }

# wait_delivered SECONDS: until no document is PENDING (the outbox delivers them); prints the seconds it took
wait_delivered() {
  local start=$SECONDS
  while [ "$(count_status PENDING)" != 0 ] && [ $((SECONDS - start)) -lt "$1" ]; do sleep 2; done
  echo $((SECONDS - start))
}

# status_counts: e.g. "CLEARED=120 REPORTED=118"
status_counts() { psql_q "SELECT status || '=' || count(*) FROM fg_invoice GROUP BY status ORDER BY status" | tr '\n' ' '; }

verdict() {
  if [ "$1" = 0 ]; then echo "PASS: $2"; else echo "FAIL: $2"; fi
}
