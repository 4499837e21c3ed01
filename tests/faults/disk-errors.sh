#!/bin/sh
# The disk failing with EIO (a dying disk, a USB key pulled out), injected
# by tests/faults/eio_shim.cpp (LD_PRELOAD): after N writes or syncs to the
# files named, every further one fails. For a save, a backup and an export:
# one clear line, exit 1, the previous data intact, nothing half-written
# left, and the next run without the fault works.
# Usage: disk-errors.sh INFODOC_CLI EIO_SHIM
set -eu
cli="$1"
shim="$2"
if ldd "$cli" | grep -q libasan; then
    echo "skipped: the sanitizer build's runtime must come first; the normal build runs this test"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export INFODOC_DB="$work/cat.sqlite" LC_ALL=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=offscreen
fail() { echo "FAIL: $*"; [ -f "$work/err" ] && cat "$work/err"; exit 1; }
faulty() { # PATH-PART N COMMAND…: the command with the disk failing
    part="$1"; after="$2"; shift 2
    LD_PRELOAD="$shim" INFODOC_EIO_PATH="$part" INFODOC_EIO_AFTER="$after" "$@" > "$work/out" 2> "$work/err"
}
"$cli" init > /dev/null
"$cli" demo --records 20 --pdf-every 0 > /dev/null 2>&1
echo '{"type": "book", "title": "Une notice de plus"}' > "$work/record.json"

# 1. A save: the write-ahead log fails after 0, 2, 5, 10 writes.
for n in 0 2 5 10; do
    if faulty "cat.sqlite-wal" "$n" "$cli" add --file "$work/record.json"; then fail "save after $n writes succeeded"; fi
    grep -q "Cannot save the changes: the disk reported a read or write error" "$work/err" || fail "save message ($n)"
    [ "$(wc -l < "$work/err")" -eq 1 ] || fail "more than one line ($n)"
    [ "$("$cli" list | wc -l)" -eq 20 ] || fail "the catalogue changed after a failed save ($n)"
    "$cli" check > "$work/err" 2>&1 || fail "check after a failed save ($n)"
done
"$cli" add --file "$work/record.json" > /dev/null 2>&1 || fail "a save after the faults"
[ "$("$cli" list | wc -l)" -eq 21 ] || fail "the save after the faults is not there"
echo "save: refused cleanly after 0, 2, 5, 10 writes; the catalogue sound; the next save kept"

# 2. A backup: its file fails after 0, 3, 10 writes.
for n in 0 3 10; do
    if faulty "/backup.sqlite" "$n" "$cli" backup "$work/backup.sqlite"; then fail "backup after $n writes succeeded"; fi
    grep -q "Cannot write the backup: the disk reported a read or write error" "$work/err" || fail "backup message ($n)"
    ls "$work"/backup.sqlite* > /dev/null 2>&1 && fail "a partial backup was left ($n): $(ls "$work"/backup.sqlite*)"
done
"$cli" backup "$work/backup.sqlite" > /dev/null 2>&1 || fail "a backup after the faults"
[ "$("$cli" --db "$work/backup.sqlite" list | wc -l)" -eq 21 ] || fail "the backup after the faults"
echo "backup: refused cleanly after 0, 3, 10 writes; nothing left; the next backup whole"

# 3. An export (CSV) and a bibliography (PDF) over earlier files: these stay.
mkdir "$work/out.d"
echo "previous export" > "$work/out.d/records.csv"
echo "previous bibliography" > "$work/out.d/biblio.pdf"
for n in 0 1; do
    if faulty "/out.d/" "$n" "$cli" export --format csv --query "" -o "$work/out.d/records.csv"; then
        fail "export after $n writes succeeded"
    fi
    grep -q "Cannot write .*records.csv: Input/output error" "$work/err" || fail "export message ($n)"
    [ "$(cat "$work/out.d/records.csv")" = "previous export" ] || fail "the previous export was replaced ($n)"
    if faulty "/out.d/" "$n" "$cli" bibliography --query logement --format pdf -o "$work/out.d/biblio.pdf"; then
        fail "bibliography after $n writes succeeded"
    fi
    grep -q "Cannot write .*biblio.pdf: Input/output error" "$work/err" || fail "bibliography message ($n)"
    [ "$(cat "$work/out.d/biblio.pdf")" = "previous bibliography" ] || fail "the previous PDF was replaced ($n)"
    [ "$(ls -A "$work/out.d" | wc -l)" -eq 2 ] || fail "a partial file was left ($n): $(ls -A "$work/out.d")"
done
# 4. A spreadsheet (XLSX, written by libxlsxwriter through the C library's
# streams, then synced): the same, after 0, 1, 5 and 40 writes.
echo "previous workbook" > "$work/out.d/records.xlsx"
for n in 0 1 5 40; do
    if faulty "/out.d/" "$n" "$cli" export --format xlsx --query "" -o "$work/out.d/records.xlsx"; then
        fail "XLSX export after $n writes succeeded"
    fi
    grep -q "Cannot write .*records.xlsx: Input/output error" "$work/err" || fail "XLSX export message ($n)"
    # libxlsxwriter prints its own diagnostic lines first; ours is the one error.
    [ "$(grep -c "^infodoc-cli: " "$work/err")" -eq 1 ] || fail "more than one error (XLSX, $n)"
    [ "$(cat "$work/out.d/records.xlsx")" = "previous workbook" ] || fail "the previous workbook was replaced ($n)"
    [ "$(ls -A "$work/out.d" | wc -l)" -eq 3 ] || fail "a partial file was left (XLSX, $n): $(ls -A "$work/out.d")"
done
"$cli" export --format xlsx --query "" -o "$work/out.d/records.xlsx" > /dev/null 2>&1 || fail "an XLSX export after the faults"
python3 -c 'import sys, zipfile
sheet = zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode()
sys.exit(0 if "Une notice de plus" in sheet else 1)' "$work/out.d/records.xlsx" ||
    fail "the XLSX export after the faults"
echo "XLSX export: refused cleanly after 0, 1, 5, 40 writes; the previous file intact; the next export whole"
"$cli" export --format csv --query "" -o "$work/out.d/records.csv" > /dev/null 2>&1 || fail "an export after the faults"
grep -q "Une notice de plus" "$work/out.d/records.csv" || fail "the export after the faults"
echo "export and bibliography: refused cleanly after 0 and 1 writes; the previous files intact; the next export whole"
