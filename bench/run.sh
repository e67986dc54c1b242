#!/usr/bin/env bash
# Benchmarks of docs/benchmarks.md: start-up time and memory with the demo court, and the filtered
# member list (page of 20) through UI and API at city scale (about 15,000 members in 600 branches)
# on PostgreSQL, under wrk. Needs: the built jar (mvn -B package -DskipTests), PostgreSQL at
# 127.0.0.1:5432 with trust auth for postgres, and wrk (Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
JAR=target/tianping.jar
PORT=${PORT:-8093}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-8}
PG="-h 127.0.0.1 -U postgres"


echo "== start-up with the demo court (embedded H2, fresh data folder) =="
DATA=$(mktemp -d)
START=$(date +%s%N)
java -jar "$JAR" --server.port="$PORT" --tianping.data-dir="$DATA" > "$DATA/log" 2>&1 &
APP=$!
wait_up "$PORT"
READY=$(( ($(date +%s%N) - START) / 1000000 ))
grep -o 'Started Tianping in [0-9.]* seconds' "$DATA/log" || true
grep -o 'Demo court generated in [0-9]* ms' "$DATA/log" || true
echo "first request answered after ${READY} ms"
sleep 5
echo "RSS after start: $(( $(awk '/VmRSS/ {print $2}' /proc/$APP/status) / 1024 )) MB"
kill $APP; wait $APP 2>/dev/null || true
START=$(date +%s%N)
java -jar "$JAR" --server.port="$PORT" --tianping.data-dir="$DATA" > "$DATA/log2" 2>&1 &
APP=$!
wait_up "$PORT"
echo "restart on existing data: first request after $(( ($(date +%s%N) - START) / 1000000 )) ms; $(grep -o 'Started Tianping in [0-9.]* seconds' "$DATA/log2")"
kill $APP; wait $APP 2>/dev/null || true
rm -rf "$DATA"

echo "== city scale on PostgreSQL =="
dropdb $PG --if-exists tianping_bench
createdb $PG tianping_bench
TIANPING_DB_URL=jdbc:postgresql://127.0.0.1:5432/tianping_bench TIANPING_DB_USER=postgres TIANPING_DEMO=true \
  java -jar "$JAR" --spring.profiles.active=postgres --tianping.demo.scale=city --server.port="$PORT" > /tmp/tianping-bench.log 2>&1 &
APP=$!
wait_up "$PORT"
grep -o 'Demo court generated in [0-9]* ms' /tmp/tianping-bench.log || true
psql $PG tianping_bench -qc "vacuum analyze"
psql $PG tianping_bench -Atc "select 'members: ' || count(*) from member"
psql $PG tianping_bench -Atc "select 'branches: ' || count(*) from party_organization where type = 'BRANCH'"
echo "RSS with the city loaded: $(( $(awk '/VmRSS/ {print $2}' /proc/$APP/status) / 1024 )) MB"

SESSION=$(session_of admin)
OFFICE_SESSION=$(session_of office)

echo "-- warm-up"
WRK_PREFIX=/members wrk -t2 -c4 -d10s -s bench/member-list.lua -H "Cookie: JSESSIONID=$SESSION" "http://127.0.0.1:$PORT" >/dev/null
WRK_PREFIX=/api/v1/members wrk -t2 -c4 -d10s -s bench/member-list.lua -H "Authorization: Bearer demo-admin-token" "http://127.0.0.1:$PORT" >/dev/null

echo "-- UI: GET /members (HTML page of 20), admin, whole city"
WRK_PREFIX=/members wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/member-list.lua \
  -H "Cookie: JSESSIONID=$SESSION" "http://127.0.0.1:$PORT"
echo "-- UI: GET /members (HTML page of 20), Party-affairs office, one court of the city"
WRK_PREFIX=/members wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/member-list.lua \
  -H "Cookie: JSESSIONID=$OFFICE_SESSION" "http://127.0.0.1:$PORT"
echo "-- API: GET /api/v1/members (JSON page of 20), demo-admin-token, whole city"
WRK_PREFIX=/api/v1/members wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/member-list.lua \
  -H "Authorization: Bearer demo-admin-token" "http://127.0.0.1:$PORT"

kill $APP; wait $APP 2>/dev/null || true
