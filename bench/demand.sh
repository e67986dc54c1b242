#!/usr/bin/env bash
# Benchmarks of the demand module (docs/benchmarks.md), on PostgreSQL with the demo city:
#  1. intake: 12345 work orders through POST /api/v1/demands under wrk, and in batches of 100
#     (POST /api/v1/demands/batch), beside plain JDBC inserting every row a work order leaves
#     (court.tianping.bench.RawDemandInsert) one demand and 100 demands per transaction, in the same run;
#  2. figures: the statistics page and the 三率 API over DEMANDS generated demands (bench/demands.sql).
# Needs: mvn -B package -DskipTests (the jar and the compiled benchmark class), PostgreSQL at
# 127.0.0.1:5432 with trust auth for postgres, and wrk (Debian package).
# FIGURES_ONLY=1 measures the figures again on the database an earlier run left (after a change).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
JAR=target/tianping.jar
PORT=${PORT:-8094}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-8}
DEMANDS=${DEMANDS:-1000000}
DB=tianping_demand_bench
PG="-h 127.0.0.1 -U postgres"
URL="jdbc:postgresql://127.0.0.1:5432/$DB"
LOG=$(mktemp -d)

mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/bench-classpath -Dmdep.includeScope=test


start_app() {
  TIANPING_DB_URL="$URL" TIANPING_DB_USER=postgres TIANPING_DEMO=true \
    java -jar "$JAR" --spring.profiles.active=postgres --tianping.demo.scale=city --server.port="$PORT" > "$LOG/$1.log" 2>&1 &
  APP=$!
  wait_up
}

stop_app() {
  kill $APP; wait $APP 2>/dev/null || true
}

sql() {
  psql $PG "$DB" -Atc "$1"
}


if [ "${FIGURES_ONLY:-0}" != 1 ]; then
echo "== the demo city on PostgreSQL"
dropdb $PG --if-exists "$DB"
createdb $PG "$DB"
start_app first
sql "vacuum analyze"
export WRK_COURT WRK_STREET WRK_CATEGORY WRK_RUN
WRK_COURT=$(sql "select id from court where name = '北京市西城区人民法院'")
WRK_STREET=$(sql "select id from street where name = '西长安街街道'")
WRK_CATEGORY=$(sql "select id from dispute_category where court_id = $WRK_COURT and name = '物业服务'")

echo "== intake: POST /api/v1/demands, a 12345 work order each, $CONNECTIONS connections"
WRK_RUN=warm wrk -t2 -c4 -d10s -s bench/demand-intake.lua -H "Authorization: Bearer demo-admin-token" "http://127.0.0.1:$PORT" >/dev/null
WRK_RUN=run wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/demand-intake.lua \
  -H "Authorization: Bearer demo-admin-token" "http://127.0.0.1:$PORT"
echo "== intake in batches: POST /api/v1/demands/batch, 100 work orders each, 2 connections"
WRK_RUN=batch wrk -t2 -c2 -d"${DURATION}s" --latency -s bench/demand-batch.lua \
  -H "Authorization: Bearer demo-admin-token" "http://127.0.0.1:$PORT"
SAMPLE=$(sql "select max(id) from demand where external_ref like 'run-%'")
echo "a work order as the API leaves it: $(sql "select state from demand where id = $SAMPLE"), \
$(sql "select count(*) from demand_step where demand = $SAMPLE") steps, $(sql "select count(*) from demand_deadline where demand = $SAMPLE") deadlines"
echo "== the same rows through plain JDBC, one transaction per demand, $CONNECTIONS connections"
java -cp "target/test-classes:$(cat target/bench-classpath)" court.tianping.bench.RawDemandInsert "$URL" "$SAMPLE" "$CONNECTIONS" "$DURATION"
echo "== the same rows through plain JDBC, 100 demands per transaction, 2 connections (beside the batch endpoint)"
java -cp "target/test-classes:$(cat target/bench-classpath)" court.tianping.bench.RawDemandInsert "$URL" "$SAMPLE" 2 "$DURATION" 100
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
stop_app

echo "== $DEMANDS demands generated in SQL"
time psql $PG "$DB" -q -v n="$DEMANDS" -f bench/demands.sql
sql "vacuum analyze"
echo "demands: $(sql "select count(*) from demand")"
fi
export WRK_COURT
WRK_COURT=$(sql "select id from court where name = '北京市西城区人民法院'")
start_app second
grep -o 'Demand figures rebuilt from [0-9]* demands in [0-9]* ms' "$LOG/second.log" || true
sql "vacuum analyze"
echo "tally rows: $(sql "select count(*) from demand_tally")"
OFFICE=$(session_of office)
ADMIN=$(session_of admin)
SECRETARY=$(session_of secretary)

echo "-- warm-up"
for cookie in "$OFFICE" "$ADMIN" "$SECRETARY"; do
  WRK_PREFIX=/demands/figures wrk -t2 -c4 -d10s -s bench/demand-figures.lua -H "Cookie: JSESSIONID=$cookie" "http://127.0.0.1:$PORT" >/dev/null
done
figures() {
  local connections=$1
  echo "-- page GET /demands/figures, Party-affairs office of 西城 ($(sql "select count(*) from demand where court_id = $WRK_COURT") demands), $connections connections"
  WRK_PREFIX=/demands/figures wrk -t1 -c"$connections" -d"${DURATION}s" --latency -s bench/demand-figures.lua \
    -H "Cookie: JSESSIONID=$OFFICE" "http://127.0.0.1:$PORT"
  echo "-- page GET /demands/figures, a branch secretary, $connections connections"
  WRK_PREFIX=/demands/figures wrk -t1 -c"$connections" -d"${DURATION}s" --latency -s bench/demand-figures.lua \
    -H "Cookie: JSESSIONID=$SECRETARY" "http://127.0.0.1:$PORT"
  echo "-- page GET /demands/figures, platform admin, the whole city, $connections connections"
  WRK_PREFIX=/demands/figures wrk -t1 -c"$connections" -d"${DURATION}s" --latency -s bench/demand-figures.lua \
    -H "Cookie: JSESSIONID=$ADMIN" "http://127.0.0.1:$PORT"
  echo "-- API GET /api/v1/demands/figures, demo-admin-token, the whole city, $connections connections"
  WRK_PREFIX=/api/v1/demands/figures wrk -t1 -c"$connections" -d"${DURATION}s" --latency -s bench/demand-figures.lua \
    -H "Authorization: Bearer demo-admin-token" "http://127.0.0.1:$PORT"
}
figures 1
figures "$CONNECTIONS"
stop_app
