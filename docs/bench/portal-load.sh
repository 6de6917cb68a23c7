#!/usr/bin/env bash
# Signed-in users browsing the portal: 50 sessions (50 wrk connections, each request with one of
# 50 session cookies in turn) on the dashboard (/endpoints, 3 endpoints) for DURATION, then on a
# gallery (24 images) for DURATION; prints wrk's latency percentiles and errors for each. On
# demand, not a test. Needs: java 17+, wrk, curl, python3 (apt-get install -y wrk).
#
#   docs/bench/portal-load.sh                 # 50 users, 60 s per page
#   USERS=20 DURATION=30s docs/bench/portal-load.sh
#   JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/load.jfr docs/bench/portal-load.sh   # profile it
set -euo pipefail

cd "$(dirname "$0")/../.."
USERS=${USERS:-50}
DURATION=${DURATION:-60s}
LOCAL_PORT=${LOCAL_PORT:-4597}
PORTAL_PORT=${PORTAL_PORT:-8097}
. docs/bench/portal.sh

# A bucket of 24 real images and 3 endpoints on it, then USERS signed-in sessions.
python3 - "$PORTAL_PORT" "$USERS" "$WORK" <<'PY'
import json, re, struct, sys, urllib.request, zlib, http.cookiejar, base64
port, users, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
base = f"http://localhost:{port}"
auth = "Basic " + base64.b64encode(b"bench:bench-password").decode()

def png(seed):
    rows = b"".join(b"\x00" + bytes((x * seed + y) % 256 for x in range(96 * 3)) for y in range(64))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 96, 64, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")

def session():
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    token = re.search(r'name="_csrf" value="([^"]+)"', opener.open(base + "/login").read().decode()).group(1)
    form = f"username=bench&password=bench-password&_csrf={token}".encode()
    opener.open(urllib.request.Request(base + "/login", data=form))
    return opener, jar

for i in range(3):
    spec = {"bucket": "load-bucket", "createBucket": True, "apiName": f"load-{i}", "prefix": "images/"}
    urllib.request.urlopen(urllib.request.Request(base + "/api/endpoints", data=json.dumps(spec).encode(),
        headers={"Content-Type": "application/json", "Authorization": auth}, method="POST")).read()
opener, _ = session()
page = opener.open(base + "/buckets/load-bucket/images?prefix=images/").read().decode()
token = re.search(r'name="_csrf"[^>]*value="([^"]+)"', page).group(1)
for i in range(24):
    boundary = "bench"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"image-{i:02d}.png\"\r\n"
            "Content-Type: image/png\r\n\r\n").encode() + png(i + 3) + f"\r\n--{boundary}--\r\n".encode()
    opener.open(urllib.request.Request(base + "/buckets/load-bucket/images?prefix=images/", data=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}", "Accept": "application/json",
                 "X-CSRF-TOKEN": token})).read()
cookies = []
for _ in range(users):
    _, jar = session()
    cookies.append(next(c.value for c in jar if c.name == "JSESSIONID"))
open(f"{work}/cookies.lua", "w").write("cookies = {" + ",".join(f'"{c}"' for c in cookies) + "}\n")
PY

cat >>"$WORK/cookies.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", nil, { Cookie = "JSESSIONID=" .. cookies[(n % #cookies) + 1] })
end
response = function(status, headers, body)
  if status ~= 200 then error("status " .. status) end
end
LUA

for page in "/endpoints" "/buckets/load-bucket/images?prefix=images/"; do
	curl -s -o /dev/null -w "== $page: %{http_code} with a session; " -H "Cookie: JSESSIONID=$(sed -n 's/cookies = {"\([^"]*\)".*/\1/p' "$WORK/cookies.lua")" "http://localhost:$PORTAL_PORT$page"
	echo "$USERS users for $DURATION"
	wrk -t2 -c"$USERS" -d"$DURATION" --latency -s "$WORK/cookies.lua" "http://localhost:$PORTAL_PORT$page" \
		| grep -E 'Latency|50%|90%|99%|Requests/sec|Non-2xx|errors|requests in'
done
