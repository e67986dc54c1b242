#!/usr/bin/env bash
# Benchmark of organisational life (docs/benchmarks.md), on PostgreSQL with the demo city at city scale
# (about 600 branches): five years of meetings generated in SQL (bench/life-meetings.sql), then the
# compliance calendar of every branch of the city (page and API) and of one court under wrk.
# Needs: mvn -B package -DskipTests, PostgreSQL at 127.0.0.1:5432 with trust auth for postgres, and wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
JAR=target/tianping.jar
PORT=${PORT:-8095}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-8}
DB=tianping_life_bench
PG="-h 127.0.0.1 -U postgres"
URL="jdbc:postgresql://127.0.0.1:5432/$DB"
LOG=$(mktemp -d)

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

echo "== the demo city on PostgreSQL"
dropdb $PG --if-exists "$DB"
createdb $PG "$DB"
start_app first
grep -o 'Demo organisational life generated in [0-9]* ms' "$LOG/first.log" || true

echo "== five years of meetings generated in SQL"
time psql $PG "$DB" -q -f bench/life-meetings.sql
sql "vacuum analyze"
echo "branches: $(sql "select count(*) from party_organization where type = 'BRANCH'"), groups: $(sql "select count(*) from party_organization where type = 'CELL'")"
echo "meetings: $(sql "select count(*) from meeting"), attendance records: $(sql "select count(*) from meeting_attendee")"
# one run found the city's Party groups not yet there when the meetings were generated; measure only complete data
if [ "$(sql "select count(*) from meeting where planned_by = 'bench' and type = 'CELL_MEETING'")" = 0 ]; then
  echo "no Party group meetings were generated: the demo city was not complete yet; run the script again" >&2
  stop_app; exit 1
fi
echo "meetings held this year: $(sql "select count(*) from meeting where starts_at >= date_trunc('year', current_date)")"

ADMIN=$(session_of admin)
OFFICE=$(session_of office)
echo "-- warm-up"
for cookie in "$ADMIN" "$OFFICE"; do
  WRK_PREFIX=/life/compliance wrk -t2 -c4 -d10s -s bench/life-compliance.lua -H "Cookie: JSESSIONID=$cookie" "http://127.0.0.1:$PORT" >/dev/null
done
WRK_PREFIX=/api/v1/life/compliance wrk -t2 -c4 -d10s -s bench/life-compliance.lua -H "Authorization: Bearer demo-admin-token" \
  "http://127.0.0.1:$PORT" >/dev/null

echo "-- page GET /life/compliance, platform admin: the courts of the city, each with its branches added up"
WRK_PREFIX=/life/compliance wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/life-compliance.lua \
  -H "Cookie: JSESSIONID=$ADMIN" "http://127.0.0.1:$PORT"
echo "-- API GET /api/v1/life/compliance, demo-admin-token, every branch of the city"
WRK_PREFIX=/api/v1/life/compliance wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/life-compliance.lua \
  -H "Authorization: Bearer demo-admin-token" "http://127.0.0.1:$PORT"
BIGGEST=$(sql "select court_id from party_organization where type = 'BRANCH' group by court_id order by count(*) desc, court_id limit 1")
echo "-- page GET /life/compliance?court=$BIGGEST, platform admin, the court with the most branches opened from the city"
WRK_PREFIX="/life/compliance?court=$BIGGEST" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/life-compliance.lua \
  -H "Cookie: JSESSIONID=$ADMIN" "http://127.0.0.1:$PORT"
echo "-- page GET /life/compliance, Party-affairs office of 西城, one court"
WRK_PREFIX=/life/compliance wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/life-compliance.lua \
  -H "Cookie: JSESSIONID=$OFFICE" "http://127.0.0.1:$PORT"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
stop_app
