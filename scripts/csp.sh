#!/bin/sh
# Trunk post-build hook: Siar's Content-Security-Policy. Run by Trunk with
# TRUNK_STAGING_DIR set (see Trunk.toml for the order of the hooks).
#
#   sh scripts/csp.sh           moves every inline <script> of the staged
#                               index.html into a file named by a hash of
#                               its bytes (Trunk writes its wasm loader
#                               inline), then puts the policy in a
#                               <meta http-equiv> right after <meta charset>.
#   sh scripts/csp.sh headers   writes _headers (Netlify, Cloudflare Pages)
#                               with the same policy plus what only a header
#                               can say. Runs after service-worker.sh, so
#                               that _headers is not in the offline cache.
#
# With no inline script left, the policy is the same for every build: no
# 'unsafe-inline', no per-build hash to keep in step with a host's headers.
set -eu
cd "${TRUNK_STAGING_DIR:?run by trunk}"

# Only the app's own files; WebAssembly compiled from them; photos and
# designs shown from object URLs (blob:). Each directive is explained in
# README.md ("Content-Security-Policy").
POLICY="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'"

if [ "${1:-}" = headers ]; then
  cat >_headers <<EOF
/*
  Content-Security-Policy: $POLICY; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
EOF
  echo "csp: wrote _headers"
  exit 0
fi

grep -q 'http-equiv="Content-Security-Policy"' index.html && {
  echo "csp.sh: index.html already has a policy" >&2
  exit 1
}

# Inline scripts to files. The file name carries the content hash, so that
# a browser's HTTP cache never pairs a new index.html with an old loader.
awk -v base="${TRUNK_PUBLIC_URL:-./}" '
  { html = html $0 "\n" }
  END {
    out = ""; rest = html; n = 0
    while ((i = index(rest, "<script")) > 0) {
      out = out substr(rest, 1, i - 1); rest = substr(rest, i)
      j = index(rest, ">"); open = substr(rest, 1, j); rest = substr(rest, j + 1)
      k = index(rest, "</script>")
      if (k == 0) { print "csp.sh: unclosed <script>" > "/dev/stderr"; exit 1 }
      body = substr(rest, 1, k - 1); rest = substr(rest, k + 9)
      if (open ~ /[ \t\n]src[ \t\n]*=/) { out = out open body "</script>"; continue }
      n++; tmp = ".csp-inline-" n
      printf "%s", body > tmp; close(tmp)
      cmd = "sha256sum " tmp; cmd | getline sum; close(cmd)
      name = "script-" substr(sum, 1, 16) ".js"
      if (system("mv " tmp " " name) != 0) exit 1
      sub(/>$/, "", open)
      out = out open " src=\"" base name "\"></script>"
      print "csp: inline script moved to " name
    }
    printf "%s", out rest > "index.html.csp"
  }
' index.html
mv index.html.csp index.html

# The policy, before anything it governs.
awk -v policy="$POLICY" '
  { print }
  !done && /<meta charset=/ {
    print "    <meta http-equiv=\"Content-Security-Policy\" content=\"" policy "\" />"
    done = 1
  }
  END { if (!done) { print "csp.sh: no <meta charset> in index.html" > "/dev/stderr"; exit 1 } }
' index.html >index.html.csp
mv index.html.csp index.html

# Nothing inline may be left for the policy to block.
if awk '/<script/ && !/src=/ { found = 1 } END { exit !found }' index.html; then
  echo "csp.sh: an inline <script> is left in index.html" >&2
  exit 1
fi
echo "csp: policy added to index.html"
