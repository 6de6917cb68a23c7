#!/usr/bin/env bash
# Issue 13's figures: how long the README's test command takes from a fresh clone, as CI runs it.
# Clones REF (default HEAD) of this repository into a temporary directory, runs `./mvnw -B verify`
# there under /usr/bin/time, and prints the wall time, the CPU time of Maven and everything it
# started, when each phase ended, and the slowest classes (S = Surefire, F = Failsafe; a class's
# time includes starting a context when it is the first in its test JVM).
# On demand, not a test. Needs what the suite needs (see the README) and GNU time. The machine is
# shared: run it when nothing else is, or side by side with another REF, and say which.
#
#   docs/bench/suite.sh                # HEAD; SLOWEST=10
#   REF=95c3a17 docs/bench/suite.sh    # an earlier commit, for a before/after pair
set -euo pipefail

cd "$(dirname "$0")/../.."
REF=${REF:-HEAD}
SLOWEST=${SLOWEST:-10}
WORK=$(mktemp -d /tmp/imagegate-suite.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

git clone -q . "$WORK/repo"
git -C "$WORK/repo" checkout -q "$(git rev-parse "$REF")"
cd "$WORK/repo"
echo "suite: $(git log -1 --format='%h %s' | cut -c1-80)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s)
# Maven's log with the time on each line, for the timeline below (the command is otherwise CI's).
if ! /usr/bin/time -f '%e %U %S' -o "$WORK/time" ./mvnw -B verify -Dorg.slf4j.simpleLogger.showDateTime=true \
	-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss >"$WORK/log" 2>&1; then
	tail -40 "$WORK/log"
	echo "./mvnw verify FAILED (log above)"
	exit 1
fi
read -r wall user sys <"$WORK/time"
echo "wall: ${wall} s ($(awk -v s="$wall" 'BEGIN {printf "%d min %02d s", s / 60, s % 60}'))"
echo "CPU: user ${user} s + system ${sys} s"
grep -E 'Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$WORK/log" \
	| sed -E 's/^.*\[INFO\] /tests: /'
# Phase ends: the last report each phase wrote, from the start.
for phase in surefire failsafe; do
	last=$(stat -c %Y target/$phase-reports/*.xml | sort -n | tail -1)
	echo "$phase ended at $((last - start)) s"
done
python3 - "$SLOWEST" "$WORK/log" <<'EOF'
import glob, re, sys
from datetime import datetime
from xml.etree import ElementTree
# When each class ended, from the start of its phase: the last ones show how long one test JVM
# ran alone at the end of a phase.
phase, starts, ends = None, {}, {}
for line in open(sys.argv[2]):
    time = re.match(r"(\d\d:\d\d:\d\d) ", line)
    if not time:
        continue
    at = datetime.strptime(time.group(1), "%H:%M:%S")
    if re.search(r"--- (surefire|failsafe):[^ ]+:(test|integration-test) ", line):
        phase = "surefire" if "surefire" in line else "failsafe"
        starts[phase] = at
    ended = re.search(r"Tests run: .* in ([\w.]+)$", line.rstrip())
    if phase and ended:
        ends.setdefault(phase, []).append((int((at - starts[phase]).total_seconds()), ended.group(1).rsplit(".", 1)[-1]))
for name, classes in ends.items():
    print(f"{name}: last classes to end, s from the phase's start: "
          + ", ".join(f"{cls} {seconds}" for seconds, cls in classes[-4:]))
rows = []
for phase, mark in (("surefire", "S"), ("failsafe", "F")):
    for report in glob.glob(f"target/{phase}-reports/TEST-*.xml"):
        root = ElementTree.parse(report).getroot()
        rows.append((float(root.get("time")), root.get("name").rsplit(".", 1)[-1], mark))
print("slowest classes:")
for seconds, name, mark in sorted(rows, reverse=True)[: int(sys.argv[1])]:
    print(f"  {seconds:6.1f} s  {name} ({mark})")
EOF
