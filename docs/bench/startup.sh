#!/usr/bin/env bash
# Cold start to ready of the portal with its embedded local cloud, and resident memory once
# ready. Ready means: the local cloud's /_imagegate/health answers 200 (S3Mock included) and the
# portal's readiness probe is UP. A fresh data directory every run.
#   usage: docs/bench/startup.sh [runs]           plain java -jar (default 5 runs)
#          AOT=1 docs/bench/startup.sh [runs]     extracted jar + JDK 25 AOT cache from a training
#                                                 run, as the Docker image launches it (needs
#                                                 JDK 25: AOT_JAVA, default Temurin 25's path)
#          MVN=1 docs/bench/startup.sh [runs]     ./mvnw spring-boot:run after a build
#          JAR=/path/other.jar docs/bench/startup.sh  another build, e.g. an older commit's,
#                                                 to compare side by side (the machine is shared)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
jar=${JAR:-$(ls target/imagegate-*.jar 2>/dev/null | head -1 || true)}
if [ -z "$jar" ]; then
  ./mvnw -q -B package -DskipTests
  jar=$(ls target/imagegate-*.jar | head -1)
fi
portal=18080 cloud=14566
account=(--imagegate.security.users[0].name=bench --imagegate.security.users[0].password=bench-password)
launch=(java -jar "$jar")
if [ "${AOT:-0}" = 1 ]; then
  aot_java=${AOT_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
  rm -rf target/extracted
  java -Djarmode=tools -jar "$jar" extract --destination target/extracted >/dev/null
  app=target/extracted/$(basename "$jar")
  training=$(mktemp -d)
  # The training run of the Dockerfile: start, wait until ready, a page and an S3 request, stop.
  "$aot_java" -XX:AOTCacheOutput=target/extracted/app.aot -jar "$app" "${account[@]}" --server.port=$portal \
    --imagegate.local.port=$cloud --imagegate.local.data-dir="$training" >"$training.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$cloud/_imagegate/health" >/dev/null \
     && curl -sf "http://localhost:$portal/actuator/health/readiness" >/dev/null; do sleep 0.2; done
  curl -s -o /dev/null "http://localhost:$portal/login"
  curl -s -o /dev/null "http://localhost:$cloud/training/key"
  kill -TERM $pid; wait $pid 2>/dev/null || true
  rm -rf "$training" "$training.log"
  launch=("$aot_java" -XX:AOTCache=target/extracted/app.aot -jar "$app")
fi
# Polls with bash's own /dev/tcp: a curl every 20 ms forks 50 processes a second, and on two
# cores that alone added 1.5 s to the start it measured.
answers200() {
  local line
  exec 3<>"/dev/tcp/127.0.0.1/$1" 2>/dev/null || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$2" >&3
  IFS= read -r -t 5 line <&3 || line=
  exec 3<&-
  [[ $line == "HTTP/1."?" 200"* ]]
}
times=() rss=()
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  if [ "${MVN:-0}" = 1 ]; then
    ./mvnw -q -o spring-boot:run -Dspring-boot.run.arguments="${account[*]} --server.port=$portal --imagegate.local.port=$cloud --imagegate.local.data-dir=$data" \
      > "$data/app.log" 2>&1 &
  else
    "${launch[@]}" "${account[@]}" --server.port=$portal --imagegate.local.port=$cloud \
      --imagegate.local.data-dir="$data" > "$data/app.log" 2>&1 &
  fi
  pid=$!
  until answers200 $cloud /_imagegate/health && answers200 $portal /actuator/health/readiness; do
    if ! kill -0 $pid 2>/dev/null; then echo "the portal exited; see $data/app.log" >&2; exit 1; fi
    sleep 0.05
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  java_pid=$(pgrep -f -- "--imagegate.local.data-dir=$data" | tail -1)
  kb=$(ps -o rss= -p "$java_pid" | tr -d ' ')
  times+=("$ms"); rss+=("$kb")
  echo "run $i: ready in ${ms} ms, RSS $((kb / 1024)) MB"
  pkill -f -- "--imagegate.local.data-dir=$data" || true
  wait $pid 2>/dev/null || true
  rm -rf "$data"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median of $runs: ready in $(median "${times[@]}") ms, RSS $(( $(median "${rss[@]}") / 1024 )) MB"
