#!/usr/bin/env bash
# Requests/s of POST /api/assess on a local `tenken serve`, with wrk (Debian package 'wrk').
# Usage: checklist-web/scripts/measure-assess-throughput.sh [tenken.jar] [answers.json]
set -euo pipefail
jar=${1:-checklist-cli/target/tenken.jar}
answers=${2:-}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 2; }
work=$(mktemp -d)
if [ -z "$answers" ]; then
  # the sample answers as JSON, through the server's own export
  answers=$work/answers.json
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -jar "$jar" serve --port "$port" --data "$work/data" > "$work/serve.log" 2>&1 & pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/api/checklists"; do sleep 0.1; done
if [ ! -s "$answers" ]; then
  python3 - "$answers" <<'PY'
import json, sys
doc = {"checklist": "telework-admin", "assessed_on": "2026-11-20",
       "organisation": {"name": "株式会社サンプル製作所", "sector": "manufacturing"},
       "profile": {"telework.methods": ["vpn", "cloud"], "devices.ownership": "mixed", "staff.count": 35},
       "answers": {"TA-01": "met", "TA-03": "一部実施", "TA-04": "unmet", "TA-10": {"status": "met", "note": "更新済み"}}}
json.dump(doc, open(sys.argv[1], "w"), ensure_ascii=False)
PY
fi
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$answers", "rb"); wrk.body = f:read("*a"); f:close()
LUA
wrk -t2 -c8 -d5s -s "$work/post.lua" "http://127.0.0.1:$port/api/assess" > /dev/null   # warm-up
echo "== 8 connections, 20 s"; wrk -t2 -c8 -d20s --latency -s "$work/post.lua" "http://127.0.0.1:$port/api/assess"
echo "== 1 connection, 10 s"; wrk -t1 -c1 -d10s -s "$work/post.lua" "http://127.0.0.1:$port/api/assess"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
