#!/usr/bin/env bash
# Times 'tenken assess' on hostile .xlsx files through the shaded jar (issue 15, Excel).
# Each must end quickly with exit 2 and one located problem, whatever the file claims.
# Usage: scripts/excel-hostile-timing.sh [path/to/tenken.jar]   (build it first: mvn -o package -pl checklist-cli -am -DskipTests)
set -euo pipefail
JAR=$(realpath "${1:-checklist-cli/target/tenken.jar}")
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
cd "$DIR"
java -jar "$JAR" template telework-admin --format xlsx --output template.xlsx
python3 - <<'PY'
import zipfile, random
SHEET = 'xl/worksheets/sheet4.xml'
HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
def replace(name, part, writer):
    with zipfile.ZipFile('template.xlsx') as src, zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as out:
        for i in src.infolist():
            if i.filename == part:
                with out.open(part, 'w') as f:
                    writer(f)
            else:
                out.writestr(i.filename, src.read(i.filename))
open('not-a-zip.xlsx', 'w').write('checklist: telework-admin\n')
with zipfile.ZipFile('zip-bomb.xlsx', 'w', zipfile.ZIP_DEFLATED) as z:
    with z.open('[Content_Types].xml', 'w') as f:
        block = b'\0' * (1 << 20)
        for _ in range(1024):  # 1 GiB of zeros, about 1 MB packed
            f.write(block)
def million(f):
    f.write(HEAD.encode())
    for i in range(1, 1_000_001):
        f.write(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (i, i))
    f.write(b'</sheetData></worksheet>')
replace('million-rows.xlsx', SHEET, million)
def many_rows(f):
    f.write(HEAD.encode())
    for i in range(1, 200_001):
        f.write(b'<row r="%d"/>' % i)
    f.write(b'</sheetData></worksheet>')
replace('200k-empty-rows.xlsx', SHEET, many_rows)
sst = zipfile.ZipFile('template.xlsx').read('xl/sharedStrings.xml').decode()
def huge(f):
    f.write(sst[:sst.rindex('</sst>')].encode())
    f.write(b'<si><t>')
    r = random.Random(7)
    for _ in range(160):
        f.write(bytes(r.choice(b'abcdefghijklmnopqrstuvwxyz') for _ in range(1 << 16)))
    f.write(b'</t></si></sst>')
replace('huge-string.xlsx', 'xl/sharedStrings.xml', huge)
def xxe(f):
    f.write(b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            b'<row r="2"><c r="A2" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>')
replace('xxe.xlsx', SHEET, xxe)
PY
printf '%-22s %10s %5s %9s %9s  %s\n' file bytes exit seconds maxRSS_MB message
for f in not-a-zip.xlsx zip-bomb.xlsx million-rows.xlsx 200k-empty-rows.xlsx huge-string.xlsx xxe.xlsx template.xlsx; do
  set +e
  /usr/bin/time -f '%e %M' -o time.txt java -jar "$JAR" assess "$f" > out.txt 2> err.txt
  code=$?
  set -e
  read -r secs rss < <(tail -1 time.txt)
  printf '%-22s %10s %5s %9s %9s  %s\n' "$f" "$(stat -c %s "$f")" "$code" "$secs" "$((rss / 1024))" "$(head -c 150 err.txt | head -1)"
done
