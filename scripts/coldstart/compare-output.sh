#!/usr/bin/env bash
# Runs the same CLI commands with two tenken jars and compares stdout, stderr and exit code byte for
# byte: every command, every assess format, both languages, with and without --checklist-dir and
# --trust-rules. Prints one line per difference and a total; exits 1 when anything differs.
# Usage: scripts/coldstart/compare-output.sh OLD_JAR NEW_JAR
set -uo pipefail
cd "$(dirname "$0")/../.."
old=$1 new=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ex=examples
# answers for the trusted checklist: its template, every item answered unmet, the profile filled in
java -jar "$old" template townhall-wifi --checklist-dir $ex/trusted-rules --trust-rules --lang en > "$work/town-blank.yaml" 2>/dev/null
sed -E 's/^(\s*status:).*/\1 unmet/' "$work/town-blank.yaml" > "$work/town-unmet.yaml"
sed -E 's/^(\s*status:).*/\1 met/' "$work/town-blank.yaml" > "$work/town-met.yaml"
cases=(
  "--help" "help" "help assess" "--version" "list" "list --lang en" "list --checklist-dir $ex/sector-checklists"
  "list --checklist-dir $ex/trusted-rules --trust-rules --lang en" "list --checklist-dir $ex/trusted-rules"
  "show telework-admin" "show wifi-user --lang en" "show clinic-telework --checklist-dir $ex/sector-checklists --lang en"
  "template telework-worker" "template wifi-provider --lang en"
  "template clinic-telework --checklist-dir $ex/sector-checklists"
  "validate $ex/sector-checklists/clinic-telework.yaml" "validate $ex/trusted-rules/townhall-wifi.yaml --trust-rules"
  "validate $ex/trusted-rules/townhall-wifi.yaml"
  "assess $ex/answers/clinic-sample.yaml --checklist-dir $ex/sector-checklists"
  "assess $ex/answers/clinic-sample.yaml --checklist-dir $ex/sector-checklists --lang en --format json"
  "assess $ex/answers/clinic-sample.yaml"
  "assess $work/town-blank.yaml --checklist-dir $ex/trusted-rules --trust-rules"
  "assess $work/town-unmet.yaml --checklist-dir $ex/trusted-rules --trust-rules --lang en --format json"
  "assess $work/town-met.yaml --checklist-dir $ex/trusted-rules --trust-rules --format markdown"
  "assess $work/town-unmet.yaml --checklist-dir $ex/trusted-rules"
  "diff $ex/answers/telework-admin-sample.yaml $ex/answers/telework-admin-sample.yaml"
  "asess x" "list --bogus" "assess"
)
for f in text json markdown csv html; do
  for l in ja en; do
    cases+=("assess $ex/answers/telework-admin-sample.yaml --format $f --lang $l")
  done
done
diffs=0
for c in "${cases[@]}"; do
  # shellcheck disable=SC2086
  java -jar "$old" $c > "$work/o1" 2> "$work/e1"; r1=$?
  # shellcheck disable=SC2086
  java -jar "$new" $c > "$work/o2" 2> "$work/e2"; r2=$?
  if [ $r1 != $r2 ] || ! cmp -s "$work/o1" "$work/o2" || ! cmp -s "$work/e1" "$work/e2"; then
    diffs=$((diffs + 1))
    echo "DIFFERENT: tenken $c (exit $r1 / $r2)"
    diff <(cat "$work/o1" "$work/e1") <(cat "$work/o2" "$work/e2") | head -5
  fi
done
echo "${#cases[@]} commands, $diffs different"
[ $diffs = 0 ]
