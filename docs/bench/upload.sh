#!/usr/bin/env bash
# Benchmark of the images page, on demand (not a test). Against a running portal:
#
#   java -Xmx128m -jar target/imagegate-*.jar --server.port=18431 --imagegate.local.port=0 --imagegate.local.data-dir=/tmp/imagegate-bench \
#        --imagegate.security.users[0].name=bench --imagegate.security.users[0].password=bench-password &
#   docs/bench/upload.sh <pid of that java> http://localhost:18431
#
# 1. Peak heap growth while 8 clients each upload a 9 MB image at once (JSON variant of the
#    upload, logged in through the form with a cookie jar, CSRF token as header): jcmd GC.heap_info
#    after a GC before, then sampled every 100 ms during the uploads. Target: <= 64 MB.
# 2. Time of a gallery page of a prefix holding 1,000 images (curl's time_total on loopback,
#    median of 20 after 5 warm-ups). Target: <= 300 ms.
set -euo pipefail
pid=${1:?usage: upload.sh <pid of the portal> [base URL]}
base=${2:-http://localhost:8080}
bucket=bench-images
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar="$work/cookies"

token() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
heap_used_kb() { jcmd "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9'; }

# Log in through the form (CSRF token from the login page), keep the session cookie.
login_token=$(curl -s -c "$jar" -b "$jar" "$base/login" | token)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=bench --data-urlencode password=bench-password \
     --data-urlencode "_csrf=$login_token" "$base/login"
page_token=$(curl -s -c "$jar" -b "$jar" "$base/buckets" | token)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "name=$bucket" --data-urlencode "_csrf=$page_token" "$base/buckets"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/buckets/$bucket/images?prefix=images/" | token)
[ -n "$csrf" ] || { echo "could not log in or open the images page" >&2; exit 1; }

# 8 images of 9 MB: a PNG signature then random bytes (the type is decided from the magic bytes).
for i in $(seq 1 8); do
  { printf '\x89PNG\r\n\x1a\n'; head -c $((9 * 1024 * 1024 - 8)) /dev/urandom; } > "$work/big-$i.png"
done

jcmd "$pid" GC.run > /dev/null
sleep 1
before=$(heap_used_kb)
peak=$before
for i in $(seq 1 8); do
  curl -s -o "$work/answer-$i.json" -b "$jar" -H 'Accept: application/json' -H "X-CSRF-TOKEN: $csrf" \
       -F "files=@$work/big-$i.png;type=image/png" "$base/buckets/$bucket/images?prefix=images/" &
done
start=$(date +%s.%N)
while [ -n "$(jobs -rp)" ]; do
  used=$(heap_used_kb); [ "$used" -gt "$peak" ] && peak=$used
  sleep 0.1
done
end=$(date +%s.%N)
stored=$(cat "$work"/answer-*.json | grep -o '"status":"stored"' | wc -l)
echo "uploads: 8 x 9 MB at once, $stored stored, $(echo "$end - $start" | bc) s"
echo "heap used before: $((before / 1024)) MB, peak during: $((peak / 1024)) MB, growth: $(((peak - before) / 1024)) MB (target <= 64 MB)"

# 1,000 small images under one prefix, then time the gallery's first page.
printf '\x89PNG\r\n\x1a\n0123456789' > "$work/small.png"
seq -w 1 1000 | xargs -P 4 -I{} curl -s -o /dev/null -b "$jar" -H 'Accept: application/json' -H "X-CSRF-TOKEN: $csrf" \
     -F "files=@$work/small.png;filename=img-{}.png;type=image/png" "$base/buckets/$bucket/images?prefix=thousand/"
count=$(curl -s -b "$jar" "$base/buckets/$bucket/images?prefix=thousand/" | grep -c '<li data-key=' || true)
for i in $(seq 1 5); do curl -s -o /dev/null -b "$jar" "$base/buckets/$bucket/images?prefix=thousand/"; done
times=$(for i in $(seq 1 20); do
  curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$base/buckets/$bucket/images?prefix=thousand/"
done | sort -n)
median=$(echo "$times" | sed -n 10p)
worst=$(echo "$times" | tail -1)
echo "gallery of 1,000 images ($count on the first page): median $(echo "$median * 1000" | bc) ms, worst $(echo "$worst * 1000" | bc) ms (target <= 300 ms)"
