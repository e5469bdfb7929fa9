#!/usr/bin/env bash
# CLI-level measurements of issue 7: start-up of `tenken assess`, and `tenken batch` throughput and
# memory with -Xmx256m. Prints a Markdown table. Needs a build (mvn -B -q -DskipTests package) and
# GNU time (/usr/bin/time). Nothing here asserts a time: it reports.
# Usage: scripts/measure-cli.sh [runs (default 10)] [batch lines (default 100000)]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
lines=${2:-100000}
jar=checklist-cli/target/tenken.jar
bench=checklist-bench/target/benchmarks.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f "$jar" ] && [ -f "$bench" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }

# one timed run: prints "seconds peak_kb"; exit codes 0 and 1 are both results
timed() {
  /usr/bin/time -f "%e %M %P" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || [ $? -le 1 ] || { cat "$work/err" >&2; exit 2; }
  tail -n 1 "$work/time"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)"
echo
echo "| measurement | result |"
echo "|---|---|"

for i in $(seq "$runs"); do
  timed java -jar "$jar" assess examples/answers/telework-admin-sample.yaml --format json | cut -d' ' -f1,2
done > "$work/startup"
echo "| \`tenken assess\` (built-ins, sample answers, JSON), JVM start to exit, median of $runs | $(cut -d' ' -f1 "$work/startup" | median) s (min $(cut -d' ' -f1 "$work/startup" | sort -n | head -1), max $(cut -d' ' -f1 "$work/startup" | sort -n | tail -1)) |"
echo "| peak RSS of the same, median | $(( $(cut -d' ' -f2 "$work/startup" | median | cut -d. -f1) / 1024 )) MB |"

java -cp "$bench" dev.tenken.bench.BatchInput telework-admin "$lines" > "$work/in.jsonl"
for t in 1 2; do
  read -r secs kb cpu < <(timed java -Xmx256m -jar "$jar" batch "$work/in.jsonl" --threads "$t" --output "$work/out-$t.jsonl")
  rate=$(awk -v n="$lines" -v s="$secs" 'BEGIN {printf "%.0f", n / s}')
  echo "| \`batch\`, $lines lines (telework-admin), -Xmx256m, --threads $t | $secs s, $rate assessments/s incl. start-up, CPU $cpu of 200%, peak RSS $((kb / 1024)) MB |"
done
if cmp -s "$work/out-1.jsonl" "$work/out-2.jsonl"; then same="byte-identical"; else same="DIFFERENT"; fi
echo "| output with 1 and 2 threads | $same ($(wc -l < "$work/out-1.jsonl") lines, $(( $(wc -c < "$work/out-1.jsonl") / 1048576 )) MB) |"
rm -f "$work"/out-*.jsonl
for t in 1 2; do
  read -r secs kb cpu < <(timed java -Xmx256m -jar "$jar" batch "$work/in.jsonl" --threads "$t" --output /dev/null)
  rate=$(awk -v n="$lines" -v s="$secs" 'BEGIN {printf "%.0f", n / s}')
  echo "| the same to /dev/null (no disk writes), --threads $t | $secs s, $rate assessments/s, CPU $cpu, peak RSS $((kb / 1024)) MB |"
done

for n in 1000 10000 "$lines"; do
  head -n "$n" "$work/in.jsonl" > "$work/part.jsonl"
  read -r secs kb cpu < <(timed java -Xmx256m -jar "$jar" batch "$work/part.jsonl" --output "$work/part-out.jsonl")
  echo "| \`batch\` of $n lines, -Xmx256m, default threads | $secs s, peak RSS $((kb / 1024)) MB |"
done
