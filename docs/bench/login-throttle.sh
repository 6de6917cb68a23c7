#!/usr/bin/env bash
# What an attacker's guesses cost the server once the login throttle has them: after the free
# failures, ATTEMPTS further wrong passwords by HTTP Basic and by the login form (one keep-alive
# client each), and the portal's CPU time (user + system, from /proc) they cost, per kind. Also
# shows the answers: 429 with Retry-After for Basic, the login page's "try again in" for the form
# (the form's turn comes second, from the same address, so it is refused from its first attempt).
# On demand, not a test. Needs: java 17+, curl, python3.
#
#   docs/bench/login-throttle.sh              # 1,000 attempts of each kind
#   ATTEMPTS=5000 docs/bench/login-throttle.sh
#   WARMUP=0 docs/bench/login-throttle.sh     # measure from a cold JVM (JIT compilation included)
set -euo pipefail

cd "$(dirname "$0")/../.."
ATTEMPTS=${ATTEMPTS:-1000}
WARMUP=${WARMUP:-3000}
LOCAL_PORT=${LOCAL_PORT:-4596}
PORTAL_PORT=${PORTAL_PORT:-8096}
. docs/bench/portal.sh

python3 - "$PORTAL_PORT" "$APP" "$ATTEMPTS" "$WARMUP" <<'PY'
import base64, http.client, os, re, sys, time, urllib.parse
port, pid, attempts, warmup = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
ticks = os.sysconf("SC_CLK_TCK")

def cpu_seconds():
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / ticks

def basic(conn, password):
    token = base64.b64encode(f"bench:{password}".encode()).decode()
    conn.request("GET", "/api/endpoints", headers={"Authorization": "Basic " + token})
    response = conn.getresponse()
    response.read()
    return response.status, response.getheader("Retry-After")

def form_session(conn):
    conn.request("GET", "/login")
    response = conn.getresponse()
    page = response.read().decode()
    cookie = response.getheader("Set-Cookie").split(";")[0]
    return cookie, re.search(r'name="_csrf" value="([^"]+)"', page).group(1)

def form(conn, cookie, token, password):
    body = urllib.parse.urlencode({"username": "bench", "password": password, "_csrf": token})
    conn.request("POST", "/login", body=body, headers={"Cookie": cookie,
        "Content-Type": "application/x-www-form-urlencoded"})
    response = conn.getresponse()
    response.read()
    return response.status, response.getheader("Location")

for kind in ("basic", "form"):
    conn = http.client.HTTPConnection("localhost", port)
    if kind == "form":
        cookie, token = form_session(conn)
        attempt = lambda password: form(conn, cookie, token, password)
    else:
        attempt = lambda password: basic(conn, password)
    answers = [attempt(f"wrong-{i}") for i in range(6)]
    print(f"== {kind}: the first 6 wrong passwords answered {answers}")
    # A server under attack has been running: let the JIT compile the refusal path first, so that
    # its compilation (which runs on the portal's own threads) is not counted as the refusals' cost.
    for i in range(warmup):
        attempt(f"warm-up-{i}")
    start, cpu = time.monotonic(), cpu_seconds()
    statuses = {}
    for i in range(attempts):
        status, detail = attempt(f"guess-{i}")
        key = f"{status} {re.sub(r'[0-9]+', 'N', detail or '')}".strip()
        statuses[key] = statuses.get(key, 0) + 1
    elapsed, used = time.monotonic() - start, cpu_seconds() - cpu
    print(f"   then {attempts} more in {elapsed:.1f} s: {statuses}")
    print(f"   the portal's CPU time for them: {used:.2f} s ({used / attempts * 1000:.2f} ms each)")
    status, detail = attempt("bench-password")
    print(f"   the right password right after: {status} {detail}")
    conn.close()
PY
