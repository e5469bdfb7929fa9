#!/usr/bin/env bash
# Renders the sample HTML report (ja and en) with headless Chromium to PNG and PDF, so that a
# person can look at it. Needs the built jar (mvn -B -q -DskipTests package) and Debian's
# chromium (apt-get install chromium fonts-noto-cjk).
# Usage: scripts/render-html-report.sh [answers.yaml] [out-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
answers=${1:-examples/answers/telework-admin-sample.yaml}
out=${2:-target/html-report}
mkdir -p "$out"
for lang in ja en; do
  java -jar checklist-cli/target/tenken.jar assess "$answers" --format html --lang "$lang" \
    --output "$out/report-$lang.html" || [ $? -eq 1 ]   # exit 1 only means a 必須 item falls short
  profile=$(mktemp -d)
  flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
         --disable-component-update --disable-sync --hide-scrollbars "--user-data-dir=$profile")
  chromium "${flags[@]}" --window-size=1000,2400 --screenshot="$out/report-$lang.png" "file://$PWD/$out/report-$lang.html" 2>/dev/null
  chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/report-$lang.pdf" "file://$PWD/$out/report-$lang.html" 2>/dev/null
  rm -rf "$profile"
done
ls -l "$out"
