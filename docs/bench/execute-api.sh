#!/usr/bin/env bash
# Benchmark of the local cloud's execute-api data plane, on demand (not a test):
# an imagegate API serving a ~200 KB image against a presigned direct S3 GET of the same
# object, both through the local cloud's port; then peak heap while 16 clients fetch a 9 MB
# object through the API. Needs: java 17+, wrk (apt-get install -y wrk), aws CLI, curl, python3.
#
#   docs/bench/execute-api.sh            # builds target/imagegate-*.jar if missing
#   DURATION=30s docs/bench/execute-api.sh
set -euo pipefail

cd "$(dirname "$0")/../.."
LOCAL_PORT=${LOCAL_PORT:-4599}
PORTAL_PORT=${PORTAL_PORT:-8099}
DURATION=${DURATION:-15s}
CLOUD=http://localhost:$LOCAL_PORT
PORTAL=http://localhost:$PORTAL_PORT
WORK=$(mktemp -d)

jar=$(ls target/imagegate-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [[ -z "$jar" ]]; then
	./mvnw -B -q -DskipTests package
	jar=$(ls target/imagegate-*.jar | grep -v -- '-plain' | head -1)
fi

java -jar "$jar" --imagegate.local.port="$LOCAL_PORT" --server.port="$PORTAL_PORT" \
	--imagegate.local.data-dir="$WORK/data" \
	--imagegate.security.users[0].name=bench --imagegate.security.users[0].password=bench-password \
	>"$WORK/app.log" 2>&1 &
APP=$!
cleanup() {
	rc=$?
	kill "$APP" 2>/dev/null || true
	wait "$APP" 2>/dev/null || true
	rm -rf "$WORK"
	exit "$rc"
}
trap cleanup EXIT
for _ in $(seq 1 120); do
	curl -sf "$CLOUD/_imagegate/health" >/dev/null && curl -sf -u bench:bench-password "$PORTAL/api/endpoints" >/dev/null && break
	sleep 1
done

# Any credentials do for the local cloud; path-style S3 so that no *.localhost name must resolve.
export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=$WORK/aws-config
printf '[default]\ns3 =\n    addressing_style = path\n    signature_version = s3v4\n' >"$AWS_CONFIG_FILE"
aws="aws --endpoint-url $CLOUD"

# The portal's JSON API makes the bucket and imagegate's default API (HTTP Basic, the throwaway account).
curl -sf -u bench:bench-password -X POST "$PORTAL/api/endpoints" -H 'Content-Type: application/json' \
	-d '{"bucket":"bench","apiName":"bench","createBucket":true}' >"$WORK/endpoint.json"
template=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["invokeUrl"])' "$WORK/endpoint.json")

# A JPEG-like file: SOI marker, then random bytes (~200 KB), and a 9 MB one for the heap run.
python3 - "$WORK" <<'EOF'
import os, sys
d = sys.argv[1]
open(f"{d}/bench.jpg", "wb").write(b"\xff\xd8\xff\xe0" + os.urandom(200 * 1024))
open(f"{d}/big.jpg", "wb").write(b"\xff\xd8\xff\xe0" + os.urandom(9 * 1024 * 1024))
EOF
# put-object, not "s3 cp": the CLI's multipart upload (over 8 MB) sends CRC32 checksums S3Mock wants per part.
for f in bench big; do
	$aws s3api put-object --bucket bench --key "images/$f.jpg" --body "$WORK/$f.jpg" --content-type image/jpeg >/dev/null
done

invoke=${template/\{key\}/bench.jpg}
presigned=$($aws s3 presign s3://bench/images/bench.jpg --expires-in 3600)
for url in "$invoke" "$presigned"; do
	cmp -s <(curl -sf "$url") "$WORK/bench.jpg" || { echo "not the same bytes: $url" >&2; exit 1; }
done

# The JIT needs a while on both paths (C2 is still busy after 10 s on 2 cores): warm up twice, alternating.
echo "== warm-up (4 x ${WARMUP_EACH:-10s})"
for _ in 1 2; do
	wrk -t2 -c16 -d"${WARMUP_EACH:-10s}" "$invoke" >/dev/null
	wrk -t2 -c16 -d"${WARMUP_EACH:-10s}" "$presigned" >/dev/null
done

run() { wrk -t2 -c16 -d"$DURATION" --latency "$1" | tee "$WORK/$2.txt"; }
echo "== execute-api (imagegate API): $invoke"
run "$invoke" api
echo "== direct S3 GET (presigned): ${presigned%%\?*}?..."
run "$presigned" s3

python3 - "$WORK" <<'EOF'
import re, sys
d = sys.argv[1]
def parse(name):
    text = open(f"{d}/{name}.txt").read()
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
    pct = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", text, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return rps, pct, errors.group(1) if errors else "0"
api, s3 = parse("api"), parse("s3")
print()
print(f"{'':<14}{'execute-api':>14}{'direct S3':>14}")
print(f"{'requests/s':<14}{api[0]:>14}{s3[0]:>14}")
for p in ("50", "75", "90", "99"):
    print(f"{'latency p' + p:<14}{api[1].get(p, '?'):>14}{s3[1].get(p, '?'):>14}")
print(f"{'non-2xx/3xx':<14}{api[2]:>14}{s3[2]:>14}")
EOF

# Heap while 16 clients fetch a 9 MB object for $DURATION, sampled from jstat -gc every 0.2 s:
# peak of all heap in use (young garbage included: it only says how big eden grew) and peak
# of the old generation (what outlived young collections: held buffers would show there).
heap() {
	jcmd "$APP" GC.run >/dev/null
	local peak=0 old=0 used ou
	wrk -t2 -c16 -d"$DURATION" "$1" >"$WORK/big.txt" &
	local wrk_pid=$!
	while kill -0 "$wrk_pid" 2>/dev/null; do
		read -r used ou < <(jstat -gc "$APP" | awk 'NR==2 {printf "%d %d\n", $3+$4+$6+$8, $8}')
		((used > peak)) && peak=$used
		((ou > old)) && old=$ou
		sleep 0.2
	done
	printf '%-26s %8s req/s %10s/s   peak heap used %5d MB   peak old gen %5d MB\n' "$2" \
		"$(awk '/Requests\/sec/ {print $2}' "$WORK/big.txt")" "$(awk '/Transfer\/sec/ {print $2}' "$WORK/big.txt")" \
		$((peak / 1024)) $((old / 1024))
}
echo
echo "== heap while 16 clients fetch a 9 MB object for $DURATION ($(jcmd "$APP" GC.heap_info | sed -n 2p | xargs | cut -d, -f1-2))"
heap "${template/\{key\}/big.jpg}" "execute-api (imagegate API)"
heap "$($aws s3 presign s3://bench/images/big.jpg --expires-in 3600)" "direct S3 GET (presigned)"
