#!/usr/bin/env bash
# Runs the JMH benchmarks of checklist-bench with the settings behind README's performance table.
# Takes about 15 minutes on 2 cores. Needs a build (mvn -B -q -DskipTests package).
# Usage: scripts/run-benchmarks.sh [extra JMH options, e.g. -f 2]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=checklist-bench/target/benchmarks.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }
out=target/jmh
mkdir -p "$out"
run() { java -jar "$jar" "$@" -rf json -rff "$out/$1-$(date +%s).json" | grep -E '^(Benchmark|[A-Za-z]+Benchmark\.)'; }

echo "== engine build (warm), ms/op"
run EngineBuildBenchmark "$@"
echo "== one assessment of the sample, latency distribution, us/op"
run LatencyBenchmark "$@"
echo "== end to end (validate, evaluate, grade, report), 100 items, 1 thread then 2 threads, ops/s"
run AssessBenchmark -t 1 "$@"
run AssessBenchmark -t 2 "$@"
echo "== evaluation alone, by checklist size, us/op"
run EvaluateBenchmark -p items=10,100,1000,10000 "$@"
echo "== end to end, by checklist size, ops/s"
run AssessBenchmark -p items=10,1000,10000 "$@"
