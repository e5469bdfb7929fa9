#!/usr/bin/env bash
# Every command-level figure of the README's performance section, in one run: cold start (build(),
# `tenken assess`, `tenken list`, each beside the bare JVM, with plain java and with bin/tenken),
# then batch throughput (CSV and JSON lines over N assessments at -Xmx256m, and M through a pipe).
# Nothing here asserts a time: it reports. Needs a build (mvn -B -q -DskipTests package) and GNU time.
# Usage: scripts/measure-cli.sh [cold-start rounds (11)] [batch N (100000)] [batch M (1000000)]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "## Cold start"
echo
scripts/measure-coldstart.sh "${1:-11}"
echo
echo "## Batch"
echo
scripts/measure-batch.sh "${2:-100000}" "${3:-1000000}"
