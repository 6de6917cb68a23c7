#!/usr/bin/env bash
# Cold start to ready of the packaged portal with its embedded local cloud, and resident
# memory once ready. Ready means: the local cloud's /_imagegate/health answers 200 (S3Mock
# included) and the portal's readiness probe is UP.
#   usage: docs/bench/startup.sh [runs]          plain java -jar (default 5 runs)
#          CDS=1 docs/bench/startup.sh [runs]    extracted jar + class data sharing archive,
#                                                as the Docker image runs it
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
jar=$(ls target/imagegate-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B package -DskipTests
  jar=$(ls target/imagegate-*.jar | head -1)
fi
launch=(java -jar "$jar")
if [ "${CDS:-0}" = 1 ]; then
  rm -rf target/extracted
  java -Djarmode=tools -jar "$jar" extract --destination target/extracted >/dev/null
  app=target/extracted/$(basename "$jar")
  training=$(mktemp -d)
  # A training run that stops once the context is refreshed records the classes it loaded.
  java -XX:ArchiveClassesAtExit=target/extracted/app.jsa -Dspring.context.exit=onRefresh -jar "$app" \
    --server.port=0 --imagegate.local.port=0 --imagegate.local.data-dir="$training" >/dev/null 2>&1 || true
  rm -rf "$training"
  launch=(java -XX:SharedArchiveFile=target/extracted/app.jsa -jar "$app")
fi
portal=18080 cloud=14566
times=() rss=()
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  "${launch[@]}" --server.port=$portal --imagegate.local.port=$cloud --imagegate.local.data-dir="$data" \
    > "$data/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$cloud/_imagegate/health" >/dev/null \
     && curl -sf "http://localhost:$portal/actuator/health/readiness" >/dev/null; do
    if ! kill -0 $pid 2>/dev/null; then echo "the portal exited; see $data/app.log" >&2; exit 1; fi
    sleep 0.02
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  kb=$(ps -o rss= -p $pid | tr -d ' ')
  times+=("$ms"); rss+=("$kb")
  echo "run $i: ready in ${ms} ms, RSS $((kb / 1024)) MB"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median of $runs: ready in $(median "${times[@]}") ms, RSS $(( $(median "${rss[@]}") / 1024 )) MB"
