#!/usr/bin/env bash
# Throughput of `tenken batch` (issue 14, item 5), measured from outside, JVM start included:
#   1. --format csv   over N (default 100,000) generated telework-admin assessments, -Xmx256m, then
#      the same through the launcher bin/tenken (its JVM flags, its AppCDS archive), REPEAT more times
#      when REPEAT is set (the CSV runs come first, before gigabytes of JSON lines are written)
#   2. JSON lines over the same file, with java -jar and with the launcher
#   3. --format csv   over M (default 1,000,000) assessments streamed through a pipe (no file),
#      with java -jar and with the launcher, then the same M from a file
# Each: wall time, assessments/s, user+sys CPU seconds and CPU share, peak RSS (GNU time -v).
# The input comes from scripts/GenerateAssessments.java (seeded: the same seed gives the same
# lines; varied profiles, statuses, notes, waivers, ~0.5% bad lines). Prints a Markdown table.
# Nothing here asserts a time: it reports. Needs a build (mvn -B -q -DskipTests package).
# Usage: scripts/measure-batch.sh [N (100000)] [M (1000000)] [seed (20261124)] [extra batch args...]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
m=${2:-1000000}
seed=${3:-20261124}
shift $(( $# < 3 ? $# : 3 ))
extra=("$@")
jar=${TENKEN_JAR:-checklist-cli/target/tenken.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
mkdir -p "$work/gen"
javac -d "$work/gen" scripts/GenerateAssessments.java
gen() { java -cp "$work/gen" GenerateAssessments "$1" "$seed"; }

# one run from a command line in "$@"; batch exits 2 here (the input has bad lines on purpose)
row() {
  local label=$1 count=$2; shift 2
  /usr/bin/time -v -o "$work/time" bash -c "$*" 2> "$work/err" || [ $? -le 2 ] || { cat "$work/err" "$work/time" >&2; exit 2; }
  awk -v label="$label" -v n="$count" -F': ' '
    /Elapsed \(wall clock\)/ { split($2, t, ":"); wall = (length(t) == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Percent of CPU/ { cpu = $2 }
    /Maximum resident/ { rss = $2 }
    END { printf "| %s | %.1f s | %.0f/s | %.1f s user + %.1f s sys (%s of 200%%) | %.0f/s | %d MB | %s |\n", label, wall, n / wall, user, sys, cpu, n / (user + sys), rss / 1024, load }' \
    load="$(cut -d' ' -f1 /proc/loadavg)" "$work/time"
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows wall time, not CPU time)"
echo
gen "$n" > "$work/in.jsonl"
echo "input: $n lines, $(( $(stat -c %s "$work/in.jsonl") / 1024 / 1024 )) MB, seed $seed"
echo
echo "| run (JVM start included) | wall | assessments/s (wall) | CPU | assessments per CPU second | peak RSS | load after |"
echo "|---|---|---|---|---|---|---|"
row "\`batch --format csv\`, $n lines, -Xmx256m" "$n" \
  java -Xmx256m -jar "$jar" batch "$work/in.jsonl" --format csv "${extra[@]}" ">" "$work/out.csv"
echo "| (output: $(( $(wc -l < "$work/out.csv") - 1 )) rows, $(( $(stat -c %s "$work/out.csv") / 1024 )) KB) | | | | | | |"
# the launcher (checklist-cli/src/main/bin/tenken): parallel collector, 256 MB heap, C1 only for a file
# under 512 MB, AppCDS archive (made once here, before timing, as its first run would)
launcher=(env TENKEN_JAR="$(realpath "$jar")" TENKEN_CDS_DIR="$work/cds" checklist-cli/src/main/bin/tenken)
"${launcher[@]}" --version > /dev/null
row "\`bin/tenken batch --format csv\`, $n lines (launcher)" "$n" \
  "${launcher[@]}" batch "$work/in.jsonl" --format csv "${extra[@]}" ">" "$work/out2.csv"
cmp -s "$work/out.csv" "$work/out2.csv" || echo "| (the launcher's CSV differs from java -jar's!) | | | | | | |"
# REPEAT=R: the launcher's CSV run R times more, one after another (the acceptance is one run from
# outside, and one run on a shared host varies): each run's wall, user and sys seconds, then the spread
if [ "${REPEAT:-0}" -gt 0 ]; then
  walls=()
  for ((k = 1; k <= REPEAT; k++)); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/rep" "${launcher[@]}" batch "$work/in.jsonl" --format csv "${extra[@]}" \
      > "$work/out2.csv" 2> "$work/err" || [ $? -le 2 ] || { cat "$work/err" "$work/rep" >&2; exit 2; }
    read -r w u sy rss < <(tail -1 "$work/rep") # GNU time puts "Command exited with non-zero status" first
    walls+=("$w")
    echo "| (launcher CSV again, run $k: $w s wall, $u s user + $sy s sys, $(( rss / 1024 )) MB) | | | | | | |"
  done
  printf '%s\n' "${walls[@]}" | sort -n | awk -v n="$n" '{ w[NR] = $1 } END {
    med = (NR % 2) ? w[(NR + 1) / 2] : (w[NR / 2] + w[NR / 2 + 1]) / 2
    printf "| (the %d runs: %.2f–%.2f s, median %.2f s = %.0f/s) | | | | | | |\n", NR, w[1], w[NR], med, n / med }'
fi
row "\`batch\` (JSON lines), $n lines, -Xmx256m" "$n" \
  java -Xmx256m -jar "$jar" batch "$work/in.jsonl" "${extra[@]}" ">" "$work/out.jsonl"
echo "| (output: $(wc -l < "$work/out.jsonl") lines, $(( $(stat -c %s "$work/out.jsonl") / 1024 / 1024 )) MB) | | | | | | |"
rm -f "$work/out.jsonl"
row "\`bin/tenken batch\` (JSON lines), $n lines (launcher)" "$n" \
  "${launcher[@]}" batch "$work/in.jsonl" "${extra[@]}" ">" "$work/out2.jsonl"
rm -f "$work/out2.jsonl"
if [ "$m" -gt 0 ]; then
  # generator and batch share the 2 cores: the generator's CPU is counted in the figures too
  row "\`generator | batch --format csv -\`, $m lines through a pipe, -Xmx256m (generator's CPU included)" "$m" \
    "java -cp $work/gen GenerateAssessments $m $seed | java -Xmx256m -jar $jar batch - --format csv ${extra[*]} | wc -l > $work/rows"
  echo "| (output: $(( $(cat "$work/rows") - 1 )) rows) | | | | | | |"
  row "\`generator | bin/tenken batch --format csv -\`, $m lines through a pipe (launcher; generator's CPU included)" "$m" \
    "java -cp $work/gen GenerateAssessments $m $seed | ${launcher[*]} batch - --format csv ${extra[*]} | wc -l > $work/rows"
  # the same M from a file, so that the generator does not share the CPUs (needs about 1.7 GB of disk per million)
  gen "$m" > "$work/in-m.jsonl"
  row "\`batch --format csv\`, $m lines from a file, -Xmx256m" "$m" \
    java -Xmx256m -jar "$jar" batch "$work/in-m.jsonl" --format csv "${extra[@]}" ">" /dev/null
  row "\`bin/tenken batch --format csv\`, $m lines from a file (launcher)" "$m" \
    "${launcher[@]}" batch "$work/in-m.jsonl" --format csv "${extra[@]}" ">" /dev/null
  rm -f "$work/in-m.jsonl"
  gen_time=$( { /usr/bin/time -f "%e %U %S" java -cp "$work/gen" GenerateAssessments "$m" "$seed" > /dev/null; } 2>&1 | tail -1)
  echo
  echo "generator alone for $m lines (wall, user, sys seconds): $gen_time"
fi
