#!/usr/bin/env bash
# Issue 10's figures: the time to export an endpoint in each format (median of RUNS, each a fresh
# read-back from the local cloud: the spec, the role, the stage, the integration response), from
# the export page signed in, and from the JSON API, whose every request also checks the HTTP Basic
# password against its hash (the JSON API keeps no session; the hash costs about 70 ms on purpose);
# and the time `aws cloudformation deploy` takes to deploy the exported template on the local
# cloud (median of STACKS stacks, each into its own bucket and role).
# On demand, not a test. Needs: java 17+, curl, python3, the AWS CLI v2 (/usr/bin/aws).
#
#   docs/bench/export.sh                  # RUNS=20 STACKS=3
set -euo pipefail

cd "$(dirname "$0")/../.."
RUNS=${RUNS:-20}
STACKS=${STACKS:-3}
LOCAL_PORT=${LOCAL_PORT:-4598}
PORTAL_PORT=${PORTAL_PORT:-8098}
. docs/bench/portal.sh

export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 AWS_PAGER=
export AWS_ENDPOINT_URL="http://localhost:$LOCAL_PORT"
api="http://localhost:$PORTAL_PORT/api"
curl -sf -u bench:bench-password "$api/endpoints" -H 'Content-Type: application/json' \
	-d '{"bucket":"bench-export","createBucket":true,"apiName":"bench-export-api"}' >"$WORK/created.json"
id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["apiId"])' "$WORK/created.json")

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
times() { for _ in $(seq "$RUNS"); do curl -sf -o "$WORK/export.$format" -w '%{time_total}\n' "$@"; done \
	| awk '{print $1 * 1000}' | median; }
# Signed in once, as a user of the export page is: the time is the export's.
cookies="$WORK/cookies"
csrf=$(curl -sf -c "$cookies" -b "$cookies" "http://localhost:$PORTAL_PORT/login" \
	| sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
curl -sf -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "_csrf=$csrf" \
	-d username=bench -d password=bench-password "http://localhost:$PORTAL_PORT/login"
for format in openapi cloudformation cli; do
	printf "export %-14s median of $RUNS: %.1f ms from the export page (signed in), %.1f ms from the JSON API\n" \
		"$format" "$(times -b "$cookies" "http://localhost:$PORTAL_PORT/endpoints/$id/export/download?format=$format")" \
		"$(times -u bench:bench-password "$api/endpoints/$id/export?format=$format")"
done

# The template names the endpoint's role: tear the endpoint down (the bucket stays) to free it.
curl -sf -o /dev/null -u bench:bench-password -X DELETE "$api/endpoints/$id"
for n in $(seq "$STACKS"); do
	start=$(date +%s%N)
	aws cloudformation deploy --template-file "$WORK/export.cloudformation" --stack-name "bench-stack-$n" \
		--capabilities CAPABILITY_NAMED_IAM \
		--parameter-overrides "BucketName=bench-stack-$n" >/dev/null 2>"$WORK/deploy.err" \
		|| { cat "$WORK/deploy.err" >&2; exit 1; }
	echo $(( ($(date +%s%N) - start) / 1000000 ))
	# The role's name is the endpoint's: free it for the next stack.
	aws cloudformation delete-stack --stack-name "bench-stack-$n"
done | median | xargs printf "aws cloudformation deploy of the exported template, median of $STACKS: %.0f ms\n"
