#!/usr/bin/env bash
# The package as Debian's tools see it: the desktop entry, the AppStream
# metainfo, the manual pages (each command of infodoc-cli in both), and the
# .deb built by CPack from this build tree, read by lintian (no error).
# Usage: check-package.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1
build=$2
fail() { echo "FAILED: $*" >&2; exit 1; }

desktop-file-validate "$src/packaging/org.infodoc.Infodoc.desktop" || fail "desktop entry"
appstreamcli validate --no-net --pedantic "$src/packaging/org.infodoc.Infodoc.metainfo.xml" \
    || fail "AppStream metainfo"

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
newest=$(xmllint --xpath 'string(//releases/release[1]/@version)' \
    "$src/packaging/org.infodoc.Infodoc.metainfo.xml")
[ "$newest" = "$version" ] || fail "the metainfo's newest release is $newest, the project's version $version"
head -1 "$src/packaging/changelog" | grep -q "^infodoc ($version)" \
    || fail "packaging/changelog does not begin with version $version"

# The manual pages: groff finds nothing to say, and the version is the project's.
for page in "$build"/packaging/man/*/*.1; do
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "$page: $warnings"
    grep -q "\"Infodoc $version\"" "$page" || fail "$page does not say version $version"
done
# Every command infodoc-cli knows is described in both its pages.
commands=$(LC_ALL=C "$build/app/infodoc-cli" --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' | sort -u)
[ "$(echo "$commands" | wc -l)" -gt 20 ] || fail "could not read the commands from infodoc-cli --help"
for lang in en fr; do
    page="$build/packaging/man/$lang/infodoc-cli.1"
    for c in $commands; do
        grep -q "^\.B $c\$\|^\.B $c \|^\.BR $c " "$page" || fail "$page does not describe the command $c"
    done
done

# The package itself.
rm -f "$build"/infodoc_*.deb
(cd "$build" && cpack -G DEB > cpack.log 2>&1) || { cat "$build/cpack.log" >&2; fail "cpack"; }
deb="$build/infodoc_${version}_amd64.deb"
[ -f "$deb" ] || fail "$deb was not written"
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/infodoc ./usr/bin/infodoc-cli ./usr/libexec/infodoc/infodoc-extract \
    ./usr/share/applications/org.infodoc.Infodoc.desktop ./usr/share/metainfo/org.infodoc.Infodoc.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.infodoc.Infodoc.svg \
    ./usr/share/man/man1/infodoc.1.gz ./usr/share/man/man1/infodoc-cli.1.gz \
    ./usr/share/man/fr/man1/infodoc.1.gz ./usr/share/man/fr/man1/infodoc-cli.1.gz \
    ./usr/share/doc/infodoc/copyright ./usr/share/doc/infodoc/changelog.gz; do
    echo "$contents" | grep -q " $f\$" || fail "the package lacks $f"
done
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6widgets6 libqt6sql6-sqlite libxapian30 libpoppler-qt6 libical3 libyaz5 libxlsxwriter libzint; do
    echo "$depends" | grep -q "$d" || fail "the package does not depend on $d: $depends"
done
lintian --fail-on error --tag-display-limit 0 "$deb" | tee "$build/lintian.log"
echo "package checks passed: $deb"
