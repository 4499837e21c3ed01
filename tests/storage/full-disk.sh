#!/bin/sh
# A full disk, for real: a 4 MB tmpfs in a private mount namespace (unshare
# maps the user to root there; nothing is mounted outside this test).
#   1. attaching a file larger than the free space says the disk is full and
#      how much was needed, stores nothing and leaves the catalogue sound;
#   2. a batch of records that fills the disk is rolled back with a clear
#      message, and the log carries no false "rollback failed" alarm.
set -eu
cli="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/mnt"
head -c 6000000 /dev/urandom > "$work/big.pdf"

unshare -rm sh -eu -c '
    cli="$1"; work="$2"
    mount -t tmpfs -o size=4m tmpfs "$work/mnt"
    export INFODOC_DB="$work/mnt/cat.sqlite" LC_ALL=C.UTF-8 LANGUAGE=en
    "$cli" init > /dev/null
    "$cli" demo --records 3 > /dev/null 2>&1
    if "$cli" attach 1 "$work/big.pdf" > "$work/attach.out" 2> "$work/attach.err"; then
        echo "FAIL: the attachment was accepted on a full disk"; exit 1
    fi
    grep -q "is full" "$work/attach.err" || { echo "FAIL: no \"is full\":"; cat "$work/attach.err"; exit 1; }
    grep -q "needs 5.72 MiB, .* are free" "$work/attach.err" ||
        { echo "FAIL: the size needed is not said:"; cat "$work/attach.err"; exit 1; }
    if ls "$work/mnt/cat.files" 2> /dev/null | grep -q .; then
        find "$work/mnt/cat.files" -type f | grep -q . && { echo "FAIL: a file was left:"; find "$work/mnt/cat.files"; exit 1; }
    fi
    "$cli" check > "$work/check.out" 2>&1 || { echo "FAIL: check after the refusal:"; cat "$work/check.out"; exit 1; }

    # Fill the disk with a batch of records.
    if "$cli" demo --records 20000 --pdf-every 0 > "$work/demo.out" 2> "$work/demo.err"; then
        echo "FAIL: 20,000 records fitted in 4 MB"; exit 1
    fi
    grep -qi "full" "$work/demo.err" || { echo "FAIL: the batch failure does not say the disk is full:"; tail -3 "$work/demo.err"; exit 1; }
    if grep -q "rollback failed\|rollback to savepoint failed" "$work/demo.err"; then
        echo "FAIL: a false rollback alarm:"; grep "rollback" "$work/demo.err"; exit 1
    fi
    n=$("$cli" list 2> /dev/null | grep -c . || true)
    [ "$n" -ge 3 ] || { echo "FAIL: records lost after the failed batch ($n listed)"; exit 1; }
    "$cli" check > "$work/check.out" 2>&1 || { echo "FAIL: check after the failed batch:"; cat "$work/check.out"; exit 1; }
' sh "$cli" "$work"
echo "full disk: attachment refused naming the space needed; batch rolled back without a false alarm"
