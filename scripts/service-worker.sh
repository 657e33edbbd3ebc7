#!/bin/sh
# Trunk post-build hook: writes the build's version and file list into the
# staged sw.js, so that the service worker caches exactly this build and a
# new build is a new service worker. Run by Trunk with TRUNK_STAGING_DIR set.
set -eu
cd "${TRUNK_STAGING_DIR:?run by trunk}"
files=$(find . -type f ! -name sw.js | sed 's|^\./||' | LC_ALL=C sort)
# The version is a hash of every cached file's bytes.
version=$(for f in $files; do cat "$f"; done | sha256sum | cut -c1-16)
list=$(printf '%s\n' $files | awk 'BEGIN { ORS = ""; print "[" } { if (NR > 1) print ", "; printf "\"%s\"", $0 } END { print "]" }')
sed -i "s|__SIAR_VERSION__|$version|; s|\[\] /\* __SIAR_FILES__ \*/|$list|" sw.js
grep -q "__SIAR_" sw.js && { echo "service-worker.sh: placeholders left in sw.js" >&2; exit 1; }
echo "service worker: version $version, $(printf '%s\n' $files | wc -l) files"
