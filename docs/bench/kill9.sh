#!/usr/bin/env bash
# Nothing lost across kill -9: the portal with its local cloud is killed without warning three
# ways and restarted on the same data directory, and the cloud is listed before and after (every
# bucket with its keys, sizes and ETags; every API with its tags and resources; every role with
# its policies). On demand, not a test. Needs: java 17+, python3 with boto3 (apt-get install -y
# python3-boto3).
#   idle        nothing in flight
#   mid-upload  while a 40 MB object is being PUT: afterwards it is there whole or not at all
#   mid-write   while API Gateway resources are being created one after another: every create that
#               was answered before the kill is there afterwards, and the state files still parse
#
#   docs/bench/kill9.sh
set -euo pipefail

cd "$(dirname "$0")/../.."
LOCAL_PORT=${LOCAL_PORT:-4595}
PORTAL_PORT=${PORTAL_PORT:-8095}
WORK=$(mktemp -d)
trap 'pkill -9 -f -- "--imagegate.local.data-dir=$WORK/data" 2>/dev/null || true; rm -rf "$WORK"' EXIT

jar=${JAR:-$(ls target/imagegate-*.jar 2>/dev/null | head -1 || true)}
if [[ -z "$jar" ]]; then
	./mvnw -B -q -DskipTests package
	jar=$(ls target/imagegate-*.jar | head -1)
fi

python3 - "$jar" "$WORK" "$LOCAL_PORT" "$PORTAL_PORT" <<'PY'
import base64, json, os, signal, subprocess, sys, threading, time, urllib.request
import boto3
from botocore.config import Config

jar, work, local_port, portal_port = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
endpoint = f"http://localhost:{local_port}"
config = Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1}, connect_timeout=2, read_timeout=30)
session = boto3.session.Session(aws_access_key_id="bench", aws_secret_access_key="bench", region_name="us-east-1")
s3, apigw, iam = (session.client(name, endpoint_url=endpoint, config=config) for name in ("s3", "apigateway", "iam"))

def start():
    log = open(f"{work}/app.log", "a")
    process = subprocess.Popen(["java", "-jar", jar, f"--imagegate.local.port={local_port}",
        f"--server.port={portal_port}", f"--imagegate.local.data-dir={work}/data",
        "--imagegate.security.users[0].name=bench", "--imagegate.security.users[0].password=bench-password"],
        stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 120
    while time.time() < deadline:
        if process.poll() is not None:
            sys.exit(f"the portal did not start again: see {work}/app.log")
        try:
            urllib.request.urlopen(f"http://localhost:{portal_port}/actuator/health/readiness", timeout=1)
            urllib.request.urlopen(f"{endpoint}/_imagegate/health", timeout=1)
            return process
        except OSError:
            time.sleep(0.3)
    sys.exit("the portal did not become ready")

def kill(process):
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

def listing():
    state = {}
    for bucket in s3.list_buckets()["Buckets"]:
        objects = s3.list_objects_v2(Bucket=bucket["Name"]).get("Contents", [])
        state["s3://" + bucket["Name"]] = sorted((o["Key"], o["Size"], o["ETag"]) for o in objects)
    for api in apigw.get_rest_apis(limit=500)["items"]:
        resources = apigw.get_resources(restApiId=api["id"], limit=500)["items"]
        state["api " + api["id"]] = {"name": api["name"], "tags": api.get("tags", {}),
                                     "paths": sorted(r["path"] for r in resources)}
    for role in iam.list_roles()["Roles"]:
        state["role " + role["RoleName"]] = sorted(iam.list_role_policies(RoleName=role["RoleName"])["PolicyNames"])
    return state

def report(name, before, after, note="", listed=None):
    """Compares after (with what was in flight set aside) to before; listed is after as listed."""
    same = before == after
    print(f"== {name}: {'nothing lost, nothing half-made' if same else 'DIFFERENT'}{note}")
    print(f"   before: {summary(before)}")
    print(f"   after:  {summary(listed or after)}")
    if not same:
        for key in sorted(set(before) | set(after)):
            if before.get(key) != after.get(key):
                print(f"   {key}: {before.get(key)} -> {after.get(key)}")
    return same

def summary(state):
    objects = sum(len(v) for k, v in state.items() if k.startswith("s3://"))
    apis = [k for k in state if k.startswith("api ")]
    paths = sum(len(state[k]["paths"]) for k in apis)
    roles = [k for k in state if k.startswith("role ")]
    return f"{sum(k.startswith('s3://') for k in state)} buckets, {objects} objects, {len(apis)} APIs with {paths} resources, {len(roles)} roles"

# A bucket with three images and an endpoint on it, made through the portal's JSON API.
process = start()
s3.create_bucket(Bucket="kill-bucket")
for i in range(3):
    s3.put_object(Bucket="kill-bucket", Key=f"images/{i}.jpg", Body=os.urandom(200_000), ContentType="image/jpeg")
spec = json.dumps({"bucket": "kill-bucket", "apiName": "kill-api"}).encode()
auth = "Basic " + base64.b64encode(b"bench:bench-password").decode()
urllib.request.urlopen(urllib.request.Request(f"http://localhost:{portal_port}/api/endpoints", data=spec,
    headers={"Content-Type": "application/json", "Authorization": auth}, method="POST")).read()
ok = True

before = listing()
kill(process)
process = start()
ok &= report("kill -9 while idle", before, listing())

before = listing()
body = os.urandom(40 * 1024 * 1024)
failure = []
upload = threading.Thread(target=lambda: failure.append(
    _try(lambda: s3.put_object(Bucket="kill-bucket", Key="images/big.bin", Body=body))))
def _try(call):
    try:
        call()
        return "answered"
    except Exception as ex:
        return type(ex).__name__
upload.start()
time.sleep(0.4)
kill(process)
upload.join()
process = start()
after = listing()
listed = json.loads(json.dumps(after))
big = [o for o in after["s3://kill-bucket"] if o[0] == "images/big.bin"]
after["s3://kill-bucket"] = [o for o in after["s3://kill-bucket"] if o[0] != "images/big.bin"]
whole = "absent" if not big else ("whole" if big[0][1] == len(body) else f"PARTIAL ({big[0][1]} bytes)")
ok &= report("kill -9 mid-upload", before, after, f" (the upload: {failure[0]}; the 40 MB object afterwards: {whole})",
             listed)
ok &= whole != "PARTIAL"

api_id = next(k[4:] for k in before if k.startswith("api "))
root = next(r["id"] for r in apigw.get_resources(restApiId=api_id)["items"] if r["path"] == "/")
created, stop = [], threading.Event()
def writer():
    i = 0
    while not stop.is_set():
        try:
            apigw.create_resource(restApiId=api_id, parentId=root, pathPart=f"r{i}")
            created.append(f"/r{i}")
            i += 1
        except Exception:
            return
before = listing()
thread = threading.Thread(target=writer)
thread.start()
time.sleep(1.5)
kill(process)
stop.set()
thread.join()
process = start()
after = listing()
listed = json.loads(json.dumps(after))
paths = set(after["api " + api_id]["paths"])
lost = [p for p in created if p not in paths]
extra = sorted(p for p in paths - set(before["api " + api_id]["paths"]) if p not in created)
after["api " + api_id]["paths"] = [p for p in after["api " + api_id]["paths"] if p not in created and p not in extra]
ok &= report("kill -9 mid-write", before, after,
             f" ({len(created)} resources created and answered before the kill: {len(lost)} lost; "
             f"{len(extra)} created but not yet answered)", listed)
ok &= not lost
kill(process)
sys.exit(0 if ok else 1)
PY
