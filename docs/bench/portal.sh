# Sourced by the benchmarks that need one portal: starts the packaged portal (built if missing,
# or JAR=other.jar) with a fresh data directory and the account bench / bench-password on
# LOCAL_PORT and PORTAL_PORT, waits until it is ready, and stops it and removes WORK on exit.
# Sets WORK (a temporary directory) and APP (the portal's pid). JAVA_OPTS are passed to java.
WORK=$(mktemp -d)
APP=
cleanup() {
	rc=$?
	[[ -n "$APP" ]] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null
	rm -rf "$WORK"
	exit "$rc"
}
trap cleanup EXIT

jar=${JAR:-$(ls target/imagegate-*.jar 2>/dev/null | head -1 || true)}
if [[ -z "$jar" ]]; then
	./mvnw -B -q -DskipTests package
	jar=$(ls target/imagegate-*.jar | head -1)
fi
java ${JAVA_OPTS:-} -jar "$jar" --imagegate.local.port="$LOCAL_PORT" --server.port="$PORTAL_PORT" \
	--imagegate.local.data-dir="$WORK/data" \
	--imagegate.security.users[0].name=bench --imagegate.security.users[0].password=bench-password \
	>"$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORTAL_PORT/actuator/health/readiness" >/dev/null; do
	kill -0 "$APP" 2>/dev/null || { echo "the portal exited; its log:" >&2; cat "$WORK/app.log" >&2; exit 1; }
	sleep 0.5
done
