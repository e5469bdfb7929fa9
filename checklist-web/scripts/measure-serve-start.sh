#!/usr/bin/env bash
# Time from `java -jar tenken.jar serve` to the first successful answer of GET /api/checklists (fresh
# data folder each run), interleaved with `tenken list` (the CLI's own start) for reference; medians.
# Usage: checklist-web/scripts/measure-serve-start.sh [tenken.jar] [runs]
jar=${1:-checklist-cli/target/tenken.jar}; n=${2:-7}
serve=(); list=()
for i in $(seq 1 $n); do
  d=$(mktemp -d); port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  s=$(date +%s%N); java -jar "$jar" serve --port $port --data "$d" > "$d/out" 2>&1 & pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/api/checklists"; do sleep 0.01; done
  e=$(date +%s%N); serve+=($(( (e-s)/1000000 ))); kill $pid; wait $pid 2>/dev/null; rm -rf "$d"
  s=$(date +%s%N); java -jar "$jar" list > /dev/null; e=$(date +%s%N); list+=($(( (e-s)/1000000 )))
done
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "serve → first answer, ms: ${serve[*]}  median $(med "${serve[@]}")"
echo "tenken list, ms:          ${list[*]}  median $(med "${list[@]}")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
