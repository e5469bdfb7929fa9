#!/usr/bin/env bash
# Cold start of Tenken, measured in fresh JVMs with the bare JVM (`java -Xshare:auto -version`)
# timed in the same rounds: every round runs the bare JVM, then each command once, so load from
# other work on the machine hits all of them alike. Per command it prints the median wall time (JVM
# start to exit) with min and max, the ratio of that median to the bare JVM's median, the median of
# the per-round ratios, the median CPU time (user + sys), and, for the embedding harness
# (scripts/coldstart/EmbedBuild.java), the median of build() timed inside the JVM.
# Nothing here asserts a time: it reports. Needs a build (mvn -B -q -DskipTests package), GNU time.
#
# Usage:
#   scripts/measure-coldstart.sh [RUNS]        the standard set (below), RUNS rounds (default 11)
#   scripts/measure-coldstart.sh RUNS LABEL 'COMMAND' [LABEL 'COMMAND' ...]   any commands
# The standard set: build() of the four built-ins (embedded), the same plus the examples' sector
# checklist, `tenken assess` of the sample and `tenken list`, each with plain `java` and with the
# launcher (checklist-cli/src/main/bin/tenken: C1 only, SerialGC, AppCDS archive; for the embedding
# harness the same flags and an archive made by a training run of the harness).
# Environment: JAR (default checklist-cli/target/tenken.jar); BASE_JAR adds the same commands on an
# older jar, for comparison; CHRT=10 (root) runs every measured process, bare JVM included, under
# SCHED_FIFO priority 10, ahead of other builds on the machine; QUIET=80 starts each command only
# after the CPUs were at least 80 % idle for half a second (at most 20 s of waiting).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
labels=("bare \`java -Xshare:auto -version\`")
cmds=("java -Xshare:auto -version")

if [ $# -le 1 ]; then
  runs=${1:-11}
  jar=$(realpath "${JAR:-checklist-cli/target/tenken.jar}")
  [ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }
  sample=examples/answers/telework-admin-sample.yaml
  launcher=checklist-cli/src/main/bin/tenken
  fast="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
  harness() { # jar -> a jar of EmbedBuild compiled against it (AppCDS archives classes from jars only)
    local out=$work/h$2
    mkdir -p "$out"
    javac -nowarn -d "$out" -cp "$1" scripts/coldstart/EmbedBuild.java
    jar cf "$out.jar" -C "$out" .
    echo "$out.jar"
  }
  add() { labels+=("$1"); cmds+=("$2"); }
  set_for() { # label-prefix jar
    local p=$1 j=$2 h
    h=$(harness "$j" "${#cmds[@]}")
    local cp="$j:$h"
    java $fast -XX:ArchiveClassesAtExit="$work/embed${#cmds[@]}.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
      -cp "$cp" EmbedBuild assess "$sample" > /dev/null 2>&1 || true
    local jsa=$work/embed${#cmds[@]}.jsa
    add "$p build() java" "java -cp $cp EmbedBuild"
    [ -s "$jsa" ] && add "$p build() C1+SerialGC+AppCDS" "java $fast -XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off -cp $cp EmbedBuild"
    add "$p build() + sector checklist, java" "java -cp $cp EmbedBuild dir examples/sector-checklists"
    add "$p assess sample, java -jar" "java -jar $j assess $sample"
    add "$p list, java -jar" "java -jar $j list"
    if [ "$p" = new ]; then
      # first run makes the archive (timed once, below); later runs use it
      local t0 t1
      t0=$(date +%s%N)
      TENKEN_JAR=$j TENKEN_CDS_DIR=$work/cds "$launcher" assess "$sample" > /dev/null || [ $? -le 1 ]
      t1=$(date +%s%N)
      first_run=$(awk -v a=$(( t1 - t0 )) 'BEGIN {printf "%.2f", a / 1e9}')
      add "$p assess sample, bin/tenken" "TENKEN_JAR=$j TENKEN_CDS_DIR=$work/cds $launcher assess $sample"
      add "$p list, bin/tenken" "TENKEN_JAR=$j TENKEN_CDS_DIR=$work/cds $launcher list"
      add "$p assess sample, bin/tenken TENKEN_CDS=off" "TENKEN_CDS=off TENKEN_JAR=$j $launcher assess $sample"
    fi
  }
  if [ -n "${BASE_JAR:-}" ]; then set_for base "$(realpath "$BASE_JAR")"; fi
  set_for new "$jar"
else
  runs=$1; shift
  while [ $# -gt 1 ]; do labels+=("$1"); cmds+=("$2"); shift 2; done
fi

load0=$(cut -d" " -f1-3 /proc/loadavg)
idle() { # percent idle of all CPUs over half a second
  local a b tot=0 i
  read -ra a < /proc/stat; sleep 0.5; read -ra b < /proc/stat
  for i in 1 2 3 4 5 6 7 8; do tot=$(( tot + b[i] - a[i] )); done
  echo $(( tot > 0 ? 100 * (b[4] - a[4]) / tot : 100 ))
}
forced=0
for r in $(seq "$runs"); do
  for i in "${!cmds[@]}"; do
    if [ -n "${QUIET:-}" ]; then
      waited=0
      until [ "$(idle)" -ge "$QUIET" ]; do waited=$((waited + 1)); [ $waited -ge 40 ] && { forced=$((forced + 1)); break; }; done
    fi
    t0=$(date +%s%N)
    ${CHRT:+chrt -f $CHRT} /usr/bin/time -f "%U %S" -o "$work/cpu" bash -c "${cmds[$i]}" > "$work/out" 2> "$work/err" \
      || [ $? -le 1 ] || { echo "FAILED: ${cmds[$i]}" >&2; cat "$work/err" >&2; exit 2; }
    t1=$(date +%s%N)
    echo "$(( t1 - t0 ))" >> "$work/t$i"
    [ "$i" = 0 ] && bare=$(( t1 - t0 ))
    awk -v a=$(( t1 - t0 )) -v b="$bare" 'BEGIN {printf "%.4f\n", a / b}' >> "$work/r$i"
    awk 'END {printf "%.2f\n", $1 + $2}' "$work/cpu" >> "$work/c$i"
    grep -o 'build_s=[0-9.]*' "$work/out" | cut -d= -f2 >> "$work/b$i" || true
  done
done
med() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print (NR%2 ? a[(NR+1)/2] : sprintf("%.3f", (a[NR/2]+a[NR/2+1])/2))}'; }
secs() { awk '{printf "%.3f\n", $1 / 1e9}'; }
bm=$(secs < "$work/t0" | med)
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load average before: $load0, after: $(cut -d' ' -f1-3 /proc/loadavg); rounds: $runs; SCHED_FIFO: ${CHRT:-no}; quiet: ${QUIET:-no}${QUIET:+, starts without a quiet half second: $forced}"
[ -n "${first_run:-}" ] && echo "first bin/tenken run (makes the AppCDS archive, then assesses): $first_run s"
echo
echo "| command | median s (min–max) | × bare (of medians) | × bare (median per round) | CPU s median | build() in-process, median s |"
echo "|---|---|---|---|---|---|"
for i in "${!cmds[@]}"; do
  m=$(secs < "$work/t$i" | med)
  echo "| ${labels[$i]} | $m ($(secs < "$work/t$i" | sort -g | head -1)–$(secs < "$work/t$i" | sort -g | tail -1)) | $(awk -v a="$m" -v b="$bm" 'BEGIN {printf "%.1f", a / b}') | $(med < "$work/r$i" | awk '{printf "%.1f", $1}') | $(med < "$work/c$i") | $( [ -s "$work/b$i" ] && med < "$work/b$i" || echo) |"
done
