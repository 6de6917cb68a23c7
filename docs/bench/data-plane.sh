#!/usr/bin/env bash
# The local cloud's S3 data plane against a standalone S3Mock of the same version, side by side
# in one run (the machine is shared: only ratios taken together mean something). On demand,
# not a test. Needs: java 17+, wrk and the AWS CLI (apt-get install -y wrk awscli), curl, python3.
#
#   docs/bench/data-plane.sh                 # 3 rounds of 10 s per target, 16 connections
#   ROUNDS=5 DURATION=10s docs/bench/data-plane.sh
#   SOAK=30s docs/bench/data-plane.sh        # then 64 connections through the invoke URL for 30 s
#   JAR=other.jar docs/bench/data-plane.sh   # another build (e.g. an older commit's), same reference
#
# Targets, all serving the same ~300 KB JPEG:
#   s3mock   a standalone S3Mock (its own Spring Boot application and Tomcat), run from the
#            jars Maven resolved for this project (S3Mock's own dependency tree, same versions)
#   s3       the local cloud's S3 GET, presigned (S3Mock in process behind the local cloud's port)
#   api      the same object through an imagegate API's invoke URL
set -euo pipefail

cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
LOCAL_PORT=${LOCAL_PORT:-4598}
PORTAL_PORT=${PORTAL_PORT:-8098}
S3MOCK_PORT=${S3MOCK_PORT:-9098}
WORK=$(mktemp -d)
PIDS=()
cleanup() {
	rc=$?
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
	rm -rf "$WORK"
	exit "$rc"
}
trap cleanup EXIT

jar=${JAR:-$(ls target/imagegate-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)}
if [[ -z "$jar" ]]; then
	./mvnw -B -q -DskipTests package
	jar=$(ls target/imagegate-*.jar | grep -v -- '-plain' | head -1)
fi

# S3Mock's own dependency tree, resolved by Maven with the versions this project builds with.
s3mock_version=$(sed -n 's:.*<s3mock.version>\(.*\)</s3mock.version>.*:\1:p' pom.xml)
boot_version=$(sed -n '/<artifactId>spring-boot-starter-parent/{n;s:.*<version>\(.*\)</version>.*:\1:p}' pom.xml)
kotlin_version=$(sed -n 's:.*<kotlin.version>\(.*\)</kotlin.version>.*:\1:p' pom.xml)
mkdir -p "$WORK/s3mock"
cat >"$WORK/s3mock/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
    <version>$boot_version</version><relativePath/></parent>
  <groupId>bench</groupId><artifactId>s3mock-reference</artifactId><version>1</version>
  <properties><kotlin.version>$kotlin_version</kotlin.version></properties>
  <dependencies><dependency><groupId>com.adobe.testing</groupId><artifactId>s3mock</artifactId>
    <version>$s3mock_version</version></dependency></dependencies>
</project>
EOF
./mvnw -B -q -f "$WORK/s3mock/pom.xml" dependency:build-classpath -Dmdep.outputFile="$WORK/s3mock/cp.txt" >/dev/null

echo "== starting a standalone S3Mock $s3mock_version and the portal ($jar)"
java -cp "$(cat "$WORK/s3mock/cp.txt")" com.adobe.testing.s3mock.S3MockApplication \
	--http.port="$S3MOCK_PORT" --server.port=0 --server.address=127.0.0.1 \
	--com.adobe.testing.s3mock.store.root="$WORK/s3mock/data" >"$WORK/s3mock.log" 2>&1 &
PIDS+=($!)
java -jar "$jar" --imagegate.local.port="$LOCAL_PORT" --server.port="$PORTAL_PORT" \
	--imagegate.local.data-dir="$WORK/data" \
	--imagegate.security.users[0].name=bench --imagegate.security.users[0].password=bench-password \
	>"$WORK/app.log" 2>&1 &
APP=$!
PIDS+=("$APP")
for _ in $(seq 1 120); do
	curl -sf "http://localhost:$LOCAL_PORT/_imagegate/health" >/dev/null \
		&& curl -sf "http://127.0.0.1:$S3MOCK_PORT/" >/dev/null && break
	sleep 1
done

export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=$WORK/aws-config
printf '[default]\ns3 =\n    addressing_style = path\n' >"$AWS_CONFIG_FILE"
python3 - "$WORK" <<'EOF'
import os, sys
open(f"{sys.argv[1]}/bench.jpg", "wb").write(b"\xff\xd8\xff\xe0" + os.urandom(300 * 1024))
EOF
curl -sf -u bench:bench-password -X POST "http://localhost:$PORTAL_PORT/api/endpoints" \
	-H 'Content-Type: application/json' -d '{"bucket":"bench","apiName":"bench","createBucket":true}' >"$WORK/endpoint.json"
for endpoint in "http://localhost:$LOCAL_PORT" "http://127.0.0.1:$S3MOCK_PORT"; do
	aws --endpoint-url "$endpoint" s3api create-bucket --bucket bench >/dev/null 2>&1 || true
	aws --endpoint-url "$endpoint" s3api put-object --bucket bench --key images/bench.jpg \
		--body "$WORK/bench.jpg" --content-type image/jpeg >/dev/null
done

template=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["invokeUrl"])' "$WORK/endpoint.json")
declare -A url=(
	[s3mock]="http://127.0.0.1:$S3MOCK_PORT/bench/images/bench.jpg"
	[s3]=$(aws --endpoint-url "http://localhost:$LOCAL_PORT" s3 presign s3://bench/images/bench.jpg --expires-in 7200)
	[api]=${template/\{key\}/bench.jpg}
)
for target in s3mock s3 api; do
	cmp -s <(curl -sf "${url[$target]}") "$WORK/bench.jpg" || { echo "$target does not serve the same bytes" >&2; exit 1; }
done

echo "== warm-up: each target 2 x 10 s"
for _ in 1 2; do
	for target in s3mock s3 api; do wrk -t2 -c16 -d10s "${url[$target]}" >/dev/null; done
done

rps() { wrk -t2 -c16 -d"$DURATION" "$1" | awk '/Requests\/sec/ {print $2} /Non-2xx/ {print "non2xx=" $NF > "/dev/stderr"}'; }
printf '\n%-7s %10s %10s %10s %10s %10s\n' round s3mock s3 api 's3/s3mock' 'api/s3mock'
for round in $(seq 1 "$ROUNDS"); do
	m=$(rps "${url[s3mock]}") s=$(rps "${url[s3]}") a=$(rps "${url[api]}")
	printf '%-7s %10s %10s %10s %10s %10s\n' "$round" "$m" "$s" "$a" \
		"$(awk -v x="$s" -v y="$m" 'BEGIN {printf "%.2f", x / y}')" "$(awk -v x="$a" -v y="$m" 'BEGIN {printf "%.2f", x / y}')"
done

if [[ -n "${SOAK:-}" ]]; then
	rss() { ps -o rss= -p "$APP" | awk '{printf "%d", $1 / 1024}'; }
	before=$(rss)
	echo
	echo "== soak: 64 connections for $SOAK through the invoke URL (RSS before: $before MB)"
	wrk -t2 -c64 -d"$SOAK" "${url[api]}" | tee "$WORK/soak.txt" | grep -E 'Requests/sec|Non-2xx|Socket errors' || true
	grep -q 'Non-2xx' "$WORK/soak.txt" || echo "  non-2xx responses: 0"
	echo "  RSS after: $(rss) MB (before: $before MB)"
fi
