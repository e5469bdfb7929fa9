#!/usr/bin/env bash
# Renders the sample HTML report (ja and en) with headless Chromium to PNG and PDF, so that a
# person can look at it. Needs the built jar (mvn -B -q -DskipTests package) and Debian's
# chromium (apt-get install chromium fonts-noto-cjk).
# Usage: scripts/render-html-report.sh [answers.yaml] [out-dir]
# Relative paths are taken from the directory the script is run in; absolute ones as they are.
# Fails (exit 1) when the report, the picture or the PDF is not written.
set -euo pipefail
here=$PWD
root=$(cd "$(dirname "$0")/.." && pwd)
abs() { case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$here/$1" ;; esac; }
answers=$(abs "${1:-$root/examples/answers/telework-admin-sample.yaml}")
out=$(abs "${2:-$root/target/html-report}")
jar=$root/checklist-cli/target/tenken.jar
[ -f "$jar" ] || { echo "render-html-report: $jar is missing; build it first (mvn -B -q -DskipTests package)" >&2; exit 1; }
[ -f "$answers" ] || { echo "render-html-report: $answers: no such file" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd)
for lang in ja en; do
  html=$out/report-$lang.html
  rm -f "$html" "$out/report-$lang.png" "$out/report-$lang.pdf"
  code=0
  java -jar "$jar" assess "$answers" --format html --lang "$lang" --output "$html" || code=$?
  [ "$code" -le 1 ] || { echo "render-html-report: tenken failed ($code) for $lang" >&2; exit 1; }   # 1 only means a 必須 item falls short
  [ -s "$html" ] || { echo "render-html-report: $html was not written" >&2; exit 1; }
  profile=$(mktemp -d)
  flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
         --disable-component-update --disable-sync --hide-scrollbars "--user-data-dir=$profile")
  url="file://${html// /%20}"
  chromium "${flags[@]}" --window-size=1000,2400 --screenshot="$out/report-$lang.png" "$url" 2>/dev/null
  chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/report-$lang.pdf" "$url" 2>/dev/null
  rm -rf "$profile"
  for f in "$out/report-$lang.png" "$out/report-$lang.pdf"; do
    [ -s "$f" ] || { echo "render-html-report: $f was not written" >&2; exit 1; }
  done
done
ls -l "$out"
