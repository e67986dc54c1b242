# Shared by the benchmark scripts: waiting for Tianping to answer and signing in. Needs PORT.

wait_up() {
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && return 0
    sleep 0.5
  done
  echo "Tianping did not start on port $PORT" >&2; return 1
}

# Signs in through the login form and prints the session id.
session_of() {
  local jar
  jar=$(mktemp)
  curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/login" -o "$jar.html"
  local csrf
  csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$jar.html" | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=Tianping@2026&_csrf=$csrf" "http://127.0.0.1:$PORT/login"
  awk '/JSESSIONID/ {print $7}' "$jar"
  rm -f "$jar" "$jar.html"
}
